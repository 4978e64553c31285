#pragma once

// The raw side of a change set: what the overlay's writable layer holds
// against the image's layers, walked with names as bytes (a name that is
// not UTF-8 is still found and reported) and every open confined to its
// layer (openat2 RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS).

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox::layers {

struct Entry
{
    enum class Type { File, Directory, Symlink, Special };
    Type type = Type::File;
    uint mode = 0;
    qint64 size = 0;
    qint64 allocated = 0; // bytes on disk (less than size when sparse)
    QByteArray linkTarget;
};

struct ChangedPath
{
    enum class Kind { Added, Modified, Deleted };
    QByteArray path; // absolute inside the sandbox
    Kind kind = Kind::Added;
    Entry upper;
    Entry lower;
    bool hasLower = false;
    bool opaque = false; // a folder made anew: what the image had below is hidden
};

// Every path of the writable layer that differs from the image's, sorted;
// whiteouts are deletions, opaque folders hide what was below.
// `lowerDirs`: ':'-separated, top first.
bool walkUpperLayer(const QString& upperDir, const QString& lowerDirs, QList<ChangedPath>* out, QString* error);

// At most `maxBytes` of a regular file below `layerDir`.
QByteArray readInLayer(const QString& layerDir, const QByteArray& path, qint64 maxBytes, QString* error);

} // namespace sandbox::layers
