#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox::textdiff {

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

// A shortest edit script (Myers' O(ND) algorithm) from `oldLines` to
// `newLines`: every old line once as Same or Removed, every new line once as
// Same or Added, in order. Past `maxEdits` differences it stops searching and
// returns a longer but still correct script (all removed, then all added
// between the common ends), so huge unrelated files cost no more than that.
QList<DiffLine> diff(const QList<DiffLine>& oldLines, const QList<DiffLine>& newLines, int maxEdits = 2000);

// The unified diff (as `diff -u`) of two texts, with `context` unchanged
// lines around each change; empty when they are equal.
QString unifiedDiff(const QString& oldText, const QString& newText, const QString& oldName, const QString& newName,
                    int context = 3);

} // namespace sandbox::textdiff
