#pragma once

#include "AppSettings.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThreadPool;
class QToolBox;

namespace sandbox {
class Backend;
struct OpenRequest;
class Engine;
class RunHistory;
struct SandboxSpec;
} // namespace sandbox

namespace ui {

class DataPanel;
class HistoryPanel;
class ImagePanel;
class ResourcesPanel;
class RunOnSelector;
class RunTab;
class SourcePanel;
class TerminalView;

// The main window: a form of sections on the left (the source now; image,
// resources and data later), the command with Launch and Stop, the runs in
// tabs on the right, the history in a dock. It wires the parts together;
// each part is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and scripts that drive the window.
    QLineEdit* commandEdit() const { return m_command; }
    QPushButton* launchButton() const { return m_launch; }
    QPushButton* stopButton() const { return m_stop; }
    // The current tab's terminal.
    TerminalView* terminal() const;
    // Mirrors the current tab's status.
    QLabel* statusLabel() const { return m_status; }
    SourcePanel* sourcePanel() const { return m_source; }
    RunOnSelector* runOnSelector() const { return m_runOn; }
    ResourcesPanel* resourcesPanel() const { return m_resources; }
    DataPanel* dataPanel() const { return m_data; }
    // "Interactive terminal (PTY)": the next runs get a terminal.
    QCheckBox* interactiveTerminalBox() const { return m_interactiveTerminal; }
    ImagePanel* imagePanel() const { return m_image; }
    HistoryPanel* historyPanel() const { return m_historyPanel; }
    QTabWidget* runTabs() const { return m_tabs; }
    RunTab* currentRunTab() const;
    QSplitter* splitter() const { return m_splitter; }
    QToolBox* formSections() const { return m_sections; }
    QAction* launchAction() const { return m_launchAction; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* sendEofAction() const { return m_sendEofAction; }
    sandbox::RunHistory& history() const { return *m_history; }
    const AppSettings& settings() const { return m_settings; }
    // Is any tab preparing or running?
    bool isRunning() const;

    // Adds a section to the form on the left (e.g. "Resources and data").
    void addFormSection(QWidget* section, const QString& title);

    // The spec the form describes; sets *error (naming the field) when it
    // cannot be made.
    sandbox::SandboxSpec specFromForm(QString* error) const;

    // Fills the form from a saved spec (sandbox-studio --run) and runs the
    // whole spec, as saved, in a tab.
    void openSpec(const sandbox::SandboxSpec& spec);
    // Opens what the desktop or the command line passed: a repository in
    // the clone form (prefilled, not yet cloned), a source file in the
    // editor. Returns why a request could not be opened, one per failure.
    QStringList open(const QList<sandbox::OpenRequest>& requests);

public Q_SLOTS:
    // Runs the form's command: in the current tab, or in a new one when
    // the current tab is busy.
    void launch();
    void stop();
    void sendEof();
    RunTab* newTab();
    void rerun(const sandbox::SandboxSpec& spec);
    void showSettings();
    void showAbout();

Q_SIGNALS:
    // Emitted once a run (in any tab) has ended and its status shows it.
    void runFinished(int returnCode);
    // Emitted once a finished run is stored in the history and listed.
    void historyUpdated();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void closeTab(int index);
    RunTab* idleTab();
    void updateActions();
    void applySuggestedCommand();
    void restoreWindowState();
    void saveWindowState() const;
    void copyCommandLine();
    void exportSpec();
    // Starts `spec` in an idle tab with the form's run options; false (the
    // status says why) when the run's ephemeral volumes cannot be made.
    bool startInTab(sandbox::SandboxSpec spec, bool renewEphemeral, const QString& sourceDir = {},
                    std::unique_ptr<sandbox::Backend> backend = {});

    AppSettings m_settings;
    std::unique_ptr<sandbox::Engine> m_engine;
    std::unique_ptr<sandbox::RunHistory> m_history;
    // Writes history entries (megabytes of output) off the GUI thread;
    // declared after m_history so that it finishes its work first.
    std::unique_ptr<QThreadPool> m_historyWriter;
    QSplitter* m_splitter = nullptr;
    QToolBox* m_sections = nullptr;
    SourcePanel* m_source = nullptr;
    ResourcesPanel* m_resources = nullptr;
    DataPanel* m_data = nullptr;
    QCheckBox* m_interactiveTerminal = nullptr;
    ImagePanel* m_image = nullptr;
    QLineEdit* m_command = nullptr;
    RunOnSelector* m_runOn = nullptr;
    QPushButton* m_launch = nullptr;
    QPushButton* m_stop = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDockWidget* m_historyDock = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_launchAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_sendEofAction = nullptr;
    bool m_commandTouched = false; // typed by the user: suggestions stay out
};

} // namespace ui
