#include "sandbox/DiskLimit.h"

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <unistd.h>

namespace sandbox {

namespace {

qint64 physicalMemory()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

} // namespace

qint64 defaultSandboxDiskBytes()
{
    constexpr qint64 kCeiling = qint64(8) << 30;
    constexpr qint64 kFallback = qint64(1) << 30;
    const qint64 memory = physicalMemory();
    return memory > 0 ? std::min(kCeiling, memory / 4) : kFallback;
}

qint64 defaultSandboxesMemoryBytes()
{
    bool ok = false;
    const qint64 mib = qEnvironmentVariable("SANDBOX_STUDIO_SANDBOXES_MEMORY_MIB").toLongLong(&ok);
    if (ok && mib >= 0)
        return mib << 20;
    return physicalMemory() / 4 * 3;
}

} // namespace sandbox
