#include "ChangesView.h"

#include "CodeEditor.h"
#include "KeepChangesBar.h"
#include "sandbox/Sandbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace ui {

namespace {

// Files listed per turn of the event loop.
constexpr int kBatch = 200;

enum Role { FileRole = Qt::UserRole, HunkRole };

using sandbox::apply::FileDelta;
using Kind = FileDelta::Kind;
using Content = FileDelta::Content;

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return ChangesView::tr("added");
    case Kind::Modified:
        return ChangesView::tr("changed");
    case Kind::Deleted:
        return ChangesView::tr("deleted");
    }
    return {};
}

QColor colourOf(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QColor(0x2e, 0x7d, 0x32);
    case Kind::Modified:
        return QColor(0x15, 0x65, 0xc0);
    case Kind::Deleted:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

// Byte code Python writes beside what it imports: noise in a review, and
// thrown away with the sandbox anyway.
bool isPythonCache(const QString& path)
{
    return path.contains(QLatin1String("/__pycache__/")) || path.endsWith(QLatin1String("/__pycache__"));
}

QString shownPath(const FileDelta& file)
{
    const QString path = QString::fromUtf8(file.sandboxPath);
    return file.content == Content::Directory ? path + QLatin1Char('/') : path;
}

} // namespace

ChangesView::ChangesView(QWidget* parent) : SandboxView(tr("No changes yet: launch a run in this tab."), parent)
{
    setObjectName(QStringLiteral("changesView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setHeaderLabels({tr("Change"), tr("Path"), tr("Note")});
    m_list->setUniformRowHeights(true);
    // Sized once: fitting the column to 10,000 rows on every batch would
    // stall the window.
    m_list->setColumnWidth(0, m_list->fontMetrics().horizontalAdvance(tr("Outside the project")) + 48);
    m_diff = new CodeEditor(this);
    m_diff->setObjectName(QStringLiteral("changesDiff"));
    m_diff->setReadOnly(true);
    m_diffTitle = new QLabel(tr("Select a file to see what changed in it."), this);
    m_diffTitle->setObjectName(QStringLiteral("changesDiffTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("changesRefresh"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Compare the sandbox's files with its image again"));

    m_hideCaches = new QCheckBox(tr("Hide Python caches"), this);
    m_hideCaches->setObjectName(QStringLiteral("changesHideCaches"));
    m_hideCaches->setToolTip(tr("Leave __pycache__ folders out of the list"));
    m_hideCaches->setChecked(true);
    m_keep = new KeepChangesBar(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(m_hideCaches);
    auto* tools = new QVBoxLayout;
    tools->addLayout(top);
    tools->addWidget(m_keep);
    layOut(tools, m_list, m_diffTitle, m_diff);

    connect(m_refresh, &QToolButton::clicked, this, &ChangesView::refresh);
    connect(m_hideCaches, &QCheckBox::toggled, this, &ChangesView::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showDiff(item); });
    connect(&m_reader, &QFutureWatcher<Loaded>::finished, this, &ChangesView::onLoaded);
    connect(m_keep, &KeepChangesBar::discardRequested, this, &ChangesView::discardRequested);
    refresh();
}

ChangesView::~ChangesView()
{
    qDeleteAll(m_trash);
    // Groups still filling up are not the view's yet.
    if (m_projectGroup && !m_projectGroup->treeWidget()) {
        delete m_projectGroup;
        delete m_outsideGroup;
    }
}

void ChangesView::setSource(const QString& sourceDir, const QString& baseCommit)
{
    m_keep->setSource(sourceDir, baseCommit);
}

void ChangesView::clearShown()
{
    // A read still under way is for what was shown before: dropped.
    m_reader.setFuture(QFuture<Loaded>());
    m_loading = false;
    // Out of the view first: then thousands of rows go without a model
    // update each.
    while (m_list->topLevelItemCount() > 0)
        m_list->takeTopLevelItem(0);
    for (QTreeWidgetItem* group : {m_projectGroup, m_outsideGroup}) {
        if (group)
            m_trash += group->takeChildren();
        delete group;
    }
    dropTrash();
    m_projectGroup = nullptr;
    m_outsideGroup = nullptr;
    m_diff->clear();
    m_changes = {};
}

void ChangesView::dropTrash()
{
    // Thousands of rows freed at once would stall the window: a share per
    // turn of the event loop.
    for (int i = 0; i < 1000 && !m_trash.isEmpty(); ++i)
        delete m_trash.takeLast();
    if (!m_trash.isEmpty())
        QTimer::singleShot(0, this, &ChangesView::dropTrash);
}

void ChangesView::refresh()
{
    if (const QTreeWidgetItem* current = m_list->currentItem(); current && current->data(0, HunkRole).toInt() < 0)
        m_reselect = current->text(1);
    clearShown();
    m_diffTitle->setText(tr("Select a file to see what changed in it."));
    m_refresh->setEnabled(sandbox() != nullptr);
    m_keep->setReady(false);
    if (!sandbox() || !sandbox()->filesAvailable()) {
        m_summary->setText(noFilesText());
        return;
    }
    m_loading = true;
    m_summary->setText(tr("Reading the changes…"));
    const sandbox::apply::Layers layers{sandbox()->upperDir(), sandbox()->lowerDirs()};
    auto promise = std::make_shared<QPromise<Loaded>>();
    m_reader.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, layers] {
        Loaded loaded;
        sandbox::apply::readChangeSet(layers, projectMount(), &loaded.changes, &loaded.error);
        promise->addResult(std::move(loaded));
        promise->finish();
    });
}

