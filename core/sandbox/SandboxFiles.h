#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sandbox {

// One entry of a directory inside a sandbox.
struct FileEntry
{
    enum class Type { File, Directory, Symlink, Other };
    QString name;
    Type type = Type::Other;
    qint64 size = 0;
    uint mode = 0; // permission bits
    QString linkTarget;
    QDateTime modified;
};

// One path the run added, changed or deleted.
struct FileChange
{
    enum class Kind { Added, Modified, Deleted };
    Kind kind = Kind::Added;
    QString path; // absolute, inside the sandbox
    bool isDirectory = false;

    bool operator==(const FileChange&) const = default;
};

// Reading a sandbox's files from the host, never outside its root: every
// path resolves (symbolic links included) as if the root were "/"
// (openat2 RESOLVE_IN_ROOT), so a link to /etc/shadow names the sandbox's
// own file.
namespace files {

QList<FileEntry> list(const QString& rootDir, const QString& path, QString* error);
// At most `maxBytes` bytes of a regular file.
QByteArray read(const QString& rootDir, const QString& path, qint64 maxBytes, QString* error);
// A regular file opened for reading (the caller closes it), to stream a
// file of any size; -1 and *error otherwise.
int openRegularFile(const QString& rootDir, const QString& path, QString* error);
// The overlay's upper layer against its lower layers (':'-separated, top
// first): whiteouts are deletions, opaque directories hide what was below.
QList<FileChange> changes(const QString& upperDir, const QString& lowerDirs, QString* error);
// At most `maxBytes` bytes of a regular file as the image had it, before
// the run: looked up through the lower layers (':'-separated, top first)
// as overlayfs would, whiteouts and opaque directories included, symbolic
// links resolved inside the image and never out of it.
QByteArray readOriginal(const QString& lowerDirs, const QString& path, qint64 maxBytes, QString* error);

} // namespace files
} // namespace sandbox
