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

// On cgroup v1 the kernel counts OOM kills only in the victim's own cgroup,
// which the runtime deletes; so there the memory limit goes on the scope,
// written here before the container starts, and the scope's peak usage
// tells that the limit was hit. Returns false (and leaves the limit to the OCI
// config) on cgroup v2, where the scope's memory.events counts hierarchically.
// *error is set when the scope cannot be limited.
bool limitMemoryInScope(const QString& containerCgroupPath, qint64 bytes, QString* error);

// Whether the sandbox's run ended because it hit its memory limit: an OOM
// kill counted in the scope (v2), or a SIGKILL death (137) after the
// scope's peak usage reached its limit (v1).
bool endedOutOfMemory(const QString& parent, const QString& id, int returnCode);

// Puts the memory limit on the cgroup all sandboxes go under (the
// parent), so that all of them together, their tmpfs layers' pages
// included, stay below `bytes` (the kernel's OOM killer then picks inside
// the sandboxes, never from the desktop). Idempotent; cheap enough for
// every engine start. Returns why it could not, or an empty string.
QString limitSandboxesMemory(const QString& parent, qint64 bytes);
// The limit limitSandboxesMemory() set, or 0 when there is none.
qint64 sandboxesMemoryLimit(const QString& parent);

// Removes the sandbox's scope from every hierarchy (v1 and v2).
void removeScope(const QString& parent, const QString& id);

// Empty when this host can enforce the limit, otherwise why not.
QString memoryLimitProblem();
QString cpuLimitProblem();

} // namespace sandbox::cgroup
