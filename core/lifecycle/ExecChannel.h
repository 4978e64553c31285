#pragma once

// The monitor's end of a detached sandbox's exec channel: a SOCK_SEQPACKET
// socket pair whose other end sandbox-init holds as fd 5. The monitor asks
// init to start processes (with the client's descriptors or a new
// terminal) and to signal them; init reports their start and end. The
// wire format is described in init/ExecService.h.

#include "util/Spawn.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QSocketNotifier;

namespace sandbox {

class ExecChannel : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString id;
        QStringList args;
        QMap<QString, QString> env;
        QString workdir;
        bool terminal = false;
        int columns = 80;
        int rows = 24;
    };
    // How an exec'd process ended: "exit", "signal" or "exec-error".
    using Ended = std::function<void(const QString& id, const QString& kind, int value)>;
    // It runs; `terminal` is the master of its terminal (or invalid).
    using Started = std::function<void(const QString& id, qint64 pid, UniqueFd terminal)>;

    explicit ExecChannel(QObject* parent = nullptr);
    ~ExecChannel() override;

    // Makes the pair; the sandbox's end is taken once, for Sandbox.
    bool open(QString* error);
    UniqueFd takeSandboxEnd() { return std::move(m_sandboxEnd); }
    void setHandlers(Started started, Ended ended)
    {
        m_started = std::move(started);
        m_ended = std::move(ended);
    }

    // `stdio`: three descriptors unless a terminal is asked for.
    bool exec(const Request& request, const std::vector<int>& stdio);
    void signal(const QString& id, int signal);

private:
    void onReadable();

    UniqueFd m_ownEnd;
    UniqueFd m_sandboxEnd;
    QSocketNotifier* m_notifier = nullptr;
    Started m_started;
    Ended m_ended;
};

} // namespace sandbox
