#pragma once

#include <QString>

namespace sandbox {

class OciRuntime;

// Removes what runc keeps of a container whose init has exited, without a
// runtime process: `runc delete` of a stopped container removes its
// cgroups and its state directory, nothing more (no hooks, a pid namespace
// of its own), and each Go runtime start costs tens of milliseconds on a
// small machine, paid by every cold start (sandbox-run) and crowd of
// sandboxes. Only for runc, as root, with a known cgroup path and no hooks;
// anything else, or anything that does not go, is left to `runc delete`.
namespace stoppedcontainer {

bool canRemoveDirectly(const OciRuntime& runtime, const QString& cgroupParent, bool hasHooks);
// True when nothing of the container is left; false: ask the runtime.
bool remove(const OciRuntime& runtime, const QString& id, const QString& cgroupParent);

} // namespace stoppedcontainer

} // namespace sandbox
