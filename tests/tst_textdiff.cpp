// The line diff behind the Changes view (libgit2's): `diff -u` output for
// known cases, and for random texts an edit script that rebuilds both
// sides, as short as the longest common subsequence allows where lines
// are varied.
#include "util/TextContent.h"
#include "util/TextDiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace sandbox::textdiff;
using Kind = DiffLine::Kind;

class TestTextDiff : public QObject
{
    Q_OBJECT

private:
    static QString rebuild(const QList<DiffLine>& script, Kind skipped)
    {
        QString text;
        for (const DiffLine& line : script) {
            if (line.kind == skipped)
                continue;
            text += line.text;
            if (!line.missingNewline)
                text += QLatin1Char('\n');
        }
        return text;
    }

    static int lcsLength(const QList<DiffLine>& a, const QList<DiffLine>& b)
    {
        std::vector<std::vector<int>> table(a.size() + 1, std::vector<int>(b.size() + 1, 0));
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            for (qsizetype j = b.size() - 1; j >= 0; --j) {
                const bool same = a[i].text == b[j].text && a[i].missingNewline == b[j].missingNewline;
                table[i][j] = same ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");

        QTest::newRow("equal") << "a\nb\n" << "a\nb\n" << 3 << "";
        QTest::newRow("both empty") << "" << "" << 3 << "";
        QTest::newRow("from nothing") << "" << "one\ntwo\n" << 3
                                      << "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+one\n+two\n";
        QTest::newRow("to nothing") << "one\n" << "" << 3 << "--- a\n+++ b\n@@ -1 +0,0 @@\n-one\n";
        QTest::newRow("one line changed")
            << "a\nb\nc\n" << "a\nB\nc\n" << 3 << "--- a\n+++ b\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
        QTest::newRow("appended line")
            << "a\nb\n" << "a\nb\nc\n" << 3 << "--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n b\n+c\n";
        QTest::newRow("no context")
            << "a\nb\nc\nd\n" << "a\nc\nd\ne\n" << 0 << "--- a\n+++ b\n@@ -2 +1,0 @@\n-b\n@@ -4,0 +4 @@\n+e\n";
        // Lines 5 and 15 of 20 changed: 9 unchanged lines between are more
        // than two contexts, so two hunks.
        QTest::newRow("two hunks")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"
            << "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\n14\nfifteen\n16\n17\n18\n19\n20\n" << 3
            << "--- a\n+++ b\n"
               "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
               "@@ -12,7 +12,7 @@\n 12\n 13\n 14\n-15\n+fifteen\n 16\n 17\n 18\n";
        QTest::newRow("close changes share a hunk")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9\n" << "1\nB\n3\n4\n5\n6\n7\nH\n9\n" << 3
            << "--- a\n+++ b\n@@ -1,9 +1,9 @@\n 1\n-2\n+B\n 3\n 4\n 5\n 6\n 7\n-8\n+H\n 9\n";
        QTest::newRow("newline added at end")
            << "a\nb" << "a\nb\n" << 3 << "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n";
        QTest::newRow("newline removed at end")
            << "x\n" << "x" << 3 << "--- a\n+++ b\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n";
        QTest::newRow("moved block")
            << "a\nb\nc\nd\n" << "c\nd\na\nb\n" << 3
            << "--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n-b\n c\n d\n+a\n+b\n";
        QTest::newRow("unicode") << "größe = 1\n" << "größe = 2\n" << 3
                                 << "--- a\n+++ b\n@@ -1 +1 @@\n-größe = 1\n+größe = 2\n";
    }

    void unified()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(unifiedDiff(oldText, newText, "a", "b", context), expected);
    }

