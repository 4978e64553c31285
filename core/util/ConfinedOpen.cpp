#include "util/ConfinedOpen.h"

#include <QFile>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

UniqueFd::~UniqueFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

namespace confined {

int open(int rootFd, const QString& path, int flags, mode_t mode)
{
    QByteArray relative = QFile::encodeName(path);
    while (relative.startsWith('/'))
        relative.remove(0, 1);
    if (relative.isEmpty())
        relative = ".";
    open_how how{};
    how.flags = static_cast<__u64>(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    return static_cast<int>(::syscall(SYS_openat2, rootFd, relative.constData(), &how, sizeof how));
}

int openBeneath(int rootFd, const QByteArray& relativePath, int flags, mode_t mode)
{
    QByteArray relative = relativePath;
    while (relative.startsWith('/'))
        relative.remove(0, 1);
    if (relative.isEmpty())
        relative = ".";
    open_how how{};
    how.flags = static_cast<__u64>(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    return static_cast<int>(::syscall(SYS_openat2, rootFd, relative.constData(), &how, sizeof how));
}

} // namespace confined
} // namespace sandbox
