#include "util/ShellWords.h"

#include <QTest>

using namespace sandbox;

class TestShellWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "python3 main.py" << QStringList{"python3", "main.py"};
        QTest::newRow("extra spaces") << "  a \t b  " << QStringList{"a", "b"};
        QTest::newRow("single quotes") << "sh -c 'echo hi; exit 3'" << QStringList{"sh", "-c", "echo hi; exit 3"};
        QTest::newRow("double quotes") << "echo \"a \\\"b\\\" \\$c \\d\"" << QStringList{"echo", "a \"b\" $c \\d"};
        QTest::newRow("backslash space") << "ls my\\ file" << QStringList{"ls", "my file"};
        QTest::newRow("adjacent quotes join") << "a'b'\"c\"d" << QStringList{"abcd"};
        QTest::newRow("empty quoted word") << "printf ''" << QStringList{"printf", ""};
        QTest::newRow("empty") << "" << QStringList{};
    }

    void split()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QString error;
        QCOMPARE(splitShellWords(line, &error), words);
        QVERIFY(error.isEmpty());
    }

    void unterminated()
    {
        QString error;
        QVERIFY(splitShellWords(QStringLiteral("echo 'oops"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("unterminated")), qPrintable(error));
    }

    void joinRoundTrips()
    {
        const QStringList words{"sh", "-c", "echo 'it''s' \"x\" $HOME", "", "plain/path.txt"};
        QCOMPARE(splitShellWords(joinShellWords(words)), words);
        QCOMPARE(joinShellWords({"ls", "-la"}), QStringLiteral("ls -la"));
    }
};

QTEST_GUILESS_MAIN(TestShellWords)
#include "tst_shellwords.moc"
