#include "ChangesView.h"

#include "CodeEditor.h"
#include "sandbox/Sandbox.h"
#include "util/TextContent.h"
#include "util/TextDiff.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>

namespace ui {

namespace {

// Each side of a diff is read up to this size; larger files are only named.
constexpr qint64 kMaxDiffBytes = 1024 * 1024;

enum Role { KindRole = Qt::UserRole, DirectoryRole };

using Kind = sandbox::FileChange::Kind;

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

} // namespace

ChangesView::ChangesView(QWidget* parent) : SandboxView(tr("No changes yet: launch a run in this tab."), parent)
{
    setObjectName(QStringLiteral("changesView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setHeaderLabels({tr("Change"), tr("Path")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
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

    auto* top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(m_hideCaches);
    layOut(top, m_list, m_diffTitle, m_diff);

    connect(m_refresh, &QToolButton::clicked, this, &ChangesView::refresh);
    connect(m_hideCaches, &QCheckBox::toggled, this, &ChangesView::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showDiff(item); });
    refresh();
}

ChangesView::~ChangesView() = default;

void ChangesView::clearShown()
{
    m_list->clear();
    m_diff->clear();
}

void ChangesView::refresh()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text(1) : QString();
    m_list->clear();
    m_diff->clear();
    m_diffTitle->setText(tr("Select a file to see what changed in it."));
    m_refresh->setEnabled(sandbox() != nullptr);
    if (!sandbox() || !sandbox()->filesAvailable()) {
        m_summary->setText(noFilesText());
        return;
    }
    QString error;
    const QList<sandbox::FileChange> changes = sandbox()->changes(&error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    int counts[3] = {0, 0, 0};
    int hidden = 0;
    for (const sandbox::FileChange& change : changes) {
        if (m_hideCaches->isChecked() && isPythonCache(change.path)) {
            ++hidden;
            continue;
        }
        auto* item = new QTreeWidgetItem(m_list, {describe(change.kind), change.path});
        item->setData(0, KindRole, int(change.kind));
        item->setData(0, DirectoryRole, change.isDirectory);
        item->setForeground(0, colourOf(change.kind));
        if (change.isDirectory)
            item->setText(1, change.path + QLatin1Char('/'));
        ++counts[int(change.kind)];
    }
    QString summary = changes.isEmpty() ? tr("The run changed no files.")
                                        : tr("%1 added, %2 changed, %3 deleted")
                                              .arg(counts[int(Kind::Added)])
                                              .arg(counts[int(Kind::Modified)])
                                              .arg(counts[int(Kind::Deleted)]);
    if (hidden > 0)
        summary += QLatin1Char(' ') + tr("(%n Python cache path(s) hidden)", nullptr, hidden);
    m_summary->setText(summary);
    if (!selected.isEmpty())
        showChange(selected.endsWith(QLatin1Char('/')) ? selected.chopped(1) : selected);
}

bool ChangesView::showChange(const QString& path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(1) == path || item->text(1) == path + QLatin1Char('/')) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            showDiff(item);
            return true;
        }
    }
    return false;
}

void ChangesView::showDiff(QTreeWidgetItem* item)
{
    m_diff->clear();
    if (!item || !sandbox())
        return;
    const auto kind = static_cast<Kind>(item->data(0, KindRole).toInt());
    const QString path = item->text(1);
    if (item->data(0, DirectoryRole).toBool()) {
        m_diffTitle->setText(tr("%1: folder %2").arg(path, describe(kind)));
        return;
    }
    QString error;
    QByteArray before;
    QByteArray after;
    if (kind != Kind::Added)
        before = sandbox()->readOriginalFile(path, kMaxDiffBytes + 1, &error);
    if (error.isEmpty() && kind != Kind::Deleted)
        after = sandbox()->readFile(path, kMaxDiffBytes + 1, &error);
    if (!error.isEmpty()) {
        m_diffTitle->setText(tr("%1: no diff (%2)").arg(path, error));
        return;
    }
    if (before.size() > kMaxDiffBytes || after.size() > kMaxDiffBytes) {
        m_diffTitle->setText(
            tr("%1: larger than %2, not compared").arg(path, QLocale().formattedDataSize(kMaxDiffBytes)));
        return;
    }
    QString oldText;
    QString newText;
    if (!sandbox::decodeText(before, false, &oldText) || !sandbox::decodeText(after, false, &newText)) {
        m_diffTitle->setText(tr("%1: binary file %2 (%3 → %4)")
                                 .arg(path, describe(kind), QLocale().formattedDataSize(before.size()),
                                      QLocale().formattedDataSize(after.size())));
        return;
    }
    if (kind == Kind::Modified && before == after) {
        m_diffTitle->setText(tr("%1: same content; only its permissions, owner or times changed").arg(path));
        return;
    }
    const QString oldName = kind == Kind::Added ? QStringLiteral("/dev/null") : QStringLiteral("a") + path;
    const QString newName = kind == Kind::Deleted ? QStringLiteral("/dev/null") : QStringLiteral("b") + path;
    m_diffTitle->setText(tr("%1: %2").arg(path, describe(kind)));
    m_diff->setLanguage(QStringLiteral("Diff"));
    m_diff->setPlainText(sandbox::textdiff::unifiedDiff(oldText, newText, oldName, newName));
}

} // namespace ui
