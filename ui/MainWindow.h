#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sandbox {
class Backend;
class Engine;
class Run;
class ImageBuild;
class Sandbox;
} // namespace sandbox

namespace ui {

class RunOnSelector;
class TerminalView;

// The main window: a command, a Launch button, the live terminal, and a
// status bar with the elapsed time and the exit code.
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
    TerminalView* terminal() const { return m_terminal; }
    QLabel* statusLabel() const { return m_status; }
    RunOnSelector* runOnSelector() const { return m_runOn; }
    bool isRunning() const;

public Q_SLOTS:
    void launch();
    void stop();

Q_SIGNALS:
    // Emitted once a run has ended and the status shows its outcome.
    void runFinished(int returnCode);

private:
    void startSandbox();
    void startClusterRun(const QStringList& command);
    void setRunning(bool running);
    void showStatus(const QString& text);
    void updateElapsed();

    std::unique_ptr<sandbox::Engine> m_engine;
    std::unique_ptr<sandbox::ImageBuild> m_build;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    // A run on a cluster (the "Run on" choice); local runs use m_sandbox.
    std::unique_ptr<sandbox::Backend> m_clusterBackend;
    std::unique_ptr<sandbox::Run> m_clusterRun;
    RunOnSelector* m_runOn = nullptr;
    QLineEdit* m_command = nullptr;
    QPushButton* m_launch = nullptr;
    QPushButton* m_stop = nullptr;
    TerminalView* m_terminal = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_elapsed = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_elapsedTimer = nullptr;
};

} // namespace ui
