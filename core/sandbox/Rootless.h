#pragma once

#include <QString>

namespace sandbox::rootless {

// Running as an ordinary user: the engine moves its own process into a new
// user and mount namespace, where it is root. There it can mount the
// overlays and run the OCI runtime, while the kernel still sees an
// ordinary user. The user's /etc/subuid and /etc/subgid ranges are mapped
// too (newuidmap/newgidmap), so images with several users (apt's _apt)
// work; without them only the user's own id is mapped.
//
// Must run while the process has one thread (the kernel refuses
// otherwise): before anything starts threads. Returns an empty string on
// success (or when already done or running as real root), otherwise why
// not; later calls return the first call's answer.
QString enterUserNamespace();

// True once enterUserNamespace() moved this process.
bool isActive();
// The ids mapped into the namespace, e.g. "0 1000 1, 1 100000 65536".
QString mappingDescription();

// Why resource limits (pids, memory, cpu) cannot be enforced here, or an
// empty string when they can. Rootless on cgroup v1, or on v2 without a
// delegated cgroup, has no cgroup of its own to limit with.
QString limitsUnenforcedReason();
// The engine's cgroups sit in a cgroup v2 subtree delegated to this user:
// limits hold (see CgroupDelegation.h).
void setLimitsDelegated(bool delegated);

} // namespace sandbox::rootless
