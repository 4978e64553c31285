#include "image/ImageManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace sandbox::imagemanifest {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageManifest", text);
}

// Relative paths of the files worth recording.
QStringList recordedFiles(const QString& rootfs)
{
    QStringList files;
    const QDir root(rootfs);
    auto addDir = [&](const QString& relative, const QStringList& filters) {
        const QDir dir(root.filePath(relative));
        for (const QString& name : dir.entryList(filters, QDir::Files | QDir::System | QDir::Hidden, QDir::Name))
            files << relative + QLatin1Char('/') + name;
    };
    addDir(QStringLiteral("usr/bin"), {});
    addDir(QStringLiteral("usr/sbin"), {});
    addDir(QStringLiteral("usr/lib64"), {QStringLiteral("ld-linux*")});
    for (const QString& triplet : QDir(root.filePath(QStringLiteral("usr/lib")))
                                      .entryList({QStringLiteral("*-linux-gnu*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        addDir(QStringLiteral("usr/lib/") + triplet, {QStringLiteral("*.so*")});
    return files;
}

bool statFile(const QString& path, qint64* size, qint64* mtimeNs)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *size = st.st_size;
    *mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return true;
}

} // namespace

QString write(const QString& rootfs, const QString& manifestPath)
{
    QByteArray text;
    for (const QString& relative : recordedFiles(rootfs)) {
        qint64 size = 0;
        qint64 mtime = 0;
        if (!statFile(rootfs + QLatin1Char('/') + relative, &size, &mtime))
            continue;
        text += QByteArray::number(size) + ' ' + QByteArray::number(mtime) + ' ' + QFile::encodeName(relative) + '\n';
    }
    if (text.isEmpty())
        return tr("the image has none of the files a sandbox needs");
    QSaveFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("cannot write %1: %2").arg(manifestPath, file.errorString());
    return {};
}

QString verify(const QString& rootfs, const QString& manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("its manifest %1 cannot be read").arg(manifestPath);
    const QList<QByteArray> lines = file.readAll().split('\n');
    int checked = 0;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        const qsizetype first = line.indexOf(' ');
        const qsizetype second = line.indexOf(' ', first + 1);
        if (first < 0 || second < 0)
            return tr("its manifest %1 is damaged").arg(manifestPath);
        const QString relative = QFile::decodeName(line.mid(second + 1));
        qint64 size = 0;
        qint64 mtime = 0;
        if (!statFile(rootfs + QLatin1Char('/') + relative, &size, &mtime))
            return tr("/%1 is missing").arg(relative);
        if (size != line.left(first).toLongLong() || mtime != line.mid(first + 1, second - first - 1).toLongLong())
            return tr("/%1 was changed or truncated").arg(relative);
        ++checked;
    }
    if (checked == 0)
        return tr("its manifest %1 is empty").arg(manifestPath);
    return {};
}

} // namespace sandbox::imagemanifest
