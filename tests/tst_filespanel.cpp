// The Files view of a run tab in the real window, on a real sandbox:
// browsing while the run goes on and after it exits, the read-only viewer
// (highlighting, binary and large files, links kept inside the sandbox),
// saving a file and a folder to this computer through the file dialog, and
// the kept files going away when the tab runs again or closes.
#include "TestSupport.h"
#include "sandbox/Sandbox.h"
#include "ui/CodeEditor.h"
#include "ui/FilesPanel.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

constexpr char kHello[] = "def hello():\n    return 1\n";

class TestFilesPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_out;

    // Answers the next file dialog with `path`, as a user typing it would.
    static void answerFileDialog(const QString& path)
    {
        auto* poll = new QTimer;
        auto* waited = new int(0);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, waited, path] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                // Typed into the name field (selectFile() leaves a focused
                // field alone).
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(path);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog hides it
            }
            if (dialog || ++*waited > 200) {
                delete waited;
                poll->deleteLater();
                poll->stop();
            }
        });
        poll->start(50);
    }

    static void activate(QTreeWidget* tree, QTreeWidgetItem* item)
    {
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_Return);
    }

    static QByteArray hostFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

    static void showView(ui::RunTab* tab, QWidget* view)
    {
        QTabBar* bar = tab->views()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab->views()->indexOf(view)).center());
        QCOMPARE(tab->views()->currentWidget(), view);
    }

    // Runs a command in the window's current tab to its end; its exit
    // code, or -1000 when it did not end in time.
    static int runToEnd(ui::MainWindow& window, const QString& command)
    {
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.commandEdit()->setText(command);
        window.launch();
        return finished.wait(120000) ? finished.first().first().toInt() : -1000;
    }

    static QString sandboxId(const ui::RunTab* tab)
    {
        return tab->sandbox() ? tab->sandbox()->id() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
    }

    void browseViewAndSave()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Writes files, waits for end of input, then writes one more.
        window.commandEdit()->setText(
            "sh -c 'mkdir -p /work/sub && printf \"def hello():\\n    return 1\\n\" > /work/hello.py"
            " && printf \"deep\\n\" > /work/sub/deep.txt && head -c 3000 /dev/urandom > /work/blob.bin"
            " && seq 1 300000 > /work/big.txt && chmod 755 /work/hello.py"
            " && ln -s /etc/shadow /work/shadow-link && ln -s / /work/root-link && mkfifo /work/fifo"
            " && sha256sum /work/blob.bin | cut -c1-64 && echo ready && cat > /dev/null"
            " && echo later > /work/after.txt'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        ui::RunTab* tab = window.currentRunTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains("ready"), 120000);
        QVERIFY(tab->isBusy());
        static const QRegularExpression hashLine(QStringLiteral("\\b([0-9a-f]{64})\\b"));
        const QByteArray blobHash = hashLine.match(tab->terminal()->screenText()).captured(1).toLatin1();
        QCOMPARE(blobHash.size(), 64);

        // While it runs.
        ui::FilesPanel* files = tab->filesPanel();
        showView(tab, files);
        QTreeWidget* tree = files->tree();
        QVERIFY(files->reveal("/work/sub/deep.txt"));
        QVERIFY(!files->reveal("/work/after.txt")); // not written yet
        QTreeWidgetItem* hello = files->reveal("/work/hello.py");
        QVERIFY(hello);
        QCOMPARE(hello->text(1), QLocale().formattedDataSize(qstrlen(kHello)));
        activate(tree, hello);
        QCOMPARE(files->viewer()->toPlainText(), kHello);
        QCOMPARE(files->viewer()->language(), "Python");
        QVERIFY(files->viewer()->isReadOnly());
        QCOMPARE(files->viewerTitle()->text(), "/work/hello.py");

        activate(tree, files->reveal("/work/blob.bin"));
        QVERIFY2(files->viewerTitle()->text().contains("binary file"), qPrintable(files->viewerTitle()->text()));
        QVERIFY(files->viewer()->toPlainText().isEmpty());

        activate(tree, files->reveal("/work/big.txt"));
        QVERIFY2(files->viewerTitle()->text().contains("only the first"), qPrintable(files->viewerTitle()->text()));
        QVERIFY(files->viewer()->toPlainText().startsWith("1\n2\n3\n"));
        QVERIFY(files->viewer()->toPlainText().size() <= 1024 * 1024);

        // A link is read inside the sandbox: the image's /etc/shadow, never
        // this computer's.
        QTreeWidgetItem* link = files->reveal("/work/shadow-link");
        QVERIFY(link);
        QVERIFY(link->text(0).contains("/etc/shadow"));
        activate(tree, link);
        const QString shadow = files->viewer()->toPlainText();
        QVERIFY2(shadow.startsWith("root:"), qPrintable(files->viewerTitle()->text()));
        QVERIFY(shadow.toUtf8() != hostFile("/etc/shadow"));
        QCOMPARE(files->reveal("/work/root-link")->childCount(), 0); // never expanded

        // Save a file out through the dialog.
        QVERIFY(files->reveal("/work/hello.py"));
        QSignalSpy saved(files, &ui::FilesPanel::saved);
        answerFileDialog(m_out.filePath("hello-copy.py"));
        QTest::mouseClick(files->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
        QCOMPARE(hostFile(m_out.filePath("hello-copy.py")), QByteArray(kHello));
        QVERIFY(QFileInfo(m_out.filePath("hello-copy.py")).isExecutable());

        // Send end of input: the run writes one more file and exits.
        window.sendEofAction()->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);

        // After exit: the files stay, the new one included.
        showView(tab, files);
        QTest::mouseClick(files->refreshButton(), Qt::LeftButton);
        QTreeWidgetItem* after = files->reveal("/work/after.txt");
        QVERIFY(after);
        // View, from the right-click menu this time.
        QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction* view = tree->actions().value(0);
        QVERIFY(view && view->isEnabled());
        view->trigger();
        QCOMPARE(files->viewer()->toPlainText(), "later\n");

        // Save the whole folder: bytes equal to the sandbox's; links and
        // the FIFO left out, never followed.
        QVERIFY(files->reveal("/work"));
        answerFileDialog(m_out.filePath("work-copy"));
        QTest::mouseClick(files->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
        QVERIFY2(files->messageLabel()->text().contains("left out"), qPrintable(files->messageLabel()->text()));
        const QString copy = m_out.filePath("work-copy");
        const QStringList names = QDir(copy).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        QCOMPARE(names, (QStringList{"after.txt", "big.txt", "blob.bin", "hello.py", "sub"}));
        QCOMPARE(hostFile(copy + "/sub/deep.txt"), QByteArray("deep\n"));
        QCOMPARE(hostFile(copy + "/after.txt"), QByteArray("later\n"));
        QCOMPARE(hostFile(copy + "/hello.py"), QByteArray(kHello));
        // The random bytes' hash as the sandbox itself printed it.
        QCOMPARE(QCryptographicHash::hash(hostFile(copy + "/blob.bin"), QCryptographicHash::Sha256).toHex(),
                 blobHash);
        QByteArray numbers;
        for (int i = 1; i <= 300000; ++i)
            numbers += QByteArray::number(i) + '\n';
        QCOMPARE(hostFile(copy + "/big.txt"), numbers);

        // A folder saved under the name of an existing file is refused,
        // and the file is left alone.
        answerFileDialog(m_out.filePath("hello-copy.py"));
        QTest::mouseClick(files->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 3);
        QVERIFY(!saved.last().at(0).toBool());
        QVERIFY2(files->messageLabel()->text().contains("already exists"), qPrintable(files->messageLabel()->text()));
        QCOMPARE(hostFile(m_out.filePath("hello-copy.py")), QByteArray(kHello));
    }

    void keptFilesGoWithTheTab()
    {
        const sandbox::Paths paths = sandbox::Paths::fromEnvironment();
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(runToEnd(window, "sh -c 'echo one > /one.txt'"), 0);
        ui::RunTab* tab = window.currentRunTab();
        const QString first = sandboxId(tab);
        QVERIFY2(!first.isEmpty(), qPrintable(tab->statusLabel()->text()));
        QVERIFY(QFileInfo::exists(paths.sandboxesDir() + "/" + first));
        showView(tab, tab->filesPanel());
        QVERIFY(tab->filesPanel()->reveal("/one.txt"));

        // Running again in the same tab: the first run's files go.
        showView(tab, tab->terminal());
        QCOMPARE(runToEnd(window, "sh -c 'echo two > /two.txt'"), 0);
        QCOMPARE(window.currentRunTab(), tab);
        const QString second = sandboxId(tab);
        QVERIFY(second != first);
        QVERIFY(!QFileInfo::exists(paths.sandboxesDir() + "/" + first));
        showView(tab, tab->filesPanel());
        QVERIFY(tab->filesPanel()->reveal("/two.txt"));
        QVERIFY(!tab->filesPanel()->reveal("/one.txt"));

        // Closing the tab: the second run's files go too.
        Q_EMIT window.runTabs()->tabCloseRequested(window.runTabs()->indexOf(tab));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(paths.sandboxesDir() + "/" + second), 10000);
        for (const QString& point : sandbox::mounts::mountPointsUnder(paths.sandboxesDir()))
            QVERIFY2(!point.contains(first) && !point.contains(second), qPrintable(point));
    }

    // A sparse file costs the sandbox nothing but would fill this
    // computer's disk: refused before anything is written.
    void saveLargerThanTheDiskIsRefused()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(runToEnd(window, "sh -c 'mkdir /out && truncate -s 8T /out/sparse.bin && echo small > /out/small.txt'"), 0);
        ui::RunTab* tab = window.currentRunTab();
        ui::FilesPanel* files = tab->filesPanel();
        showView(tab, files);
        QVERIFY(files->reveal("/out"));
        QSignalSpy saved(files, &ui::FilesPanel::saved);
        answerFileDialog(m_out.filePath("sparse-copy"));
        QTest::mouseClick(files->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(!saved.last().at(0).toBool());
        QVERIFY2(files->messageLabel()->text().contains("are free there"), qPrintable(files->messageLabel()->text()));
        QVERIFY(!QFileInfo::exists(m_out.filePath("sparse-copy")));
    }

    void failedStartSaysWhy()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::FilesPanel* files = window.currentRunTab()->filesPanel();
        showView(window.currentRunTab(), files);
        QVERIFY2(files->messageLabel()->text().contains("launch a run"), qPrintable(files->messageLabel()->text()));
        QCOMPARE(runToEnd(window, "no-such-program-here"), -1);
        QTRY_VERIFY2(files->messageLabel()->text().contains("did not start"), qPrintable(files->messageLabel()->text()));
        QCOMPARE(files->tree()->topLevelItemCount(), 0);
    }

    void nothingLeftAfterTheWindow()
    {
        const sandbox::Paths paths = sandbox::Paths::fromEnvironment();
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(runToEnd(window, "sh -c 'echo kept > /kept.txt'"), 0);
            window.newTab();
            window.commandEdit()->setText("sh -c 'echo running; sleep 60'");
            window.launch();
            QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("running"), 60000);
        }
        QString error;
        const sandbox::OciRuntime runtime(
            sandbox::OciRuntime::detect(qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME"), &error), paths.runtimeStateDir());
        const QStringList left = testsupport::leftovers(paths, runtime);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }
};

QTEST_MAIN(TestFilesPanel)
#include "tst_filespanel.moc"
