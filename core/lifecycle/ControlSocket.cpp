#include "lifecycle/ControlSocket.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace sandbox::control {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::control", text);
}

// A path too long for sun_path is reached through its directory's
// descriptor (/proc/self/fd/N/NAME).
struct Address
{
    sockaddr_un address{};
    UniqueFd dir;
    bool valid = false;
};

Address addressOf(const QString& path)
{
    Address result;
    result.address.sun_family = AF_UNIX;
    QByteArray bytes = QFile::encodeName(path);
    if (bytes.size() >= static_cast<qsizetype>(sizeof result.address.sun_path)) {
        const qsizetype slash = bytes.lastIndexOf('/');
        result.dir.reset(::open(bytes.left(slash).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
        if (!result.dir.isValid())
            return result;
        bytes = "/proc/self/fd/" + QByteArray::number(result.dir.get()) + bytes.mid(slash);
        if (bytes.size() >= static_cast<qsizetype>(sizeof result.address.sun_path))
            return result;
    }
    std::memcpy(result.address.sun_path, bytes.constData(), static_cast<size_t>(bytes.size()));
    result.valid = true;
    return result;
}

} // namespace

UniqueFd listen(const QString& path, QString* error)
{
    UniqueFd socket(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    Address address = addressOf(path);
    const mode_t saved = ::umask(0177);
    const bool ok = socket.isValid() && address.valid
                    && ::bind(socket.get(), reinterpret_cast<sockaddr*>(&address.address), sizeof address.address) == 0
                    && ::listen(socket.get(), 64) == 0;
    const int saveErrno = errno;
    ::umask(saved);
    if (!ok) {
        *error = tr("cannot listen at %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(saveErrno)));
        return {};
    }
    ::chmod(QFile::encodeName(path).constData(), 0600);
    return socket;
}

UniqueFd connect(const QString& path, QString* error)
{
    UniqueFd socket(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    Address address = addressOf(path);
    if (!socket.isValid() || !address.valid
        || ::connect(socket.get(), reinterpret_cast<sockaddr*>(&address.address), sizeof address.address) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    return socket;
}

bool send(int socket, const QByteArray& data, const std::vector<int>& fds)
{
    iovec io{const_cast<char*>(data.constData()), static_cast<size_t>(data.size())};
    std::vector<char> control(fds.empty() ? 0 : CMSG_SPACE(fds.size() * sizeof(int)));
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    if (!fds.empty()) {
        message.msg_control = control.data();
        message.msg_controllen = control.size();
        cmsghdr* header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(fds.size() * sizeof(int));
        std::memcpy(CMSG_DATA(header), fds.data(), fds.size() * sizeof(int));
    }
    for (;;) {
        if (::sendmsg(socket, &message, MSG_NOSIGNAL) >= 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

qsizetype receive(int socket, QByteArray* data, std::vector<UniqueFd>* fds, bool wait)
{
    data->resize(kMaxMessage);
    iovec io{data->data(), static_cast<size_t>(data->size())};
    alignas(cmsghdr) char control[CMSG_SPACE(8 * sizeof(int))];
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC | (wait ? 0 : MSG_DONTWAIT));
    } while (n < 0 && errno == EINTR);
    for (cmsghdr* c = n >= 0 ? CMSG_FIRSTHDR(&message) : nullptr; c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        const size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; ++i) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (fds)
                fds->emplace_back(fd);
            else
                ::close(fd);
        }
    }
    data->resize(n > 0 ? n : 0);
    if (n > 0 && (message.msg_flags & MSG_TRUNC)) {
        errno = EMSGSIZE;
        return -1;
    }
    return n;
}

bool peerIsSameUser(int socket)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    return ::getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0
           && credentials.uid == ::geteuid();
}

} // namespace sandbox::control
