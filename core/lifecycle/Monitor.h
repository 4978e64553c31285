#pragma once

// The per-sandbox monitor of a long-lived (detached) sandbox, in the shape
// of podman's conmon or a containerd shim: one small process per sandbox,
// no central daemon. It owns the sandbox through the ordinary engine
// (Engine + Sandbox), enforces its timeout and idle timeout, keeps the
// main command's output in a bounded log, records how it ended, and serves
// control.sock in the sandbox's directory (mode 0600, peer uid checked):
// status, exec, attach, stop, kill, snapshot and confined file opens.
// When the monitor dies, sandbox-init sees its channels close and ends the
// sandbox; the next engine's janitor removes what is left.

#include "lifecycle/SandboxRecord.h"
#include "spec/SandboxSpec.h"
#include "util/FileLock.h"
#include "util/Spawn.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace sandbox {

class Engine;
class ExecChannel;
class Sandbox;

class Monitor : public QObject
{
    Q_OBJECT

public:
    // What the creating process asks for (JSON on the monitor's stdin).
    struct Request
    {
        SandboxSpec spec;
        QString name;
        QMap<QString, QString> labels;
        int idleTimeoutSeconds = 0; // 0: none
        bool keep = false;          // keep a finished sandbox's files until stopped
        QString creator = QStringLiteral("api");
        QString runtime;
        QString dataDir; // empty: the environment's (Paths::fromEnvironment)

        QJsonObject toJson() const;
        static Request fromJson(const QJsonObject& json, QString* error);
    };

    // The main command's log is cut in two at this size (main.log.1 holds
    // the older half).
    static constexpr qint64 kLogBytes = 8 * 1024 * 1024;

    explicit Monitor(Request request, QObject* parent = nullptr);
    ~Monitor() override;

    // Starts the sandbox. `readyFd` gets "ok ID\n" once it runs, or
    // "error MESSAGE\n", and is then closed.
    void start(UniqueFd readyFd);
    // Ends the sandbox as `sandbox-run stop` does (the monitor got SIGTERM).
    void stop();

Q_SIGNALS:
    // The monitor's work is over; the process exits with `code`.
    void done(int code);

private:
    struct Connection;
    QString setUp();
    void announce(const QByteArray& line);
    void onStarted();
    void onFinished();
    void onLogReadable();
    void writeLog(const QByteArray& data);
    void onAccept();
    void onRequest(Connection* connection);
    void handle(Connection* connection, const QJsonObject& request, std::vector<UniqueFd> fds);
    void startExec(Connection* connection, const QJsonObject& request, std::vector<UniqueFd> fds);
    void onExecStarted(const QString& id, qint64 pid, UniqueFd terminal);
    void onExecEnded(const QString& id, const QString& kind, int value);
    void openFile(Connection* connection, const QJsonObject& request);
    void snapshot(Connection* connection, const QJsonObject& request);
    void closeConnection(Connection* connection);
    void reply(Connection* connection, const QJsonObject& message, const std::vector<int>& fds = {});
    QJsonObject status() const;
    void touchIdle();
    void finishIfDone();

    Request m_request;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Sandbox> m_box;
    ExecChannel* m_execs = nullptr;
    SandboxRecord m_record;
    UniqueFd m_ready;
    UniqueFd m_listener;
    QSocketNotifier* m_listenerNotifier = nullptr;
    UniqueFd m_logReader;
    QSocketNotifier* m_logNotifier = nullptr;
    UniqueFd m_log;
    qint64 m_logSize = 0;
    QHash<QString, Connection*> m_execConnections; // by exec id
    QList<Connection*> m_connections;
    int m_nextExec = 0;
    QTimer m_idle;
    bool m_idleTimedOut = false;
    bool m_finished = false;
    bool m_discarded = false;
};

} // namespace sandbox
