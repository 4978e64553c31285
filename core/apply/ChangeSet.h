#pragma once

// A run's changes as data, for keeping only what a reviewer accepts: every
// path the run added, changed or deleted, read straight from the overlay's
// writable layer (the new side) and the image's layers (the side the run
// started from, which for the project is the source as it was at launch).
// Text files carry their hunks (libgit2's diff); binary files, links and
// folders are taken or left whole. Paths outside the project (/etc, /root,
// /usr...) are listed but never applied; so is anything that cannot be
// applied safely, with the reason.

#include "util/TextDiff.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox::apply {

// One hunk of a text file's unified diff, and whether it is accepted.
struct Hunk : textdiff::Hunk
{
    bool accepted = true;
};

struct FileDelta
{
    enum class Kind { Added, Modified, Deleted };
    enum class Content { Text, Binary, Symlink, Directory, Unsupported };

    Kind kind = Kind::Added;
    Content content = Content::Text;
    QByteArray sandboxPath;  // absolute, inside the sandbox, raw bytes
    QByteArray relativePath; // below the project; empty when outside it
    bool outside = false;
    QByteArray oldData; // content, or the link's target
    QByteArray newData;
    uint oldMode = 0; // permission bits as the sandbox had them
    uint newMode = 0;
    QList<Hunk> hunks;
    bool accepted = true;
    QString problem;   // why it is never applied; empty when it can be
    QStringList notes; // what applying changes about it (setuid dropped...)

    // The path for people: the relative one, or the sandbox's when outside.
    QString displayPath() const;
    bool canApply() const { return !outside && problem.isEmpty(); }
    // Accepted, with something accepted in it.
    bool isTaken() const;
};

struct ChangeSet
{
    QString projectMount; // where the source is in the sandbox, "/workspace"
    QList<FileDelta> files;

    int count(bool outsideProject) const;
};

// Where a sandbox's files are: the overlay's writable layer and the image's
// layers below it (':'-separated, top first).
struct Layers
{
    QString upperDir;
    QString lowerDirs;
};

// Larger files are listed but not applied.
constexpr qint64 kMaxApplyBytes = 64 * 1024 * 1024;

// Reads every change of the writable layer. False with *error only when the
// layer cannot be read at all; problems with single files land in their
// FileDelta::problem.
bool readChangeSet(const Layers& layers, const QString& projectMount, ChangeSet* out, QString* error);

// The file's old content with only its accepted hunks applied (the whole
// new content for binary files and links).
QByteArray acceptedContent(const FileDelta& file);

// git's mode for a file or link the sandbox left with `mode`: 0100755 when
// any execute bit is set, else 0100644 (setuid, setgid and sticky dropped).
uint gitMode(const FileDelta& file, bool newSide);

} // namespace sandbox::apply
