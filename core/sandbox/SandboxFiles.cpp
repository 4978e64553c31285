#include "sandbox/SandboxFiles.h"

#include "sandbox/LayerWalk.h"
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

bool isWhiteout(const struct stat& info)
{
    return S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0);
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

// The layers (indexes, top first) whose directory `dir` makes up the merged
// directory, given those that made up its parent: from the topmost that has
// it down to a whiteout, a non-directory or an opaque directory.
QList<int> mergedLayers(const QList<QByteArray>& layers, const QList<int>& parentLayers, const QByteArray& dir)
{
    QList<int> merged;
    for (const int index : parentLayers) {
        const QByteArray full = layers[index] + dir;
        struct stat info;
        if (::lstat(full.constData(), &info) != 0)
            continue;
        if (!S_ISDIR(info.st_mode))
            break;
        merged << index;
        if (isOpaque(full))
            break;
    }
    return merged;
}

QList<int> allLayers(const QList<QByteArray>& layers)
{
    QList<int> all;
    for (int i = 0; i < layers.size(); ++i)
        all << i;
    return all;
}

QList<int> layersOfDirectory(const QList<QByteArray>& layers, const QList<QByteArray>& components)
{
    QList<int> visible = allLayers(layers);
    QByteArray dir;
    for (const QByteArray& component : components) {
        dir += '/' + component;
        visible = mergedLayers(layers, visible, dir);
    }
    return visible;
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

int openRegularFile(const QString& rootDir, const QString& path, QString* error)
{
    QString problem;
    // O_PATH first: opening a FIFO or device the sandbox planted must not
    // block or have side effects.
    const UniqueFd handle(openInRoot(rootDir, path, O_PATH, &problem));
    if (handle.get() < 0) {
        if (error)
            *error = problem;
        return -1;
    }
    struct stat info;
    if (::fstat(handle.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        if (error)
            *error = tr("%1: not a regular file").arg(path);
        return -1;
    }
    const QByteArray reopen = "/proc/self/fd/" + QByteArray::number(handle.get());
    const int file = ::open(reopen.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (file < 0) {
        if (error)
            *error = tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    if (error)
        error->clear();
    return file;
}

QByteArray read(const QString& rootDir, const QString& path, qint64 maxBytes, QString* error)
{
    const UniqueFd file(openRegularFile(rootDir, path, error));
    struct stat info;
    if (!file.isValid() || ::fstat(file.get(), &info) != 0)
        return {};
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
    return data;
}

QList<FileChange> changes(const QString& upperDir, const QString& lowerDirs, QString* error)
{
    QList<FileChange> out;
    QList<layers::ChangedPath> changed;
    QString problem;
    if (!layers::walkUpperLayer(upperDir, lowerDirs, &changed, &problem)) {
        if (error)
            *error = problem;
        return out;
    }
    using Type = layers::Entry::Type;
    for (const layers::ChangedPath& path : std::as_const(changed)) {
        const bool deleted = path.kind == layers::ChangedPath::Kind::Deleted;
        const bool isDirectory = (deleted ? path.lower.type : path.upper.type) == Type::Directory;
        // A folder the run only wrote into is not a change of its own; one
        // made anew (opaque) is.
        if (path.kind == layers::ChangedPath::Kind::Modified && isDirectory && path.lower.type == Type::Directory
            && !path.opaque)
            continue;
        out.append({static_cast<FileChange::Kind>(path.kind), QFile::decodeName(path.path), isDirectory});
    }
    if (error)
        error->clear();
    return out;
}

QByteArray readOriginal(const QString& lowerDirs, const QString& path, qint64 maxBytes, QString* error)
{
    QString ignored;
    QString& problem = error ? *error : ignored;
    QList<QByteArray> layers;
    for (const QString& layer : lowerDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        layers << QFile::encodeName(layer);
    if (layers.isEmpty()) {
        problem = tr("the image's files are not available");
        return {};
    }
    // Resolved one name at a time, as the kernel would in the merged view,
    // so that a link in one layer may lead into another.
    constexpr int kMaxLinks = 40;
    QList<QByteArray> pending = QFile::encodeName(path).split('/');
    QList<QByteArray> resolved;
    QList<int> visible = allLayers(layers);
    int links = 0;
    while (!pending.isEmpty()) {
        const QByteArray name = pending.takeFirst();
        if (name.isEmpty() || name == ".")
            continue;
        if (name == "..") {
            if (!resolved.isEmpty())
                resolved.removeLast();
            visible = layersOfDirectory(layers, resolved);
            continue;
        }
        QByteArray candidate;
        for (const QByteArray& component : std::as_const(resolved))
            candidate += '/' + component;
        candidate += '/' + name;
        int found = -1;
        struct stat info;
        for (const int index : std::as_const(visible)) {
            if (::lstat(QByteArray(layers[index] + candidate).constData(), &info) == 0) {
                found = index;
                break;
            }
        }
        if (found < 0 || isWhiteout(info)) {
            problem = tr("%1: not in the image").arg(path);
            return {};
        }
        if (S_ISLNK(info.st_mode)) {
            if (++links > kMaxLinks) {
                problem = tr("%1: too many symbolic links").arg(path);
                return {};
            }
            char target[4096];
            const ssize_t n = ::readlink(QByteArray(layers[found] + candidate).constData(), target, sizeof target);
            if (n <= 0) {
                problem = tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
                return {};
            }
            const QByteArray link(target, n);
            if (link.startsWith('/'))
                resolved.clear();
            pending = link.split('/') + pending;
            visible = layersOfDirectory(layers, resolved);
            continue;
        }
        if (S_ISDIR(info.st_mode)) {
            resolved << name;
            visible = mergedLayers(layers, visible.mid(visible.indexOf(found)), candidate);
            continue;
        }
        const bool last = std::all_of(pending.cbegin(), pending.cend(),
                                      [](const QByteArray& rest) { return rest.isEmpty() || rest == "."; });
        if (!last) {
            problem = tr("%1: not a directory").arg(QFile::decodeName(candidate));
            return {};
        }
        // Every step of `candidate` is a real directory in that layer; the
        // read still resolves inside it only.
        return read(QFile::decodeName(layers[found]), QFile::decodeName(candidate), maxBytes, error);
    }
    problem = tr("%1: not a regular file").arg(path);
    return {};
}

} // namespace sandbox::files
