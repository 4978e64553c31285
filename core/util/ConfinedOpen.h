#pragma once

#include <QString>

#include <sys/types.h>

namespace sandbox {

// A file descriptor, closed when this goes away.
class UniqueFd
{
public:
    explicit UniqueFd(int fd = -1) : m_fd(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd();

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

// Opening a path of a tree the host does not trust (a sandbox's files, a
// volume) without ever leaving it: the kernel resolves every step as if
// the tree's root were "/" (openat2 RESOLVE_IN_ROOT), so "..", absolute
// symbolic links and the like stay inside, and magic links
// (/proc/self/fd/N) are refused.
namespace confined {

// Opens `path` below the directory `rootFd` (an empty path or "/" is the
// root itself). O_CLOEXEC is added; `mode` applies with O_CREAT. Returns
// the descriptor, or -1 with errno set.
int open(int rootFd, const QString& path, int flags, mode_t mode = 0);

// Opens a raw relative path below the directory `rootFd` for writing back
// into a host folder: the kernel refuses any step that leaves it or
// crosses a symbolic link (openat2 RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS).
// O_CLOEXEC is added. Returns the descriptor, or -1 with errno set.
int openBeneath(int rootFd, const QByteArray& relativePath, int flags, mode_t mode = 0);

} // namespace confined
} // namespace sandbox
