#include "sandbox/SandboxFiles.h"

#include "util/ConfinedOpen.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace sandbox::files {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::files", text);
}

// Opens `path` below `rootDir` with the kernel keeping every step inside it.
int openInRoot(const QString& rootDir, const QString& path, int flags, QString* error)
{
    const UniqueFd root(::open(QFile::encodeName(rootDir).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!root.isValid()) {
        *error = tr("the sandbox's files are no longer available");
        return -1;
    }
    const int fd = confined::open(root.get(), path, flags);
    if (fd < 0)
        *error = tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return fd;
}

FileEntry::Type typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileEntry::Type::File;
    if (S_ISDIR(mode))
        return FileEntry::Type::Directory;
    if (S_ISLNK(mode))
        return FileEntry::Type::Symlink;
    return FileEntry::Type::Other;
}

bool existsInLower(const QStringList& lowers, const QByteArray& relative, bool* isDirectory = nullptr)
{
    for (const QString& lower : lowers) {
        struct stat info;
        if (::lstat(QByteArray(QFile::encodeName(lower) + relative).constData(), &info) == 0) {
            if (isDirectory)
                *isDirectory = S_ISDIR(info.st_mode);
            return true;
        }
    }
    return false;
}

bool isOpaque(const QByteArray& path)
{
    char value[2] = {};
    for (const char* name : {"trusted.overlay.opaque", "user.overlay.opaque"}) {
        if (::lgetxattr(path.constData(), name, value, sizeof value) == 1 && value[0] == 'y')
            return true;
    }
    return false;
}

QStringList namesIn(const QByteArray& dir)
{
    QStringList names;
    DIR* stream = ::opendir(dir.constData());
    if (!stream)
        return names;
    while (const dirent* entry = ::readdir(stream)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names << QFile::decodeName(entry->d_name);
    }
    ::closedir(stream);
    return names;
}

void walk(const QByteArray& upper, const QByteArray& relative, const QStringList& lowers,
          QList<FileChange>* out)
{
    const QStringList names = namesIn(upper + relative);
    for (const QString& name : names) {
        const QByteArray child = relative + '/' + QFile::encodeName(name);
        struct stat info;
        if (::lstat(QByteArray(upper + child).constData(), &info) != 0)
            continue;
        const QString path = QFile::decodeName(child);
        bool lowerIsDirectory = false;
        const bool inLower = existsInLower(lowers, child, &lowerIsDirectory);
        if (S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0)) {
            if (inLower)
                out->append({FileChange::Kind::Deleted, path, lowerIsDirectory});
            continue;
        }
        const bool isDirectory = S_ISDIR(info.st_mode);
        if (!isDirectory) {
            out->append({inLower ? FileChange::Kind::Modified : FileChange::Kind::Added, path, false});
            continue;
        }
        if (!inLower) {
            out->append({FileChange::Kind::Added, path, true});
        } else if (isOpaque(upper + child)) {
            // Everything the lower layers had here is hidden: deleted,
            // unless the upper layer has an entry of the same name.
            out->append({FileChange::Kind::Modified, path, true});
            const QStringList upperNames = namesIn(upper + child);
            QStringList lowerNames;
            for (const QString& lower : lowers)
                lowerNames += namesIn(QFile::encodeName(lower) + child);
            lowerNames.removeDuplicates();
            for (const QString& lowerName : std::as_const(lowerNames)) {
                if (upperNames.contains(lowerName))
                    continue;
                bool wasDirectory = false;
                existsInLower(lowers, child + '/' + QFile::encodeName(lowerName), &wasDirectory);
                out->append({FileChange::Kind::Deleted, path + QLatin1Char('/') + lowerName, wasDirectory});
            }
        }
        walk(upper, child, lowers, out);
    }
}

} // namespace

QList<FileEntry> list(const QString& rootDir, const QString& path, QString* error)
{
    QString problem;
    const UniqueFd dir(openInRoot(rootDir, path, O_RDONLY | O_DIRECTORY, &problem));
    QList<FileEntry> entries;
    if (dir.get() < 0) {
        if (error)
            *error = problem;
        return entries;
    }
    DIR* stream = ::fdopendir(::dup(dir.get()));
    if (!stream) {
        if (error)
            *error = tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return entries;
    }
    while (const dirent* entry = ::readdir(stream)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat info;
        if (::fstatat(dir.get(), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        FileEntry item;
        item.name = QFile::decodeName(entry->d_name);
        item.type = typeOf(info.st_mode);
        item.size = info.st_size;
        item.mode = info.st_mode & 07777;
        item.modified = QDateTime::fromSecsSinceEpoch(info.st_mtim.tv_sec);
        if (item.type == FileEntry::Type::Symlink) {
            char target[4096];
            const ssize_t n = ::readlinkat(dir.get(), entry->d_name, target, sizeof target);
            if (n > 0)
                item.linkTarget = QFile::decodeName(QByteArray(target, n));
        }
        entries << item;
    }
    ::closedir(stream);
    std::sort(entries.begin(), entries.end(),
              [](const FileEntry& a, const FileEntry& b) { return a.name < b.name; });
    if (error)
        error->clear();
    return entries;
}

QByteArray read(const QString& rootDir, const QString& path, qint64 maxBytes, QString* error)
{
    QString problem;
    // O_PATH first: opening a FIFO or device the sandbox planted must not
    // block or have side effects.
    const UniqueFd handle(openInRoot(rootDir, path, O_PATH, &problem));
    if (handle.get() < 0) {
        if (error)
            *error = problem;
        return {};
    }
    struct stat info;
    if (::fstat(handle.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        if (error)
            *error = tr("%1: not a regular file").arg(path);
        return {};
    }
    const QByteArray reopen = "/proc/self/fd/" + QByteArray::number(handle.get());
    const UniqueFd file(::open(reopen.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (file.get() < 0) {
        if (error)
            *error = tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QByteArray data;
    const qint64 want = qMin<qint64>(maxBytes, info.st_size);
    data.resize(static_cast<qsizetype>(want));
    qint64 got = 0;
    while (got < want) {
        const ssize_t n = ::read(file.get(), data.data() + got, static_cast<size_t>(want - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    data.truncate(static_cast<qsizetype>(got));
    if (error)
        error->clear();
    return data;
}

QList<FileChange> changes(const QString& upperDir, const QString& lowerDirs, QString* error)
{
    QList<FileChange> out;
    struct stat info;
    if (::stat(QFile::encodeName(upperDir).constData(), &info) != 0) {
        if (error)
            *error = tr("the sandbox's files are no longer available");
        return out;
    }
    walk(QFile::encodeName(upperDir), QByteArray(), lowerDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts), &out);
    std::sort(out.begin(), out.end(), [](const FileChange& a, const FileChange& b) { return a.path < b.path; });
    if (error)
        error->clear();
    return out;
}

} // namespace sandbox::files
