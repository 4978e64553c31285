#pragma once

#include <QByteArray>
#include <QString>

// Inside a Slurm job on a cgroup v1 node, sandboxes must live inside the
// job's cgroups, or runc's absolute cgroup path lets them escape Slurm's
// memory and CPU limits (measured: a job with --mem=200M allocated 400 MiB).
namespace sandbox::nodecgroups {

// The cgroup parent (relative to each controller's root) for sandboxes
// started from a process whose /proc/self/cgroup is `procSelfCgroup`:
// below its v1 memory cgroup. Empty when there is no v1 memory line or the
// process sits at the root (not in a job). On pure cgroup v2 the job's
// leaf cgroup cannot take children with controllers, so: empty.
QString jobCgroupParent(const QByteArray& procSelfCgroup);

// runc creates `parent` in every v1 controller, also where this process
// sits at the root, and removes only the container's own leaf. Removes the
// empty directories left along `parent` in each controller under
// `cgroupRoot` (rmdir: a cgroup still in use is never removed).
void removeEmptyParents(const QString& parent, const QString& cgroupRoot = QStringLiteral("/sys/fs/cgroup"));

} // namespace sandbox::nodecgroups
