#include "RunTab.h"

#include "ChangesView.h"
#include "FilesPanel.h"
#include "TerminalView.h"
#include "apply/GitOutputs.h"
#include "backend/Backend.h"
#include "history/RunHistory.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Volumes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kTickMs = 100;
constexpr int kUsageEveryTicks = 10;

} // namespace

RunTab::RunTab(sandbox::Engine& engine, QWidget* parent) : QWidget(parent), m_engine(engine)
{
    m_terminal = new TerminalView(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("runUsage"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("imageProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateElapsed();
        if (++m_ticks % kUsageEveryTicks == 0)
            sampleUsage();
    });

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_usage);
    statusRow->addWidget(m_elapsed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_files = new FilesPanel(this);
    m_changes = new ChangesView(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("runViews"));
    m_views->setDocumentMode(true);
    m_views->setTabPosition(QTabWidget::South);
    m_views->addTab(m_terminal, tr("Terminal"));
    m_views->addTab(m_files, tr("Files"));
    m_views->addTab(m_changes, tr("Changes"));
    layout->addWidget(m_views, 1);
    layout->addLayout(statusRow);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalView::inputTyped, this, [this](const QByteArray& typed) {
        if (m_run)
            m_run->writeStdin(typed);
        else if (m_sandbox)
            m_sandbox->writeStdin(typed);
    });
    connect(m_terminal, &TerminalView::endOfInputTyped, this, &RunTab::sendEof);
    connect(m_changes, &ChangesView::discardRequested, this, [this] {
        if (!m_sandbox)
            return;
        m_sandbox->discard();
        m_files->refresh();
        m_changes->refresh();
    });
    connect(m_terminal, &TerminalView::sizeChanged, this, [this](int columns, int rows) {
        if (m_sandbox && m_sandbox->hasTerminal())
            m_sandbox->resize(columns, rows);
    });
    m_state = tr("new");
}

RunTab::~RunTab()
{
    // The views point at the sandbox, which goes before them.
    m_files->setSandbox(nullptr);
    m_changes->setSandbox(nullptr);
}

void RunTab::holdScratchVolumes(std::vector<std::unique_ptr<sandbox::EphemeralVolume>> volumes)
{
    m_scratchVolumes = std::move(volumes);
}

bool RunTab::isBusy() const
{
    return m_busy;
}

QString RunTab::title() const
{
    const QString program = m_spec.command.isEmpty() ? tr("Sandbox") : m_spec.command.first();
    return tr("%1 (%2)").arg(program, m_state);
}

