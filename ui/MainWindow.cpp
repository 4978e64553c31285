#include "MainWindow.h"

#include "DataPanel.h"
#include "HistoryPanel.h"
#include "ImagePanel.h"
#include "ResourcesPanel.h"
#include "RunOnSelector.h"
#include "RunTab.h"
#include "AboutDialog.h"
#include "CloneSourcePage.h"
#include "PasteSourcePage.h"
#include "SettingsDialog.h"
#include "SourcePanel.h"
#include "TerminalView.h"
#include "VolumesBrowser.h"
#include "VolumesPicker.h"
#include "backend/Backend.h"
#include "cli/RunCommandLineWriter.h"
#include "desktop/StudioCommandLine.h"
#include "history/RunHistory.h"
#include "sandbox/Engine.h"
#include "spec/SpecFile.h"
#include "storage/Volumes.h"
#include "util/ShellWords.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
// Where the pasted or cloned source lands inside the sandbox.
constexpr char kWorkspace[] = "/workspace";

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_settings(AppSettings::load()),
      m_engine(std::make_unique<sandbox::Engine>(m_settings.engineOptions())),
      m_history(std::make_unique<sandbox::RunHistory>(m_engine->paths().historyDir())),
      m_historyWriter(std::make_unique<QThreadPool>())
{
    m_historyWriter->setMaxThreadCount(1);
    setWindowTitle(tr("Sandbox Studio"));
    setObjectName(QStringLiteral("mainWindow"));

    // Left: the form, one section per concern.
    m_sections = new QToolBox(this);
    m_sections->setObjectName(QStringLiteral("formSections"));
    m_source = new SourcePanel(this);
    // Clones can be made again: they belong in the cache directory.
    m_source->setCloneBase(m_engine->paths().clonesDir());
    addFormSection(m_source, tr("Source"));
    m_image = new ImagePanel(this);
    m_image->setImageStore(&m_engine->images());
    m_image->restoreLastRecipe(m_settings.defaultImage);
    // The settings' index reaches pip steps that name none through the
    // builder's environment: never into recipes, the history or logs.
    if (!m_settings.packageIndex.isEmpty() && qEnvironmentVariableIsEmpty("PIP_INDEX_URL"))
        qputenv("PIP_INDEX_URL", m_settings.packageIndex.toUtf8());
    m_image->setDefaultPipIndex(qEnvironmentVariable("PIP_INDEX_URL"));
    addFormSection(m_image, tr("Image and packages"));
    m_resources = new ResourcesPanel(this);
    addFormSection(m_resources, tr("Resources"));
    m_data = new DataPanel(m_engine->volumes(), this);
    addFormSection(m_data, tr("Data"));

    // Right: the command and the runs.
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(tr("Command to run in a fresh sandbox"));
    m_command->setClearButtonEnabled(true);
    m_launch = new QPushButton(tr("&Launch"), this);
    m_launch->setObjectName(QStringLiteral("launchButton"));
    m_launch->setDefault(true);
    m_launch->setToolTip(tr("Run the command in a new sandbox (Ctrl+Return)"));
    m_runOn = new RunOnSelector(this);
    m_interactiveTerminal = new QCheckBox(tr("Interactive terminal (&PTY)"), this);
    m_interactiveTerminal->setObjectName(QStringLiteral("interactiveTerminal"));
    m_interactiveTerminal->setToolTip(tr("Run with a terminal, for shells, editors and REPLs: keys go to the "
                                         "sandbox as typed and the terminal's size follows the view"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop the sandbox of this tab (Ctrl+.)"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto* addTab = new QToolButton(this);
    addTab->setText(QStringLiteral("+"));
    addTab->setToolTip(tr("New tab (Ctrl+T)"));
    addTab->setAutoRaise(true);
    m_tabs->setCornerWidget(addTab, Qt::TopRightCorner);

    // The command gets the whole width; how it runs goes on a row below.
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(new QLabel(tr("Command:"), this));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_launch);
    commandRow->addWidget(m_stop);
    auto* howRow = new QHBoxLayout;
    auto* runOnLabel = new QLabel(tr("Run &on:"), this);
    runOnLabel->setBuddy(m_runOn);
    howRow->addWidget(runOnLabel);
    howRow->addWidget(m_runOn);
    howRow->addSpacing(12);
    howRow->addWidget(m_interactiveTerminal);
    howRow->addStretch(1);
    auto* runArea = new QWidget(this);
    auto* runLayout = new QVBoxLayout(runArea);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addLayout(commandRow);
    runLayout->addLayout(howRow);
    runLayout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(runArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_historyPanel = new HistoryPanel(this);
    m_historyPanel->setHistory(m_history.get());
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_status, 1);

    createMenus();

    connect(m_launch, &QPushButton::clicked, this, &MainWindow::launch);
    connect(m_command, &QLineEdit::returnPressed, this, &MainWindow::launch);
    connect(m_command, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_commandTouched = !text.isEmpty();
    });
    connect(m_stop, &QPushButton::clicked, this, &MainWindow::stop);
    connect(addTab, &QToolButton::clicked, this, &MainWindow::newTab);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (RunTab* tab = currentRunTab())
            m_status->setText(tab->statusLabel()->text());
        updateActions();
    });
    connect(m_source, &SourcePanel::suggestedCommandChanged, this, &MainWindow::applySuggestedCommand);
    connect(m_historyPanel, &HistoryPanel::rerunRequested, this, &MainWindow::rerun);
    connect(m_historyPanel, &HistoryPanel::imageRequested, this, [this](const sandbox::ImageRecipe& recipe) {
        m_image->setRecipe(recipe);
        m_sections->setCurrentWidget(m_image);
    });

    newTab();
    applySuggestedCommand();
    if (!m_engine->errorString().isEmpty()) {
        m_launch->setEnabled(false);
        m_launchAction->setEnabled(false);
        m_status->setText(m_engine->errorString());
        terminal()->appendNotice(m_engine->errorString());
    } else {
        m_status->setText(tr("Ready. Runtime: %1").arg(m_engine->runtimeInfo().version));
    }
    resize(1100, 720);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The tabs' sandboxes need the engine to stop and clean up: they go
    // first, before the members (the engine) and long before ~QWidget.
    while (m_tabs->count() > 0) {
        QWidget* tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newTabAction = file->addAction(tr("&New Tab"), this, &MainWindow::newTab);
    newTabAction->setShortcut(QKeySequence::AddTab);
    QAction* closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    file->addAction(tr("&Export Spec…"), this, &MainWindow::exportSpec);
    QAction* volumesAction = file->addAction(tr("&Volumes…"), this, [this] {
        auto* browser = new VolumesBrowser(m_engine->paths().volumesDir(), this);
        browser->setAttribute(Qt::WA_DeleteOnClose);
        browser->open();
    });
    volumesAction->setObjectName(QStringLiteral("volumesAction"));
    file->addSeparator();
    QAction* settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_launchAction = run->addAction(tr("&Launch"), this, &MainWindow::launch);
    m_launchAction->setObjectName(QStringLiteral("launchAction"));
    m_launchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_stopAction = run->addAction(tr("&Stop"), this, &MainWindow::stop);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_sendEofAction = run->addAction(tr("Send &EOF"), this, &MainWindow::sendEof);
    m_sendEofAction->setObjectName(QStringLiteral("sendEofAction"));
    m_sendEofAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_sendEofAction->setToolTip(tr("Close the sandbox's standard input"));
    run->addSeparator();
    run->addAction(tr("&Copy sandbox-run Command Line"), this, &MainWindow::copyCommandLine);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* historyAction = m_historyDock->toggleViewAction();
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(historyAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Sandbox Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addFormSection(QWidget* section, const QString& title)
{
    m_sections->addItem(section, title);
}

TerminalView* MainWindow::terminal() const
{
    RunTab* tab = currentRunTab();
    return tab ? tab->terminal() : nullptr;
}

RunTab* MainWindow::currentRunTab() const
{
    return qobject_cast<RunTab*>(m_tabs->currentWidget());
}

bool MainWindow::isRunning() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<RunTab*>(m_tabs->widget(i)); tab && tab->isBusy())
            return true;
    }
    return false;
}

