#pragma once

#include <QtGlobal>

namespace sandbox {

// How much a sandbox may write: its writable layer and its /tmp each live on
// a tmpfs of this size, so a disk-filling loop ends in ENOSPC inside the
// sandbox instead of filling the host's data disk. The pages are memory
// (charged to the sandbox's memory cgroup), so the default is a quarter of
// the machine's RAM, at most 8 GiB.
qint64 defaultSandboxDiskBytes();

} // namespace sandbox
