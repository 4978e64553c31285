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
// userfaultfd, io_uring, NUMA placement, AF_ALG and AF_VSOCK sockets,
// ASLR-disabling personalities and terminal injection. Compared call by
// call with Docker's default profile; README "Security model" lists the
// differences.
namespace seccomp {

// Syscalls refused outright with EPERM.
QStringList blockedSyscalls();
// Syscalls that answer ENOSYS, as on a kernel without them, so that
// programs take their fallback: clone3 and io_uring.
QStringList absentSyscalls();
// The OCI "linux.seccomp" object for a CPU architecture as
// QSysInfo::currentCpuArchitecture() names it ("x86_64", "arm64"; others
// get the profile for their native architecture only).
QJsonObject defaultProfile(const QString& cpuArchitecture);
// SCMP_ARCH_* names the profile covers on that CPU.
QStringList architecturesFor(const QString& cpuArchitecture);

} // namespace seccomp
} // namespace sandbox
