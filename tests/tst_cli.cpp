// The sandbox-run executable as a user runs it.
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
    };

    static Result runCli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(180000);
        return {process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void runsCommand()
    {
        const Result result = runCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo hi; echo err >&2; exit 3")});
        QCOMPARE(result.out, QByteArray("hi\n"));
        QCOMPARE(result.err, QByteArray("err\n"));
        QCOMPARE(result.exitCode, 3);
    }

    void forwardsStdin()
    {
        const Result result = runCli({QStringLiteral("--"), QStringLiteral("wc"), QStringLiteral("-l")},
                                     QByteArray("a\nb\nc\n"));
        QCOMPARE(result.out.trimmed(), QByteArray("3"));
        QCOMPARE(result.exitCode, 0);
    }

    void timeoutExits124()
    {
        const Result result = runCli({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--"),
                                      QStringLiteral("sleep"), QStringLiteral("30")});
        QCOMPARE(result.exitCode, 124);
        QVERIFY2(result.err.contains("timed out"), result.err.constData());
    }

    void signalDeathExits128PlusN_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGTERM") << "kill -TERM $$" << 143;
        QTest::newRow("SIGKILL") << "kill -KILL $$" << 137;
    }

    void signalDeathExits128PlusN()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        const Result result = runCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QCOMPARE(result.exitCode, exitCode);
    }

    void largeOutputPassesThroughWhole()
    {
        // With pipes as stdio the sandbox writes straight into them.
        const Result result = runCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("seq 1 300000; echo done >&2")});
        QCOMPARE(result.exitCode, 0);
        QByteArray expected;
        for (int i = 1; i <= 300000; ++i)
            expected += QByteArray::number(i) + '\n';
        QVERIFY(result.out == expected);
        QCOMPARE(result.err, QByteArray("done\n"));
    }

    void ttyGivesATerminal()
    {
        // script(1) gives sandbox-run a terminal of its own.
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script (util-linux) is not installed");
        // Its stdin stays an open, silent pipe: at end of input script
        // writes to the terminal, and the sandbox's echo of that byte
        // could land between the lines checked below.
        QProcess process;
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"),
                       QStringLiteral(SANDBOX_RUN_BINARY " -t -- sh -c 'test -t 0 && echo tty; stty size; exit 4'"),
                       QStringLiteral("/dev/null")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("tty\r\n24 80\r\n"), out.toPercentEncoding().constData());
        QCOMPARE(process.exitCode(), 4);
    }

    void ttyNeedsATerminal()
    {
        const Result result = runCli({QStringLiteral("--tty"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--tty: stdin and stdout must be a terminal"), result.err.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << 2 << QByteArray("no command");
        QTest::newRow("unknown image") << QStringList{QStringLiteral("--image"), QStringLiteral("Nope"), QStringLiteral("--"), QStringLiteral("true")} << 2 << QByteArray("\"Nope\" is not a known image");
        QTest::newRow("bad runtime") << QStringList{QStringLiteral("--runtime"), QStringLiteral("docker"), QStringLiteral("--"), QStringLiteral("true")} << 125 << QByteArray("\"docker\" is not supported");
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("--"), QStringLiteral("true")} << 2 << QByteArray("timeout");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Result result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.startsWith("sandbox-run: "), result.err.constData());
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void version()
    {
        const Result result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("sandbox-run " SANDBOX_STUDIO_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
