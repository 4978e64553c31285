#include "image/LocalFiles.h"

#include "spec/ImageRecipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox::localfiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::LocalFiles", text);
}

// Regular files, directories and symlinks under `root`, sorted, relative,
// minus ignored ones (an ignored directory drops all below it).
QStringList listTree(const QString& root, const QStringList& ignore)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList ignoredDirs;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        bool below = false;
        for (const QString& dir : std::as_const(ignoredDirs)) {
            if (relative.startsWith(dir + QLatin1Char('/'))) {
                below = true;
                break;
            }
        }
        if (below)
            continue;
        if (isIgnored(relative, ignore)) {
            if (it.fileInfo().isDir() && !it.fileInfo().isSymLink())
                ignoredDirs << relative;
            continue;
        }
        entries << relative;
    }
    entries.sort();
    return entries;
}

bool hashFile(QCryptographicHash& hash, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hash.addData(&file);
}

QString copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(from, source.errorString());
    if (!target.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(to, target.errorString());
    char buffer[1 << 16];
    for (;;) {
        const qint64 n = source.read(buffer, sizeof buffer);
        if (n < 0)
            return tr("cannot read %1: %2").arg(from, source.errorString());
        if (n == 0)
            break;
        if (target.write(buffer, n) != n)
            return tr("cannot write %1: %2").arg(to, target.errorString());
    }
    if (!target.flush())
        return tr("cannot write %1: %2").arg(to, target.errorString());
    target.setPermissions(source.permissions());
    return {};
}

} // namespace

bool isIgnored(const QString& relativePath, const QStringList& patterns)
{
    const QString name = relativePath.section(QLatin1Char('/'), -1);
    for (const QString& pattern : patterns) {
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(
            pattern, QRegularExpression::UnanchoredWildcardConversion));
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(glob.pattern()));
        if (anchored.match(name).hasMatch() || anchored.match(relativePath).hasMatch())
            return true;
    }
    return false;
}

QByteArray contentDigest(const ImageStep& step, QString* error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QFileInfo source(step.source);
    if (step.kind == ImageStep::Kind::AddLocalFile) {
        if (!source.isFile()) {
            *error = tr("image: add_local_file: %1 is not a file").arg(step.source);
            return {};
        }
        hash.addData(QByteArray::number(static_cast<int>(source.permissions())));
        if (!hashFile(hash, step.source)) {
            *error = tr("image: add_local_file: cannot read %1").arg(step.source);
            return {};
        }
        return hash.result().toHex();
    }
    if (!source.isDir()) {
        *error = tr("image: add_local_dir: %1 is not a directory").arg(step.source);
        return {};
    }
    const QString root = QDir(step.source).absolutePath();
    for (const QString& relative : listTree(root, step.ignore)) {
        const QFileInfo info(root + QLatin1Char('/') + relative);
        hash.addData(relative.toUtf8());
        hash.addData(QByteArray::number(static_cast<int>(info.permissions())));
        if (info.isSymLink()) {
            hash.addData(QByteArrayView("l"));
            hash.addData(QFile::encodeName(info.readSymLink()));
        } else if (info.isFile() && !hashFile(hash, info.filePath())) {
            *error = tr("image: add_local_dir: cannot read %1").arg(info.filePath());
            return {};
        }
    }
    return hash.result().toHex();
}

QByteArray fileDigest(const QString& path, QString* error, const QString& cacheDir)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = tr("image: cannot read the tarball %1").arg(path);
        return {};
    }
    const QByteArray identity = QFile::encodeName(path) + '\n' + QByteArray::number(static_cast<qint64>(st.st_size))
                                + ' ' + QByteArray::number(static_cast<quint64>(st.st_ino)) + ' '
                                + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_sec)) + ' '
                                + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_nsec));
    const QString cached = cacheDir.isEmpty() ? QString()
                                              : cacheDir + QLatin1Char('/')
                                                    + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
    if (!cached.isEmpty()) {
        QFile file(cached);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray digest = file.readAll().trimmed();
            if (digest.size() == 64)
                return digest;
        }
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hashFile(hash, path)) {
        *error = tr("image: cannot read the tarball %1").arg(path);
        return {};
    }
    const QByteArray digest = hash.result().toHex();
    if (!cached.isEmpty() && QDir().mkpath(cacheDir)) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly) && file.write(digest) == digest.size())
            file.commit();
    }
    return digest;
}

QByteArray treeMetadataDigest(const QString& dir, QString* error)
{
    if (!QFileInfo(dir).isDir()) {
        *error = tr("image: %1 is not a directory").arg(dir);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString root = QDir(dir).absolutePath();
    for (const QString& relative : listTree(root, {})) {
        struct stat st{};
        if (::lstat(QFile::encodeName(root + QLatin1Char('/') + relative).constData(), &st) != 0)
            continue;
        hash.addData(relative.toUtf8());
        hash.addData(QByteArray(QByteArray::number(st.st_mode) + ' ' + QByteArray::number(static_cast<qint64>(st.st_size)) + ' '
                     + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_sec)) + ' '
                     + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_nsec)) + '\n'));
    }
    return hash.result().toHex();
}

QString copyInto(const ImageStep& step, const QString& rootfs)
{
    const QString destination = rootfs + step.path;
    if (step.kind == ImageStep::Kind::AddLocalFile) {
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return tr("cannot create %1").arg(QFileInfo(destination).absolutePath());
        return copyFile(step.source, destination);
    }
    const QString root = QDir(step.source).absolutePath();
    if (!QDir().mkpath(destination))
        return tr("cannot create %1").arg(destination);
    for (const QString& relative : listTree(root, step.ignore)) {
        const QFileInfo info(root + QLatin1Char('/') + relative);
        const QString target = destination + QLatin1Char('/') + relative;
        if (info.isSymLink()) {
            QFile::remove(target);
            if (::symlink(QFile::encodeName(info.readSymLink()).constData(), QFile::encodeName(target).constData()) != 0)
                return tr("cannot create the link %1: %2").arg(target, QString::fromLocal8Bit(std::strerror(errno)));
        } else if (info.isDir()) {
            if (!QDir().mkpath(target))
                return tr("cannot create %1").arg(target);
            QFile::setPermissions(target, info.permissions());
        } else if (info.isFile()) {
            if (const QString problem = copyFile(info.filePath(), target); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace sandbox::localfiles
