// pip_install_from_requirements and pip_install_from_pyproject: what a
// pyproject.toml lists, and real builds on debian-slim against the pip
// index the test serves on loopback, cached by the file's content.
#include "ImageTestSupport.h"
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "image/PipFiles.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

class TestPipFiles : public QObject
{
    Q_OBJECT

private:
    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray runIn(const ImageRecipe& recipe, const QString& script)
    {
        SandboxSpec spec;
        spec.image = recipe;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        if (!box)
            return error.toUtf8();
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        box->start();
        box->waitForFinished(120000);
        return out;
    }

    std::unique_ptr<ImageBuild> build(const ImageRecipe& recipe)
    {
        std::unique_ptr<ImageBuild> job(m_engine->images().ensure(recipe));
        job->waitForFinished(15 * 60 * 1000);
        return job;
    }

    static ImageStep fileStep(ImageStep::Kind kind, const QString& path, const QString& indexUrl,
                              const QStringList& extras = {}, const QStringList& groups = {})
    {
        ImageStep step;
        step.kind = kind;
        step.source = path;
        step.items = extras;
        step.groups = groups;
        step.pip.indexUrl = indexUrl;
        return step;
    }

    const QByteArray m_pyproject = "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = []\n"
                                   "[project.optional-dependencies]\nWheel_Extra = [\"hello-sandbox==0.1\"]\n"
                                   "docs = [\"no-such-doc-tool\"]\n"
                                   "[dependency-groups]\nbase = [\"hello-sandbox\"]\n"
                                   "test = [{include-group = \"base\"}, \"pytest-nothing\"]\n";

    std::unique_ptr<Engine> m_engine;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_indexUrl;
    testsupport::Server m_index;

private Q_SLOTS:
    void pyprojectLists()
    {
        const QString path = write(QStringLiteral("logic.toml"), m_pyproject);
        QString error;
        QCOMPARE(pipfiles::pyprojectRequirements(path, {"wheel-extra"}, {}, &error), QStringList{"hello-sandbox==0.1"});
        QVERIFY(error.isEmpty());
        QCOMPARE(pipfiles::pyprojectRequirements(path, {}, {"test"}, &error),
                 (QStringList{"hello-sandbox", "pytest-nothing"}));
        pipfiles::pyprojectRequirements(path, {"nope"}, {}, &error);
        QVERIFY2(error.contains("no optional dependencies \"nope\" (it has: Wheel_Extra, docs)"), qPrintable(error));
        pipfiles::pyprojectRequirements(path, {}, {"nope"}, &error);
        QVERIFY2(error.contains("no dependency group \"nope\""), qPrintable(error));
        const QString dynamic = write(QStringLiteral("dynamic.toml"), "[project]\nname = \"d\"\ndynamic = [\"dependencies\"]\n");
        pipfiles::pyprojectRequirements(dynamic, {}, {}, &error);
        QVERIFY2(error.contains("dynamic"), qPrintable(error));
        pipfiles::pyprojectRequirements(write(QStringLiteral("bad.toml"), "[project\n"), {}, {}, &error);
        QVERIFY2(error.contains("not valid TOML"), qPrintable(error));
    }

    void stepsRoundTripAsJson()
    {
        ImageRecipe recipe;
        recipe.steps << fileStep(ImageStep::Kind::PipRequirements, "/srv/requirements.txt", "http://127.0.0.1:1/simple")
                     << fileStep(ImageStep::Kind::PipPyproject, "/srv/pyproject.toml", {}, {"gpu"}, {"dev"});
        QVERIFY2(recipe.validate().isEmpty(), qPrintable(recipe.validate()));
        QString error;
        QVERIFY(ImageRecipe::fromJson(recipe.toJson(), &error) == recipe);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray json = QJsonDocument(recipe.toJson().toObject()).toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains("{\"optional_dependencies\":[\"gpu\"],\"dependency_groups\":[\"dev\"],"
                               "\"pip_install_from_pyproject\":\"/srv/pyproject.toml\"}")
                     || json.contains("\"dependency_groups\":[\"dev\"],\"optional_dependencies\":[\"gpu\"],"
                                      "\"pip_install_from_pyproject\":\"/srv/pyproject.toml\""),
                 json.constData());
        recipe.steps.first().items = {"x"};
        QVERIFY(recipe.validate().contains("extras and groups are for pip_install_from_pyproject"));
    }

    void requirementsAndPyprojectBuildAndCache()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        m_engine = std::make_unique<Engine>();
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
        m_token = testsupport::randomToken();
        m_indexUrl = testsupport::startPipIndex(m_index, m_dir.filePath(QStringLiteral("index")));
        QVERIFY(!m_indexUrl.isEmpty());
        // The token makes each run's file, and so its layer, new.
        const QString requirements =
            write(QStringLiteral("requirements.txt"), "# run " + m_token.toUtf8() + "\nhello-sandbox==0.1\n");
        ImageRecipe recipe;
        recipe.steps << fileStep(ImageStep::Kind::PipRequirements, requirements, m_indexUrl);
        std::unique_ptr<ImageBuild> job(build(recipe));
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        QCOMPARE(runIn(recipe, QStringLiteral("python3 -c 'import hello_sandbox as h; print(h.GREETING)'")),
                 QByteArray("hello from a wheel\n"));
        // Cached by content: the same file is built; an edited one is not.
        QVERIFY(m_engine->images().isBuilt(recipe));
        write(QStringLiteral("requirements.txt"), "# run " + m_token.toUtf8() + " edited\nhello-sandbox==0.1\n");
        QVERIFY(!m_engine->images().isBuilt(recipe));

        ImageRecipe fromPyproject;
        fromPyproject.steps << ImageStep::runCommands({QStringLiteral("echo pyproject-%1").arg(m_token)})
                            << fileStep(ImageStep::Kind::PipPyproject,
                                        write(QStringLiteral("pyproject.toml"), m_pyproject), m_indexUrl,
                                        {"wheel-extra"});
        job = build(fromPyproject);
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        QCOMPARE(runIn(fromPyproject, QStringLiteral("python3 -c 'import hello_sandbox as h; print(h.GREETING)'")),
                 QByteArray("hello from a wheel\n"));
    }

    void commandLineFlags()
    {
        if (!m_engine)
            QSKIP("needs the build above");
        const QString requirements =
            write(QStringLiteral("cli-requirements.txt"), "# cli " + m_token.toUtf8() + "\nhello-sandbox\n");
        QProcess process;
        process.start(QStringLiteral(SANDBOX_RUN_BINARY),
                      {QStringLiteral("--pip-requirements"), requirements, QStringLiteral("--pip-index-url"), m_indexUrl,
                       QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"),
                       QStringLiteral("import hello_sandbox as h; print(h.GREETING)")});
        QVERIFY(process.waitForFinished(600000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray("hello from a wheel\n"));
        process.start(QStringLiteral(SANDBOX_RUN_BINARY),
                      {QStringLiteral("--pip-pyproject"), m_dir.filePath(QStringLiteral("pyproject.toml")),
                       QStringLiteral("--pip-extras"), QStringLiteral("nope"), QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no optional dependencies \"nope\""));
    }

    void cleanupTestCase()
    {
        if (!m_engine)
            return;
        LayerStore& layers = m_engine->images().layers();
        for (const StoredImage& image : layers.images()) {
            QString ignored;
            if (image.name.contains(m_dir.path()))
                layers.removeImage(image.id, &ignored);
        }
        layers.prune(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPipFiles)
#include "tst_pipfiles.moc"
