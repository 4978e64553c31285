#pragma once

#include "history/OutputCapture.h"
#include "spec/SandboxSpec.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace sandbox {
class Backend;
class EphemeralVolume;
class Engine;
class Run;
class ImageBuild;
class Sandbox;
struct RunRecord;
} // namespace sandbox

namespace ui {

class ChangesView;
class FilesPanel;
class TerminalView;

// One sandbox in one tab: its live terminal and its status line (state,
// elapsed time, CPU and memory, exit code and reason). Prepares the image
// first when it is not built yet, showing how far along that is.
class RunTab : public QWidget
{
    Q_OBJECT

public:
    explicit RunTab(sandbox::Engine& engine, QWidget* parent = nullptr);
    ~RunTab() override;

    TerminalView* terminal() const { return m_terminal; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* elapsedLabel() const { return m_elapsed; }
    QLabel* usageLabel() const { return m_usage; }
    QProgressBar* imageProgress() const { return m_progress; }
    // The run's views: Terminal, Files, Changes. A local run's files stay
    // until the tab is closed or runs again.
    QTabWidget* views() const { return m_views; }
    FilesPanel* filesPanel() const { return m_files; }
    ChangesView* changesView() const { return m_changes; }

    // Preparing the image or running.
    bool isBusy() const;
    // The spec of the current or last run.
    const sandbox::SandboxSpec& spec() const { return m_spec; }
    // The host directory holding the current or last run's code; empty
    // when it had none.
    QString sourceDirectory() const { return m_sourceDir; }
    // A short name for the tab: the program and how the run stands.
    QString title() const;

    // Starts a run; false when this tab is busy. sourceDir is the host
    // directory holding the run's code (may be empty). Without a backend
    // the run is a sandbox on this computer; with one (a cluster) it goes
    // through that backend, and the status shows its job id and state.
    bool launch(const sandbox::SandboxSpec& spec, const QString& sourceDir = {},
                std::unique_ptr<sandbox::Backend> backend = {});
    // For the next launches: run with a terminal (PTY) instead of pipes;
    // keys then go to it raw and resizing the view resizes it.
    void setInteractiveTerminal(bool on) { m_interactiveTerminal = on; }
    bool interactiveTerminal() const { return m_interactiveTerminal; }
    // Before launch(): volumes made for the next run only; released (and
    // so removed) when it ends.
    void holdScratchVolumes(std::vector<std::unique_ptr<sandbox::EphemeralVolume>> volumes);
    // The local run's sandbox (kept after exit for its files), or nullptr.
    const sandbox::Sandbox* sandbox() const { return m_sandbox.get(); }
    // The cluster run of this tab, or nullptr for a local one.
    sandbox::Run* backendRun() const { return m_run.get(); }
    void stop();
    void sendEof();

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusChanged(const QString& text);
    void titleChanged(const QString& title);
    void runFinished(int returnCode);
    // A finished run, ready for the history, with its captured output.
    void runRecorded(const sandbox::RunRecord& record, const QByteArray& output);

private:
    void startSandbox();
    void startBackendRun();
    // Output of either kind of run: captured for the history and shown.
    void showStdout(const QByteArray& bytes);
    void showStderr(const QByteArray& bytes);
    void finishRun(int returnCode, const QString& reason, const QString& error);
    void setBusy(bool busy);
    void showStatus(const QString& text);
    void updateElapsed();
    void sampleUsage();

    sandbox::Engine& m_engine;
    // Declared before the sandbox: they outlive it.
    std::vector<std::unique_ptr<sandbox::EphemeralVolume>> m_scratchVolumes;
    std::unique_ptr<sandbox::ImageBuild> m_build;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    // Declared before the run: runs must not outlive their backend.
    std::unique_ptr<sandbox::Backend> m_backend;
    std::unique_ptr<sandbox::Run> m_run;
    sandbox::SandboxSpec m_spec;
    sandbox::OutputCapture m_capture;
    QString m_sourceDir;
    QDateTime m_startedAt;
    TerminalView* m_terminal = nullptr;
    QTabWidget* m_views = nullptr;
    FilesPanel* m_files = nullptr;
    ChangesView* m_changes = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_usage = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_tick = nullptr;
    qint64 m_lastCpuNs = -1;
    qint64 m_lastSampleMs = 0;
    int m_ticks = 0;
    bool m_busy = false;
    bool m_interactiveTerminal = false;
    QString m_state;
    // Limits asked for that this host does not enforce, in words.
    QStringList m_warnings;
};

} // namespace ui
