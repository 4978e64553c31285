// ImageRecipe: the short and JSON forms of an image, and their validation.
#include "cli/ImageOptions.h"
#include "image/StepScripts.h"
#include "spec/ImageRecipe.h"
#include "spec/SandboxSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sandbox;

class TestImageRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseBase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: invalid
        QTest::addColumn<QString>("errorPart");
        const int debian = int(ImageBase::Kind::DebianSlim), registry = int(ImageBase::Kind::Registry);
        const int tarball = int(ImageBase::Kind::Tarball), directory = int(ImageBase::Kind::Directory);
        QTest::newRow("debian-slim") << "debian-slim" << debian << "";
        QTest::newRow("trixie") << "debian-slim:trixie" << debian << "";
        QTest::newRow("unknown suite") << "debian-slim:sid" << -1 << "not a supported Debian suite";
        QTest::newRow("localhost") << "localhost:5000/team/tool:1.2" << registry << "";
        QTest::newRow("loopback ip") << "127.0.0.1:5000/team/tool:1.2" << registry << "";
        QTest::newRow("domain, no tag") << "registry.example.org/tool" << registry << "";
        QTest::newRow("digest") << QString("localhost:5000/tool@sha256:" + QString(64, QChar('a'))) << registry << "";
        QTest::newRow("bad digest") << "localhost:5000/tool@sha256:xyz" << -1 << "digest";
        // Short names resolve through registries.conf (tst_registriesconf).
        QTest::newRow("bad short name") << "Nope" << -1 << "not a valid image name";
        QTest::newRow("upper case path") << "localhost:5000/Team/tool" << -1 << "path component";
        QTest::newRow("empty tag") << "localhost:5000/team/tool:" << -1 << "tag";
        QTest::newRow("port too big") << "localhost:99999/team/tool" << -1 << "out of range";
        QTest::newRow("space") << "localhost:5000/team tool" << -1 << "path component";
        QTest::newRow("tarball") << "/srv/rootfs.tar.gz" << tarball << "";
        QTest::newRow("directory") << "/srv/rootfs" << directory << "";
        QTest::newRow("dotdot") << "/srv/../etc" << -1 << "clean absolute path";
        QTest::newRow("empty") << "" << -1 << "no image";
    }

    void parseBase()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, errorPart);
        const ImageRecipe recipe(text);
        const QString error = recipe.validate();
        if (kind < 0) {
            QVERIFY2(error.startsWith(QStringLiteral("image:")), qPrintable(error));
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(int(recipe.base.kind), kind);
            QCOMPARE(recipe.base.toString(), text);
        }
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart"); // empty: valid
        QTest::addColumn<int>("steps");
        QTest::newRow("string") << QByteArray("\"debian-slim\"") << "" << 0;
        QTest::newRow("full") << QByteArray("{\"base\":\"debian-slim\",\"suite\":\"trixie\",\"steps\":[{\"apt_install\":[\"curl\",\"git\"]},{\"pip_install\":[\"hello-sandbox==0.1\"],\"index_url\":\"http://127.0.0.1:8000/simple\",\"extra_options\":[\"--pre\"]},{\"run_commands\":[\"echo hi > /hi\"]},{\"env\":{\"A\":\"1\"}},{\"workdir\":\"/srv\"},{\"add_local_file\":\"/etc/hostname\",\"destination\":\"/srv/hostname\"},{\"add_local_dir\":\"/etc/apt\",\"destination\":\"/srv/apt\",\"ignore\":[\"*.gpg\"]}]}") << "" << 7;
        QTest::newRow("unknown key") << QByteArray("{\"base\":\"debian-slim\",\"stepz\":[]}") << "unknown key \"stepz\"" << 0;
        QTest::newRow("two kinds in a step") << QByteArray("{\"steps\":[{\"apt_install\":[\"a1\"],\"run_commands\":[\"x\"]}]}") << "exactly one" << 0;
        QTest::newRow("unknown step key") << QByteArray("{\"steps\":[{\"apt_install\":[\"curl\"],\"index_url\":\"x\"}]}") << "unknown key \"index_url\"" << 0;
        QTest::newRow("bad apt name") << QByteArray("{\"steps\":[{\"apt_install\":[\"curl; rm -rf /\"]}]}") << "apt_install: \"curl; rm -rf /\"" << 0;
        QTest::newRow("no packages") << QByteArray("{\"steps\":[{\"apt_install\":[]}]}") << "no packages" << 0;
        QTest::newRow("pip option as package") << QByteArray("{\"steps\":[{\"pip_install\":[\"--index-url=x\"]}]}") << "not a valid requirement" << 0;
        QTest::newRow("bad index url") << QByteArray("{\"steps\":[{\"pip_install\":[\"a\"],\"index_url\":\"ftp:/x\"}]}") << "not an http(s) URL" << 0;
        QTest::newRow("relative workdir") << QByteArray("{\"steps\":[{\"workdir\":\"srv\"}]}") << "workdir: \"srv\"" << 0;
        QTest::newRow("env name") << QByteArray("{\"steps\":[{\"env\":{\"1A\":\"x\"}}]}") << "not a valid variable name" << 0;
        QTest::newRow("relative source") << QByteArray("{\"steps\":[{\"add_local_file\":\"a.txt\",\"destination\":\"/a\"}]}") << "source \"a.txt\"" << 0;
        QTest::newRow("suite for registry") << QByteArray("{\"base\":\"localhost:5000/a/b\",\"suite\":\"trixie\"}") << "only for debian-slim" << 0;
        QTest::newRow("bad reference") << QByteArray("{\"base\":\"localhost:5000/A\"}") << "path component" << 0;
        QTest::newRow("number") << QByteArray("42") << "must be a string or an object" << 0;
        QTest::newRow("step index named") << QByteArray("{\"steps\":[{\"workdir\":\"/a\"},{\"env\":{}}]}") << "(step 2)" << 0;
    }

    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QFETCH(int, steps);
        const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
        QVERIFY(document.isArray());
        QString error;
        const ImageRecipe recipe = ImageRecipe::fromJson(document.array().first(), &error);
        if (!errorPart.isEmpty()) {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recipe.steps.size(), steps);
        // The JSON form round-trips exactly.
        QString again;
        QVERIFY(ImageRecipe::fromJson(recipe.toJson(), &again) == recipe);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }

    void scriptsQuoteWhatTheyPass()
    {
        // Requirements and URLs reach pip as single words, never as shell.
        const ImageStep pip = ImageStep::pipInstall({"six<2", "a;b"}, PipOptions{"http://127.0.0.1:1/s?x=1&y=2", {}, {}, {"--pre"}});
        const QString script = stepscripts::pipInstall(pip);
        QVERIFY2(script.contains("--index-url 'http://127.0.0.1:1/s?x=1&y=2' --pre 'six<2' 'a;b'"), qPrintable(script));
        QVERIFY(script.contains("python3 -m venv /opt/venv"));
        QVERIFY(stepscripts::aptInstall({"curl", "git"}).contains("--no-install-recommends curl git\n"));
        QCOMPARE(stepscripts::runCommands({"a", "b"}), QStringLiteral("set -e\na\nb\n"));
    }

    void specKeepsStringShorthand()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("true")};
        QCOMPARE(spec.toJson().value(QStringLiteral("image")).toString(), QStringLiteral("debian-slim"));
        spec.image = QStringLiteral("localhost:5000/team/tool:1.2");
        QCOMPARE(spec.toJson().value(QStringLiteral("image")).toString(), QStringLiteral("localhost:5000/team/tool:1.2"));
        spec.image = QStringLiteral("localhost:5000/BAD");
        QVERIFY(spec.validate().startsWith(QStringLiteral("image:")));
    }

    void commandLineFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<QStringList>("steps"); // describe() of each step
        QTest::newRow("order kept, same kinds merged")
            << QStringList{"--apt", "curl,git", "--apt", "jq", "--run-command", "echo a", "--run-command", "echo b",
                           "--image-env", "A=1", "--image-workdir", "/srv", "--pip", "six"}
            << "" << QStringList{"apt_install curl git jq", "run_commands echo a; echo b", "env A", "workdir /srv", "pip_install six"};
        QTest::newRow("add file and dir")
            << QStringList{"--add-file", "/etc/hostname:/srv/h", "--add-dir=/etc/apt:/srv/apt", "--ignore", "*.gpg"}
            << "" << QStringList{"add_local_file /etc/hostname -> /srv/h", "add_local_dir /etc/apt -> /srv/apt"};
        QTest::newRow("pip option that looks like a flag")
            << QStringList{"--pip-option", "--pre", "--pip", "six"} << "" << QStringList{"pip_install six"};
        QTest::newRow("suite") << QStringList{"--suite", "trixie"} << "" << QStringList{};
        QTest::newRow("suite for registry") << QStringList{"--image", "localhost:5000/a/b", "--suite", "trixie"} << "--suite" << QStringList{};
        QTest::newRow("bad env") << QStringList{"--image-env", "NOVALUE"} << "KEY=VALUE" << QStringList{};
        QTest::newRow("bad copy") << QStringList{"--add-file", "justone"} << "SRC:/absolute" << QStringList{};
        QTest::newRow("bad apt") << QStringList{"--apt", "Bad_Name"} << "apt_install" << QStringList{};
        QTest::newRow("bad reference") << QStringList{"--image", "localhost:5000/x:"} << "tag" << QStringList{};
    }

    void commandLineFlags()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorPart);
        QFETCH(QStringList, steps);
        QCommandLineParser parser;
        const ImageOptions options;
        options.addTo(parser);
        QVERIFY2(parser.parse(QStringList{"sandbox-run"} + arguments), qPrintable(parser.errorText()));
        QString error;
        const ImageRecipe recipe = options.recipe(parser, arguments, &error);
        if (!errorPart.isEmpty()) {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList described;
        for (const ImageStep& step : recipe.steps)
            described << step.describe();
        QCOMPARE(described, steps);
    }
};

QTEST_GUILESS_MAIN(TestImageRecipe)
#include "tst_imagerecipe.moc"
