// The form's "Image and packages" section, for real: apt from Debian's
// mirror, pip from an index the test serves on loopback, a registry the
// test runs on loopback, builds through runc with the panel's button, and
// runs launched from the real window that use what was built.
#include "ImageTestSupport.h"
#include "TestSupport.h"
#include "cli/RunCommandLineWriter.h"
#include "history/RunHistory.h"
#include "image/ImageBuild.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "spec/SpecFile.h"
#include "ui/AppSettings.h"
#include "ui/CodeEditor.h"
#include "ui/ImageBuildView.h"
#include "ui/ImageFormFields.h"
#include "ui/HistoryPanel.h"
#include "ui/ImagePanel.h"
#include "ui/MainWindow.h"
#include "ui/PasteSourcePage.h"
#include "ui/RunTab.h"
#include "ui/SourcePanel.h"
#include "ui/TerminalView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBox>
#include <QTreeWidget>

using sandbox::ImageRecipe;
using sandbox::ImageStep;

namespace {

ImageRecipe recipeFromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    QString error;
    ImageRecipe recipe = ImageRecipe::fromJson(document.array().first(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return recipe;
}

// The longest time the event loop went without serving a 20 ms timer
// while `done` was false: how frozen the window was.
template<typename Done>
qint64 longestStall(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worst = std::max(worst, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return worst;
}

} // namespace

class TestImagePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_indexUrl;
    testsupport::Server m_index;
    testsupport::Server m_registry;
    QString m_reference; // empty when the registry tools are missing
    std::unique_ptr<sandbox::Engine> m_engine;

    // Starts the panel's build with its button and waits for the end.
    bool buildWithButton(ui::ImagePanel* panel, int timeoutMs = 15 * 60 * 1000)
    {
        QSignalSpy finished(panel, &ui::ImagePanel::buildFinished);
        if (!QTest::qWaitFor([panel] { return panel->buildButton()->isEnabled(); }, 5000)) {
            qWarning("build button disabled: %s", qPrintable(panel->problemLabel()->text()));
            return false;
        }
        QTest::mouseClick(panel->buildButton(), Qt::LeftButton);
        return finished.wait(timeoutMs) && finished.first().first().toBool();
    }

    void startRegistry()
    {
        for (const char* tool : {"docker-registry", "skopeo", "umoci"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return;
        }
        const QString registry = testsupport::startRegistry(m_registry, m_dir.path());
        QVERIFY(!registry.isEmpty());
        QVERIFY(testsupport::makeTinyRootfs(m_dir.filePath(QStringLiteral("rootfs")), "registry-" + m_token));
        const QString reference = registry + QStringLiteral("/panel/tiny:1");
        const testsupport::ShellResult pushed = testsupport::shell(QStringLiteral(
            "cd \"$1\"\n"
            "umoci init --layout oci\n"
            "umoci new --image oci:1\n"
            "umoci unpack --image oci:1 bundle >/dev/null\n"
            "cp -a rootfs/. bundle/rootfs/\n"
            "umoci repack --image oci:1 bundle\n"
            "skopeo copy --quiet --dest-tls-verify=false oci:oci:1 docker://$2\n"),
            {m_dir.path(), reference});
        QVERIFY2(pushed.exitCode == 0, pushed.output.constData());
        m_reference = reference;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings(m_config.path());
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_dir.isValid());
        m_token = testsupport::randomToken();
        m_engine = std::make_unique<sandbox::Engine>();
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
        m_indexUrl = testsupport::startPipIndex(m_index, m_dir.filePath(QStringLiteral("index")));
        QVERIFY(!m_indexUrl.isEmpty());
        startRegistry();
        std::unique_ptr<sandbox::ImageBuild> base(m_engine->images().ensure(QStringLiteral("debian-slim")));
        QVERIFY2(base->waitForFinished(15 * 60 * 1000), qPrintable(base->errorString()));
    }

    void cleanupTestCase()
    {
        // This run's images hold its token; drop them and their layers.
        if (!m_engine)
            return;
        sandbox::LayerStore& layers = m_engine->images().layers();
        for (const sandbox::StoredImage& image : layers.images()) {
            QString ignored;
            if (QJsonDocument(QJsonArray{image.recipe}).toJson().contains(m_token.toUtf8())
                || (!m_reference.isEmpty() && image.name.contains(m_reference)))
                layers.removeImage(image.id, &ignored);
        }
        layers.prune(nullptr);
    }

    void fieldsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("recipe");
        QTest::addColumn<int>("baseSteps"); // steps left with the base
        QTest::newRow("plain base") << QByteArray("\"debian-slim\"") << 0;
        QTest::newRow("suite and apt") << QByteArray(R"({"base": "debian-slim:trixie", "steps": [{"apt_install": ["jq"]}]})")
                                       << 0;
        QTest::newRow("every field")
            << QByteArray(R"({"base": "debian-slim", "steps": [{"apt_install": ["jq", "tree"]},)"
                          R"( {"pip_install": ["hello-sandbox==0.1"], "index_url": "http://127.0.0.1:1/simple"},)"
                          R"( {"env": {"A": "1", "B": "two words"}}, {"run_commands": ["echo hi", "touch /x"]}]})")
            << 0;
        QTest::newRow("local image underneath")
            << QByteArray(R"({"base": "debian-slim", "steps": [{"apt_install": ["jq"]}, {"workdir": "/srv"},)"
                          R"( {"pip_install": ["x"]}]})")
            << 2;
        QTest::newRow("pip options without a field")
            << QByteArray(R"({"base": "debian-slim", "steps": [{"pip_install": ["x"], "find_links": "/wheels"}]})") << 1;
        QTest::newRow("registry base") << QByteArray(R"({"base": "127.0.0.1:5000/a/b:1", "steps": [{"run_commands": ["true"]}]})")
                                       << 0;
        QTest::newRow("source left out")
            << QByteArray(R"({"base": "debian-slim", "steps": [{"apt_install": ["jq"]},)"
                          R"( {"add_local_dir": "/tmp/src", "destination": "/workspace"}]})")
            << 0;
    }

