#include "apply/ChangeSet.h"

#include "sandbox/LayerWalk.h"
#include "sandbox/SandboxFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

namespace sandbox::apply {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::apply", text);
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

QList<QByteArray> splitKeepingBreaks(const QByteArray& data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        const qsizetype stop = end < 0 ? data.size() : end + 1;
        lines << data.mid(start, stop - start);
        start = stop;
    }
    return lines;
}

// Where a link's target leads, lexically, from the project's root; empty
// when it leaves the project. An absolute target counts from the sandbox's
// root and must lead into the project mount.
QByteArray linkDestination(const QByteArray& relativePath, const QByteArray& target, const QByteArray& mount)
{
    QList<QByteArray> parts;
    QByteArray rest = target;
    if (target.startsWith('/')) {
        if (target != mount && !target.startsWith(QByteArray(mount + '/')))
            return {};
        rest = target.mid(mount.size());
    } else {
        parts = relativePath.split('/');
        parts.removeLast();
    }
    for (const QByteArray& part : rest.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts << part;
    }
    return parts.isEmpty() ? QByteArray(".") : parts.join('/');
}

QString problemOfName(const QByteArray& relative)
{
    if (relative.contains('\n'))
        return tr("its name contains a line break");
    if (!isValidUtf8(relative))
        return tr("its name is not valid UTF-8");
    for (const QByteArray& part : relative.split('/')) {
        if (part == ".git")
            return tr("git's own files are never applied");
    }
    return {};
}

// Fills one side (content or link target, mode) from a layer's entry.
QString readSide(const layers::Entry& entry, const Layers& where, const QByteArray& path, bool newSide,
                 FileDelta* file)
{
    QByteArray& data = newSide ? file->newData : file->oldData;
    (newSide ? file->newMode : file->oldMode) = entry.mode & 07777;
    switch (entry.type) {
    case layers::Entry::Type::Symlink:
        file->content = FileDelta::Content::Symlink;
        data = entry.linkTarget;
        return {};
    case layers::Entry::Type::Directory:
        file->content = FileDelta::Content::Directory;
        return {};
    case layers::Entry::Type::Special:
        file->content = FileDelta::Content::Unsupported;
        return tr("a device, FIFO or socket: never applied");
    case layers::Entry::Type::File:
        file->content = FileDelta::Content::Text;
        break;
    }
    if (entry.size > kMaxApplyBytes) {
        file->content = FileDelta::Content::Unsupported;
        QString why = tr("%1, larger than %2: not applied")
                          .arg(QLocale::c().formattedDataSize(entry.size),
                               QLocale::c().formattedDataSize(kMaxApplyBytes));
        if (entry.allocated < entry.size / 2)
            why += QLatin1Char(' ') + tr("(a sparse file)");
        return why;
    }
    QString error;
    if (newSide)
        data = layers::readInLayer(where.upperDir, path, kMaxApplyBytes, &error);
    else
        data = files::readOriginal(where.lowerDirs, QFile::decodeName(path), kMaxApplyBytes, &error);
    return error;
}

