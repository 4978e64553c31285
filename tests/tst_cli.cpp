// The sandbox-run executable as a user runs it.
#include "TestSupport.h"

#include <QProcess>
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

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << 2 << QByteArray("no command");
        QTest::newRow("unknown image") << QStringList{QStringLiteral("--image"), QStringLiteral("nope"), QStringLiteral("--"), QStringLiteral("true")} << 2 << QByteArray("\"nope\" is not a known image");
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
