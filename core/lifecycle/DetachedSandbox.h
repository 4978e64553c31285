#pragma once

// Long-lived sandboxes from any process of the same user and data
// directory, in the shape of Modal's Sandbox: create() starts one under
// its own monitor (lifecycle/Monitor.h) and returns; open() finds one by
// id or name; list() by label; exec() runs more commands in it (see
// ExecProcess); snapshot(), stop(), kill(). This is the stable entry point
// for other features (apply-back, the window, the agent interface).

#include "lifecycle/Monitor.h"
#include "lifecycle/SandboxRecord.h"
#include "util/Paths.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

class ExecProcess;

// What the monitor says about its sandbox now.
struct SandboxStatus
{
    SandboxRecord record;
    bool reachable = false; // the monitor answered
    bool running = false;
    QString state;          // "running", "exited", "timed out", "idle timed out", ...
    int returnCode = -1;    // once ended
    qint64 cpuNanoseconds = -1;
    qint64 memoryBytes = -1;
    int execs = 0;          // running exec'd processes

    static SandboxStatus fromJson(const SandboxRecord& record, const QJsonObject& json);
};

struct ExecOptions
{
    QString workdir;               // empty: the sandbox's
    QMap<QString, QString> env;    // over the sandbox's environment
    bool terminal = false;         // a PTY; stdout carries its output
    int columns = 80;
    int rows = 24;
    int timeoutSeconds = 0;        // 0: until the sandbox ends
    // Hand these to the process as its stdin, stdout, stderr (no copy
    // through this process); the streams stay empty. -1: not used.
    int inherited[3] = {-1, -1, -1};
};

class DetachedSandbox
{
public:
    // Starts a sandbox under a new monitor (with no command it waits until
    // stopped or timed out); returns its id once it runs, or
    // empty and *error. The image must be built (ImageStore::ensure).
    // `paths` must be the data directory the monitor's engine will use
    // (its environment's, as Paths::fromEnvironment()).
    static QString create(const Monitor::Request& request, QString* error);
    // By id, id prefix or name; the sandbox may be running or kept.
    static std::optional<DetachedSandbox> open(const Paths& paths, const QString& idOrName, QString* error);
    // Every sandbox with a record and all of `labels`, with its status.
    static QList<SandboxStatus> list(const Paths& paths, const QMap<QString, QString>& labels = {});

    QString id() const { return m_record.id; }
    const SandboxRecord& record() const { return m_record; }
    const Paths& paths() const { return m_paths; }
    QString logPath() const;

    SandboxStatus status(QString* error = nullptr) const;
    // Starts `args` in the sandbox; the process reports started() or
    // finished() (failedToStart() then says why).
    ExecProcess* exec(const QStringList& args, const ExecOptions& options, QObject* parent = nullptr) const;
    // stop: SIGTERM to the main command, SIGKILL after a grace; kill: SIGKILL.
    // Both wait for the end; on a kept finished sandbox they remove it.
    bool stop(QString* error) const;
    bool kill(QString* error) const;
    // The changes as a new local image named `tag`; returns its id.
    QString snapshot(const QString& tag, QString* error) const;
    // A file inside the sandbox, confined to its root: for reading (a
    // regular file) or created/truncated for writing with `mode`.
    UniqueFd openFile(const QString& path, bool write, int mode, QString* error) const;

    // One request, one answer (the connection is closed after it).
    QJsonObject request(const QJsonObject& message, std::vector<UniqueFd>* fds, QString* error) const;
    UniqueFd connectControl(QString* error) const;

private:
    DetachedSandbox(Paths paths, SandboxRecord record) : m_paths(std::move(paths)), m_record(std::move(record)) {}
    bool end(const QString& op, QString* error) const;

    Paths m_paths;
    SandboxRecord m_record;
};

// Where the sandbox-monitor binary is, or empty.
QString locateMonitorBinary();

} // namespace sandbox
