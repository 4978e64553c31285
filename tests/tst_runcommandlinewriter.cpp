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
        spec.image = sandbox::ImageRecipe(QStringLiteral("debian-slim:trixie"));
        spec.command = {"sh", "-c", "echo \"$A\"; exit 3", "--image"};
        QTest::newRow("basic options")
            << spec << "runc"
            << "sandbox-run --image debian-slim:trixie --workdir '/work space' --env 'A=1 2' --env B= "
               "--env 'QUOTE=it'\\''s' --timeout 12 --runtime runc -- sh -c 'echo \"$A\"; exit 3' --image";

        SandboxSpec options;
        options.command = {"true"};
        options.mounts = {{"/srv/data", "/data"}};
        options.volumes = {{"cache", "/cache"}};
        options.secrets = {"hf-token"};
        options.gpu = "any";
        options.cpuCores = 1.5;
        options.memoryMiB = 512;
        options.diskMiB = 1024;
        options.blockNetwork = true;
        QTest::newRow("sandbox options")
            << options << ""
            << "sandbox-run --image debian-slim --mount /srv/data:/data --volume cache:/cache --secret hf-token "
               "--gpu any --cpu 1.5 --memory 512 --disk 1024 --block-network -- true";

        SandboxSpec recipe;
        recipe.command = {"jq", "--version"};
        recipe.image.steps << sandbox::ImageStep::aptInstall({"jq"});
        QTest::newRow("image recipe")
            << recipe << ""
            << "sandbox-run --recipe '{\"base\":\"debian-slim\",\"steps\":[{\"apt_install\":[\"jq\"]}]}' -- jq --version";
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