RunTab* MainWindow::newTab()
{
    auto* tab = new RunTab(*m_engine, m_tabs);
    QList<QKeySequence> shortcuts;
    for (const QAction* action : {m_launchAction, m_stopAction, m_sendEofAction})
        shortcuts << action->shortcuts();
    tab->terminal()->setWindowShortcuts(shortcuts);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    connect(tab, &RunTab::titleChanged, this, [this, tab](const QString& title) {
        m_tabs->setTabText(m_tabs->indexOf(tab), title);
    });
    connect(tab, &RunTab::statusChanged, this, [this, tab](const QString& text) {
        if (tab == currentRunTab())
            m_status->setText(text);
    });
    connect(tab, &RunTab::busyChanged, this, &MainWindow::updateActions);
    connect(tab, &RunTab::runRecorded, this, [this](const sandbox::RunRecord& record, const QByteArray& output) {
        m_historyWriter->start([this, record, output] {
            sandbox::RunRecord stored = record;
            QString error;
            m_history->add(stored, output, &error);
            QMetaObject::invokeMethod(this, [this, error] {
                if (!error.isEmpty())
                    m_status->setText(error);
                m_historyPanel->reload();
                Q_EMIT historyUpdated();
            });
        });
    });
    connect(tab, &RunTab::runFinished, this, &MainWindow::runFinished);
    updateActions();
    return tab;
}