void ChangesView::onLoaded()
{
    if (m_reader.future().resultCount() == 0)
        return;
    const Loaded loaded = m_reader.result();
    if (!loaded.error.isEmpty()) {
        m_loading = false;
        m_summary->setText(loaded.error);
        return;
    }
    m_changes = loaded.changes;
    m_nextFile = 0;
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    m_hidden = 0;
    // The groups fill up outside the view and join it once complete: rows
    // added to a shown group would each make the view lay out all rows.
    m_projectGroup = new QTreeWidgetItem(QStringList{tr("Project"), projectMount()});
    m_outsideGroup = new QTreeWidgetItem(QStringList{tr("Outside the project"), QString(), tr("never applied")});
    for (QTreeWidgetItem* group : {m_projectGroup, m_outsideGroup}) {
        group->setFlags(group->flags() & ~Qt::ItemIsUserCheckable);
        group->setData(0, FileRole, -1);
        group->setData(0, HunkRole, -1);
    }
    addBatch();
}

void ChangesView::addBatch()
{
    if (!m_loading || !m_projectGroup)
        return;
    const qsizetype end = std::min(m_changes.files.size(), m_nextFile + kBatch);
    for (; m_nextFile < end; ++m_nextFile)
        addFile(m_nextFile);
    if (m_nextFile < m_changes.files.size()) {
        QTimer::singleShot(0, this, &ChangesView::addBatch);
        return;
    }
    finishListing();
}

void ChangesView::addFile(qsizetype index)
{
    const FileDelta& file = m_changes.files[index];
    const QString path = shownPath(file);
    if (m_hideCaches->isChecked() && isPythonCache(QString::fromUtf8(file.sandboxPath))) {
        ++m_hidden;
        return;
    }
    ++m_counts[int(file.kind)];
    QString note = file.problem;
    if (note.isEmpty() && file.content == Content::Binary)
        note = tr("binary: taken whole");
    if (note.isEmpty())
        note = file.notes.join(QStringLiteral("; "));
    auto* item = new QTreeWidgetItem(file.outside ? m_outsideGroup : m_projectGroup, {describe(file.kind), path, note});
    item->setData(0, FileRole, int(index));
    item->setData(0, HunkRole, -1);
    item->setForeground(0, colourOf(file.kind));
    if (!file.canApply()) {
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        return;
    }
    // Everything the run did in the project is accepted to begin with.
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    for (qsizetype h = 0; h < file.hunks.size() && file.hunks.size() > 1; ++h) {
        auto* hunk = new QTreeWidgetItem(item, {tr("hunk"), QString::fromUtf8(file.hunks[h].header())});
        hunk->setData(0, FileRole, int(index));
        hunk->setData(0, HunkRole, int(h));
        hunk->setFlags(hunk->flags() | Qt::ItemIsUserCheckable);
        hunk->setCheckState(0, Qt::Checked);
    }
    item->setCheckState(0, Qt::Checked);
}

void ChangesView::finishListing()
{
    m_loading = false;
    m_list->addTopLevelItems({m_projectGroup, m_outsideGroup});
    m_projectGroup->setExpanded(true);
    m_outsideGroup->setExpanded(true);
    m_projectGroup->setText(2, tr("%n file(s)", nullptr, m_projectGroup->childCount()));
    m_outsideGroup->setText(2, tr("%n file(s), never applied", nullptr, m_outsideGroup->childCount()));
    QString summary = m_changes.files.isEmpty() ? tr("The run changed no files.")
                                                : tr("%1 added, %2 changed, %3 deleted")
                                                      .arg(m_counts[int(Kind::Added)])
                                                      .arg(m_counts[int(Kind::Modified)])
                                                      .arg(m_counts[int(Kind::Deleted)]);
    if (m_hidden > 0)
        summary += QLatin1Char(' ') + tr("(%n Python cache path(s) hidden)", nullptr, m_hidden);
    m_summary->setText(summary);
    m_keep->setReady(m_projectGroup->childCount() > 0);
    if (!m_reselect.isEmpty())
        showChange(m_reselect);
    m_reselect.clear();
    Q_EMIT loaded();
}

