#pragma once

// Line diffs of two texts, computed by libgit2 (its xdiff, minimal edit
// scripts): the edit script as data and `diff -u`-style output, which the
// Changes view shows and tst_textdiff checks against GNU diff.

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox::textdiff {

// One hunk of a unified diff: its ranges and its lines, each starting with
// ' ', '-' or '+' (and "\ No newline at end of file" where one is missing).
struct Hunk
{
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QByteArray text;

    // "@@ -1,3 +1,4 @@", ranges written as `diff -u` writes them.
    QByteArray header() const;
};

// The hunks that turn `oldText` into `newText`, with `context` unchanged
// lines around each change. With `binary`, it is set when git would call
// either side binary (a NUL byte), and there are no hunks then.
QList<Hunk> hunks(const QByteArray& oldText, const QByteArray& newText, int context = 3, bool* binary = nullptr);

// "--- oldName", "+++ newName" and the hunks; empty when there are none.
QByteArray unifiedText(const QList<Hunk>& hunks, const QByteArray& oldName, const QByteArray& newName);

// One line of an edit script that turns the old text into the new one.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text; // without its line break
    bool missingNewline = false; // the text's last line, with no '\n' after it

    bool operator==(const DiffLine&) const = default;
};

// The text's lines as diff() compares them; a final line without '\n'
// is marked (and differs from the same text with one).
QList<DiffLine> splitLines(const QString& text);

// A shortest edit script from `oldLines` to `newLines`: every old line once
// as Same or Removed, every new line once as Same or Added, in order.
QList<DiffLine> diff(const QList<DiffLine>& oldLines, const QList<DiffLine>& newLines);

// The unified diff (as `diff -u`) of two texts, with `context` unchanged
// lines around each change; empty when they are equal.
QString unifiedDiff(const QString& oldText, const QString& newText, const QString& oldName, const QString& newName,
                    int context = 3);

} // namespace sandbox::textdiff
