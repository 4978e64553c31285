#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

// Finding a cgroup v2 subtree delegated to an ordinary user, where rootless
// sandboxes' cgroups can go so that their limits hold. systemd delegates
// one to every logged-in user (user@UID.service: owned by the user, its
// cgroup.subtree_control writable, memory, cpu and pids offered).
namespace sandbox::cgroup {

struct Delegation
{
    QString path;         // absolute, e.g. /sys/fs/cgroup/user.slice/.../user@1000.service
    QString relativePath; // the same below the cgroup2 mount, without a leading '/'
    QString problem;      // why there is none (empty when path is set)

    bool isValid() const { return !path.isEmpty(); }
};

// The controllers a delegation must offer for every limit a sandbox sets.
QStringList requiredControllers();

// Walks up from `ownCgroup` (this process's cgroup, the path of
// /proc/self/cgroup's "0::" line) under `root` (a cgroup2 mount) to the
// topmost directory that `uid` owns, as systemd delegates it: moving a
// process between two cgroups takes write access to their common
// ancestor's cgroup.procs, so the sandboxes' cgroups must sit under that
// directory. It must let `uid` write cgroup.subtree_control, cgroup.procs
// and cgroup.subtree_control's children, and offer requiredControllers().
Delegation findDelegation(const QString& root, const QString& ownCgroup, uid_t uid);

// The v2 path of this process from /proc/self/cgroup's text ("0::/a/b").
QString ownCgroupFromProcFile(const QByteArray& procSelfCgroup);

// For this process on this host: /sys/fs/cgroup when it is a pure cgroup2
// mount, the real uid. Call before entering a user namespace (ownership
// reads as the overflow uid from inside one).
Delegation detectDelegation();

// Makes `parent` (relative to the cgroup2 mount, below the delegation) with
// requiredControllers() enabled for its children, the sandboxes' scopes.
// Returns an empty string on success, otherwise why not (then nothing is
// left and limits stay unenforced).
QString prepareDelegatedParent(const Delegation& delegation, const QString& root, const QString& parent);

} // namespace sandbox::cgroup