    void fieldsRoundTrip()
    {
        QFETCH(QByteArray, recipe);
        QFETCH(int, baseSteps);
        const ImageRecipe original = recipeFromJson(recipe);
        QVERIFY(original.validate().isEmpty());
        const ui::ImageFormFields fields = ui::ImageFormFields::fromRecipe(original);
        QCOMPARE(fields.base.steps.size(), baseSteps);
        QString error;
        QCOMPARE(fields.toRecipe(&error), ui::ImageFormFields::withoutSource(original));
        QVERIFY(error.isEmpty());

        // Through the widgets too.
        ui::ImagePanel panel;
        panel.setRecipe(original);
        QCOMPARE(panel.recipe(&error), ui::ImageFormFields::withoutSource(original));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(panel.baseKind() == ui::ImagePanel::BaseKind::Local, baseSteps > 0);
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("apt") << "aptPackages" << "jq Bad_Pkg!" << "apt packages: image: apt_install: \"Bad_Pkg!\"";
        QTest::newRow("pip") << "pipPackages" << "--user" << "pip packages: image: pip_install: \"--user\"";
        QTest::newRow("pip index") << "pipIndexUrl" << "ftp://x.example" << "pip index URL: ";
        QTest::newRow("pip index with credentials")
            << "pipIndexUrl" << "https://user:s3cret-token@127.0.0.1/simple" << "pip index URL: leave the user and password out";
        QTest::newRow("env") << "imageEnv" << "1BAD" << "environment: image: env: \"1BAD\"";
        QTest::newRow("registry") << "registryReference" << "NoHost/tool" << "base image: image: \"NoHost/tool\"";
        QTest::newRow("rootfs") << "rootfsPath" << "relative/root" << "base image: image: ";
        QTest::newRow("no local image") << "localImage" << "" << "base image: choose a local image";
    }

