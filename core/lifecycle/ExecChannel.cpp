#include "lifecycle/ExecChannel.h"

#include "lifecycle/ControlSocket.h"
#include "sandbox/InitProtocol.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace sandbox {

ExecChannel::ExecChannel(QObject* parent) : QObject(parent) {}

ExecChannel::~ExecChannel() = default;

bool ExecChannel::open(QString* error)
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        *error = QCoreApplication::translate("sandbox::ExecChannel", "cannot make the exec channel: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_ownEnd.reset(pair[0]);
    m_sandboxEnd.reset(pair[1]);
    const int size = static_cast<int>(control::kMaxMessage) * 2;
    ::setsockopt(m_ownEnd.get(), SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    m_notifier = new QSocketNotifier(m_ownEnd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ExecChannel::onReadable);
    return true;
}

bool ExecChannel::exec(const Request& request, const std::vector<int>& stdio)
{
    QByteArray message;
    for (const QByteArray& field : {QByteArrayLiteral("exec"), request.id.toUtf8(),
                                    request.terminal ? QByteArrayLiteral("t") : QByteArrayLiteral("p"),
                                    QByteArray::number(request.columns), QByteArray::number(request.rows)}) {
        message += field;
        message += '\0';
    }
    message += initprotocol::encodeCommand(request.args, request.env, request.workdir);
    if (message.size() > control::kMaxMessage)
        return false;
    return control::send(m_ownEnd.get(), message, request.terminal ? std::vector<int>() : stdio);
}

void ExecChannel::signal(const QString& id, int signal)
{
    QByteArray message = QByteArrayLiteral("kill") + '\0' + id.toUtf8() + '\0' + QByteArray::number(signal) + '\0';
    control::send(m_ownEnd.get(), message);
}

void ExecChannel::onReadable()
{
    QByteArray data;
    std::vector<UniqueFd> fds;
    const qsizetype n = control::receive(m_ownEnd.get(), &data, &fds, false);
    if (n == 0) {
        m_notifier->setEnabled(false); // init is gone: the sandbox ended
        return;
    }
    if (n < 0)
        return;
    const QList<QByteArray> fields = data.split('\0');
    if (fields.size() < 3)
        return;
    const QString word = QString::fromLatin1(fields[0]);
    const QString id = QString::fromUtf8(fields[1]);
    const qint64 value = fields[2].toLongLong();
    if (word == QLatin1String("started")) {
        if (m_started)
            m_started(id, value, fds.empty() ? UniqueFd() : std::move(fds.front()));
    } else if (m_ended) {
        m_ended(id, word, static_cast<int>(value));
    }
}

} // namespace sandbox
