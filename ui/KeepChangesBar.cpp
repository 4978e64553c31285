#include "KeepChangesBar.h"

#include "ChangesView.h"
#include "apply/ApplyBack.h"
#include "apply/GitOutputs.h"
#include "sandbox/Sandbox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>

namespace ui {

KeepChangesBar::KeepChangesBar(ChangesView* view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("keepChangesBar"));
    m_apply = new QPushButton(tr("Apply to source"), this);
    m_apply->setObjectName(QStringLiteral("applyToSource"));
    m_apply->setToolTip(tr("Write the checked changes into the folder the run's source came from"));
    m_commit = new QPushButton(tr("Commit to branch…"), this);
    m_commit->setObjectName(QStringLiteral("commitToBranch"));
    m_commit->setToolTip(tr("One commit with the checked changes on a new branch, from the commit the run was "
                            "launched from; your work tree and branch stay as they are"));
    m_savePatch = new QPushButton(tr("Save patch…"), this);
    m_savePatch->setObjectName(QStringLiteral("savePatch"));
    m_savePatch->setToolTip(tr("Save the checked changes as a patch for git apply"));
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardChanges"));
    m_discard->setToolTip(tr("Throw the run's files away; nothing is applied"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("keepResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_apply, m_commit, m_savePatch, m_discard})
        layout->addWidget(button);
    layout->addWidget(m_result, 1);
    connect(m_apply, &QPushButton::clicked, this, &KeepChangesBar::applyToSource);
    connect(m_commit, &QPushButton::clicked, this, &KeepChangesBar::openCommitDialog);
    connect(m_savePatch, &QPushButton::clicked, this, &KeepChangesBar::openSaveDialog);
    connect(m_discard, &QPushButton::clicked, this, &KeepChangesBar::discardRequested);
    connect(&m_worker, &QFutureWatcher<Outcome>::finished, this, &KeepChangesBar::onFinished);
    updateButtons();
}

KeepChangesBar::~KeepChangesBar() = default;

void KeepChangesBar::setSource(const QString& sourceDir, const QString& baseCommit)
{
    m_sourceDir = sourceDir;
    m_baseCommit = baseCommit;
    m_result->clear();
    updateButtons();
}

void KeepChangesBar::setReady(bool ready)
{
    m_ready = ready;
    updateButtons();
}

void KeepChangesBar::updateButtons()
{
    const bool can = m_ready && !m_busy;
    m_apply->setEnabled(can && !m_sourceDir.isEmpty());
    m_commit->setEnabled(can && !m_baseCommit.isEmpty());
    m_savePatch->setEnabled(can);
    m_discard->setEnabled(!m_busy && m_view->sandbox() != nullptr);
}

QString KeepChangesBar::runId() const
{
    return m_view->sandbox() && !m_view->sandbox()->id().isEmpty() ? m_view->sandbox()->id() : QStringLiteral("run");
}

void KeepChangesBar::run(std::function<Outcome()> work)
{
    m_busy = true;
    updateButtons();
    m_result->setText(tr("Working…"));
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_worker.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

void KeepChangesBar::onFinished()
{
    m_busy = false;
    updateButtons();
    if (m_worker.future().resultCount() == 0)
        return;
    const Outcome outcome = m_worker.result();
    m_report = outcome.report;
    m_result->setText(outcome.text);
    m_result->setToolTip(outcome.report.details());
    Q_EMIT finished(outcome.ok, outcome.text);
}

void KeepChangesBar::applyToSource()
{
    if (m_busy || m_sourceDir.isEmpty())
        return;
    const sandbox::apply::ChangeSet changes = m_view->acceptedChanges();
    const QString dir = m_sourceDir;
    run([changes, dir] {
        Outcome outcome;
        QString error;
        outcome.ok = sandbox::apply::applyToDirectory(changes, dir, false, &outcome.report, &error);
        outcome.text = outcome.ok ? tr("Applied to %1: %2").arg(dir, outcome.report.summary()) : error;
        return outcome;
    });
}

void KeepChangesBar::commitToBranch(const QString& branch, const QString& message)
{
    if (m_busy || m_baseCommit.isEmpty())
        return;
    const sandbox::apply::ChangeSet changes = m_view->acceptedChanges();
    const sandbox::apply::BranchRequest request{m_sourceDir, branch, message, m_baseCommit};
    run([changes, request] {
        Outcome outcome;
        QString error;
        const QString commit = sandbox::apply::commitToBranch(changes, request, &outcome.report, &error);
        outcome.ok = !commit.isEmpty();
        outcome.text = outcome.ok ? tr("Committed %1 to the new branch %2: %3")
                                        .arg(commit.left(12), request.branch, outcome.report.summary())
                                  : error;
        return outcome;
    });
}

void KeepChangesBar::savePatch(const QString& path)
{
    if (m_busy)
        return;
    const sandbox::apply::ChangeSet changes = m_view->acceptedChanges();
    run([changes, path] {
        Outcome outcome;
        QString error;
        const QByteArray patch = sandbox::apply::writePatch(changes, &error);
        QSaveFile file(path);
        if (!error.isEmpty()) {
            outcome.text = error;
        } else if (!file.open(QIODevice::WriteOnly) || file.write(patch) != patch.size() || !file.commit()) {
            outcome.text = tr("cannot write %1: %2").arg(path, file.errorString());
        } else {
            outcome.ok = true;
            outcome.text = tr("Saved the patch to %1").arg(path);
        }
        return outcome;
    });
}

void KeepChangesBar::openCommitDialog()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("commitDialog"));
    dialog->setWindowTitle(tr("Commit to a new branch"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* branch = new QLineEdit(sandbox::apply::branchNameFor(runId()), dialog);
    branch->setObjectName(QStringLiteral("branchEdit"));
    auto* message = new QPlainTextEdit(tr("Changes kept from sandbox %1").arg(runId()), dialog);
    message->setObjectName(QStringLiteral("messageEdit"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("Branch:"), branch);
    form->addRow(tr("Message:"), message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, branch, message] { commitToBranch(branch->text().trimmed(), message->toPlainText()); });
    dialog->open();
}

void KeepChangesBar::openSaveDialog()
{
    auto* dialog = new QFileDialog(this, tr("Save patch"));
    dialog->setObjectName(QStringLiteral("savePatchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Patches (*.patch *.diff)"));
    dialog->selectFile((runId()) + QStringLiteral(".patch"));
    connect(dialog, &QFileDialog::fileSelected, this, &KeepChangesBar::savePatch);
    dialog->open();
}

} // namespace ui
