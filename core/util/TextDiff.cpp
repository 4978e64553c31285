#include "util/TextDiff.h"

#include "apply/GitSupport.h"

namespace sandbox::textdiff {

namespace {

using Kind = DiffLine::Kind;
using sandbox::apply::useGitLibrary;

QByteArray joined(const QList<DiffLine>& lines)
{
    QByteArray text;
    for (const DiffLine& line : lines) {
        text += line.text.toUtf8();
        if (!line.missingNewline)
            text += '\n';
    }
    return text;
}

// libgit2's patch of two texts, with `context` lines around each change;
// null when libgit2 fails.
git_patch* patchOf(const QByteArray& oldText, const QByteArray& newText, int context, bool detectBinary)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = uint32_t(std::max(0, context));
    options.flags = GIT_DIFF_MINIMAL | (detectBinary ? 0 : GIT_DIFF_FORCE_TEXT);
    git_patch* patch = nullptr;
    if (git_patch_from_buffers(&patch, oldText.constData(), size_t(oldText.size()), "a", newText.constData(),
                               size_t(newText.size()), "b", &options)
        != 0)
        return nullptr;
    return patch;
}

// One line of a patch as `diff -u` writes it.
QByteArray unifiedLine(const git_diff_line* line)
{
    switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
        return QByteArrayLiteral("\\ No newline at end of file\n");
    default:
        break;
    }
    QByteArray text(1, line->origin);
    text += QByteArray(line->content, qsizetype(line->content_len));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

// `diff -u`'s range: "start,count", "start" for one line, and for no
// lines the line before the gap.
QByteArray range(int start, int count)
{
    if (count == 1)
        return QByteArray::number(start);
    return QByteArray::number(start) + ',' + QByteArray::number(count);
}

} // namespace

QList<DiffLine> splitLines(const QString& text)
{
    QList<DiffLine> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append({Kind::Same, text.mid(start), true});
            break;
        }
        lines.append({Kind::Same, text.mid(start, end - start), false});
        start = end + 1;
    }
    return lines;
}

QByteArray Hunk::header() const
{
    return "@@ -" + range(oldStart, oldLines) + " +" + range(newStart, newLines) + " @@";
}

QList<Hunk> hunks(const QByteArray& oldText, const QByteArray& newText, int context, bool* binary)
{
    useGitLibrary();
    QList<Hunk> out;
    git_patch* patch = patchOf(oldText, newText, context, binary != nullptr);
    if (!patch)
        return out;
    if (binary)
        *binary = (git_patch_get_delta(patch)->flags & GIT_DIFF_FLAG_BINARY) != 0;
    for (size_t h = 0; h < git_patch_num_hunks(patch); ++h) {
        const git_diff_hunk* raw = nullptr;
        size_t lines = 0;
        git_patch_get_hunk(&raw, &lines, patch, h);
        Hunk hunk{raw->old_start, raw->old_lines, raw->new_start, raw->new_lines, {}};
        for (size_t l = 0; l < lines; ++l) {
            const git_diff_line* line = nullptr;
            git_patch_get_line_in_hunk(&line, patch, h, l);
            hunk.text += unifiedLine(line);
        }
        out << hunk;
    }
    git_patch_free(patch);
    return out;
}

QByteArray unifiedText(const QList<Hunk>& hunks, const QByteArray& oldName, const QByteArray& newName)
{
    if (hunks.isEmpty())
        return {};
    QByteArray out = "--- " + oldName + "\n+++ " + newName + '\n';
    for (const Hunk& hunk : hunks)
        out += hunk.header() + '\n' + hunk.text;
    return out;
}

QList<DiffLine> diff(const QList<DiffLine>& oldLines, const QList<DiffLine>& newLines)
{
    QList<DiffLine> out;
    auto as = [](Kind kind, DiffLine line) {
        line.kind = kind;
        return line;
    };
    qsizetype next = 0; // the next old line not yet in the script
    for (const Hunk& hunk : hunks(joined(oldLines), joined(newLines), 0)) {
        const qsizetype oldFirst = hunk.oldLines == 0 ? hunk.oldStart : hunk.oldStart - 1;
        const qsizetype newFirst = hunk.newLines == 0 ? hunk.newStart : hunk.newStart - 1;
        for (; next < oldFirst; ++next)
            out.append(as(Kind::Same, oldLines[next]));
        for (qsizetype i = oldFirst; i < oldFirst + hunk.oldLines; ++i)
            out.append(as(Kind::Removed, oldLines[i]));
        for (qsizetype i = newFirst; i < newFirst + hunk.newLines; ++i)
            out.append(as(Kind::Added, newLines[i]));
        next = oldFirst + hunk.oldLines;
    }
    for (; next < oldLines.size(); ++next)
        out.append(as(Kind::Same, oldLines[next]));
    return out;
}

QString unifiedDiff(const QString& oldText, const QString& newText, const QString& oldName, const QString& newName,
                    int context)
{
    return QString::fromUtf8(
        unifiedText(hunks(oldText.toUtf8(), newText.toUtf8(), context), oldName.toUtf8(), newName.toUtf8()));
}

} // namespace sandbox::textdiff