QTreeWidgetItem* ChangesView::fileItem(const QString& path) const
{
    for (QTreeWidgetItem* group : {m_projectGroup, m_outsideGroup}) {
        for (int i = 0; group && i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->text(1) == path || item->text(1) == path + QLatin1Char('/'))
                return item;
        }
    }
    return nullptr;
}

QStringList ChangesView::listedPaths() const
{
    QStringList paths;
    for (QTreeWidgetItem* group : {m_projectGroup, m_outsideGroup}) {
        for (int i = 0; group && i < group->childCount(); ++i)
            paths << group->child(i)->text(1);
    }
    return paths;
}

bool ChangesView::showChange(const QString& path)
{
    QTreeWidgetItem* item = fileItem(path);
    if (!item)
        return false;
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    showDiff(item);
    return true;
}

sandbox::apply::ChangeSet ChangesView::acceptedChanges() const
{
    sandbox::apply::ChangeSet changes = m_changes;
    for (FileDelta& file : changes.files)
        file.accepted = false; // hidden caches, unless listed below
    for (int i = 0; m_projectGroup && i < m_projectGroup->childCount(); ++i) {
        const QTreeWidgetItem* item = m_projectGroup->child(i);
        FileDelta& file = changes.files[item->data(0, FileRole).toInt()];
        file.accepted = file.canApply() && item->checkState(0) != Qt::Unchecked;
        for (int h = 0; h < item->childCount(); ++h)
            file.hunks[item->child(h)->data(0, HunkRole).toInt()].accepted = item->child(h)->checkState(0) == Qt::Checked;
    }
    return changes;
}

void ChangesView::showDiff(QTreeWidgetItem* item)
{
    m_diff->clear();
    const int index = item ? item->data(0, FileRole).toInt() : -1;
    if (index < 0 || index >= m_changes.files.size())
        return;
    const FileDelta& file = m_changes.files[index];
    const QString path = QString::fromUtf8(file.sandboxPath);
    if (file.content == Content::Directory) {
        m_diffTitle->setText(tr("%1: folder %2").arg(path, describe(file.kind)));
        return;
    }
    if (!file.problem.isEmpty()) {
        m_diffTitle->setText(tr("%1: no diff (%2)").arg(path, file.problem));
        return;
    }
    if (file.content == Content::Binary) {
        m_diffTitle->setText(tr("%1: binary file %2 (%3 → %4)")
                                 .arg(path, describe(file.kind), QLocale().formattedDataSize(file.oldData.size()),
                                      QLocale().formattedDataSize(file.newData.size())));
        return;
    }
    if (file.content == Content::Symlink) {
        m_diffTitle->setText(tr("%1: symbolic link %2 (→ %3)").arg(path, describe(file.kind),
                                                                   QString::fromUtf8(file.newData)));
        return;
    }
    if (file.hunks.isEmpty()) {
        m_diffTitle->setText(file.kind == Kind::Modified
                                 ? tr("%1: same content; only its permissions, owner or times changed").arg(path)
                                 : tr("%1: empty file %2").arg(path, describe(file.kind)));
        return;
    }
    const QByteArray oldName = file.kind == Kind::Added ? QByteArrayLiteral("/dev/null") : "a" + file.sandboxPath;
    const QByteArray newName = file.kind == Kind::Deleted ? QByteArrayLiteral("/dev/null") : "b" + file.sandboxPath;
    const int only = item->data(0, HunkRole).toInt();
    QList<sandbox::textdiff::Hunk> shown;
    for (qsizetype h = 0; h < file.hunks.size(); ++h) {
        if (only < 0 || only == h)
            shown << file.hunks[h];
    }
    const QByteArray text = sandbox::textdiff::unifiedText(shown, oldName, newName);
    m_diffTitle->setText(tr("%1: %2").arg(path, describe(file.kind)));
    m_diff->setLanguage(QStringLiteral("Diff"));
    m_diff->setPlainText(QString::fromUtf8(text));
}

} // namespace ui
