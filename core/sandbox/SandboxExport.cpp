#include "sandbox/SandboxExport.h"

#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SandboxExport", text);
}

QString childPath(const QString& dir, const QString& name)
{
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
}

bool copyFile(const Sandbox& sandbox, const QString& from, const FileEntry& entry, const QString& to,
              ExportResult* result, QString* error)
{
    QString problem;
    const UniqueFd source = sandbox.openFile(from, &problem);
    if (!source.isValid()) {
        *error = problem;
        return false;
    }
    // Written beside the target and renamed at the end: a failed copy
    // leaves no half file.
    QSaveFile file(to);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(to, file.errorString());
        return false;
    }
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        const ssize_t n = ::read(source.get(), chunk.data(), static_cast<size_t>(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("%1: %2").arg(from, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (n == 0)
            break;
        if (file.write(chunk.constData(), n) != n) {
            *error = tr("%1: %2").arg(to, file.errorString());
            return false;
        }
        copied += n;
    }
    // Execute bits survive; set-id bits and others' write never do.
    const bool executable = (entry.mode & 0111) != 0;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther
                        | (executable ? QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther
                                      : QFileDevice::Permissions()));
    if (!file.commit()) {
        *error = tr("%1: %2").arg(to, file.errorString());
        return false;
    }
    ++result->files;
    result->bytes += copied;
    return true;
}

bool copyDirectory(const Sandbox& sandbox, const QString& from, const QString& to, ExportResult* result,
                   QString* error)
{
    if (!QDir().mkdir(to)) {
        *error = tr("%1: cannot create the folder").arg(to);
        return false;
    }
    ++result->directories;
    QString problem;
    const QList<FileEntry> entries = sandbox.listFiles(from, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const FileEntry& entry : entries) {
        const QString source = childPath(from, entry.name);
        const QString target = childPath(to, entry.name);
        bool ok = true;
        if (entry.type == FileEntry::Type::Directory)
            ok = copyDirectory(sandbox, source, target, result, error);
        else if (entry.type == FileEntry::Type::File)
            ok = copyFile(sandbox, source, entry, target, result, error);
        else
            result->skipped << source;
        if (!ok)
            return false;
    }
    return true;
}

// What a copy would write: the listed sizes of the regular files in it.
qint64 bytesToCopy(const Sandbox& sandbox, const QString& from, const FileEntry& entry)
{
    if (entry.type == FileEntry::Type::File)
        return entry.size;
    if (entry.type != FileEntry::Type::Directory)
        return 0;
    qint64 total = 0;
    QString ignored; // the copy itself reports what cannot be read
    const QList<FileEntry> entries = sandbox.listFiles(from, &ignored);
    for (const FileEntry& child : entries)
        total += bytesToCopy(sandbox, childPath(from, child.name), child);
    return total;
}

// A sandbox can make a sparse file far larger than its disk: refuse what
// would fill this computer's disk instead of finding out half-way.
bool fitsOnDisk(qint64 bytes, const QString& hostPath, QString* error)
{
    const QStorageInfo storage(QFileInfo(hostPath).absolutePath());
    if (!storage.isValid() || storage.bytesAvailable() < 0 || bytes <= storage.bytesAvailable())
        return true;
    *error = tr("%1 needs %2, but only %3 are free there")
                 .arg(hostPath, QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(storage.bytesAvailable()));
    return false;
}

} // namespace

bool exportFromSandbox(const Sandbox& sandbox, const QString& sandboxPath, const QString& hostPath,
                       ExportResult* result, QString* error)
{
    ExportResult ignored;
    ExportResult& out = result ? *result : ignored;
    out = {};
    QString problem;
    QString& message = error ? *error : problem;
    message.clear();
    const QString path = QDir::cleanPath(QLatin1Char('/') + sandboxPath);
    if (hostPath.isEmpty()) {
        message = tr("no place on this computer to save to");
        return false;
    }
    // The entry itself, as its directory lists it (a link stays a link).
    FileEntry entry;
    entry.type = FileEntry::Type::Directory;
    if (path != QLatin1String("/")) {
        const QFileInfo parts(path);
        const QList<FileEntry> siblings = sandbox.listFiles(parts.path(), &message);
        if (!message.isEmpty())
            return false;
        const auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                                     [&](const FileEntry& sibling) { return sibling.name == parts.fileName(); });
        if (it == siblings.cend()) {
            message = tr("%1: no such file or folder in the sandbox").arg(path);
            return false;
        }
        entry = *it;
    }
    if (!fitsOnDisk(bytesToCopy(sandbox, path, entry), hostPath, &message))
        return false;
    switch (entry.type) {
    case FileEntry::Type::File:
        return copyFile(sandbox, path, entry, hostPath, &out, &message);
    case FileEntry::Type::Directory:
        if (QFileInfo::exists(hostPath)) {
            message = tr("%1 already exists; choose a new name for the folder").arg(hostPath);
            return false;
        }
        if (!copyDirectory(sandbox, path, hostPath, &out, &message)) {
            QDir(hostPath).removeRecursively(); // made by this copy only
            return false;
        }
        return true;
    case FileEntry::Type::Symlink:
        message = tr("%1 is a symbolic link; save the file or folder it points to instead").arg(path);
        return false;
    case FileEntry::Type::Other:
        break;
    }
    message = tr("%1 is not a regular file or folder").arg(path);
    return false;
}

} // namespace sandbox