    void invalidInputNamesTheField()
    {
        QFETCH(QString, widget);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ui::ImagePanel panel;
        panel.setImageStore(&m_engine->images());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.buildButton()->isEnabled());
        if (widget == "imageEnv") {
            panel.setEnvRow(0, text, "x");
        } else {
            if (widget == "registryReference")
                panel.setBaseKind(ui::ImagePanel::BaseKind::Registry);
            if (widget == "rootfsPath")
                panel.setBaseKind(ui::ImagePanel::BaseKind::RootFs);
            if (widget == "localImage") {
                panel.setBaseKind(ui::ImagePanel::BaseKind::Local);
                panel.localImageBox()->setCurrentIndex(-1);
            }
            if (widget == "pipIndexUrl")
                panel.pipEdit()->setText("hello-sandbox");
            if (auto* edit = panel.findChild<QLineEdit*>(widget))
                QTest::keyClicks(edit, text);
        }
        QString error;
        panel.recipe(&error);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(!error.contains("s3cret")); // a secret typed by mistake is never echoed
        QTRY_VERIFY(panel.problemLabel()->isVisible());
        QCOMPARE(panel.problemLabel()->text(), error);
        QVERIFY(!panel.buildButton()->isEnabled());
        QVERIFY(panel.findChild<QWidget*>(widget)->property("invalidField").toBool());
        QVERIFY(panel.recipeView()->toPlainText().contains(error));
        panel.buildImage(); // refused: nothing starts
        QVERIFY(!panel.currentBuild());
    }

    void windowRefusesAnInvalidImage()
    {
        ui::MainWindow window;
        window.commandEdit()->setText("true");
        window.imagePanel()->aptEdit()->setText("No_Such!");
        QString error;
        window.specFromForm(&error);
        QVERIFY2(error.startsWith("apt packages: "), qPrintable(error));
        window.launch();
        QCOMPARE(window.statusLabel()->text(), error);
        QVERIFY(!window.currentRunTab()->isBusy());
    }

    void buildWithTheButtonThenLaunch()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ImagePanel* panel = window.imagePanel();
        window.formSections()->setCurrentWidget(panel);
        panel->setBaseKind(ui::ImagePanel::BaseKind::Debian);
        QTest::keyClicks(panel->aptEdit(), "jq");
        QTest::keyClicks(panel->pipEdit(), "hello-sandbox");
        QTest::keyClicks(panel->pipIndexEdit(), m_indexUrl);
        panel->setEnvRow(0, "PANEL_GREETING", "hi-" + m_token);
        QTest::keyClicks(panel->commandsEdit(), "echo building-" + m_token);
        QTest::keyClick(panel->commandsEdit(), Qt::Key_Return);
        QTest::keyClicks(panel->commandsEdit(), "echo built-" + m_token + " > /etc/panel-marker");

        QSignalSpy finished(panel, &ui::ImagePanel::buildFinished);
        QTRY_VERIFY(panel->buildButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel->buildButton(), Qt::LeftButton);
        QVERIFY(panel->currentBuild());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(!panel->buildButton()->isEnabled());
        QSignalSpy steps(panel->currentBuild(), &sandbox::ImageBuild::stepProgress);
        QList<int> percents;
        connect(panel->currentBuild(), &sandbox::ImageBuild::progress, this,
                [&percents](int percent, const QString&) { percents << percent; });
        const qint64 stall = longestStall([&] { return !finished.isEmpty(); }, 15 * 60 * 1000);
        qInfo("apt + pip + env + commands built with the button in %lld ms; longest stall of the window %lld ms",
              clock.elapsed(), stall);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel->buildView()->errorLabel()->text()));
        QVERIFY2(stall < 3000, qPrintable(QString::number(stall)));

        // Progress went up to the end, step by step, and the log came live.
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().at(0).toInt(), 5); // base + 4 steps
        QCOMPARE(steps.last().at(1).toInt(), 5);
        QCOMPARE(panel->buildView()->progressBar()->value(), 100);
        QVERIFY2(panel->buildView()->stepLabel()->text().startsWith("Image ready"),
                 qPrintable(panel->buildView()->stepLabel()->text()));
        QVERIFY(panel->buildView()->receivedLines() > 0);
        QTRY_VERIFY(panel->buildView()->logView()->toPlainText().contains("building-" + m_token));
        QVERIFY(!panel->buildView()->errorLabel()->isVisible());
        QVERIFY(panel->buildButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());

        // The spec carries the recipe; it is built, so Launch starts at once.
        window.commandEdit()->setText(
            "sh -c 'jq -n 1+41; python3 -c \"import hello_sandbox; print(hello_sandbox.GREETING)\"; "
            "echo $PANEL_GREETING; cat /etc/panel-marker'");
        QString error;
        const sandbox::SandboxSpec spec = window.specFromForm(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(spec.image.steps.size(), 4);
        QCOMPARE(spec.image.steps.at(0), ImageStep::aptInstall({"jq"}));
        QVERIFY(m_engine->images().isBuilt(spec.image));
        QSignalSpy ran(&window, &ui::MainWindow::runFinished);
        QSignalSpy recorded(&window, &ui::MainWindow::historyUpdated);
        window.launch();
        QVERIFY(!window.currentRunTab()->imageProgress()->isVisible());
        QVERIFY(ran.wait(120000));
        QCOMPARE(ran.first().first().toInt(), 0);
        const QString screen = window.terminal()->screenText();
        for (const QString& expected : QStringList{"42", "hello from a wheel", "hi-" + m_token, "built-" + m_token})
            QVERIFY2(screen.contains(expected), qPrintable(screen));

        // The recipe as JSON: shown read-only, copied whole.
        const QString shown = panel->recipeView()->toPlainText();
        QVERIFY(panel->recipeView()->isReadOnly());
        QCOMPARE(panel->recipeView()->language(), "JSON");
        QCOMPARE(recipeFromJson(shown.toUtf8()), spec.image);
        QTest::mouseClick(panel->copyRecipeButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), shown);

        // History and an exported spec give the same recipe back to the form.
        QVERIFY(recorded.wait(10000));
        const sandbox::RunRecord record = window.history().runs().first();
        QCOMPARE(record.spec.image, spec.image);
        // "Use image" in the history puts it back into the form.
        panel->setRecipe(QStringLiteral("debian-slim:trixie"));
        window.formSections()->setCurrentIndex(0);
        window.historyPanel()->list()->setCurrentItem(window.historyPanel()->list()->topLevelItem(0));
        QTest::mouseClick(window.historyPanel()->useImageButton(), Qt::LeftButton);
        QCOMPARE(panel->recipe(&error), spec.image);
        QCOMPARE(window.formSections()->currentWidget(), panel);
        const QString file = m_dir.filePath("exported.json");
        QVERIFY(sandbox::writeSpecFile(record.spec, file, &error));
        const sandbox::SandboxSpec read = sandbox::readSpecFile(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ui::ImagePanel refilled;
        refilled.setRecipe(read.image);
        QCOMPARE(refilled.recipe(&error), spec.image);
        QCOMPARE(refilled.aptEdit()->text(), "jq");
        QCOMPARE(refilled.pipIndexEdit()->text(), m_indexUrl);

        // The form's last values come back with the next window.
        ui::ImagePanel restored;
        restored.restoreLastRecipe("debian-slim");
        QCOMPARE(restored.recipe(&error), spec.image);

        // What was built is a local image another form can start from.
        ui::ImagePanel local;
        local.setImageStore(&m_engine->images());
        local.setBaseKind(ui::ImagePanel::BaseKind::Local);
        const QString key = QString::fromUtf8(QJsonDocument(spec.image.toJson().toObject()).toJson(QJsonDocument::Compact));
        const int index = local.localImageBox()->findData(key);
        QVERIFY2(index >= 0, qPrintable(key));
        local.localImageBox()->setCurrentIndex(index);
        QCOMPARE(local.recipe(&error), spec.image);
        QVERIFY(error.isEmpty());
        QTest::keyClicks(local.commandsEdit(), "true");
        const ImageRecipe onTop = local.recipe(&error);
        QCOMPARE(onTop.steps.size(), 5);
        QCOMPARE(onTop.steps.mid(0, 4), spec.image.steps);
    }

    void settingsPackageIndexStaysOutOfTheRecipe()
    {
        ui::AppSettings settings = ui::AppSettings::load();
        settings.packageIndex = m_indexUrl;
        settings.save();
        qunsetenv("PIP_INDEX_URL");
        auto restore = qScopeGuard([] {
            ui::AppSettings reset = ui::AppSettings::load();
            reset.packageIndex.clear();
            reset.save();
            qunsetenv("PIP_INDEX_URL");
        });
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ImagePanel* panel = window.imagePanel();
        QCOMPARE(panel->pipIndexEdit()->placeholderText(), "default: " + m_indexUrl);
        panel->setRecipe(QStringLiteral("debian-slim"));
        // A requirement of its own, so that pip really runs.
        const QString requirement = QStringLiteral("hello-sandbox!=0.0.%1").arg(QRandomGenerator::global()->bounded(1u << 30));
        panel->pipEdit()->setText(requirement);
        panel->setEnvRow(0, "RUN_TOKEN", m_token);
        QVERIFY2(buildWithButton(panel), qPrintable(panel->buildView()->errorLabel()->text()));
        QVERIFY(!panel->recipeView()->toPlainText().contains(m_indexUrl));
        window.commandEdit()->setText("python3 -c 'import hello_sandbox; print(hello_sandbox.GREETING)'");
        QString error;
        QVERIFY(!sandbox::sandboxRunCommandLine(window.specFromForm(&error)).contains(m_indexUrl));
        QSignalSpy ran(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(ran.wait(120000));
        QCOMPARE(ran.first().first().toInt(), 0);
        QTRY_VERIFY(window.terminal()->screenText().contains("hello from a wheel"));
    }

    void failingStepShowsItsError()
    {
        ui::ImagePanel panel;
        panel.setImageStore(&m_engine->images());
        panel.show();
        QTest::keyClicks(panel.commandsEdit(), "echo about-to-fail-" + m_token + "; exit 7");
        QVERIFY(!buildWithButton(&panel));
        const QString error = panel.buildView()->errorLabel()->text();
        QVERIFY(panel.buildView()->errorLabel()->isVisible());
        QVERIFY2(error.contains("step 2/2 (run_commands echo about-to-fail-" + m_token), qPrintable(error));
        QVERIFY2(error.contains("failed"), qPrintable(error));
        QVERIFY2(error.contains("Last output:\nabout-to-fail-" + m_token), qPrintable(error));
        QCOMPARE(panel.buildView()->stepLabel()->text(), "The build failed.");
        QVERIFY(panel.buildButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
        QString problem;
        QVERIFY(!m_engine->images().isBuilt(panel.recipe(&problem)));
    }

    void cancelStopsTheBuild()
    {
        ui::ImagePanel panel;
        panel.setImageStore(&m_engine->images());
        panel.show();
        QTest::keyClicks(panel.commandsEdit(), "echo waiting-" + m_token + "; sleep 300");
        QSignalSpy finished(&panel, &ui::ImagePanel::buildFinished);
        QTRY_VERIFY(panel.buildButton()->isEnabled());
        QTest::mouseClick(panel.buildButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.buildView()->logView()->toPlainText().contains("waiting-" + m_token), 120000);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        qInfo("cancelled a running build step in %lld ms", clock.elapsed());
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(panel.buildView()->errorLabel()->text().contains("build cancelled"),
                 qPrintable(panel.buildView()->errorLabel()->text()));
        QString problem;
        QVERIFY(!m_engine->images().isBuilt(panel.recipe(&problem)));
        QTRY_VERIFY2_WITH_TIMEOUT(testsupport::engineLeftovers(*m_engine).isEmpty(),
                                  qPrintable(testsupport::engineLeftovers(*m_engine)), 10000);
    }

    void launchShowsTheBuildLogInTheTab()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ImagePanel* panel = window.imagePanel();
        panel->setRecipe(QStringLiteral("debian-slim"));
        QTest::keyClicks(panel->commandsEdit(), "echo tab-log-" + m_token + " > /etc/tab-log");
        QTest::keyClick(panel->commandsEdit(), Qt::Key_Return);
        QTest::keyClicks(panel->commandsEdit(), "echo tab-log-line-" + m_token);
        // Pasted code goes on top, into /workspace.
        window.sourcePanel()->pastePage()->editor()->setPlainText("print(open('/etc/tab-log').read().strip())");
        window.sourcePanel()->pastePage()->chooseLanguage("Python");
        QTRY_COMPARE(window.commandEdit()->text(), "python3 main.py");
        QSignalSpy ran(&window, &ui::MainWindow::runFinished);
        window.launch();
        ui::RunTab* tab = window.currentRunTab();
        QVERIFY(tab->imageProgress()->isVisible());
        QCOMPARE(tab->spec().image.steps.size(), 2);
        QCOMPARE(tab->spec().image.steps.at(0).kind, ImageStep::Kind::RunCommands);
        QCOMPARE(tab->spec().image.steps.at(1).kind, ImageStep::Kind::AddLocalDir);
        QCOMPARE(tab->spec().image.steps.at(1).path, "/workspace");
        QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains("tab-log-line-" + m_token), 120000);
        QVERIFY(ran.wait(120000));
        QCOMPARE(ran.first().first().toInt(), 0);
        QTRY_VERIFY(tab->terminal()->screenText().contains("\ntab-log-" + m_token));
    }

    void registryBaseIsSelectable()
    {
        if (m_reference.isEmpty())
            QSKIP("docker-registry, skopeo or umoci is not installed");
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ImagePanel* panel = window.imagePanel();
        window.formSections()->setCurrentWidget(panel);
        panel->setRecipe(QStringLiteral("debian-slim"));
        panel->baseKindBox()->setCurrentIndex(panel->baseKindBox()->findText("Registry image"));
        QVERIFY(panel->referenceEdit()->isVisible());
        QTest::keyClicks(panel->referenceEdit(), m_reference);
        QString error;
        QCOMPARE(panel->recipe(&error), ImageRecipe(m_reference));
        QVERIFY(buildWithButton(panel, 300000));
        QVERIFY(!panel->buildView()->errorLabel()->isVisible());
        QVERIFY2(panel->buildView()->stepLabel()->text().startsWith("Image ready"),
                 qPrintable(panel->buildView()->stepLabel()->text()));
        window.commandEdit()->setText("cat /etc/marker");
        QSignalSpy ran(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(ran.wait(120000));
        QCOMPARE(ran.first().first().toInt(), 0);
        QTRY_VERIFY(window.terminal()->screenText().contains("registry-" + m_token));
    }

    void pasteFillsTheForm()
    {
        ui::ImagePanel panel;
        sandbox::SandboxSpec spec;
        spec.command = {"true"};
        spec.image = recipeFromJson(R"({"base": "debian-slim:trixie", "steps": [{"apt_install": ["tree"]},)"
                          R"( {"env": {"X": "1"}}]})");
        QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(spec.toJson()).toJson()));
        QVERIFY(panel.pasteRecipe());
        QString error;
        QCOMPARE(panel.recipe(&error), spec.image);
        QCOMPARE(panel.suiteBox()->currentText(), "trixie");
        QCOMPARE(panel.aptEdit()->text(), "tree");

        QApplication::clipboard()->setText("not json");
        QVERIFY(!panel.pasteRecipe());
        QCOMPARE(panel.problemLabel()->text(), "the clipboard holds no JSON recipe");
        QCOMPARE(panel.recipe(&error), spec.image); // the form is unchanged
        QApplication::clipboard()->setText(R"({"base": "debian-slim", "steps": [{"apt_install": ["Bad!"]}]})");
        QVERIFY(!panel.pasteRecipe());
        QVERIFY2(panel.problemLabel()->text().startsWith("the clipboard: image: apt_install: \"Bad!\""),
                 qPrintable(panel.problemLabel()->text()));

        // An exported spec file fills it too.
        spec.image.steps << ImageStep::runCommands({"echo from-a-file"});
        const QString file = m_dir.filePath("open.json");
        QVERIFY(sandbox::writeSpecFile(spec, file, &error));
        QVERIFY(panel.openRecipeFile(file));
        QCOMPARE(panel.recipe(&error), spec.image);
        QVERIFY(!panel.openRecipeFile(m_dir.filePath("missing.json")));
        QVERIFY(panel.problemLabel()->text().startsWith("open: cannot read "));
    }
};

QTEST_MAIN(TestImagePanel)
#include "tst_imagepanel.moc"
