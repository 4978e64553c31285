#pragma once

#include "SandboxView.h"
#include "apply/ChangeSet.h"

#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

class CodeEditor;
class KeepChangesBar;

// What a run added, changed and deleted in its sandbox, from the overlay's
// writable layer, with a unified diff of the selected file against the
// image's original: how a reviewer sees what generated code did, and keeps
// what they accept. The project's files (below where the source was added)
// and their hunks have checkboxes; changes outside the project are listed
// in their own group and never applied. The changes are read and diffed
// off the GUI thread and listed in small batches, so that a run of
// thousands of files keeps the window responsive.
class ChangesView : public SandboxView
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget* parent = nullptr);
    ~ChangesView() override;

    // Two groups ("project", "outside the project") of file rows: kind in
    // column 0 ("added", "changed", "deleted"), the sandbox path in column
    // 1, why it cannot be applied in column 2; a text file's hunks are its
    // children. Project files and hunks are checkable.
    QTreeWidget* list() const { return m_list; }
    QTreeWidgetItem* projectGroup() const { return m_projectGroup; }
    QTreeWidgetItem* outsideGroup() const { return m_outsideGroup; }
    CodeEditor* diffView() const { return m_diff; }
    QLabel* summaryLabel() const { return m_summary; }
    // What the diff shows, or why it shows none.
    QLabel* diffTitle() const { return m_diffTitle; }
    QToolButton* refreshButton() const { return m_refresh; }
    // On by default: __pycache__ paths stay out of the list (and are not
    // applied).
    QCheckBox* hideCachesBox() const { return m_hideCaches; }
    KeepChangesBar* keepBar() const { return m_keep; }

    // The host folder the run's project came from and the commit its HEAD
    // was at launch (empty: not a git repository); set at launch.
    void setSource(const QString& sourceDir, const QString& baseCommit);
    // Where the source is inside the sandbox.
    static QString projectMount() { return QStringLiteral("/workspace"); }

    // Whether the changes are still being read or listed.
    bool isLoading() const { return m_loading; }
    // The row of a path (sandbox path, folders with or without '/'); null
    // when it is not listed (yet).
    QTreeWidgetItem* fileItem(const QString& path) const;
    // Selects a path's row and shows its diff; false when it is not listed.
    bool showChange(const QString& path);
    // The sandbox paths listed, in order.
    QStringList listedPaths() const;
    // The changes with the checkboxes' choices; hidden caches not accepted.
    sandbox::apply::ChangeSet acceptedChanges() const;

Q_SIGNALS:
    // The list is complete (after each refresh).
    void loaded();
    // Discard: the run's files are to be thrown away.
    void discardRequested();

public Q_SLOTS:
    void refresh() override;

protected:
    void clearShown() override;

private:
    struct Loaded
    {
        sandbox::apply::ChangeSet changes;
        QString error;
    };
    void onLoaded();
    void addBatch();
    void addFile(qsizetype index);
    void showDiff(QTreeWidgetItem* item);
    void finishListing();
    void dropTrash();

    QTreeWidget* m_list = nullptr;
    QTreeWidgetItem* m_projectGroup = nullptr;
    QTreeWidgetItem* m_outsideGroup = nullptr;
    CodeEditor* m_diff = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_diffTitle = nullptr;
    QToolButton* m_refresh = nullptr;
    QCheckBox* m_hideCaches = nullptr;
    KeepChangesBar* m_keep = nullptr;
    QFutureWatcher<Loaded> m_reader;
    sandbox::apply::ChangeSet m_changes;
    qsizetype m_nextFile = 0; // the next file to list
    int m_counts[3] = {0, 0, 0};
    int m_hidden = 0;
    bool m_loading = false;
    QString m_reselect;
    QList<QTreeWidgetItem*> m_trash; // rows of a former list, freed in batches
};

} // namespace ui
