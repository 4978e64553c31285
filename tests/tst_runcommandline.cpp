#include "cli/RunCommandLine.h"

#include <QTemporaryDir>
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

    void sandboxOptions()
    {
        const RunCommandLine result = parse({QStringLiteral("--mount"), QStringLiteral("/src:/data"),
                                             QStringLiteral("--volume"), QStringLiteral("cache:/cache"),
                                             QStringLiteral("--network-file-system"), QStringLiteral("nfs:/nfs"),
                                             QStringLiteral("--secret"), QStringLiteral("api"),
                                             QStringLiteral("--gpu"), QStringLiteral("any"),
                                             QStringLiteral("--cpu"), QStringLiteral("0.5"),
                                             QStringLiteral("--memory"), QStringLiteral("64"),
                                             QStringLiteral("--disk"), QStringLiteral("512"),
                                             QStringLiteral("--block-network"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.action, RunCommandLine::Action::Run);
        QCOMPARE(result.spec.mounts.size(), 1);
        QCOMPARE(result.spec.mounts.first().source, QStringLiteral("/src"));
        QCOMPARE(result.spec.mounts.first().target, QStringLiteral("/data"));
        QCOMPARE(result.spec.volumes.size(), 2);
        QCOMPARE(result.spec.volumes.last().name, QStringLiteral("nfs"));
        QCOMPARE(result.spec.secrets, QStringList{QStringLiteral("api")});
        QCOMPARE(result.spec.gpu, QStringLiteral("any"));
        QCOMPARE(result.spec.cpuCores, 0.5);
        QCOMPARE(result.spec.memoryMiB, 64);
        QCOMPARE(result.spec.diskMiB, 512);
        QVERIFY(result.spec.blockNetwork);
    }

    void invalidOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("mount without colon") << QStringList{QStringLiteral("--mount"), QStringLiteral("/src")} << "--mount:";
        QTest::newRow("mount relative target") << QStringList{QStringLiteral("--mount"), QStringLiteral("/src:data")} << "mounts:";
        QTest::newRow("volume without path") << QStringList{QStringLiteral("--volume"), QStringLiteral("cache:")} << "--volume:";
        QTest::newRow("cpu word") << QStringList{QStringLiteral("--cpu"), QStringLiteral("lots")} << "--cpu:";
        QTest::newRow("negative cpu") << QStringList{QStringLiteral("--cpu"), QStringLiteral("-2")} << "cpu:";
        QTest::newRow("memory fraction") << QStringList{QStringLiteral("--memory"), QStringLiteral("1.5")} << "--memory:";
        QTest::newRow("memory too small") << QStringList{QStringLiteral("--memory"), QStringLiteral("4")} << "memory:";
        QTest::newRow("disk with a unit") << QStringList{QStringLiteral("--disk"), QStringLiteral("1G")} << "--disk:";
        QTest::newRow("disk too small") << QStringList{QStringLiteral("--disk"), QStringLiteral("4")} << "disk:";
        QTest::newRow("gpu zero") << QStringList{QStringLiteral("--gpu"), QStringLiteral("0")} << "gpu:";
        QTest::newRow("bad secret") << QStringList{QStringLiteral("--secret"), QStringLiteral("../x")} << "secrets:";
        QTest::newRow("spec file missing") << QStringList{QStringLiteral("--spec"), QStringLiteral("/no/such.json")} << "--spec:";
    }

    void invalidOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorStart);
        const RunCommandLine result = parse(arguments + QStringList{QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.action, RunCommandLine::Action::Invalid);
        QVERIFY2(result.error.startsWith(errorStart), qPrintable(result.error));
    }

    void specFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("spec.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"command":["echo","from file"],"memory":128,"network_file_systems":{"/v":"cache"}})");
        file.close();
        RunCommandLine result = parse({QStringLiteral("--spec"), file.fileName(), QStringLiteral("--cpu"), QStringLiteral("1")});
        QCOMPARE(result.action, RunCommandLine::Action::Run);
        QCOMPARE(result.spec.command, (QStringList{QStringLiteral("echo"), QStringLiteral("from file")}));
        QCOMPARE(result.spec.memoryMiB, 128);
        QCOMPARE(result.spec.cpuCores, 1.0);
        QCOMPARE(result.spec.volumes.first().name, QStringLiteral("cache"));
        result = parse({QStringLiteral("--spec"), file.fileName(), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.spec.command, QStringList{QStringLiteral("true")});
    }
};

QTEST_GUILESS_MAIN(TestRunCommandLine)
#include "tst_runcommandline.moc"
