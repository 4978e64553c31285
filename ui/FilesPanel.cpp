#include "FilesPanel.h"

#include "CodeEditor.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxExport.h"
#include "util/TextContent.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace ui {

namespace {

// The viewer shows at most this much of a file.
constexpr qint64 kMaxViewBytes = 1024 * 1024;

enum Role { PathRole = Qt::UserRole, TypeRole, LoadedRole };

using Type = sandbox::FileEntry::Type;

QString joinPath(const QString& dir, const QString& name)
{
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
}

Type typeOf(const QTreeWidgetItem* item)
{
    return static_cast<Type>(item->data(0, TypeRole).toInt());
}

} // namespace

FilesPanel::FilesPanel(QWidget* parent) : SandboxView(tr("No files yet: launch a run in this tab."), parent)
{
    setObjectName(QStringLiteral("filesPanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("filesTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_tree->setUniformRowHeights(true);
    // Names in full (deep folders indent far); scroll sideways instead.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_viewer = new CodeEditor(this);
    m_viewer->setObjectName(QStringLiteral("fileViewer"));
    m_viewer->setReadOnly(true);
    m_viewerTitle = new QLabel(tr("Double-click a file to view it."), this);
    m_viewerTitle->setObjectName(QStringLiteral("fileViewerTitle"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("filesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Actions shared by the buttons and the tree's right-click menu.
    auto makeButton = [this](const QString& text, const QString& toolTip, const QString& name) {
        auto* action = new QAction(text, this);
        action->setToolTip(toolTip);
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        return button;
    };
    m_refresh = makeButton(tr("Refresh"), tr("Read the sandbox's files again (F5)"), QStringLiteral("filesRefresh"));
    m_refresh->defaultAction()->setShortcut(QKeySequence::Refresh);
    m_open = makeButton(tr("View"), tr("Show the selected file"), QStringLiteral("filesView"));
    m_save = makeButton(tr("Save to…"), tr("Copy the selected file or folder to this computer"),
                        QStringLiteral("filesSave"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_message, 1);
    layOut(buttons, m_tree, m_viewerTitle, m_viewer);

    connect(m_refresh->defaultAction(), &QAction::triggered, this, &FilesPanel::refresh);
    connect(m_save->defaultAction(), &QAction::triggered, this, &FilesPanel::saveSelected);
    connect(m_open->defaultAction(), &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem(); item && typeOf(item) != Type::Directory)
            openFile(pathOf(item));
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, &FilesPanel::load);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (typeOf(item) != Type::Directory)
            openFile(pathOf(item));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FilesPanel::updateButtons);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_open->defaultAction(), m_save->defaultAction(), m_refresh->defaultAction()});
    refresh();
}

FilesPanel::~FilesPanel() = default;

void FilesPanel::clearShown()
{
    m_viewer->clear();
    m_viewer->clearLanguage();
    m_viewerTitle->setText(tr("Double-click a file to view it."));
    m_message->clear();
    m_tree->clear();
}

QString FilesPanel::pathOf(const QTreeWidgetItem* item)
{
    return item ? item->data(0, PathRole).toString() : QString();
}

void FilesPanel::refresh()
{
    QStringList expanded;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded())
            expanded << pathOf(*it);
    }
    const QString selected = pathOf(m_tree->currentItem());
    m_tree->clear();
    if (!sandbox() || !sandbox()->filesAvailable()) {
        showMessage(noFilesText(), false);
        updateButtons();
        return;
    }
    m_message->clear();
    auto* root = new QTreeWidgetItem(m_tree, {QStringLiteral("/")});
    root->setData(0, PathRole, QStringLiteral("/"));
    root->setData(0, TypeRole, int(Type::Directory));
    root->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
    root->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    root->setExpanded(true); // loads it
    if (expanded.isEmpty())
        expanded << QStringLiteral("/");
    // Parents come before their children in the iteration order above.
    for (const QString& path : std::as_const(expanded)) {
        if (QTreeWidgetItem* item = reveal(path))
            item->setExpanded(true);
    }
    if (QTreeWidgetItem* item = selected.isEmpty() ? nullptr : reveal(selected))
        m_tree->setCurrentItem(item);
    else
        m_tree->setCurrentItem(root);
    updateButtons();
}