bool RunTab::launch(const sandbox::SandboxSpec& spec, const QString& sourceDir,
                    std::unique_ptr<sandbox::Backend> backend)
{
    if (isBusy())
        return false;
    // The last run's kept files go now.
    m_files->setSandbox(nullptr);
    m_changes->setSandbox(nullptr);
    const QString filesNote = backend ? tr("Files are shown for runs on this computer only.") : QString();
    m_files->setUnavailableText(filesNote.isEmpty() ? tr("No files yet: the sandbox is starting.") : filesNote);
    m_changes->setUnavailableText(filesNote.isEmpty() ? tr("No changes yet: the sandbox is starting.") : filesNote);
    m_sandbox.reset();
    m_run.reset();
    m_backend = std::move(backend);
    m_warnings.clear();
    m_spec = spec;
    m_sourceDir = sourceDir;
    // What Apply and Commit go back to: the folder, and its commit now.
    m_changes->setSource(sourceDir, sourceDir.isEmpty() ? QString() : sandbox::apply::headCommit(sourceDir));
    m_capture.clear();
    m_terminal->clear();
    m_terminal->setRawInput(m_interactiveTerminal);
    m_views->setCurrentWidget(m_terminal);
    m_elapsed->clear();
    m_usage->clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    setBusy(true);

    if (m_backend) {
        startBackendRun();
        return true;
    }
    if (!m_engine.errorString().isEmpty()) {
        finishRun(-1, sandbox::Sandbox::describe(sandbox::Sandbox::EndReason::FailedToStart),
                  m_engine.errorString());
        return true;
    }
    if (m_engine.images().isBuilt(spec.image)) {
        startSandbox();
        return true;
    }
    // First use of this image: build it, showing what and how far.
    m_state = tr("preparing");
    Q_EMIT titleChanged(title());
    // Only a base that was never built takes long; steps on a built base
    // (the source added to /workspace) take a moment.
    sandbox::ImageRecipe baseOnly;
    baseOnly.base = spec.image.base;
    if (m_engine.images().isBuilt(baseOnly))
        m_terminal->appendNotice(tr("Preparing the image: %n step(s) on %1…", nullptr, int(spec.image.steps.size()))
                                     .arg(spec.image.base.toString()));
    else
        m_terminal->appendNotice(tr("Preparing the %1 image (first use, about a minute)…").arg(spec.image.base.toString()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showStatus(tr("Preparing the %1 image…").arg(spec.image.displayName()));
    m_build.reset(m_engine.images().ensure(spec.image));
    connect(m_build.get(), &sandbox::ImageBuild::progress, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        showStatus(tr("Preparing the %1 image: %2").arg(m_spec.image.displayName(), stage));
    });
    // The build's own output, live and dimmed (not part of the run's output).
    connect(m_build.get(), &sandbox::ImageBuild::logLine, m_terminal,
            [this](sandbox::ImageBuild::Stream, const QString& line) { m_terminal->appendNotice(line); });
    connect(m_build.get(), &sandbox::ImageBuild::finished, this, [this](bool ok) {
        m_progress->setVisible(false);
        const QString buildError = m_build->errorString();
        m_build.release()->deleteLater();
        if (!ok) {
            finishRun(-1, sandbox::Sandbox::describe(sandbox::Sandbox::EndReason::FailedToStart),
                      tr("could not prepare the image: %1").arg(buildError));
            return;
        }
        startSandbox();
    });
    return true;
}

void RunTab::startSandbox()
{
    QString error;
    m_sandbox.reset(m_engine.createSandbox(m_spec, &error));
    if (!m_sandbox) {
        finishRun(-1, sandbox::Sandbox::describe(sandbox::Sandbox::EndReason::FailedToStart), error);
        return;
    }
    if (m_interactiveTerminal)
        m_sandbox->setTerminal(m_terminal->columns(), m_terminal->rows());
    // Kept after exit for the Files and Changes views; removed when the
    // tab runs again or closes.
    m_sandbox->setKeepAfterExit(true);
    m_files->setSandbox(m_sandbox.get());
    m_changes->setSandbox(m_sandbox.get());
    connect(m_sandbox.get(), &sandbox::Sandbox::stdoutReceived, this, &RunTab::showStdout);
    connect(m_sandbox.get(), &sandbox::Sandbox::stderrReceived, this, &RunTab::showStderr);
    connect(m_sandbox.get(), &sandbox::Sandbox::finished, this,
            [this](int returnCode, sandbox::Sandbox::EndReason reason) {
                const QString failure =
                    reason == sandbox::Sandbox::EndReason::FailedToStart ? m_sandbox->errorString() : QString();
                m_files->refresh();
                m_changes->refresh();
                m_warnings = m_sandbox->warnings(); // a full file system shows too
                finishRun(returnCode, sandbox::Sandbox::describe(reason), failure);
            });
    connect(m_sandbox.get(), &sandbox::Sandbox::started, this, [this] {
        // The view may have changed size while the sandbox started.
        if (m_sandbox->hasTerminal())
            m_sandbox->resize(m_terminal->columns(), m_terminal->rows());
        m_warnings = m_sandbox->warnings();
        if (!m_warnings.isEmpty())
            showStatus(tr("Running in sandbox %1 (%2)").arg(m_sandbox->id(), m_warnings.join(QStringLiteral("; "))));
    });
    m_state = tr("running");
    Q_EMIT titleChanged(title());
    showStatus(tr("Running in sandbox %1").arg(m_sandbox->id()));
    m_lastCpuNs = -1;
    m_sandbox->start();
}

void RunTab::startBackendRun()
{
    QString error;
    m_run.reset(m_backend->createRun(m_spec, &error));
    if (!m_run) {
        finishRun(-1, sandbox::Sandbox::describe(sandbox::Sandbox::EndReason::FailedToStart), error);
        return;
    }
    sandbox::Run* run = m_run.get();
    const QString where = m_backend->displayName();
    connect(run, &sandbox::Run::stdoutReceived, this, &RunTab::showStdout);
    connect(run, &sandbox::Run::stderrReceived, this, &RunTab::showStderr);
    connect(run, &sandbox::Run::diagnostic, m_terminal, &TerminalView::appendNotice);
    connect(run, &sandbox::Run::stateChanged, this, [this, run, where](sandbox::Run::State state) {
        if (state == sandbox::Run::State::Finished)
            return;
        m_state = sandbox::Run::describe(state);
        Q_EMIT titleChanged(title());
        if (run->jobId().isEmpty())
            showStatus(tr("Cluster %1: %2").arg(where, m_state));
        else
            showStatus(tr("Cluster %1, job %2: %3").arg(where, run->jobId(), m_state));
    });
    connect(run, &sandbox::Run::finished, this, [this, run](int returnCode, sandbox::Sandbox::EndReason reason) {
        const QString failure = reason == sandbox::Sandbox::EndReason::FailedToStart ? run->errorString() : QString();
        finishRun(returnCode, sandbox::Sandbox::describe(reason), failure);
    });
    m_state = tr("submitting");
    Q_EMIT titleChanged(title());
    showStatus(tr("Submitting to cluster %1…").arg(where));
    run->start();
}

void RunTab::showStdout(const QByteArray& bytes)
{
    m_capture.appendStdout(bytes);
    m_terminal->appendStdout(bytes);
}

void RunTab::showStderr(const QByteArray& bytes)
{
    m_capture.appendStderr(bytes);
    m_terminal->appendStderr(bytes);
}

void RunTab::finishRun(int returnCode, const QString& reason, const QString& error)
{
    updateElapsed();
    if (!error.isEmpty()) {
        m_terminal->appendNotice(error);
        showStatus(tr("Failed to start: %1").arg(error));
        m_state = tr("failed");
    } else {
        if (m_run && !m_run->jobId().isEmpty())
            showStatus(tr("Finished: exit code %1 (%2), job %3").arg(returnCode).arg(reason, m_run->jobId()));
        else if (!m_warnings.isEmpty())
            showStatus(tr("Finished: exit code %1 (%2; %3)")
                           .arg(returnCode)
                           .arg(reason, m_warnings.join(QStringLiteral("; "))));
        else
            showStatus(tr("Finished: exit code %1 (%2)").arg(returnCode).arg(reason));
        m_state = tr("exit %1").arg(returnCode);
    }
    sandbox::RunRecord record;
    record.spec = m_spec;
    record.startedAt = m_startedAt;
    record.durationMs = m_run       ? m_run->elapsedMs()
                        : m_sandbox ? m_sandbox->elapsedMs()
                                    : m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    record.exitCode = returnCode;
    record.reason = reason;
    record.error = error;
    record.outputBytes = m_capture.totalBytes();
    record.outputTruncated = m_capture.truncated();
    m_scratchVolumes.clear(); // the sandbox is gone: nothing uses them now
    setBusy(false);
    Q_EMIT titleChanged(title());
    Q_EMIT runRecorded(record, m_capture.contents());
    Q_EMIT runFinished(returnCode);
}

void RunTab::stop()
{
    if (m_run) {
        m_run->cancel(); // scancel on a cluster
        return;
    }
    if (m_build) {
        m_build->cancel();
        return;
    }
    if (m_sandbox)
        m_sandbox->terminate();
}

void RunTab::sendEof()
{
    if (m_run && m_run->state() != sandbox::Run::State::Finished) {
        m_run->closeStdin();
        m_terminal->appendNotice(tr("[end of input sent]"));
        return;
    }
    if (m_sandbox && m_sandbox->hasTerminal()) {
        // A terminal's end of file is a key (Ctrl+D), not the end of input:
        // the shell in it reads on.
        m_sandbox->writeStdin(QByteArray(1, '\x04'));
        return;
    }
    if (m_sandbox && m_sandbox->state() == sandbox::Sandbox::State::Running) {
        m_sandbox->closeStdin();
        m_terminal->appendNotice(tr("[end of input sent]"));
    }
}

void RunTab::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_ticks = 0;
        m_tick->start();
        m_terminal->setFocus();
    } else {
        m_tick->stop();
    }
    Q_EMIT busyChanged(busy);
}

