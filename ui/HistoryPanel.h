#pragma once

#include "history/RunHistory.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ui {

// Past runs, newest first: when, command, exit code, reason, duration; the
// selected run's output below. Re-run it, copy the equivalent
// `sandbox-run` line, or export its spec as JSON.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // How much of a run's stored output the panel shows (the tail).
    static constexpr qsizetype kShownOutputBytes = 64 * 1024;

    explicit HistoryPanel(QWidget* parent = nullptr);

    // Not owned; reloads the list.
    void setHistory(sandbox::RunHistory* history);
    void reload();

    QTreeWidget* list() const { return m_list; }
    QPlainTextEdit* outputView() const { return m_output; }
    QPushButton* rerunButton() const { return m_rerun; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* useImageButton() const { return m_useImage; }

    // False when nothing is selected.
    bool selectedRecord(sandbox::RunRecord* record) const;
    // The `sandbox-run` line of the selected run; empty when none.
    QString selectedCommandLine() const;

public Q_SLOTS:
    void rerunSelected();
    void copyCommandLine();
    // Asks where, then writes the selected run's spec as JSON.
    void exportSelected();

Q_SIGNALS:
    void rerunRequested(const sandbox::SandboxSpec& spec);
    // The user wants the selected run's image in the form.
    void imageRequested(const sandbox::ImageRecipe& recipe);

private:
    void showSelected();

    sandbox::RunHistory* m_history = nullptr;
    QList<sandbox::RunRecord> m_records;
    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QPushButton* m_rerun = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_useImage = nullptr;
};

} // namespace ui
