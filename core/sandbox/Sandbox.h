#pragma once

#include "runtime/OciConfig.h"
#include "sandbox/ResourceUsage.h"
#include "sandbox/SandboxFiles.h"
#include "spec/SandboxSpec.h"
#include "util/Spawn.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sandbox {

class RunSetup;
class Container;
class Engine;
class InputStream;
class OutputStream;

// One run of one spec in a fresh container, with the semantics of Python's
// asyncio subprocess: stdin (write, drain, writeEof), stdout and stderr as
// separate streams read live or whole, wait(), terminate(), returnCode.
// Created by Engine; lives until the caller deletes it. Teardown (runtime
// state, overlay mount, directories) happens as soon as the process ends,
// before finished(), unless the sandbox is kept for inspection.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    enum class State { Created, Running, Finished };
    enum class EndReason { None, Exited, TimedOut, OutOfMemory, Terminated, FailedToStart };
    Q_ENUM(EndReason)

    ~Sandbox() override;

    // From start() on, the name of its container and of its directory in
    // the data directory.
    QString id() const { return m_id; }
    const SandboxSpec& spec() const { return m_spec; }
    State state() const { return m_state; }

    // Before start(): a terminal (PTY) instead of pipes, for interactive
    // shells. stdout then carries the terminal's output (stderr included).
    void setTerminal(int columns, int rows);
    bool hasTerminal() const { return m_terminal; }
    // Before start(): hand these descriptors to the container as its stdin,
    // stdout and stderr (no copy through this process); the streams stay
    // empty.
    void setInheritedStdio(int in, int out, int err);
    // Before the end: keep the files (overlay) after exit until discard().
    void setKeepAfterExit(bool keep) { m_keep = keep; }
    // Before start(): the sandbox's end of a detached sandbox's exec channel
    // (lifecycle/ExecChannel.h); runtimes with sandbox-init only.
    void setExecChannel(UniqueFd fd) { m_execChannel = std::move(fd); }
    // What an exec'd process starts with: the command's environment
    // (secrets included), before per-exec overrides.
    QMap<QString, QString> execEnvironment() const { return commandEnvironment(); }
    // The container's root on the host while its files exist; empty
    // otherwise (upperDir() and lowerDirs() below likewise).
    QString rootfsDir() const;

    // Asynchronous: ends in started() then finished(), or straight in
    // finished() with EndReason::FailedToStart.
    void start();

    InputStream& stdinStream() { return *m_stdin; }
    OutputStream& stdoutStream() { return *m_stdout; }
    OutputStream& stderrStream() { return *m_stderr; }
    // Shorthands for stdinStream().write() and writeEof().
    void writeStdin(const QByteArray& data);
    void closeStdin();
    // Resizes the terminal; false without one.
    bool resize(int columns, int rows);
    // Stops the sandbox: SIGTERM to its command, SIGKILL after a grace
    // period.
    void terminate();
    void kill();

    bool waitForFinished(int msecs = -1);

    // The exit code of the command; -N when signal N ended it (as asyncio).
    int returnCode() const { return m_returnCode; }
    EndReason endReason() const { return m_endReason; }
    QString errorString() const { return m_error; }
    // Limits the spec asks for that this host cannot enforce, in words;
    // after the run also that its file system was full (writes got ENOSPC).
    QStringList warnings() const;
    // That warning alone, or empty: the run filled its file system.
    QString diskNote() const { return m_diskNote; }
    qint64 elapsedMs() const;
    // CPU and memory use so far, from the sandbox's cgroup; invalid when
    // it is not running.
    ResourceUsage resourceUsage() const;

    // The sandbox's files, while it runs and (when kept) after it exits.
    // Paths are inside the sandbox; symbolic links resolve inside it.
    QList<FileEntry> listFiles(const QString& path, QString* error) const;
    QByteArray readFile(const QString& path, qint64 maxBytes, QString* error) const;
    // A regular file opened for reading, to copy one of any size out;
    // invalid and *error set otherwise.
    UniqueFd openFile(const QString& path, QString* error) const;
    // What the run added, changed and deleted (from the overlay's upper layer).
    QList<FileChange> changes(QString* error) const;
    // A file as the image had it before the run (for diffs), confined to
    // the image's layers the same way.
    QByteArray readOriginalFile(const QString& path, qint64 maxBytes, QString* error) const;
    bool filesAvailable() const;
    // Where those files are: the overlay's writable layer and the image's
    // layers (':'-separated, top first); empty when not available.
    QString upperDir() const;
    QString lowerDirs() const;
    // Removes a kept sandbox's files; the destructor does it too.
    void discard();

    static QString describe(EndReason reason);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    void finished(int returnCode, sandbox::Sandbox::EndReason reason);

protected:
    void connectNotify(const QMetaMethod& signal) override;
    void disconnectNotify(const QMetaMethod& signal) override;

private:
    friend class Engine;
    Sandbox(QString id, SandboxSpec spec, QString lowerDir, Engine* engine, QObject* parent);

    OciConfigInput configInput() const;
    // The spec's per-run options (network, secrets, limits, devices) added
    // to the container and its command's environment.
    QString applyRunSetup(OciConfigInput* input);
    QMap<QString, QString> commandEnvironment() const;
    void releaseRunSetup();
    void launchContainer();
    void onLaunched();
    void onExited();
    void maybeEnd();
    void fail(const QString& error);
    void end(int returnCode, EndReason reason);

    QString m_id;
    SandboxSpec m_spec;
    QString m_lowerDir; // the image's layers for overlay's lowerdir=, top:...:base
    Engine* m_engine;
    Container* m_container = nullptr;
    InputStream* m_stdin;
    OutputStream* m_stdout;
    OutputStream* m_stderr;
    QTimer m_timeout;
    QTimer m_killGrace;
    QTimer m_drainGrace;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = -1;
    State m_state = State::Created;
    EndReason m_endReason = EndReason::None;
    EndReason m_pendingReason = EndReason::None;
    int m_returnCode = -1;
    bool m_terminal = false;
    int m_columns = 80;
    int m_rows = 24;
    bool m_inherit = false;
    int m_inherited[3] = {-1, -1, -1};
    bool m_keep = false;
    bool m_killWhenLaunched = false;
    bool m_ending = false; // tearing down; finished() comes next
    QString m_error;
    QString m_diskNote; // the writable layer was full at the end
    std::unique_ptr<RunSetup> m_setup; // the spec's options on this host
    UniqueFd m_execChannel;
};

} // namespace sandbox
