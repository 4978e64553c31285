#pragma once

// The wire under long-lived sandboxes: SOCK_SEQPACKET unix sockets whose
// messages carry descriptors (SCM_RIGHTS). Used between a client and a
// sandbox's monitor (control.sock in the sandbox's directory, mode 0600,
// the peer's uid checked) and between the monitor and sandbox-init.

#include "util/Spawn.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sandbox::control {

// Big enough for an exec request with its environment.
constexpr qsizetype kMaxMessage = 256 * 1024;

// Binds and listens at `path` (mode 0600). Invalid and *error on failure.
UniqueFd listen(const QString& path, QString* error);
// Connects to `path`; invalid with *error when nobody answers.
UniqueFd connect(const QString& path, QString* error);
// One message with `fds` attached; false (errno set) on failure.
bool send(int socket, const QByteArray& data, const std::vector<int>& fds = {});
// One message and the descriptors it carried (close-on-exec). Returns the
// message's size, 0 when the peer closed, -1 on error (EAGAIN included).
qsizetype receive(int socket, QByteArray* data, std::vector<UniqueFd>* fds, bool wait = true);
// True when the peer runs as this process's effective uid (SO_PEERCRED).
bool peerIsSameUser(int socket);

} // namespace sandbox::control
