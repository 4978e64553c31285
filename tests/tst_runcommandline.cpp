#include "cli/RunCommandLine.h"

#include <QTest>

using sandbox::RunCommandLine;

class TestRunCommandLine : public QObject
{
    Q_OBJECT

private:
    static RunCommandLine parse(const QStringList& arguments)
    {
        return RunCommandLine::parse(QStringList{QStringLiteral("sandbox-run")} + arguments);
    }

private Q_SLOTS:
    void commandAfterSeparatorIsUntouched()
    {
        const RunCommandLine result = parse({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("echo hi; exit 3"), QStringLiteral("--image")});
        QCOMPARE(result.action, RunCommandLine::Action::Run);
        QCOMPARE(result.spec.command, (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                   QStringLiteral("echo hi; exit 3"), QStringLiteral("--image")}));
        QCOMPARE(result.spec.timeoutSeconds, 300);
    }

    void options()
    {
        const RunCommandLine result = parse({QStringLiteral("--workdir"), QStringLiteral("/tmp"), QStringLiteral("-e"),
                                             QStringLiteral("A=1=2"), QStringLiteral("--env"), QStringLiteral("B="),
                                             QStringLiteral("--timeout"), QStringLiteral("7"), QStringLiteral("--runtime"),
                                             QStringLiteral("runc"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.action, RunCommandLine::Action::Run);
        QCOMPARE(result.spec.workdir, QStringLiteral("/tmp"));
        QCOMPARE(result.spec.env.value(QStringLiteral("A")), QStringLiteral("1=2"));
        QVERIFY(result.spec.env.contains(QStringLiteral("B")));
        QCOMPARE(result.spec.timeoutSeconds, 7);
        QCOMPARE(result.runtime, QStringLiteral("runc"));
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no command") << QStringList{} << "no command";
        QTest::newRow("only separator") << QStringList{QStringLiteral("--")} << "no command";
        QTest::newRow("bad env") << QStringList{QStringLiteral("-e"), QStringLiteral("NOEQUALS"), QStringLiteral("--"), QStringLiteral("true")} << "--env";
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("--"), QStringLiteral("true")} << "--timeout";
        QTest::newRow("negative timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-1"), QStringLiteral("--"), QStringLiteral("true")} << "timeout";
        QTest::newRow("relative workdir") << QStringList{QStringLiteral("--workdir"), QStringLiteral("x"), QStringLiteral("--"), QStringLiteral("true")} << "workdir";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--gpus"), QStringLiteral("--"), QStringLiteral("true")} << "gpus";
    }

    void invalid()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorContains);
        const RunCommandLine result = parse(arguments);
        QCOMPARE(result.action, RunCommandLine::Action::Invalid);
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).action, RunCommandLine::Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("--version")}).action, RunCommandLine::Action::ShowVersion);
        QVERIFY(parse({}).helpText.contains(QStringLiteral("--timeout")));
    }
};

QTEST_GUILESS_MAIN(TestRunCommandLine)
#include "tst_runcommandline.moc"
