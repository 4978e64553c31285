#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox::initprotocol {

// The descriptors sandbox-init expects inside the container (runc
// --preserve-fds 2): it reports on the first and reads the command from the
// second.
constexpr int kStatusFd = 3;
constexpr int kCommandFd = 4;
// Where the engine bind-mounts sandbox-init, read-only. Inside the
// container's own /dev tmpfs, so the overlay's upper layer stays untouched.
inline QString containerPath() { return QStringLiteral("/dev/.sandbox-init"); }

// The command as sandbox-init reads it: NUL-terminated cwd, argc, args,
// envc, env entries.
QByteArray encodeCommand(const QStringList& args, const QMap<QString, QString>& env, const QString& cwd);

// How the command ended, as sandbox-init reports it.
struct Report
{
    enum class Kind { None, Exited, Signaled, ExecError };
    Kind kind = Kind::None;
    int value = 0; // exit code, signal number or errno
};
Report parseReport(const QByteArray& text);

// Where the sandbox-init binary is on this machine, or empty.
QString locateBinary();

} // namespace sandbox::initprotocol
