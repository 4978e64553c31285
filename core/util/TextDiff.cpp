#include "util/TextDiff.h"

#include <algorithm>
#include <vector>

namespace sandbox::textdiff {

namespace {

using Kind = DiffLine::Kind;

bool sameLine(const DiffLine& a, const DiffLine& b)
{
    return a.missingNewline == b.missingNewline && a.text == b.text;
}

DiffLine as(Kind kind, DiffLine line)
{
    line.kind = kind;
    return line;
}

// Myers' greedy forward search for the middle part (no common ends), then a
// walk back through the saved frontiers. Frontier d holds the furthest x on
// each diagonal k in [-d, d] after d edits: O(D^2) memory, bounded by
// maxEdits.
void myers(const DiffLine* a, int n, const DiffLine* b, int m, int maxEdits, QList<DiffLine>* out)
{
    const int max = n + m;
    std::vector<int> v(static_cast<size_t>(2 * max + 3), 0);
    const int offset = max + 1;
    std::vector<std::vector<int>> frontiers;
    int found = -1;
    for (int d = 0; d <= max && d <= maxEdits && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                    : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && sameLine(a[x], b[y])) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                found = d;
        }
        frontiers.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (found < 0) {
        // Too different to be worth the search: replace the whole middle.
        for (int i = 0; i < n; ++i)
            out->append(as(Kind::Removed, a[i]));
        for (int j = 0; j < m; ++j)
            out->append(as(Kind::Added, b[j]));
        return;
    }
    QList<DiffLine> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& previous = frontiers[static_cast<size_t>(d - 1)];
        auto at = [&](int k) { return previous[static_cast<size_t>(k + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            reversed.append(as(Kind::Same, a[x - 1]));
            --x;
            --y;
        }
        if (down)
            reversed.append(as(Kind::Added, b[previousY]));
        else
            reversed.append(as(Kind::Removed, a[previousX]));
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        reversed.append(as(Kind::Same, a[x - 1]));
        --x;
        --y;
    }
    std::reverse(reversed.begin(), reversed.end());
    out->append(reversed);
}

// `diff -u`'s range: "start,count", "start" for one line, and for no
// lines the line before the gap.
QString range(int before, int count)
{
    if (count == 1)
        return QString::number(before + 1);
    if (count == 0)
        return QStringLiteral("%1,0").arg(before);
    return QStringLiteral("%1,%2").arg(before + 1).arg(count);
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

QList<DiffLine> diff(const QList<DiffLine>& oldLines, const QList<DiffLine>& newLines, int maxEdits)
{
    QList<DiffLine> out;
    const int n = int(oldLines.size());
    const int m = int(newLines.size());
    int prefix = 0;
    while (prefix < n && prefix < m && sameLine(oldLines[prefix], newLines[prefix]))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && sameLine(oldLines[n - 1 - suffix], newLines[m - 1 - suffix]))
        ++suffix;
    for (int i = 0; i < prefix; ++i)
        out.append(as(Kind::Same, oldLines[i]));
    myers(oldLines.constData() + prefix, n - prefix - suffix, newLines.constData() + prefix, m - prefix - suffix,
          maxEdits, &out);
    for (int i = n - suffix; i < n; ++i)
        out.append(as(Kind::Same, oldLines[i]));
    return out;
}

QString unifiedDiff(const QString& oldText, const QString& newText, const QString& oldName, const QString& newName,
                    int context)
{
    const QList<DiffLine> script = diff(splitLines(oldText), splitLines(newText));
    const int size = int(script.size());
    // Line counts before each entry, for the hunks' headers.
    std::vector<int> oldBefore(static_cast<size_t>(size) + 1, 0);
    std::vector<int> newBefore(static_cast<size_t>(size) + 1, 0);
    std::vector<int> changed;
    for (int i = 0; i < size; ++i) {
        const Kind kind = script[i].kind;
        oldBefore[static_cast<size_t>(i) + 1] = oldBefore[static_cast<size_t>(i)] + (kind != Kind::Added ? 1 : 0);
        newBefore[static_cast<size_t>(i) + 1] = newBefore[static_cast<size_t>(i)] + (kind != Kind::Removed ? 1 : 0);
        if (kind != Kind::Same)
            changed.push_back(i);
    }
    if (changed.empty())
        return {};
    context = std::max(0, context);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    size_t next = 0;
    while (next < changed.size()) {
        // Changes closer than two contexts apart share a hunk.
        size_t last = next;
        while (last + 1 < changed.size() && changed[last + 1] - changed[last] - 1 <= 2 * context)
            ++last;
        const int first = std::max(0, changed[next] - context);
        const int end = std::min(size, changed[last] + context + 1);
        const auto from = static_cast<size_t>(first);
        const auto to = static_cast<size_t>(end);
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldBefore[from], oldBefore[to] - oldBefore[from]),
                        range(newBefore[from], newBefore[to] - newBefore[from]));
        for (int i = first; i < end; ++i) {
            const DiffLine& line = script[i];
            const QChar mark = line.kind == Kind::Same      ? QLatin1Char(' ')
                               : line.kind == Kind::Removed ? QLatin1Char('-')
                                                            : QLatin1Char('+');
            out += mark + line.text + QLatin1Char('\n');
            if (line.missingNewline)
                out += QStringLiteral("\\ No newline at end of file\n");
        }
        next = last + 1;
    }
    return out;
}

} // namespace sandbox::textdiff
