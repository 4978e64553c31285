#pragma once

#include "SandboxView.h"

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sandbox {
struct FileEntry;
} // namespace sandbox

namespace ui {

class CodeEditor;

// A run's files, while it runs and after it exits: a tree of the sandbox's
// directories (each read when first opened), a read-only viewer with
// syntax highlighting, and Save to… that copies a file or a folder out to
// this computer. Every read is confined to the sandbox.
class FilesPanel : public SandboxView
{
    Q_OBJECT

public:
    explicit FilesPanel(QWidget* parent = nullptr);
    ~FilesPanel() override;

    QTreeWidget* tree() const { return m_tree; }
    CodeEditor* viewer() const { return m_viewer; }
    // What the viewer shows, or why it shows nothing.
    QLabel* viewerTitle() const { return m_viewerTitle; }
    // Errors and the outcome of the last save.
    QLabel* messageLabel() const { return m_message; }
    QToolButton* refreshButton() const { return m_refresh; }
    QToolButton* saveButton() const { return m_save; }

    // The item of a sandbox path, its parent directories read and expanded
    // on the way; nullptr when it does not exist. Selects it.
    QTreeWidgetItem* reveal(const QString& path);
    // The sandbox path of an item.
    static QString pathOf(const QTreeWidgetItem* item);

    // Shows a file in the viewer: text highlighted, at most the first
    // megabyte; binary files only as a note.
    void openFile(const QString& path);

public Q_SLOTS:
    // Reads the tree again, keeping what was expanded and selected.
    void refresh() override;
    // Asks where to, then copies the selected file or folder out.
    void saveSelected();

Q_SIGNALS:
    // After a save: ok, and where to or why not.
    void saved(bool ok, const QString& message);

protected:
    void clearShown() override;

private:
    QTreeWidgetItem* addEntry(QTreeWidgetItem* parent, const QString& dirPath, const sandbox::FileEntry& entry);
    void load(QTreeWidgetItem* item);
    QTreeWidgetItem* childNamed(QTreeWidgetItem* parent, const QString& name) const;
    void showMessage(const QString& text, bool error);
    void updateButtons();

    QTreeWidget* m_tree = nullptr;
    CodeEditor* m_viewer = nullptr;
    QLabel* m_viewerTitle = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_refresh = nullptr;
    QToolButton* m_open = nullptr;
    QToolButton* m_save = nullptr;
};

} // namespace ui
