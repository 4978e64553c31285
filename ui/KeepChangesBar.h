#pragma once

#include "apply/ApplyPlan.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ui {

class ChangesView;

// The Changes view's ways of keeping what the reviewer accepted: Apply to
// source (into the host folder the run came from), Commit to branch… (one
// commit on a new branch of the source repository), Save patch… (a git
// patch) and Discard. The work runs off the GUI thread; the result line
// says what was applied, merged and refused, and why.
class KeepChangesBar : public QWidget
{
    Q_OBJECT

public:
    explicit KeepChangesBar(ChangesView* view);
    ~KeepChangesBar() override;

    void setSource(const QString& sourceDir, const QString& baseCommit);
    // The changes are listed (or not): the buttons follow.
    void setReady(bool ready);

    QPushButton* applyButton() const { return m_apply; }
    QPushButton* commitButton() const { return m_commit; }
    QPushButton* savePatchButton() const { return m_savePatch; }
    QPushButton* discardButton() const { return m_discard; }
    QLabel* resultLabel() const { return m_result; }
    bool isBusy() const { return m_busy; }
    const sandbox::apply::ApplyReport& lastReport() const { return m_report; }

    // What the buttons do once their dialogs are answered.
    void applyToSource();
    void commitToBranch(const QString& branch, const QString& message);
    void savePatch(const QString& path);

Q_SIGNALS:
    void finished(bool ok, const QString& summary);
    void discardRequested();

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
        sandbox::apply::ApplyReport report;
    };
    void run(std::function<Outcome()> work);
    void onFinished();
    void openCommitDialog();
    void openSaveDialog();
    void updateButtons();
    QString runId() const;

    ChangesView* m_view;
    QPushButton* m_apply;
    QPushButton* m_commit;
    QPushButton* m_savePatch;
    QPushButton* m_discard;
    QLabel* m_result;
    QFutureWatcher<Outcome> m_worker;
    sandbox::apply::ApplyReport m_report;
    QString m_sourceDir;
    QString m_baseCommit;
    bool m_ready = false;
    bool m_busy = false;
};

} // namespace ui
