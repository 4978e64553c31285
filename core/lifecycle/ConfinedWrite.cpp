#include "lifecycle/ConfinedWrite.h"

#include "util/ConfinedOpen.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sandbox::files {

int createForWriting(const QString& rootDir, const QString& path, mode_t mode, QString* error)
{
    const int root = ::open(QFile::encodeName(rootDir).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    const int fd = root < 0 ? -1 : confined::open(root, path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, mode & 07777);
    const int saved = errno;
    if (root >= 0)
        ::close(root);
    if (fd < 0) {
        *error = QCoreApplication::translate("sandbox::files", "cannot write %1 in the sandbox: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(saved)));
    }
    return fd;
}

} // namespace sandbox::files
