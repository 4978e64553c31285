#pragma once

#include <QString>

// The cgroup layout of one sandbox. The runtime creates the container's
// cgroup one level below a per-sandbox scope and deletes only its own leaf
// when the container ends; the scope outlives it, so its hierarchical
// memory counters (how many OOM kills) can still be read, and then the
// scope is removed.
namespace sandbox::cgroup {

// The OCI cgroupsPath for the container: /PARENT/ID/container.
QString containerPath(const QString& parent, const QString& id);

// How many processes the kernel's memory-cgroup OOM killer ended in this
// sandbox; -1 when the counter cannot be read.
qint64 oomKills(const QString& parent, const QString& id);

// Removes the sandbox's scope from every hierarchy (v1 and v2).
void removeScope(const QString& parent, const QString& id);

// Empty when this host can enforce the limit, otherwise why not.
QString memoryLimitProblem();
QString cpuLimitProblem();

} // namespace sandbox::cgroup
