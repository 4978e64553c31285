#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox {

// The default seccomp profile of every sandbox, in OCI form: everything
// ordinary programs use is allowed; what reaches the kernel's most exposed
// or most powerful parts fails with EPERM (or ENOSYS, where a fallback
// exists). Modelled on what container engines block without
// CAP_SYS_ADMIN: mounts, namespaces, ptrace, kernel modules and kexec,
// keyrings, BPF, perf, handle-based opens, swap, reboot, clock setting,
// userfaultfd, ASLR-disabling personalities and terminal injection.
namespace seccomp {

// Syscalls refused outright.
QStringList blockedSyscalls();
// The OCI "linux.seccomp" object for a CPU architecture as
// QSysInfo::currentCpuArchitecture() names it ("x86_64", "arm64"; others
// get the profile for their native architecture only).
QJsonObject defaultProfile(const QString& cpuArchitecture);
// SCMP_ARCH_* names the profile covers on that CPU.
QStringList architecturesFor(const QString& cpuArchitecture);

} // namespace seccomp
} // namespace sandbox
