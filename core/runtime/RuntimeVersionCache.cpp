#include "runtime/RuntimeVersionCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

namespace sandbox::runtimeversioncache {

namespace {

// What identifies the binary on disk: empty when it cannot be read.
QJsonObject fingerprint(const QString& program)
{
    struct stat info {};
    if (::stat(QFile::encodeName(program).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return QJsonObject{
        {QStringLiteral("device"), QString::number(info.st_dev)},
        {QStringLiteral("inode"), QString::number(info.st_ino)},
        {QStringLiteral("size"), QString::number(info.st_size)},
        {QStringLiteral("mtime"), QStringLiteral("%1.%2").arg(info.st_mtim.tv_sec).arg(info.st_mtim.tv_nsec)},
        {QStringLiteral("ctime"), QStringLiteral("%1.%2").arg(info.st_ctim.tv_sec).arg(info.st_ctim.tv_nsec)},
    };
}

QJsonObject readCache(const QString& cacheFile)
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QString lookup(const QString& cacheFile, const QString& program)
{
    if (cacheFile.isEmpty())
        return {};
    const QJsonObject entry = readCache(cacheFile).value(program).toObject();
    const QJsonObject now = fingerprint(program);
    if (now.isEmpty() || entry.value(QStringLiteral("binary")).toObject() != now)
        return {};
    return entry.value(QStringLiteral("version")).toString();
}

void store(const QString& cacheFile, const QString& program, const QString& version)
{
    if (cacheFile.isEmpty() || version.isEmpty())
        return;
    const QJsonObject now = fingerprint(program);
    if (now.isEmpty())
        return;
    QJsonObject cache;
    const QJsonObject old = readCache(cacheFile);
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (!fingerprint(it.key()).isEmpty()) // binaries that are gone go too
            cache.insert(it.key(), it.value());
    }
    cache.insert(program, QJsonObject{{QStringLiteral("binary"), now}, {QStringLiteral("version"), version}});
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile file(cacheFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace sandbox::runtimeversioncache
