#pragma once

#include <QtGlobal>

namespace sandbox {

// How much a sandbox may write: its writable layer and its /tmp each live on
// a tmpfs of this size (SandboxSpec::diskMiB, or this default), so a
// disk-filling loop ends in ENOSPC inside the sandbox instead of filling the
// host's data disk. The pages are memory, charged to the memory cgroup of
// the sandbox that wrote them, so the default is a quarter of the machine's
// RAM, at most 8 GiB.
qint64 defaultSandboxDiskBytes();

// The bound on the memory of all sandboxes of one data directory together,
// their layers' pages included: the memory limit of their common cgroup
// parent, so that however many run (in however many processes), the host
// keeps the rest. Default: three quarters of the machine's RAM;
// $SANDBOX_STUDIO_SANDBOXES_MEMORY_MIB sets it (0: no bound).
qint64 defaultSandboxesMemoryBytes();

} // namespace sandbox
