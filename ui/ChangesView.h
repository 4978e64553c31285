#pragma once

#include "SandboxView.h"

class QCheckBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

class CodeEditor;

// What a run added, changed and deleted in its sandbox, from the overlay's
// writable layer, with a unified diff of the selected file against the
// image's original: how a reviewer sees what generated code did.
class ChangesView : public SandboxView
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget* parent = nullptr);
    ~ChangesView() override;

    // One row per change: kind in column 0 ("added", "changed",
    // "deleted"), the sandbox path in column 1.
    QTreeWidget* list() const { return m_list; }
    CodeEditor* diffView() const { return m_diff; }
    QLabel* summaryLabel() const { return m_summary; }
    // What the diff shows, or why it shows none.
    QLabel* diffTitle() const { return m_diffTitle; }
    QToolButton* refreshButton() const { return m_refresh; }
    // On by default: __pycache__ paths stay out of the list.
    QCheckBox* hideCachesBox() const { return m_hideCaches; }

    // Selects a path's row and shows its diff; false when it is not listed.
    bool showChange(const QString& path);

public Q_SLOTS:
    void refresh() override;

protected:
    void clearShown() override;

private:
    void showDiff(QTreeWidgetItem* item);

    QTreeWidget* m_list = nullptr;
    CodeEditor* m_diff = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_diffTitle = nullptr;
    QToolButton* m_refresh = nullptr;
    QCheckBox* m_hideCaches = nullptr;
};

} // namespace ui
