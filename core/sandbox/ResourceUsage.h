#pragma once

#include <QString>

namespace sandbox {

// What a running sandbox uses, read from its cgroup. -1 where unknown
// (not running, controller missing).
struct ResourceUsage
{
    qint64 cpuNanoseconds = -1; // CPU time used so far, all cores together
    qint64 memoryBytes = -1;    // current memory use, page cache included

    bool isValid() const { return cpuNanoseconds >= 0 || memoryBytes >= 0; }
};

// Reads a cgroup's usage, given its path below the hierarchy root (e.g.
// "/sandbox-studio-1234/ss-…"). cgroup v1 (cpuacct, memory controllers) and
// v2 (cpu.stat, memory.current) are both understood. `root` is for tests.
ResourceUsage readCgroupUsage(const QString& cgroupPath, const QString& root = QStringLiteral("/sys/fs/cgroup"));

} // namespace sandbox