void FilesPanel::load(QTreeWidgetItem* item)
{
    if (!sandbox() || item->data(0, LoadedRole).toBool())
        return;
    item->setData(0, LoadedRole, true);
    qDeleteAll(item->takeChildren());
    const QString dir = pathOf(item);
    QString error;
    const QList<sandbox::FileEntry> entries = sandbox()->listFiles(dir, &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
        return;
    }
    // Folders first, then files, each by name.
    for (const bool folders : {true, false}) {
        for (const sandbox::FileEntry& entry : entries) {
            if ((entry.type == Type::Directory) == folders)
                addEntry(item, dir, entry);
        }
    }
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

QTreeWidgetItem* FilesPanel::addEntry(QTreeWidgetItem* parent, const QString& dirPath, const sandbox::FileEntry& entry)
{
    auto* item = new QTreeWidgetItem(parent);
    const QString path = joinPath(dirPath, entry.name);
    item->setData(0, PathRole, path);
    item->setData(0, TypeRole, int(entry.type));
    item->setToolTip(0, path);
    switch (entry.type) {
    case Type::Directory:
        item->setText(0, entry.name);
        item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        break;
    case Type::Symlink:
        item->setText(0, tr("%1 → %2").arg(entry.name, entry.linkTarget));
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileLinkIcon));
        break;
    case Type::File:
        item->setText(0, entry.name);
        item->setText(1, QLocale().formattedDataSize(entry.size));
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        break;
    case Type::Other:
        item->setText(0, entry.name);
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        break;
    }
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, QLocale().toString(entry.modified.toLocalTime(), QLocale::ShortFormat));
    return item;
}

QTreeWidgetItem* FilesPanel::childNamed(QTreeWidgetItem* parent, const QString& name) const
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem* child = parent->child(i);
        if (pathOf(child).section(QLatin1Char('/'), -1) == name)
            return child;
    }
    return nullptr;
}

QTreeWidgetItem* FilesPanel::reveal(const QString& path)
{
    QTreeWidgetItem* item = m_tree->topLevelItem(0);
    if (!item)
        return nullptr;
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        if (typeOf(item) != Type::Directory)
            return nullptr;
        load(item);
        item->setExpanded(true);
        item = childNamed(item, name);
        if (!item)
            return nullptr;
    }
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return item;
}

void FilesPanel::openFile(const QString& path)
{
    if (!sandbox())
        return;
    QString error;
    // One byte more than shown tells whether there is more.
    const QByteArray bytes = sandbox()->readFile(path, kMaxViewBytes + 1, &error);
    m_viewer->clear();
    m_viewer->clearLanguage();
    if (!error.isEmpty()) {
        m_viewerTitle->setText(tr("%1: cannot show it (%2)").arg(path, error));
        return;
    }
    const bool truncated = bytes.size() > kMaxViewBytes;
    QString text;
    if (!sandbox::decodeText(bytes.left(kMaxViewBytes), truncated, &text)) {
        m_viewerTitle->setText(tr("%1: binary file, not shown; use Save to… to copy it out").arg(path));
        return;
    }
    if (truncated)
        m_viewerTitle->setText(tr("%1 (only the first %2 shown)").arg(path, QLocale().formattedDataSize(kMaxViewBytes)));
    else
        m_viewerTitle->setText(path);
    const QString language = CodeEditor::detectLanguage(QFileInfo(path).fileName(), text);
    if (!language.isEmpty())
        m_viewer->setLanguage(language);
    m_viewer->setPlainText(text);
}

void FilesPanel::saveSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!sandbox() || !item)
        return;
    const QString path = pathOf(item);
    const bool folder = typeOf(item) == Type::Directory;
    const QString name = path == QLatin1String("/") ? QStringLiteral("sandbox") : QFileInfo(path).fileName();
    const QString target = QFileDialog::getSaveFileName(
        this, folder ? tr("Save folder %1 as").arg(path) : tr("Save file %1 as").arg(path), name, QString(),
        nullptr, folder ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options());
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    sandbox::ExportResult result;
    QString error;
    const bool ok = sandbox::exportFromSandbox(*sandbox(), path, target, &result, &error);
    QApplication::restoreOverrideCursor();
    QString message;
    if (!ok) {
        message = tr("Not saved: %1").arg(error);
    } else {
        message = folder ? tr("Saved %n file(s) to %1", nullptr, result.files).arg(target)
                         : tr("Saved to %1").arg(target);
        if (!result.skipped.isEmpty())
            message += QLatin1Char(' ')
                       + tr("(%n link(s) or special file(s) left out)", nullptr, int(result.skipped.size()));
    }
    showMessage(message, !ok);
    Q_EMIT saved(ok, message);
}

void FilesPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void FilesPanel::updateButtons()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const bool any = sandbox() && item;
    m_refresh->defaultAction()->setEnabled(sandbox() != nullptr);
    m_open->defaultAction()->setEnabled(any && typeOf(item) != Type::Directory);
    m_save->defaultAction()->setEnabled(any && (typeOf(item) == Type::Directory || typeOf(item) == Type::File));
}

} // namespace ui
