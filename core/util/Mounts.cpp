#include "util/Mounts.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace sandbox::mounts {

namespace {

// mountinfo escapes space, tab, newline and backslash as octal.
QString unescapeMountPath(const QByteArray& field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(static_cast<char>(value));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

} // namespace

QString mountOverlay(const QString& lower, const QString& upper, const QString& work,
                     const QString& target, bool userXattrs)
{
    QByteArray options = "lowerdir=" + QFile::encodeName(lower) + ",upperdir="
                         + QFile::encodeName(upper) + ",workdir=" + QFile::encodeName(work);
    if (userXattrs)
        options += ",userxattr";
    if (::mount("overlay", QFile::encodeName(target).constData(), "overlay", 0, options.constData()) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return {};
}

QString mountTmpfs(const QString& target, qint64 sizeBytes)
{
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(target).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return {};
}

bool removeTreeSafely(const QString& dir)
{
    for (const QString& point : mountPointsUnder(dir))
        unmount(point);
    if (!mountPointsUnder(dir).isEmpty())
        return false;
    return QDir(dir).removeRecursively();
}

bool unmount(const QString& target)
{
    if (::umount2(QFile::encodeName(target).constData(), MNT_DETACH) == 0)
        return true;
    return errno == EINVAL || errno == ENOENT; // not a mount point (any more)
}

QStringList mountPointsUnder(const QString& prefix)
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList points;
    const QString withSlash = prefix.endsWith(QLatin1Char('/')) ? prefix : prefix + QLatin1Char('/');
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString point = unescapeMountPath(fields[4]);
        if (point == prefix || point.startsWith(withSlash))
            points << point;
    }
    std::sort(points.begin(), points.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return points;
}

} // namespace sandbox::mounts
