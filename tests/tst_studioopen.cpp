// What sandbox-studio opens from its command line and the desktop entry's
// %U, in the real window on a (virtual) display: a saved spec with --run
// (a real sandbox runs it), a repository URL (the clone form, then a real
// clone from a git daemon on loopback), a source file (the editor, its
// language detected); and the real binary's errors for a bad spec.
#include "GitFixture.h"
#include "TestSupport.h"
#include "desktop/StudioCommandLine.h"
#include "history/RunHistory.h"
#include "spec/SpecFile.h"
#include "ui/CloneSourcePage.h"
#include "ui/CodeEditor.h"
#include "ui/MainWindow.h"
#include "ui/PasteSourcePage.h"
#include "ui/ResourcesPanel.h"
#include "ui/SourcePanel.h"
#include "ui/TerminalView.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>

class TestStudioOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    testsupport::GitDaemon m_daemon;

    sandbox::StudioCommandLine parse(const QStringList& arguments) const
    {
        return sandbox::StudioCommandLine::parse(QStringList{"sandbox-studio"} + arguments, m_dir.path());
    }

    // The installed program's way: no display at all.
    static QProcess* runStudio(const QStringList& arguments)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        process->setProcessEnvironment(env);
        process->start(SANDBOX_STUDIO_BINARY, arguments);
        process->waitForFinished(30000);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
        QVERIFY(testsupport::makeSmallRepo(m_dir.filePath("repos"), "small"));
        const QString error = m_daemon.start(m_dir.filePath("repos"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void runSpecLaunchesIt()
    {
        const QString token = QString::number(QRandomGenerator::global()->generate64(), 36);
        sandbox::SandboxSpec saved;
        saved.memoryMiB = 256;
        saved.timeoutSeconds = 90;
        saved.env.insert("GREETING", "from-the-spec");
        saved.command = {"sh", "-c", "echo spec-ran-" + token + " $GREETING"};
        QString error;
        QVERIFY2(sandbox::writeSpecFile(saved, m_dir.filePath("saved.json"), &error), qPrintable(error));

        const sandbox::StudioCommandLine commandLine = parse({"--run", "saved.json"});
        QCOMPARE(commandLine.runSpec, m_dir.filePath("saved.json"));
        const sandbox::SandboxSpec spec = sandbox::readSpecFile(commandLine.runSpec, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.openSpec(spec);
        // The form shows the spec; the run is the whole spec (env included).
        QCOMPARE(window.commandEdit()->text(), "sh -c 'echo spec-ran-" + token + " $GREETING'");
        QCOMPARE(window.resourcesPanel()->memoryBox()->value(), 256);
        QCOMPARE(window.resourcesPanel()->timeoutBox()->value(), 90);
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("spec-ran-" + token + " from-the-spec"),
                                 5000);
    }

    // The real program, as the desktop or a script starts it: the spec runs
    // and its output lands in the history (the window's record of a run).
    void realProgramRunsTheSpec()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs a display (ctest runs under xvfb-run)");
        const QString token = QString::number(QRandomGenerator::global()->generate64(), 36);
        sandbox::SandboxSpec saved;
        saved.command = {"sh", "-c", "echo program-ran-" + token};
        QString error;
        QVERIFY2(sandbox::writeSpecFile(saved, m_dir.filePath("program.json"), &error), qPrintable(error));
        QProcess studio;
        studio.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", m_config.filePath("program-config"));
        studio.setProcessEnvironment(env);
        studio.start(SANDBOX_STUDIO_BINARY, {"--run", m_dir.filePath("program.json")});
        QVERIFY(studio.waitForStarted(10000));
        sandbox::RunHistory history(sandbox::Paths::fromEnvironment().historyDir());
        QString runId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const sandbox::RunRecord& run : history.runs()) {
                    if (run.spec.command == saved.command)
                        runId = run.id;
                }
                return !runId.isEmpty();
            }(),
            120000);
        QVERIFY(history.output(runId).contains(QByteArray("program-ran-" + token.toUtf8())));
        studio.terminate();
        QVERIFY(studio.waitForFinished(20000));
        QVERIFY(history.remove(runId));
    }

    void badSpecFailsClearlyWithoutADisplay_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no such file
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << QByteArray() << "cannot read";
        QTest::newRow("not json") << QByteArray("command: [true]\n") << "not a JSON object";
        QTest::newRow("invalid spec") << QByteArray(R"({"command": ["true"], "memory": "lots"})") << "memory: must be a whole number";
    }

    void badSpecFailsClearlyWithoutADisplay()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(QString("bad-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
        if (!content.isNull())
            QVERIFY(testsupport::writeFile(path, content));
        std::unique_ptr<QProcess> studio(runStudio({"--run", path}));
        QCOMPARE(studio->exitStatus(), QProcess::NormalExit);
        QCOMPARE(studio->exitCode(), 1);
        const QString err = QString::fromLocal8Bit(studio->readAllStandardError());
        QVERIFY2(err.contains(path) && err.contains(problem, Qt::CaseInsensitive), qPrintable(err));
    }

    void versionWithoutADisplay()
    {
        std::unique_ptr<QProcess> studio(runStudio({"--version"}));
        QCOMPARE(studio->exitCode(), 0);
        QCOMPARE(studio->readAllStandardOutput().trimmed(), QByteArray("sandbox-studio " SANDBOX_STUDIO_VERSION));
    }

    void repositoryUrlPrefillsTheCloneForm()
    {
        const sandbox::StudioCommandLine commandLine = parse({m_daemon.url("small")});
        QCOMPARE(commandLine.open.size(), 1);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.open(commandLine.open), QStringList());
        ui::SourcePanel* source = window.sourcePanel();
        QCOMPARE(window.formSections()->currentWidget(), source);
        QCOMPARE(source->mode(), ui::SourcePanel::Mode::Clone);
        ui::CloneSourcePage* page = source->clonePage();
        QCOMPARE(page->urlEdit()->text(), m_daemon.url("small"));
        // Clones live in the cache directory (re-creatable), not the data.
        const sandbox::Paths paths = sandbox::Paths::fromEnvironment();
        QVERIFY2(page->destinationEdit()->text().startsWith(paths.clonesDir() + "/small"),
                 qPrintable(page->destinationEdit()->text()));
        QVERIFY(!page->isCloning()); // the user starts it

        QSignalSpy finished(page, &ui::CloneSourcePage::cloneFinished);
        QTest::mouseClick(page->cloneButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->messageLabel()->text()));
        QVERIFY(QFileInfo::exists(page->clonedDirectory() + "/main.py"));
        QDir(page->clonedDirectory()).removeRecursively();
    }

    void localRepositoryUrl()
    {
        const QString repo = m_dir.filePath("repos/small.git");
        ui::MainWindow window;
        QCOMPARE(window.open(parse({"file://" + repo}).open), QStringList());
        QCOMPARE(window.sourcePanel()->mode(), ui::SourcePanel::Mode::Clone);
        QCOMPARE(window.sourcePanel()->clonePage()->urlEdit()->text(), repo);
    }

    void sourceFileOpensInTheEditor_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("asUrl");
        QTest::newRow("python path") << "hello.py" << QByteArray("print('hello from a file')\n") << "Python" << false;
        QTest::newRow("rust url") << "main.rs" << QByteArray("fn main() {\n    println!(\"hi\");\n}\n") << "Rust" << true;
        QTest::newRow("shebang, no extension") << "tool" << QByteArray("#!/bin/bash\necho hi\n") << "Bash" << false;
        QTest::newRow("space in url") << "my script.js" << QByteArray("console.log('hi');\n") << "JavaScript" << true;
    }

    void sourceFileOpensInTheEditor()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, code);
        QFETCH(QString, language);
        QFETCH(bool, asUrl);
        const QString path = m_dir.filePath("files/" + fileName);
        QVERIFY(testsupport::writeFile(path, code));
        const QString argument = asUrl ? QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) : path;
        const sandbox::StudioCommandLine commandLine = parse({argument});
        QVERIFY2(commandLine.errors.isEmpty(), qPrintable(commandLine.errors.join('\n')));

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.open(commandLine.open), QStringList());
        ui::PasteSourcePage* page = window.sourcePanel()->pastePage();
        QCOMPARE(window.sourcePanel()->mode(), ui::SourcePanel::Mode::Paste);
        QCOMPARE(page->fileName(), fileName);
        QCOMPARE(page->code(), QString::fromUtf8(code));
        QCOMPARE(page->language(), language);
    }

    void sourceFileRunsInASandbox()
    {
        const QString path = m_dir.filePath("files/run_me.py");
        QVERIFY(testsupport::writeFile(path, "print('ran', 6 * 7)\n"));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.open(parse({path}).open), QStringList());
        QCOMPARE(window.commandEdit()->text(), "python3 run_me.py");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("ran 42"), 5000);
    }

    void binaryFileIsRefused()
    {
        const QString path = m_dir.filePath("files/blob.bin");
        QVERIFY(testsupport::writeFile(path, QByteArray("\0\1\2\3", 4)));
        ui::MainWindow window;
        const QStringList errors = window.open(parse({path}).open);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(path) && errors.first().contains("binary"), qPrintable(errors.first()));
        QVERIFY(window.sourcePanel()->pastePage()->code().isEmpty());
    }
};

QTEST_MAIN(TestStudioOpen)
#include "tst_studioopen.moc"
