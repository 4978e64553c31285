#pragma once

#include "sandbox/ResourceUsage.h"
#include "spec/SandboxSpec.h"
#include "util/FileLock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace sandbox {

class OciRuntime;

// One run of one spec in a fresh container. Created by Engine; lives until
// the caller deletes it. Teardown (runtime state, overlay mount,
// directories) happens as soon as the process ends, before finished().
class Sandbox : public QObject
{
    Q_OBJECT

public:
    enum class State { Created, Running, Finished };
    enum class EndReason { None, Exited, TimedOut, Terminated, FailedToStart };
    Q_ENUM(EndReason)

    ~Sandbox() override;

    QString id() const { return m_id; }
    const SandboxSpec& spec() const { return m_spec; }
    State state() const { return m_state; }

    // Asynchronous: ends in started() then finished(), or straight in
    // finished() with EndReason::FailedToStart.
    void start();

    void writeStdin(const QByteArray& data);
    void closeStdin();
    // Stops the sandbox: SIGTERM to its processes, SIGKILL after a grace
    // period.
    void terminate();

    bool waitForFinished(int msecs = -1);

    // The exit code of the command; 128+N when a signal N ended it.
    int returnCode() const { return m_returnCode; }
    EndReason endReason() const { return m_endReason; }
    QString errorString() const { return m_error; }
    qint64 elapsedMs() const;
    // CPU and memory use so far, from the sandbox's cgroup; invalid when
    // it is not running.
    ResourceUsage resourceUsage() const;

    static QString describe(EndReason reason);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    void finished(int returnCode, sandbox::Sandbox::EndReason reason);

private:
    friend class Engine;
    Sandbox(QString id, SandboxSpec spec, QString lowerDir, QString sandboxDir,
            QString cgroupParent, FileLock ownerLock, const OciRuntime* runtime, QObject* parent);

    QString prepareBundle();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& error);
    void tearDown();
    void end(int returnCode, EndReason reason);

    QString m_id;
    SandboxSpec m_spec;
    QString m_lowerDir;
    QString m_dir;
    QString m_cgroupParent;
    const OciRuntime* m_runtime;
    FileLock m_ownerLock;
    QProcess m_process;
    QTimer m_timeout;
    QTimer m_killGrace;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = -1;
    State m_state = State::Created;
    EndReason m_endReason = EndReason::None;
    EndReason m_pendingReason = EndReason::None;
    int m_returnCode = -1;
    bool m_mounted = false;
    bool m_runtimeNeedsCleanup = true;
    QString m_error;
};

} // namespace sandbox