void RunTab::showStatus(const QString& text)
{
    m_status->setText(text);
    Q_EMIT statusChanged(text);
}

void RunTab::updateElapsed()
{
    if (m_run)
        m_elapsed->setText(tr("%1 s").arg(double(m_run->elapsedMs()) / 1000.0, 0, 'f', 1));
    else if (m_sandbox)
        m_elapsed->setText(tr("%1 s").arg(double(m_sandbox->elapsedMs()) / 1000.0, 0, 'f', 1));
}

void RunTab::sampleUsage()
{
    if (!m_sandbox)
        return;
    const sandbox::ResourceUsage usage = m_sandbox->resourceUsage();
    if (!usage.isValid())
        return;
    const qint64 now = m_sandbox->elapsedMs();
    QStringList parts;
    if (usage.cpuNanoseconds >= 0 && m_lastCpuNs >= 0 && now > m_lastSampleMs) {
        const double percent = double(usage.cpuNanoseconds - m_lastCpuNs) / 1e4 / double(now - m_lastSampleMs);
        parts << tr("CPU %1%").arg(percent, 0, 'f', 0);
    }
    if (usage.memoryBytes >= 0)
        parts << tr("Memory %1").arg(QLocale().formattedDataSize(usage.memoryBytes, 1));
    m_lastCpuNs = usage.cpuNanoseconds;
    m_lastSampleMs = now;
    if (!parts.isEmpty())
        m_usage->setText(parts.join(QStringLiteral("  ")));
}

} // namespace ui
