// Short image names resolved as podman resolves them, from registries.conf
// files the test writes: aliases, search registries, drop-ins, mirrors.
#include "image/RegistriesConf.h"
#include "spec/ImageRecipe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

class TestRegistriesConf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static RegistriesConf load(const QStringList& files)
    {
        QString error;
        RegistriesConf conf = RegistriesConf::loadFiles(files, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return conf;
    }

private Q_SLOTS:
    void isShortName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isShort");
        QTest::newRow("one part") << "python" << true;
        QTest::newRow("tag") << "python:3.12-slim" << true;
        QTest::newRow("two parts") << "team/tool:1" << true;
        QTest::newRow("domain") << "quay.io/team/tool" << false;
        QTest::newRow("port") << "registry:5000/tool" << false;
        QTest::newRow("localhost") << "localhost/tool" << false;
    }

    void isShortName()
    {
        QFETCH(QString, name);
        QFETCH(bool, isShort);
        QCOMPARE(RegistriesConf::isShortName(name), isShort);
    }

    void noConfigurationMeansDockerHub_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reference");
        QTest::newRow("library image") << "python:3.12-slim" << "docker.io/library/python:3.12-slim";
        QTest::newRow("no tag") << "node" << "docker.io/library/node:latest";
        QTest::newRow("user image") << "team/tool" << "docker.io/team/tool:latest";
        QTest::newRow("digest") << QString("alpine@sha256:" + QString(64, QChar('a')))
                                << QString("docker.io/library/alpine@sha256:" + QString(64, QChar('a')));
    }

    void noConfigurationMeansDockerHub()
    {
        QFETCH(QString, name);
        QFETCH(QString, reference);
        const RegistriesConf conf = load({m_dir.filePath("missing.conf")});
        QString error;
        const RegistriesConf::Resolution resolution = conf.resolve(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(resolution.reference, reference);
        QVERIFY2(resolution.how.contains("Docker Hub"), qPrintable(resolution.how));
    }

    void aliasesWin()
    {
        const QString main = write("alias.conf", "unqualified-search-registries = [\"a.example\", \"b.example\"]\n"
                                                 "[aliases]\n\"tool\" = \"quay.io/team/tool\"\n"
                                                 "\"pinned\" = \"quay.io/team/pinned:2.0\"\n");
        const RegistriesConf conf = load({main});
        QString error;
        QCOMPARE(conf.resolve("tool:1", &error).reference, QStringLiteral("quay.io/team/tool:1"));
        QCOMPARE(conf.resolve("tool", &error).reference, QStringLiteral("quay.io/team/tool:latest"));
        QCOMPARE(conf.resolve("pinned", &error).reference, QStringLiteral("quay.io/team/pinned:2.0"));
        QVERIFY2(conf.resolve("tool", &error).how.contains(main), qPrintable(conf.resolve("tool", &error).how));
    }

    void oneSearchRegistryIsUsed()
    {
        const RegistriesConf conf = load({write("one.conf", "unqualified-search-registries = [\"registry.example.org\"]\n")});
        QString error;
        QCOMPARE(conf.resolve("python:3.12", &error).reference, QStringLiteral("registry.example.org/python:3.12"));
        QVERIFY(error.isEmpty());
    }

    void severalSearchRegistriesAreAnError()
    {
        const RegistriesConf conf =
            load({write("two.conf", "unqualified-search-registries = [\"docker.io\", \"quay.io\"]\n")});
        QString error;
        QVERIFY(conf.resolve("nosuchtool:1", &error).reference.isEmpty());
        QVERIFY2(error.contains("ambiguous"), qPrintable(error));
        QVERIFY2(error.contains("docker.io/library/nosuchtool:1, quay.io/nosuchtool:1"), qPrintable(error));
    }

    void dropInsOverride()
    {
        const QString main = write("main.conf", "unqualified-search-registries = [\"a.example\", \"b.example\"]\n"
                                                "[aliases]\n\"tool\" = \"a.example/tool\"\n"
                                                "[[registry]]\nprefix = \"docker.io\"\nlocation = \"a.example\"\n");
        const QString dropIn = write("drop.conf", "unqualified-search-registries = [\"c.example\"]\n"
                                                  "[aliases]\n\"tool\" = \"c.example/tool\"\n"
                                                  "[[registry]]\nprefix = \"docker.io\"\nlocation = \"docker.io\"\n"
                                                  "[[registry.mirror]]\nlocation = \"127.0.0.1:5000\"\ninsecure = true\n"
                                                  "[[registry]]\nprefix = \"docker.io/library\"\nlocation = \"d.example/lib\"\n");
        const RegistriesConf conf = load({main, dropIn});
        QCOMPARE(conf.files, (QStringList{main, dropIn}));
        QCOMPARE(conf.searchRegistries, QStringList{"c.example"});
        QString error;
        QCOMPARE(conf.resolve("tool", &error).reference, QStringLiteral("c.example/tool:latest"));
        QCOMPARE(conf.registries.size(), 2);
        const RegistryEntry* hub = conf.registryFor("docker.io/team/x:1");
        QVERIFY(hub);
        QCOMPARE(hub->location, QStringLiteral("docker.io"));
        QCOMPARE(hub->mirrors.size(), 1);
        QCOMPARE(hub->mirrors.first().location, QStringLiteral("127.0.0.1:5000"));
        QVERIFY(hub->mirrors.first().insecure);
        // The longest prefix wins; a prefix matches whole components only.
        QCOMPARE(conf.registryFor("docker.io/library/python:3")->location, QStringLiteral("d.example/lib"));
        QCOMPARE(conf.registryFor("docker.io/libraryx/a")->location, QStringLiteral("docker.io"));
        QVERIFY(!conf.registryFor("quay.io/a/b"));
    }

    void invalidTomlNamesTheFile()
    {
        const QString bad = write("bad.conf", "unqualified-search-registries = [\"a\"\n[aliases\n");
        QString error;
        RegistriesConf::loadFiles({bad}, &error);
        QVERIFY2(error.startsWith(bad + ":"), qPrintable(error));
        QVERIFY2(error.contains("not valid TOML"), qPrintable(error));
    }

    void tomlForBuildahRoundTrips()
    {
        const RegistriesConf conf = load({write("round.conf", "[[registry]]\nprefix = \"docker.io\"\nlocation = \"docker.io\"\n"
                                                              "[[registry.mirror]]\nlocation = \"127.0.0.1:5000\"\n"
                                                              "insecure = true\n")});
        const QString out = write("out.conf", conf.toToml({{"python", "docker.io/library/python"}}));
        const RegistriesConf again = load({out});
        // No search registries means Docker Hub, said out loud for buildah.
        QCOMPARE(again.searchRegistries, QStringList{"docker.io"});
        QCOMPARE(again.aliases.value("python"), QStringLiteral("docker.io/library/python"));
        QCOMPARE(again.registries.size(), 1);
        QCOMPARE(again.registries.first().mirrors.first().location, QStringLiteral("127.0.0.1:5000"));
        QVERIFY(again.registries.first().mirrors.first().insecure);
    }

    void recipesResolveShortNames()
    {
        qputenv("CONTAINERS_REGISTRIES_CONF", QFile::encodeName(write("recipe.conf",
                                                                      "unqualified-search-registries = [\"registry.example.org\"]\n")));
        const ImageRecipe recipe(QStringLiteral("zz-tool:3.12"));
        QVERIFY2(recipe.validate().isEmpty(), qPrintable(recipe.validate()));
        QCOMPARE(recipe.base.kind, ImageBase::Kind::Registry);
        QCOMPARE(recipe.base.reference, QStringLiteral("registry.example.org/zz-tool:3.12"));
        // What is stored (spec, history) is the resolved reference.
        QCOMPARE(recipe.toJson().toString(), QStringLiteral("registry.example.org/zz-tool:3.12"));

        qputenv("CONTAINERS_REGISTRIES_CONF", QFile::encodeName(write("recipe2.conf",
                                                                      "unqualified-search-registries = [\"a.example\", \"b.example\"]\n")));
        const QString error = ImageRecipe(QStringLiteral("zz-tool:3.12")).validate();
        QVERIFY2(error.startsWith("image:"), qPrintable(error));
        QVERIFY2(error.contains("a.example/zz-tool:3.12, b.example/zz-tool:3.12"), qPrintable(error));
        qunsetenv("CONTAINERS_REGISTRIES_CONF");
    }
};

QTEST_GUILESS_MAIN(TestRegistriesConf)
#include "tst_registriesconf.moc"
