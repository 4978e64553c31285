#pragma once

#include "sandbox/InitProtocol.h"
#include "util/FileLock.h"
#include "util/Spawn.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace sandbox {

class OciRuntime;
class PastaNetwork;

// One container from bundle to teardown: its directory (overlay layers and
// OCI bundle), the runtime's create and start, the descriptors that lead
// into it, and sandbox-init's report. It knows nothing of specs or streams;
// Sandbox gives it meaning. A container can be launched ahead of need and
// given its command later (the engine's warm pool).
class Container : public QObject
{
    Q_OBJECT

public:
    enum class Stdio { Pipes, Terminal, Inherited };

    // `cgroupParent`: the cgroup the container's own goes under (empty: the
    // runtime's choice).
    Container(QString id, QString dir, QString lowerDir, QString cgroupParent, FileLock ownerLock,
              const OciRuntime* runtime, QObject* parent = nullptr);
    ~Container() override;

    QString id() const { return m_id; }
    // Kills the runtime while it is still creating the container (a hung
    // runtime); false when there is nothing to abort.
    bool abortLaunch();
    QString dir() const { return m_dir; }
    QString rootfsDir() const { return m_dir + QStringLiteral("/rootfs"); }
    QString upperDir() const { return scratchDir() + QStringLiteral("/upper"); }
    // Before prepare(): the writable layer (and its overlay work dir) on a
    // tmpfs of this size instead of the host's data disk; 0: no cap.
    void setWritableLayerBytes(qint64 bytes) { m_writableLayerBytes = bytes; }
    // The layer's size when it is (nearly) full now, else 0.
    qint64 writableLayerBytesIfFull() const;
    QString lowerDir() const { return m_lowerDir; }
    const QJsonObject& config() const { return m_config; }
    bool usesInit() const { return m_usesInit; }

    // Before prepare(), for a container made ahead of need: a network
    // namespace of its own with pasta attached, started now; launch() waits
    // for it. The container owns it and removes it at teardown. Returns an
    // error or an empty string.
    QString startNetwork();
    bool hasNetwork() const { return m_network != nullptr; }
    QString networkNamespacePath() const;
    QString resolvConfPath() const;

    bool isPrepared() const { return m_prepared; }
    // Mounts the overlay and writes config.json (plus the cgroup path). For Stdio::Inherited, the
    // three descriptors are handed to the container as they are.
    QString prepare(const QJsonObject& config, Stdio stdio, bool usesInit, int inheritedIn = -1,
                    int inheritedOut = -1, int inheritedErr = -1);
    // Before launch(): a descriptor sandbox-init finds as fd 5 (a detached
    // sandbox's exec channel, see lifecycle/ExecChannel.h).
    void setExecChannel(UniqueFd fd) { m_execChannel = std::move(fd); }
    // The runtime's detached run (or a foreground run without an init).
    void launch();
    bool isLaunched() const { return m_launched; }

    // Gives sandbox-init its command; the container runs it at once.
    QString sendCommand(const QByteArray& encodedCommand);

    // The engine's ends of the container's stdio (pipes) or the terminal's
    // master; taken once.
    UniqueFd takeStdinWriter() { return std::move(m_stdinWriter); }
    UniqueFd takeStdoutReader() { return std::move(m_stdoutReader); }
    UniqueFd takeStderrReader() { return std::move(m_stderrReader); }
    UniqueFd takeTerminal() { return std::move(m_terminal); }
    int terminalFd() const { return m_terminalFd; }

    // Sends a signal to the container's first process; false if there is
    // none (yet).
    bool signal(int signal);
    bool hasExited() const { return m_exited; }
    const initprotocol::Report& report() const { return m_report; }
    // For runtimes without an init: the runtime's own exit status.
    int foregroundWaitStatus() const { return m_foregroundStatus; }

    // Removes the runtime's container and, unless `keepFiles`, unmounts and
    // deletes the directory. Idempotent; keepFiles may be followed by a full
    // teardown later.
    void tearDown(bool keepFiles);
    // The same without blocking on the runtime (its delete runs beside
    // other sandboxes); tornDown() follows.
    void tearDownAsync(bool keepFiles);

Q_SIGNALS:
    void tornDown();
    void launched();
    void failed(const QString& error);
    // The container's first process is gone (report() says how it ended).
    void exited();

private:
    void onCreated(int waitStatus);
    void announceLaunched();
    void onStatusReadable();
    void markExited();
    // Steps of tearDownAsync(): the runtime's delete beside other
    // sandboxes; then waiting for pasta; then tornDown().
    void deleteInRuntime(bool keepFiles);
    void finishTearDownAsync(bool keepFiles);
    // Calls `then` once `fd` is readable (at once when it is, or is -1),
    // or after `msecs` at the latest, without blocking the thread.
    void whenReadable(int fd, int msecs, std::function<void()> then);
    // Blocks until the init's report pipe closes (no signal emitted).
    void waitForInitExit(int msecs);
    QString runtimeError(const QString& step, int waitStatus) const;
    bool receiveTerminal(QString* error);
    QString writeCommand(const QByteArray& encodedCommand);

    QString m_id;
    QString m_dir;
    QString m_lowerDir;
    QString m_cgroupParent;
    qint64 m_writableLayerBytes = 0;
    QString scratchDir() const { return m_dir + QStringLiteral("/scratch"); }
    FileLock m_ownerLock;
    const OciRuntime* m_runtime;
    QJsonObject m_config;
    Stdio m_stdio = Stdio::Pipes;
    bool m_usesInit = true;

    // Container-side ends, closed once the runtime took them.
    UniqueFd m_containerStdin, m_containerStdout, m_containerStderr;
    UniqueFd m_statusWriter, m_commandReader;
    UniqueFd m_consoleListener;
    UniqueFd m_execChannel;
    // Engine-side ends.
    UniqueFd m_stdinWriter, m_stdoutReader, m_stderrReader, m_terminal;
    int m_terminalFd = -1;
    UniqueFd m_statusReader, m_commandWriter;
    QSocketNotifier* m_statusNotifier = nullptr;
    QSocketNotifier* m_teardownWait = nullptr; // teardown waiting for the init or pasta to be gone
    QByteArray m_reportText;
    initprotocol::Report m_report;

    std::unique_ptr<PastaNetwork> m_network;
    ChildWatcher* m_networkStart = nullptr; // pasta configuring the namespace
    bool m_launchWhenNetworkReady = false;
    QByteArray m_pendingCommand; // for the init, once the network is up
    bool m_announceWhenNetworkReady = false;

    ChildWatcher* m_step = nullptr;
    UniqueFd m_initPidfd;
    bool m_prepared = false;
    bool m_deleting = false;
    bool m_mounted = false;
    bool m_created = false;
    bool m_launched = false;
    bool m_exited = false;
    bool m_runtimeGone = false;
    int m_foregroundStatus = 0;
};

} // namespace sandbox