    void splitMarksTheLastLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("lastMissingNewline");
        QTest::newRow("empty") << "" << 0 << false;
        QTest::newRow("one with newline") << "a\n" << 1 << false;
        QTest::newRow("one without") << "a" << 1 << true;
        QTest::newRow("blank lines") << "\n\n" << 2 << false;
        QTest::newRow("crlf kept in the text") << "a\r\nb" << 2 << true;
    }

    void splitMarksTheLastLine()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(bool, lastMissingNewline);
        const QList<DiffLine> split = splitLines(text);
        QCOMPARE(split.size(), lines);
        if (lines > 0)
            QCOMPARE(split.last().missingNewline, lastMissingNewline);
        QCOMPARE(rebuild(split, Kind::Added), text);
    }

    void randomTextsGetCorrectScripts_data()
    {
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("maxLines");
        // libgit2's xdiff, as git's, sets aside lines that recur very often
        // before it searches: on texts of two or three symbols the script
        // can be longer than the shortest ("b" x4 -> "aaab aaaab aaa": 16
        // edits, as `git diff --minimal`; GNU diff finds 12). Where lines
        // are varied it is the shortest.
        QTest::addColumn<bool>("shortest");
        QTest::newRow("few symbols, short") << 2 << 12 << false;
        QTest::newRow("few symbols, longer") << 3 << 60 << false;
        QTest::newRow("many symbols") << 20 << 80 << true;
    }

    void randomTextsGetCorrectScripts()
    {
        QFETCH(int, alphabet);
        QFETCH(int, maxLines);
        QFETCH(bool, shortest);
        QRandomGenerator random(20261126u + quint32(alphabet));
        for (int round = 0; round < 200; ++round) {
            auto makeText = [&] {
                QString text;
                const int lines = random.bounded(maxLines + 1);
                for (int i = 0; i < lines; ++i)
                    text += QString(QChar(u'a' + random.bounded(alphabet))) + QLatin1Char('\n');
                if (!text.isEmpty() && random.bounded(4) == 0)
                    text.chop(1);
                return text;
            };
            const QString oldText = makeText();
            const QString newText = makeText();
            const QList<DiffLine> a = splitLines(oldText);
            const QList<DiffLine> b = splitLines(newText);
            const QList<DiffLine> script = diff(a, b);
            QCOMPARE(rebuild(script, Kind::Added), oldText);
            QCOMPARE(rebuild(script, Kind::Removed), newText);
            const auto same = std::count_if(script.cbegin(), script.cend(),
                                            [](const DiffLine& line) { return line.kind == Kind::Same; });
            const int lcs = lcsLength(a, b);
            QVERIFY(int(same) <= lcs);
            if (shortest)
                QVERIFY2(int(same) == lcs, qPrintable(QStringLiteral("[%1] -> [%2]").arg(oldText, newText)));
        }
    }

    void decodeTextTellsTextFromBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<bool>("isText");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("hello\n") << false << true << "hello\n";
        QTest::newRow("empty") << QByteArray() << false << true << "";
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xb6\xc3\x9f" "e") << false << true << "größe";
        QTest::newRow("NUL byte") << QByteArray("ab\0cd", 5) << false << false << "";
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << false << false << "";
        QTest::newRow("cut inside a character") << QByteArray("ab\xe2\x82") << true << true << "ab";
        QTest::newRow("cut character, not truncated") << QByteArray("ab\xe2\x82") << false << false << "";
        QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false << false << "";
    }

    void decodeTextTellsTextFromBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, truncated);
        QFETCH(bool, isText);
        QFETCH(QString, text);
        QString decoded;
        QCOMPARE(sandbox::decodeText(bytes, truncated, &decoded), isText);
        if (isText)
            QCOMPARE(decoded, text);
    }

    // A megabyte-sized file with a few edits, as the Changes view diffs
    // them: the shortest script, quickly.
    void largeFileWithScatteredEdits()
    {
        QStringList oldLines;
        for (int i = 0; i < 60000; ++i)
            oldLines << QStringLiteral("line %1 of a generated file").arg(i);
        QStringList newLines = oldLines;
        for (int i = 59000; i > 0; i -= 1000)
            newLines[i] = QStringLiteral("edited %1").arg(i);
        newLines.insert(30000, QStringLiteral("inserted"));
        newLines.removeAt(10);
        const QString oldText = oldLines.join('\n') + '\n';
        const QString newText = newLines.join('\n') + '\n';
        QElapsedTimer clock;
        clock.start();
        const QList<DiffLine> script = diff(splitLines(oldText), splitLines(newText));
        qInfo("diff of %lld + %lld lines: %lld ms", qlonglong(oldLines.size()), qlonglong(newLines.size()),
              qlonglong(clock.elapsed()));
        QCOMPARE(rebuild(script, Kind::Added), oldText);
        QCOMPARE(rebuild(script, Kind::Removed), newText);
        const auto edits = std::count_if(script.cbegin(), script.cend(),
                                         [](const DiffLine& line) { return line.kind != Kind::Same; });
        QCOMPARE(int(edits), 2 * 59 + 1 + 1);
        const QString unified = unifiedDiff(oldText, newText, "a", "b");
        QVERIFY(unified.contains("\n-line 59000 of a generated file\n+edited 59000\n"));
        QVERIFY(unified.contains("\n+inserted\n"));
    }

    void tooManyEditsStillGiveACorrectScript()
    {
        QString oldText;
        QString newText;
        for (int i = 0; i < 300; ++i) {
            oldText += QStringLiteral("old %1\n").arg(i);
            newText += QStringLiteral("new %1\n").arg(i);
        }
        oldText = QStringLiteral("head\n") + oldText + QStringLiteral("tail\n");
        newText = QStringLiteral("head\n") + newText + QStringLiteral("tail\n");
        const QList<DiffLine> script = diff(splitLines(oldText), splitLines(newText));
        QCOMPARE(rebuild(script, Kind::Added), oldText);
        QCOMPARE(rebuild(script, Kind::Removed), newText);
        QCOMPARE(script.first().kind, Kind::Same);
        QCOMPARE(script.last().kind, Kind::Same);
        QCOMPARE(script.size(), 2 + 600);
    }
};

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
