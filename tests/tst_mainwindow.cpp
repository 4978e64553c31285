// Drives the real window on a (virtual) display with a real sandbox.
#include "TestSupport.h"
#include "ui/CodeEditor.h"
#include "ui/MainWindow.h"
#include "ui/PasteSourcePage.h"
#include "ui/SourcePanel.h"
#include "ui/RunTab.h"
#include "ui/SettingsDialog.h"
#include "ui/TerminalView.h"
#include "sandbox/Sandbox.h"
#include "storage/StorageInventory.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBox>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QWidget* typingTarget(ui::MainWindow& window)
    {
        return window.terminal()->focusWidget() ? window.terminal()->focusWidget() : window.terminal();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        // Settings and window state of this test only.
        testsupport::isolateSettings(m_config.path());
    }

    void init() { QSettings().clear(); }

    void launchShowsOutputAndExitCode()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.launchButton()->isEnabled());

        window.commandEdit()->setText(QStringLiteral("sh -c 'echo hi; echo err >&2; exit 3'"));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QVERIFY(window.stopButton()->isEnabled());
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().first().toInt(), 3);

        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("exit code 3")),
                 qPrintable(window.statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("hi")), 5000);
        const QString screen = window.terminal()->screenText();
        QVERIFY2(screen.contains(QStringLiteral("err")), qPrintable(screen));
        QVERIFY(window.launchButton()->isEnabled());
        QVERIFY(!window.stopButton()->isEnabled());
    }

    void stopEndsARun()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText(QStringLiteral("sh -c 'echo waiting; sleep 60'"));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("waiting")), 60000);
        QTest::mouseClick(window.stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("terminated")),
                 qPrintable(window.statusLabel()->text()));
    }

    void typedInputReachesStdin()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText(QStringLiteral("sh -c 'read line; echo got:$line'"));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusLabel()->text().contains(QStringLiteral("Running")), 60000);
        QTest::keyClicks(window.terminal()->focusWidget() ? window.terminal()->focusWidget() : window.terminal(),
                         QStringLiteral("abc"));
        QTest::keyClick(window.terminal()->focusWidget() ? window.terminal()->focusWidget() : window.terminal(),
                        Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("got:abc")), 5000);
    }
    void severalSandboxesInTabs()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.commandEdit()->setText("sh -c 'echo first-tab; sleep 4'");
        window.launch();
        QCOMPARE(window.runTabs()->count(), 1);
        auto* first = window.currentRunTab();
        // The current tab is busy: Launch opens a second one.
        window.commandEdit()->setText("sh -c 'echo second-tab'");
        window.launch();
        QCOMPARE(window.runTabs()->count(), 2);
        auto* second = window.currentRunTab();
        QVERIFY(first != second);
        QVERIFY(first->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        QVERIFY(first->terminal()->screenText().contains("first-tab"));
        QVERIFY(second->terminal()->screenText().contains("second-tab"));
        QVERIFY(!second->terminal()->screenText().contains("first-tab"));
        QVERIFY2(window.runTabs()->tabText(0).contains("exit 0"), qPrintable(window.runTabs()->tabText(0)));
        // An idle current tab is reused.
        window.launch();
        QCOMPARE(window.runTabs()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3, 60000);
    }

    void sendEofClosesStdin_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("menu action") << false;
        QTest::newRow("Ctrl+D in the terminal") << true;
    }

    void sendEofClosesStdin()
    {
        QFETCH(bool, typed);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText("sh -c 'cat; echo after-eof'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusLabel()->text().contains("Running"), 60000);
        QVERIFY(window.sendEofAction()->isEnabled());
        QTest::keyClicks(typingTarget(window), "abc");
        QTest::keyClick(typingTarget(window), Qt::Key_Return);
        if (typed)
            QTest::keyClick(typingTarget(window), Qt::Key_D, Qt::ControlModifier);
        else
            window.sendEofAction()->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("after-eof"), 5000);
        QVERIFY(window.terminal()->screenText().contains("end of input sent"));
    }

    void shortcutsLaunchAndStop()
    {
        ui::MainWindow window;
        window.show();
        window.activateWindow(); // no window manager on the virtual display
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.launchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(window.stopAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
        QCOMPARE(window.sendEofAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        window.commandEdit()->setText("sh -c 'echo by-shortcut; sleep 60'");
        window.commandEdit()->setFocus();
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::keyClick(window.commandEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(window.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("by-shortcut"), 60000);
        // Pressed where the user is: in the terminal, which has the focus.
        QTRY_VERIFY(window.terminal()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QVERIFY2(window.statusLabel()->text().contains("terminated"), qPrintable(window.statusLabel()->text()));
    }

    void statusShowsCpuAndMemory()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText(
            "python3 -c \"x = bytearray(64 * 1024 * 1024); import time; t = time.time()\nwhile time.time() - t < 4: pass\"");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        ui::RunTab* tab = window.currentRunTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->usageLabel()->text().contains("CPU"), 60000);
        const QString usage = tab->usageLabel()->text();
        qInfo("status while running: %s | %s", qPrintable(usage), qPrintable(tab->elapsedLabel()->text()));
        QVERIFY2(usage.contains("Memory"), qPrintable(usage));
        // The busy loop uses about one core; the 64 MiB buffer shows.
        static const QRegularExpression mib("Memory ([0-9.]+) MiB");
        const QRegularExpressionMatch match = mib.match(usage);
        QVERIFY2(match.hasMatch() && match.captured(1).toDouble() >= 60, qPrintable(usage));
        QVERIFY(tab->elapsedLabel()->text().endsWith(" s"));
        QVERIFY(finished.wait(60000));
        QVERIFY(window.statusLabel()->text().contains("exit code 0 (exited)"));
    }

    void windowStateIsRemembered()
    {
        QList<int> sizes;
        QSize size;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1010, 690);
            QTRY_COMPARE(window.size(), QSize(1010, 690));
            window.splitter()->setSizes({310, 600});
            sizes = window.splitter()->sizes();
            size = window.size();
            window.close();
        }
        ui::MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QTRY_COMPARE(reopened.size(), size);
        QCOMPARE(reopened.splitter()->sizes(), sizes);
    }

    void settingsAreValidatedAndStored()
    {
        ui::SettingsDialog dialog(ui::AppSettings::load());
        dialog.packageIndexEdit()->setText("ftp://example.invalid/simple");
        dialog.accept();
        QVERIFY2(dialog.errorLabel()->text().contains("package index"), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(ui::AppSettings::load().packageIndex, QString());

        dialog.packageIndexEdit()->setText("http://127.0.0.1:8080/simple");
        dialog.dataDirectoryEdit()->setText("relative/dir");
        dialog.accept();
        QVERIFY(dialog.errorLabel()->text().contains("data directory"));

        QTemporaryDir data;
        dialog.dataDirectoryEdit()->setText(data.path());
        dialog.runtimeBox()->setCurrentIndex(dialog.runtimeBox()->findData("runc"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ui::AppSettings stored = ui::AppSettings::load();
        QCOMPARE(stored.packageIndex, "http://127.0.0.1:8080/simple");
        QCOMPARE(stored.dataDirectory, data.path());
        QCOMPARE(stored.runtime, "runc");
        QCOMPARE(stored.defaultImage, "debian-slim");

        // The engine starts with them unless the environment says otherwise.
        const QByteArray saved = qgetenv("SANDBOX_STUDIO_DATA_DIR");
        qunsetenv("SANDBOX_STUDIO_DATA_DIR");
        QCOMPARE(stored.engineOptions().paths.dataDir, data.path());
        qputenv("SANDBOX_STUDIO_DATA_DIR", saved);
        QCOMPARE(stored.engineOptions().paths.dataDir, QString::fromLocal8Bit(saved));
        QCOMPARE(stored.engineOptions().runtime, "runc");
    }

    // A container made ahead of need holds its owner lock like a running
    // sandbox, so with one waiting Settings > Storage refused to remove any
    // image, volume, clone or history ("a sandbox is running"). A finished
    // tab's kept files still count until the tab closes.
    void storageIsFreeWhileSettingsAreOpen()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText(QStringLiteral("true"));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().first().toInt(), 0);
        const sandbox::StorageInventory inventory({sandbox::Paths::fromEnvironment(), {}, {}, {}});
        // The engine prepares the next sandbox in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!inventory.liveSandboxes().isEmpty(), 20000);

        QStringList liveWhileOpen{QStringLiteral("not checked")};
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            liveWhileOpen = inventory.liveSandboxes();
            dialog->reject();
        });
        closer.start(50);
        window.showSettings();
        closer.stop();
        // The finished run's files stay for its Files view until its tab
        // closes; only that sandbox may remain.
        QVERIFY(window.currentRunTab()->sandbox());
        liveWhileOpen.removeAll(window.currentRunTab()->sandbox()->id());
        QVERIFY2(liveWhileOpen.isEmpty(), qPrintable(liveWhileOpen.join(QStringLiteral(", "))));
    }

    void closingWhileRunningLeavesNothing()
    {
        sandbox::Paths paths;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.commandEdit()->setText("sh -c 'echo still-running; sleep 60'");
            window.launch();
            window.newTab();
            window.commandEdit()->setText("sh -c 'echo also-running; sleep 60'");
            window.launch();
            QCOMPARE(window.runTabs()->count(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("also-running"), 60000);
            paths = sandbox::Paths::fromEnvironment();
        }
        QString error;
        const sandbox::OciRuntime runtime(sandbox::OciRuntime::detect(qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME"), &error),
                                          paths.runtimeStateDir());
        const QStringList left = testsupport::leftovers(paths, runtime);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }

    void pastedSourceIsHandedToTheRun()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sourcePanel()->pastePage()->editor()->setPlainText("print('pasted')");
        window.sourcePanel()->pastePage()->chooseLanguage("Python");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        const QString dir = window.currentRunTab()->sourceDirectory();
        QVERIFY(!dir.isEmpty());
        QFile file(dir + "/main.py");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("print('pasted')\n"));
        QVERIFY(finished.wait(60000));
    }

    // Pasted code lands in /workspace, the run's working directory: the
    // suggested command runs the real file, which may write beside itself;
    // what it writes stays in the sandbox, never in the host's copy.
    void pastedCodeRunsInTheWorkspace()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sourcePanel()->pastePage()->editor()->setPlainText(
            "import os\n"
            "print('cwd', os.getcwd())\n"
            "with open('out.txt', 'w') as f:\n"
            "    f.write('written-by-run')\n"
            "print(open('out.txt').read(), sorted(os.listdir('.')))\n"
            "raise SystemExit(5)\n");
        window.sourcePanel()->pastePage()->chooseLanguage("Python");
        QCOMPARE(window.commandEdit()->text(), "python3 main.py");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.first().first().toInt() == 5, qPrintable(window.terminal()->screenText()));
        QVERIFY2(window.statusLabel()->text().contains("exit code 5"), qPrintable(window.statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("cwd /workspace"), 5000);
        const QString screen = window.terminal()->screenText();
        QVERIFY2(screen.contains("written-by-run ['main.py', 'out.txt']"), qPrintable(screen));
        const ui::RunTab* tab = window.currentRunTab();
        QCOMPARE(tab->spec().workdir, "/workspace");
        QVERIFY(!QFile::exists(tab->sourceDirectory() + "/out.txt"));
    }

    void commandFollowsTheSourceUntilTyped()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.commandEdit()->text(), "sh"); // no source yet
        ui::PasteSourcePage* paste = window.sourcePanel()->pastePage();
        QTest::keyClicks(paste->editor(), "print('hello')");
        QTRY_COMPARE(window.commandEdit()->text(), "python3 main.py");
        paste->chooseLanguage("Bash");
        QCOMPARE(window.commandEdit()->text(), "bash main.sh");
        // Typed by the user: suggestions stay out until the field is cleared.
        window.commandEdit()->clear();
        QTest::keyClicks(window.commandEdit(), "bash -x main.sh");
        paste->chooseLanguage("Python");
        QCOMPARE(window.commandEdit()->text(), "bash -x main.sh");
        window.commandEdit()->selectAll();
        QTest::keyClick(window.commandEdit(), Qt::Key_Delete);
        paste->chooseLanguage("Ruby");
        QCOMPARE(window.commandEdit()->text(), "ruby main.rb");
        // The form has a section per concern; more can be added.
        const int sections = window.formSections()->count(); // source, image, resources, data, ...
        QVERIFY(sections >= 4);
        QCOMPARE(window.formSections()->itemText(1), "Image and packages");
        QCOMPARE(window.formSections()->itemText(3), "Data");
        window.addFormSection(new QLabel("later"), "Later");
        QCOMPARE(window.formSections()->count(), sections + 1);
    }

    void firstRunShowsImagePreparation()
    {
        // A data directory without images: the first Launch prepares one.
        QTemporaryDir fresh;
        const QByteArray saved = qgetenv("SANDBOX_STUDIO_DATA_DIR");
        qputenv("SANDBOX_STUDIO_DATA_DIR", fresh.path().toLocal8Bit());
        ui::MainWindow window;
        qputenv("SANDBOX_STUDIO_DATA_DIR", saved);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText("true");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        ui::RunTab* tab = window.currentRunTab();
        QVERIFY(tab->imageProgress()->isVisible());
        QVERIFY2(window.statusLabel()->text().contains("Preparing the debian-slim image"),
                 qPrintable(window.statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains("Preparing the debian-slim image"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusLabel()->text().contains("image: "), 30000); // a named stage
        // Stopping cancels the preparation; nothing half-built stays.
        window.stop();
        QVERIFY(finished.wait(60000));
        QVERIFY(!tab->imageProgress()->isVisible());
        QVERIFY2(window.statusLabel()->text().contains("could not prepare the image"),
                 qPrintable(window.statusLabel()->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