void MainWindow::closeTab(int index)
{
    auto* tab = qobject_cast<RunTab*>(m_tabs->widget(index));
    if (!tab)
        return;
    m_tabs->removeTab(index);
    tab->deleteLater(); // its sandbox, if any, is stopped and cleaned up
    if (m_tabs->count() == 0)
        newTab();
}

RunTab* MainWindow::idleTab()
{
    RunTab* tab = currentRunTab();
    return tab && !tab->isBusy() ? tab : newTab();
}

void MainWindow::updateActions()
{
    RunTab* tab = currentRunTab();
    const bool busy = tab && tab->isBusy();
    m_stop->setEnabled(busy);
    // The choice belongs to the next run; while this tab runs it shows
    // where that run went.
    m_runOn->setEnabled(!busy);
    m_stopAction->setEnabled(busy);
    m_sendEofAction->setEnabled(busy);
}

void MainWindow::applySuggestedCommand()
{
    m_image->offerRepository(m_source->clonePage()->clonedDirectory());
    if (!m_commandTouched)
        m_command->setText(sandbox::joinShellWords(m_source->suggestedCommand()));
}

sandbox::SandboxSpec MainWindow::specFromForm(QString* error) const
{
    sandbox::SandboxSpec spec;
    spec.command = sandbox::splitShellWords(m_command->text(), error);
    if (!error->isEmpty()) {
        *error = tr("command: %1").arg(*error);
        return spec;
    }
    if (spec.command.isEmpty()) {
        *error = tr("command: enter a command to run");
        return spec;
    }
    // The source (added at launch) goes on top of the image's own steps,
    // so that a change of source does not rebuild the package layers.
    spec.image = m_image->recipe(error);
    if (!error->isEmpty())
        return spec;
    m_resources->applyTo(spec);
    if (const QString problem = m_data->applyTo(spec); !problem.isEmpty()) {
        *error = problem;
        return spec;
    }
    *error = spec.validate();
    return spec;
}

