#include "MainWindow.h"

#include "RunOnSelector.h"
#include "TerminalView.h"
#include "backend/Backend.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "util/ShellWords.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr auto kDefaultImage = "debian-slim";

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_engine(std::make_unique<sandbox::Engine>())
{
    setWindowTitle(tr("Sandbox Studio"));

    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(tr("Command to run in a fresh sandbox"));
    m_command->setText(QStringLiteral("python3 -c \"print('Hello from a sandbox')\""));
    m_command->setClearButtonEnabled(true);

    m_launch = new QPushButton(tr("&Launch"), this);
    m_launch->setObjectName(QStringLiteral("launchButton"));
    m_launch->setDefault(true);
    m_launch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_launch->setToolTip(tr("Run the command in a new sandbox (Ctrl+Return)"));

    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stop the running sandbox"));

    m_terminal = new TerminalView(this);
    m_runOn = new RunOnSelector(this);

    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(new QLabel(tr("Command:"), this));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(new QLabel(tr("Run on:"), this));
    commandRow->addWidget(m_runOn);
    commandRow->addWidget(m_launch);
    commandRow->addWidget(m_stop);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(commandRow);
    layout->addWidget(m_terminal, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_elapsed = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("imageProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_elapsed);

    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, &MainWindow::updateElapsed);

    connect(m_launch, &QPushButton::clicked, this, &MainWindow::launch);
    connect(m_command, &QLineEdit::returnPressed, this, &MainWindow::launch);
    connect(m_stop, &QPushButton::clicked, this, &MainWindow::stop);
    connect(m_terminal, &TerminalView::inputTyped, this, [this](const QByteArray& typed) {
        if (m_sandbox)
            m_sandbox->writeStdin(typed);
        if (m_clusterRun)
            m_clusterRun->writeStdin(typed);
    });

    if (!m_engine->errorString().isEmpty()) {
        m_launch->setEnabled(false);
        showStatus(m_engine->errorString());
        m_terminal->appendNotice(m_engine->errorString());
    } else {
        showStatus(tr("Ready. Runtime: %1").arg(m_engine->runtimeInfo().version));
    }
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isRunning() const
{
    return m_build || (m_sandbox && m_sandbox->state() == sandbox::Sandbox::State::Running)
           || (m_clusterRun && m_clusterRun->state() != sandbox::Run::State::Finished);
}

void MainWindow::launch()
{
    if (isRunning() || !m_launch->isEnabled())
        return;
    QString error;
    const QStringList command = sandbox::splitShellWords(m_command->text(), &error);
    if (!error.isEmpty()) {
        showStatus(error);
        return;
    }
    if (command.isEmpty()) {
        showStatus(tr("Enter a command to run."));
        return;
    }
    m_terminal->clear();
    setRunning(true);
    if (!m_runOn->currentCluster().isEmpty()) {
        startClusterRun(command);
        return;
    }
    m_clusterRun.reset();

    const QString image = QString::fromLatin1(kDefaultImage);
    if (m_engine->images().isBuilt(image)) {
        startSandbox();
        return;
    }
    // First run: build the image, showing what is being prepared.
    m_terminal->appendNotice(tr("Preparing the %1 image (first use, about a minute)…").arg(image));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_build.reset(m_engine->images().ensure(image));
    connect(m_build.get(), &sandbox::ImageBuild::progress, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        showStatus(tr("Preparing image: %1").arg(stage));
    });
    connect(m_build.get(), &sandbox::ImageBuild::finished, this, [this](bool ok) {
        m_progress->setVisible(false);
        const QString buildError = m_build->errorString();
        m_build.release()->deleteLater();
        if (!ok) {
            m_terminal->appendNotice(buildError);
            showStatus(tr("Could not prepare the image."));
            setRunning(false);
            return;
        }
        startSandbox();
    });
}

void MainWindow::startSandbox()
{
    sandbox::SandboxSpec spec;
    spec.command = sandbox::splitShellWords(m_command->text());
    spec.image = QString::fromLatin1(kDefaultImage);
    QString error;
    m_sandbox.reset(m_engine->createSandbox(spec, &error));
    if (!m_sandbox) {
        m_terminal->appendNotice(error);
        showStatus(error);
        setRunning(false);
        return;
    }
    connect(m_sandbox.get(), &sandbox::Sandbox::stdoutReceived, m_terminal, &TerminalView::appendStdout);
    connect(m_sandbox.get(), &sandbox::Sandbox::stderrReceived, m_terminal, &TerminalView::appendStderr);
    connect(m_sandbox.get(), &sandbox::Sandbox::finished, this,
            [this](int returnCode, sandbox::Sandbox::EndReason reason) {
                updateElapsed();
                if (reason == sandbox::Sandbox::EndReason::FailedToStart) {
                    m_terminal->appendNotice(m_sandbox->errorString());
                    showStatus(tr("Failed to start: %1").arg(m_sandbox->errorString()));
                } else {
                    showStatus(tr("Finished: exit code %1 (%2)")
                                   .arg(returnCode)
                                   .arg(sandbox::Sandbox::describe(reason)));
                }
                setRunning(false);
                Q_EMIT runFinished(returnCode);
            });
    showStatus(tr("Running in sandbox %1").arg(m_sandbox->id()));
    m_sandbox->start();
}

void MainWindow::startClusterRun(const QStringList& command)
{
    m_sandbox.reset();
    m_clusterRun.reset();
    QString error;
    m_clusterBackend = m_runOn->createBackend(m_engine.get(), &error);
    sandbox::SandboxSpec spec;
    spec.command = command;
    spec.image = QString::fromLatin1(kDefaultImage);
    if (m_clusterBackend)
        m_clusterRun.reset(m_clusterBackend->createRun(spec, &error));
    if (!m_clusterRun) {
        m_terminal->appendNotice(error);
        showStatus(error);
        setRunning(false);
        return;
    }
    sandbox::Run* run = m_clusterRun.get();
    const QString cluster = m_clusterBackend->displayName();
    connect(run, &sandbox::Run::stdoutReceived, m_terminal, &TerminalView::appendStdout);
    connect(run, &sandbox::Run::stderrReceived, m_terminal, &TerminalView::appendStderr);
    connect(run, &sandbox::Run::diagnostic, m_terminal, &TerminalView::appendNotice);
    connect(run, &sandbox::Run::stateChanged, this, [this, run, cluster](sandbox::Run::State state) {
        if (state == sandbox::Run::State::Pending || state == sandbox::Run::State::Running)
            showStatus(tr("Cluster %1, job %2: %3").arg(cluster, run->jobId(), sandbox::Run::describe(state)));
    });
    connect(run, &sandbox::Run::finished, this, [this, run](int returnCode, sandbox::Sandbox::EndReason reason) {
        updateElapsed();
        if (reason == sandbox::Sandbox::EndReason::FailedToStart) {
            m_terminal->appendNotice(run->errorString());
            showStatus(tr("Failed to start: %1").arg(run->errorString()));
        } else {
            showStatus(tr("Finished: exit code %1 (%2), job %3")
                           .arg(returnCode)
                           .arg(sandbox::Sandbox::describe(reason), run->jobId()));
        }
        setRunning(false);
        Q_EMIT runFinished(returnCode);
    });
    showStatus(tr("Submitting to cluster %1…").arg(cluster));
    run->start();
}

void MainWindow::stop()
{
    if (m_clusterRun) {
        m_clusterRun->cancel();
        return;
    }
    if (m_build) {
        m_build->cancel();
        return;
    }
    if (m_sandbox)
        m_sandbox->terminate();
}

void MainWindow::setRunning(bool running)
{
    m_launch->setEnabled(!running);
    m_stop->setEnabled(running);
    m_command->setReadOnly(running);
    m_runOn->setEnabled(!running);
    if (running) {
        m_elapsed->clear();
        m_elapsedTimer->start();
        m_terminal->setFocus();
    } else {
        m_elapsedTimer->stop();
    }
}

void MainWindow::showStatus(const QString& text)
{
    m_status->setText(text);
}

void MainWindow::updateElapsed()
{
    if (m_clusterRun)
        m_elapsed->setText(tr("%1 s").arg(double(m_clusterRun->elapsedMs()) / 1000.0, 0, 'f', 1));
    else if (m_sandbox)
        m_elapsed->setText(tr("%1 s").arg(double(m_sandbox->elapsedMs()) / 1000.0, 0, 'f', 1));
}

} // namespace ui
