#pragma once

// One process exec'd into a long-lived sandbox, with the stream API of
// Sandbox (asyncio's subprocess): stdin (write, drain, EOF), stdout and
// stderr live or whole, wait, returnCode, terminate, a PTY with resize.
// Made by DetachedSandbox::exec(); it talks to the sandbox's monitor over
// its own control connection, and closing that connection (deleting this
// object before the end) kills the process.

#include "lifecycle/DetachedSandbox.h"
#include "util/Spawn.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace sandbox {

class InputStream;
class OutputStream;

class ExecProcess : public QObject
{
    Q_OBJECT

public:
    explicit ExecProcess(QObject* parent = nullptr);
    ~ExecProcess() override;

    InputStream& stdinStream() { return *m_stdin; }
    OutputStream& stdoutStream() { return *m_stdout; }
    OutputStream& stderrStream() { return *m_stderr; }
    void writeStdin(const QByteArray& data);
    void closeStdin();
    // The terminal's size; false without one.
    bool resize(int columns, int rows);
    void sendSignal(int signal);
    void terminate();
    void kill();

    bool waitForStarted(int msecs = -1);
    bool waitForFinished(int msecs = -1);
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // The exit code; -N when signal N ended it; -1 when it did not start.
    int returnCode() const { return m_returnCode; }
    bool failedToStart() const { return m_finished && !m_started; }
    bool timedOut() const { return m_timedOut; }
    QString errorString() const { return m_error; }
    // Its pid inside the sandbox.
    qint64 pid() const { return m_pid; }

    // Used by DetachedSandbox::exec.
    void begin(UniqueFd socket, const QStringList& args, const ExecOptions& options);
    void failLater(const QString& error);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    void finished(int returnCode);

private:
    void onMessage();
    void onStartedEvent(std::vector<UniqueFd> fds, qint64 pid);
    void maybeFinish();
    void finish(int returnCode, const QString& error);

    UniqueFd m_socket;
    QSocketNotifier* m_notifier = nullptr;
    InputStream* m_stdin;
    OutputStream* m_stdout;
    OutputStream* m_stderr;
    UniqueFd m_terminal; // a copy of the master, for resize
    QTimer m_drainGrace;
    bool m_terminalMode = false;
    bool m_inherited = false;
    bool m_started = false;
    bool m_exited = false;
    bool m_finished = false;
    bool m_timedOut = false;
    int m_exitCode = -1;
    int m_returnCode = -1;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace sandbox