void MainWindow::launch()
{
    if (!m_launch->isEnabled())
        return;
    QString error;
    sandbox::SandboxSpec spec = specFromForm(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    // The source becomes a host directory now, then an image layer (cached
    // by its content) at /workspace, the run's working directory: the run
    // sees the real files and may write beside them.
    QString sourceDir = m_source->prepareSourceDirectory(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    if (!sourceDir.isEmpty()) {
        spec.image.steps.append(sandbox::ImageStep::addLocalDir(sourceDir, QString::fromLatin1(kWorkspace)));
        spec.workdir = QString::fromLatin1(kWorkspace);
        if (const QString invalid = spec.validate(); !invalid.isEmpty()) {
            m_status->setText(invalid);
            return;
        }
    }
    // This computer: the tab runs the sandbox itself, as it always has.
    // A cluster: the tab drives that cluster's backend.
    std::unique_ptr<sandbox::Backend> backend;
    if (!m_runOn->currentCluster().isEmpty()) {
        backend = m_runOn->createBackend(m_engine.get(), &error);
        if (!backend) {
            m_status->setText(tr("Run on: %1").arg(error));
            return;
        }
    }
    startInTab(spec, false, sourceDir, std::move(backend));
}

void MainWindow::rerun(const sandbox::SandboxSpec& spec)
{
    if (!m_launch->isEnabled())
        return;
    m_data->restoreFrom(spec);
    startInTab(spec, true);
}

bool MainWindow::startInTab(sandbox::SandboxSpec spec, bool renewEphemeral, const QString& sourceDir,
                            std::unique_ptr<sandbox::Backend> backend)
{
    if (m_interactiveTerminal->isChecked() && backend) {
        m_status->setText(tr("Interactive terminal: runs on a cluster have none; turn it off or run on this computer"));
        return false;
    }
    // A run from the history names ephemeral volumes long gone; the form
    // asks for new ones. Either way they are made now, for this run only.
    QString error;
    EphemeralVolumes scratch = renewEphemeral
                                   ? VolumesPicker::renewEphemeralVolumes(m_engine->volumes(), spec, &error)
                                   : m_data->volumes()->createEphemeralVolumes(spec, &error);
    if (error.isEmpty())
        error = spec.validate();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    RunTab* tab = idleTab();
    tab->setInteractiveTerminal(m_interactiveTerminal->isChecked());
    tab->holdScratchVolumes(std::move(scratch));
    return tab->launch(spec, sourceDir, std::move(backend));
}

void MainWindow::stop()
{
    if (RunTab* tab = currentRunTab())
        tab->stop();
}

void MainWindow::sendEof()
{
    if (RunTab* tab = currentRunTab())
        tab->sendEof();
}

void MainWindow::copyCommandLine()
{
    QString error;
    const sandbox::SandboxSpec spec = specFromForm(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    QStringList arguments = sandbox::sandboxRunArguments(spec, m_settings.runtime);
    if (m_interactiveTerminal->isChecked())
        arguments.prepend(QStringLiteral("--tty"));
    QApplication::clipboard()->setText(sandbox::joinShellWords(QStringList{QStringLiteral("sandbox-run")} + arguments));
    m_status->setText(tr("Copied the sandbox-run command line."));
}

void MainWindow::exportSpec()
{
    QString error;
    const sandbox::SandboxSpec spec = specFromForm(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export spec"), QStringLiteral("sandbox.json"), tr("JSON files (*.json)"));
    if (!path.isEmpty() && !sandbox::writeSpecFile(spec, path, &error))
        QMessageBox::warning(this, tr("Export spec"), error);
}

void MainWindow::showSettings()
{
    // Containers made ahead of need count as running sandboxes, which
    // would keep the Storage page from removing anything; the next launch
    // makes them again.
    m_engine->dropWarmContainers();
    SettingsDialog dialog(AppSettings::load(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_status->setText(tr("Settings saved; they take effect the next time Sandbox Studio starts."));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_engine->runtimeInfo(), m_engine->errorString(), this);
    dialog.exec();
}

void MainWindow::openSpec(const sandbox::SandboxSpec& spec)
{
    m_command->setText(sandbox::joinShellWords(spec.command));
    m_commandTouched = true; // the spec's command, not a suggestion
    m_resources->showSpec(spec);
    // The form cannot show all of a spec (its image, env, mounts): the
    // run uses the spec as saved.
    rerun(spec);
}

QStringList MainWindow::open(const QList<sandbox::OpenRequest>& requests)
{
    QStringList errors;
    for (const sandbox::OpenRequest& request : requests) {
        if (request.kind == sandbox::OpenRequest::Kind::CloneRepository) {
            m_source->setMode(SourcePanel::Mode::Clone);
            m_source->clonePage()->setUrl(request.target);
        } else {
            QString error;
            const QString code = sandbox::readSourceFile(request.target, &error);
            if (!error.isEmpty()) {
                errors << error;
                continue;
            }
            m_source->setMode(SourcePanel::Mode::Paste);
            m_source->pastePage()->openFile(QFileInfo(request.target).fileName(), code);
        }
        m_sections->setCurrentWidget(m_source);
    }
    return errors;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kStateKey).toByteArray(); !state.isEmpty()) {
        restoreState(state);
    } else {
        // First start: most of the height for the form and the runs.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_historyDock}, {height() / 4}, Qt::Vertical); });
    }
    if (const QByteArray splitter = settings.value(kSplitterKey).toByteArray(); !splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    } else {
        // First start: room for the form's tables (the size hints alone
        // leave it a third of the width).
        QTimer::singleShot(0, this, [this] {
            const int total = m_splitter->width();
            m_splitter->setSizes({total * 2 / 5, total - total * 2 / 5});
        });
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace ui
