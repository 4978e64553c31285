// The `sandbox-run` line the window copies: parsing it gives the spec back.
#include "cli/RunCommandLine.h"
#include "cli/RunCommandLineWriter.h"
#include "util/ShellWords.h"

#include <QJsonDocument>
#include <QTest>

using sandbox::SandboxSpec;
Q_DECLARE_METATYPE(SandboxSpec)

class TestRunCommandLineWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<SandboxSpec>("spec");
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("line");
        SandboxSpec spec;
        spec.command = {"python3", "main.py"};
        QTest::newRow("defaults") << spec << "" << "sandbox-run --image debian-slim -- python3 main.py";
        spec.workdir = "/work space";
        spec.env = {{"A", "1 2"}, {"B", ""}, {"QUOTE", "it's"}};
        spec.timeoutSeconds = 12;
        spec.image = "other";
        spec.command = {"sh", "-c", "echo \"$A\"; exit 3", "--image"};
        QTest::newRow("every option")
            << spec << "runc"
            << "sandbox-run --image other --workdir '/work space' --env 'A=1 2' --env B= --env 'QUOTE=it'\\''s' "
               "--timeout 12 --runtime runc -- sh -c 'echo \"$A\"; exit 3' --image";
    }

    void roundTrip()
    {
        QFETCH(SandboxSpec, spec);
        QFETCH(QString, runtime);
        QFETCH(QString, line);
        const QString written = sandbox::sandboxRunCommandLine(spec, runtime);
        QCOMPARE(written, line);
        QString error;
        const QStringList words = sandbox::splitShellWords(written, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const sandbox::RunCommandLine parsed = sandbox::RunCommandLine::parse(words);
        QCOMPARE(parsed.action, sandbox::RunCommandLine::Action::Run);
        QCOMPARE(QJsonDocument(parsed.spec.toJson()).toJson(), QJsonDocument(spec.toJson()).toJson());
        QCOMPARE(parsed.runtime, runtime);
    }
};

QTEST_GUILESS_MAIN(TestRunCommandLineWriter)
#include "tst_runcommandlinewriter.moc"
