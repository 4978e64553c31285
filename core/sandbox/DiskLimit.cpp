#include "sandbox/DiskLimit.h"

#include <algorithm>
#include <unistd.h>

namespace sandbox {

qint64 defaultSandboxDiskBytes()
{
    constexpr qint64 kCeiling = qint64(8) << 30;
    constexpr qint64 kFallback = qint64(1) << 30;
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return kFallback;
    return std::min(kCeiling, qint64(pages) * pageSize / 4);
}

} // namespace sandbox
