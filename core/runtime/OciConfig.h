#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

// What the OCI config of one sandbox is built from. Defaults are the
// isolation every sandbox gets unless the engine asks for less.
struct OciConfigInput
{
    QStringList args;
    QMap<QString, QString> env;
    QString cwd = QStringLiteral("/");
    QString hostname = QStringLiteral("sandbox");
    QString rootfs = QStringLiteral("rootfs");
    QString cgroupsPath; // empty: let the runtime choose
    qint64 pidsLimit = 4096;
    // False where the engine has no cgroup to enforce limits with
    // (rootless): no resources section at all, rather than one ignored.
    bool cgroupLimits = true;
    qint64 nofileLimit = 1024;
    // A terminal (PTY) instead of pipes, with its initial size.
    bool terminal = false;
    int terminalColumns = 80;
    int terminalRows = 24;
    // The default seccomp profile (see SeccompProfile.h); off only for
    // runtimes with their own syscall filtering (gVisor).
    bool seccomp = true;
    // Host path of sandbox-init, bind-mounted read-only into the container.
    QString initBinary;
    QString initContainerPath;
};

// The capabilities every sandbox keeps: what a package manager and ordinary
// programs need, without NET_RAW, MKNOD, SYS_ADMIN, SYS_PTRACE and the like.
QStringList defaultCapabilities();

// Paths hidden from /proc and /sys, and those made read-only, as the OCI
// runtime spec's reference defaults do.
QStringList defaultMaskedPaths();
QStringList defaultReadonlyPaths();

QJsonObject buildOciConfig(const OciConfigInput& input);

} // namespace sandbox