void fillDelta(const Layers& where, const QByteArray& mount, const layers::ChangedPath& changed, FileDelta* file)
{
    file->sandboxPath = changed.path;
    file->kind = static_cast<FileDelta::Kind>(changed.kind);
    if (changed.path.startsWith(QByteArray(mount + '/'))) {
        file->relativePath = changed.path.mid(mount.size() + 1);
        file->problem = problemOfName(file->relativePath);
    } else {
        file->outside = true;
        if (!isValidUtf8(changed.path) || changed.path.contains('\n'))
            file->problem = tr("its name is not valid UTF-8 or contains a line break");
    }
    if (!file->problem.isEmpty())
        return;
    QString problem;
    if (changed.kind != layers::ChangedPath::Kind::Added && changed.hasLower)
        problem = readSide(changed.lower, where, changed.path, false, file);
    const FileDelta::Content oldContent = file->content;
    if (problem.isEmpty() && changed.kind != layers::ChangedPath::Kind::Deleted)
        problem = readSide(changed.upper, where, changed.path, true, file);
    if (problem.isEmpty() && changed.kind == layers::ChangedPath::Kind::Modified && oldContent != file->content
        && (oldContent == FileDelta::Content::Directory || file->content == FileDelta::Content::Directory))
        problem = tr("changed between a file and a folder: not applied");
    file->problem = problem;
    if (!problem.isEmpty())
        return;
    if (file->content == FileDelta::Content::Text) {
        bool binary = false;
        for (const textdiff::Hunk& hunk : textdiff::hunks(file->oldData, file->newData, 3, &binary))
            file->hunks << Hunk{hunk, true};
        if (binary)
            file->content = FileDelta::Content::Binary;
    }
    if (file->kind != FileDelta::Kind::Deleted && (file->newMode & 06000))
        file->notes << tr("setuid/setgid bit dropped");
    if (file->content == FileDelta::Content::Symlink && !file->outside && file->kind != FileDelta::Kind::Deleted) {
        if (linkDestination(file->relativePath, file->newData, mount).isEmpty()) {
            file->problem = tr("a symbolic link to %1, outside the project: not applied")
                                .arg(QString::fromUtf8(file->newData));
        } else if (file->newData.startsWith('/')) {
            // The project's absolute path in the sandbox means nothing on
            // the host: the same place, relative to the link.
            const int depth = int(file->relativePath.count('/'));
            QByteArray relative;
            for (int i = 0; i < depth; ++i)
                relative += "../";
            relative += linkDestination(file->relativePath, file->newData, mount);
            file->newData = relative;
            file->notes << tr("absolute link target made relative");
        }
    }
}

} // namespace

QString FileDelta::displayPath() const
{
    return QString::fromUtf8(outside ? sandboxPath : relativePath);
}

bool FileDelta::isTaken() const
{
    if (!accepted || !canApply())
        return false;
    if (content != Content::Text || hunks.isEmpty())
        return true;
    return std::any_of(hunks.cbegin(), hunks.cend(), [](const Hunk& hunk) { return hunk.accepted; });
}

int ChangeSet::count(bool outsideProject) const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [&](const FileDelta& file) { return file.outside == outsideProject; }));
}

bool readChangeSet(const Layers& where, const QString& projectMount, ChangeSet* out, QString* error)
{
    out->projectMount = projectMount;
    out->files.clear();
    QList<layers::ChangedPath> changed;
    if (!layers::walkUpperLayer(where.upperDir, where.lowerDirs, &changed, error))
        return false;
    QByteArray mount = QFile::encodeName(projectMount);
    while (mount.endsWith('/'))
        mount.chop(1);
    for (const layers::ChangedPath& path : std::as_const(changed)) {
        // A folder the run only wrote into: its entries are the changes.
        if (path.kind == layers::ChangedPath::Kind::Modified && path.upper.type == layers::Entry::Type::Directory
            && path.lower.type == layers::Entry::Type::Directory)
            continue;
        if (path.path == mount)
            continue;
        FileDelta file;
        fillDelta(where, mount, path, &file);
        out->files << file;
    }
    return true;
}

QByteArray acceptedContent(const FileDelta& file)
{
    if (file.content != FileDelta::Content::Text || file.hunks.isEmpty())
        return file.newData;
    const QList<QByteArray> oldLines = splitKeepingBreaks(file.oldData);
    const QList<QByteArray> newLines = splitKeepingBreaks(file.newData);
    QByteArray out;
    qsizetype next = 0; // the next old line not yet copied
    for (const Hunk& hunk : file.hunks) {
        const qsizetype oldFirst = hunk.oldLines == 0 ? hunk.oldStart : hunk.oldStart - 1;
        const qsizetype newFirst = hunk.newLines == 0 ? hunk.newStart : hunk.newStart - 1;
        for (; next < oldFirst && next < oldLines.size(); ++next)
            out += oldLines[next];
        if (hunk.accepted) {
            for (qsizetype i = newFirst; i < newFirst + hunk.newLines && i < newLines.size(); ++i)
                out += newLines[i];
        } else {
            for (qsizetype i = oldFirst; i < oldFirst + hunk.oldLines && i < oldLines.size(); ++i)
                out += oldLines[i];
        }
        next = oldFirst + hunk.oldLines;
    }
    for (; next < oldLines.size(); ++next)
        out += oldLines[next];
    return out;
}

uint gitMode(const FileDelta& file, bool newSide)
{
    if (file.content == FileDelta::Content::Symlink)
        return 0120000;
    return ((newSide ? file.newMode : file.oldMode) & 0111) ? 0100755 : 0100644;
}

} // namespace sandbox::apply
