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

#include <memory>
#include <vector>

namespace sandbox::layers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::layers", text);
}

int openDir(const QString& dir)
{
    return ::open(QFile::encodeName(dir).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
}

bool isWhiteout(const struct stat& info)
{
    return S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0);
}

// Looks at one entry below `rootFd` without following links; false when
// there is none (or a whiteout, when `whiteout` is given it is set).
bool statEntry(int rootFd, const QByteArray& path, Entry* entry, bool* whiteout = nullptr)
{
    const UniqueFd fd(confined::openBeneath(rootFd, path, O_PATH | O_NOFOLLOW));
    struct stat info;
    if (!fd.isValid() || ::fstat(fd.get(), &info) != 0)
        return false;
    if (whiteout)
        *whiteout = isWhiteout(info);
    entry->mode = info.st_mode & 07777;
    entry->size = info.st_size;
    entry->allocated = qint64(info.st_blocks) * 512;
    if (S_ISREG(info.st_mode)) {
        entry->type = Entry::Type::File;
    } else if (S_ISDIR(info.st_mode)) {
        entry->type = Entry::Type::Directory;
    } else if (S_ISLNK(info.st_mode)) {
        entry->type = Entry::Type::Symlink;
        char target[4096];
        const ssize_t n = ::readlinkat(fd.get(), "", target, sizeof target);
        entry->linkTarget = n > 0 ? QByteArray(target, n) : QByteArray();
    } else {
        entry->type = Entry::Type::Special;
    }
    return true;
}

struct Walk
{
    int upperFd;
    QList<int> lowerFds;
    QList<ChangedPath>* out;

    bool lowerEntry(const QByteArray& path, Entry* entry) const
    {
        for (const int fd : lowerFds) {
            bool whiteout = false;
            if (statEntry(fd, path, entry, &whiteout))
                return !whiteout;
        }
        return false;
    }

    QList<QByteArray> names(int rootFd, const QByteArray& dir, bool* opaque = nullptr) const
    {
        QList<QByteArray> found;
        const int fd = confined::openBeneath(rootFd, dir, O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return found;
        if (opaque) {
            char value[2] = {};
            *opaque = false;
            for (const char* name : {"trusted.overlay.opaque", "user.overlay.opaque"}) {
                if (::fgetxattr(fd, name, value, sizeof value) == 1 && value[0] == 'y')
                    *opaque = true;
            }
        }
        DIR* stream = ::fdopendir(fd);
        if (!stream) {
            ::close(fd);
            return found;
        }
        while (const dirent* entry = ::readdir(stream)) {
            if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                found << QByteArray(entry->d_name);
        }
        ::closedir(stream);
        return found;
    }

    void addHiddenLowerEntries(const QByteArray& dir, const QList<QByteArray>& upperNames)
    {
        QList<QByteArray> lowerNames;
        for (const int fd : lowerFds)
            lowerNames += names(fd, dir);
        std::sort(lowerNames.begin(), lowerNames.end());
        lowerNames.erase(std::unique(lowerNames.begin(), lowerNames.end()), lowerNames.end());
        for (const QByteArray& name : std::as_const(lowerNames)) {
            if (upperNames.contains(name))
                continue;
            ChangedPath gone;
            gone.path = dir + '/' + name;
            gone.kind = ChangedPath::Kind::Deleted;
            gone.hasLower = lowerEntry(gone.path, &gone.lower);
            if (gone.hasLower)
                *out << gone;
        }
    }

    void walk(const QByteArray& dir)
    {
        const QList<QByteArray> children = names(upperFd, dir);
        for (const QByteArray& name : children) {
            ChangedPath changed;
            changed.path = dir + '/' + name;
            bool whiteout = false;
            if (!statEntry(upperFd, changed.path, &changed.upper, &whiteout))
                continue;
            changed.hasLower = lowerEntry(changed.path, &changed.lower);
            if (whiteout) {
                changed.kind = ChangedPath::Kind::Deleted;
                if (changed.hasLower)
                    *out << changed;
                continue;
            }
            changed.kind = changed.hasLower ? ChangedPath::Kind::Modified : ChangedPath::Kind::Added;
            *out << changed;
            if (changed.upper.type != Entry::Type::Directory)
                continue;
            const QList<QByteArray> upperNames = names(upperFd, changed.path, &out->last().opaque);
            if (out->last().opaque && changed.hasLower)
                addHiddenLowerEntries(changed.path, upperNames);
            walk(changed.path);
        }
    }
};

} // namespace

bool walkUpperLayer(const QString& upperDir, const QString& lowerDirs, QList<ChangedPath>* out, QString* error)
{
    const UniqueFd upper(openDir(upperDir));
    if (!upper.isValid()) {
        *error = tr("the sandbox's files are no longer available");
        return false;
    }
    std::vector<std::unique_ptr<UniqueFd>> lowers;
    Walk walk{upper.get(), {}, out};
    for (const QString& layer : lowerDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        lowers.push_back(std::make_unique<UniqueFd>(openDir(layer)));
        if (lowers.back()->isValid())
            walk.lowerFds << lowers.back()->get();
    }
    walk.walk(QByteArray());
    std::sort(out->begin(), out->end(), [](const ChangedPath& a, const ChangedPath& b) { return a.path < b.path; });
    error->clear();
    return true;
}

QByteArray readInLayer(const QString& layerDir, const QByteArray& path, qint64 maxBytes, QString* error)
{
    const UniqueFd root(openDir(layerDir));
    const UniqueFd handle(root.isValid() ? confined::openBeneath(root.get(), path, O_PATH | O_NOFOLLOW) : -1);
    struct stat info;
    if (!handle.isValid() || ::fstat(handle.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        *error = tr("%1: not a regular file").arg(QString::fromUtf8(path));
        return {};
    }
    const QByteArray reopen = "/proc/self/fd/" + QByteArray::number(handle.get());
    const UniqueFd file(::open(reopen.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!file.isValid()) {
        *error = tr("%1: %2").arg(QString::fromUtf8(path), QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QByteArray data(qsizetype(qMin<qint64>(maxBytes, info.st_size)), Qt::Uninitialized);
    qint64 got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(file.get(), data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    data.truncate(qsizetype(got));
    error->clear();
    return data;
}

} // namespace sandbox::layers
