// The Changes view of a run tab in the real window, on a real sandbox: a
// run adds a file, edits one of the image (/etc/debian_version) and one of
// its source (/workspace/main.py, a layer above the image's), deletes one,
// and only touches another; the view lists each with the right kind and
// shows a unified diff of the edited lines.
#include "TestSupport.h"
#include "ui/ChangesView.h"
#include "ui/CodeEditor.h"
#include "ui/MainWindow.h"
#include "ui/PasteSourcePage.h"
#include "ui/RunTab.h"
#include "ui/SourcePanel.h"
#include "ui/TerminalView.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

class TestChangesView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QTreeWidgetItem* row(ui::ChangesView* changes, const QString& path)
    {
        QTreeWidgetItem* item = changes->fileItem(path);
        return item && item->text(1) == path ? item : nullptr;
    }

    static void click(QTreeWidget* list, QTreeWidgetItem* item)
    {
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(list->currentItem(), item);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
    }

    void listsAndDiffsWhatTheRunDid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("diffLines"); // lines the diff must have (empty: no diff)
        QTest::addColumn<QString>("title"); // what the title above the diff must say
        QTest::newRow("source file edited")
            << "/workspace/main.py" << "changed"
            << QStringList{"--- a/workspace/main.py", "+++ b/workspace/main.py", "-# line two",
                           "+# line 2, edited by the run", " # line one", " # line three"}
            << "changed";
        QTest::newRow("image file edited")
            << "/etc/debian_version" << "changed" << QStringList{"+edited-by-run"} << "changed";
        QTest::newRow("file added")
            << "/workspace/added.txt" << "added" << QStringList{"--- /dev/null", "+fresh", "+second line"} << "added";
        QTest::newRow("image file deleted")
            << "/etc/issue" << "deleted" << QStringList{"+++ /dev/null", "-Debian GNU/Linux"} << "deleted";
        QTest::newRow("only touched") << "/etc/issue.net" << "changed" << QStringList{} << "same content";
        QTest::newRow("folder added") << "/workspace/out/" << "added" << QStringList{} << "folder added";
    }

    void listsAndDiffsWhatTheRunDid()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(QStringList, diffLines);
        QFETCH(QString, title);

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sourcePanel()->pastePage()->editor()->setPlainText(
            "# line one\n"
            "# line two\n"
            "# line three\n"
            "import os\n"
            "source = open('main.py').read()\n"
            "open('main.py', 'w').write(source.replace('# line two', '# line 2, edited by the run'))\n"
            "open('added.txt', 'w').write('fresh\\nsecond line\\n')\n"
            "os.mkdir('out')\n"
            "os.remove('/etc/issue')\n"
            "os.chmod('/etc/issue.net', 0o600)\n"
            "with open('/etc/debian_version', 'a') as f:\n"
            "    f.write('edited-by-run\\n')\n"
            "print('done')\n");
        window.sourcePanel()->pastePage()->chooseLanguage("Python");
        QCOMPARE(window.commandEdit()->text(), "python3 main.py");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(finished.wait(180000));
        ui::RunTab* tab = window.currentRunTab();
        QVERIFY2(finished.first().first().toInt() == 0, qPrintable(tab->terminal()->screenText()));

        ui::ChangesView* changes = tab->changesView();
        QTabBar* bar = tab->views()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab->views()->indexOf(changes)).center());
        QCOMPARE(tab->views()->currentWidget(), changes);
        QTreeWidget* list = changes->list();
        QTRY_VERIFY_WITH_TIMEOUT(!changes->isLoading(), 30000);
        QVERIFY2(changes->listedPaths().size() >= 6, qPrintable(changes->summaryLabel()->text()));
        // Nothing the run left alone is listed; the image's files are
        // outside the project.
        QCOMPARE(bool(changes->fileItem("/etc/debian_version")->parent() == changes->outsideGroup()), true);
        QCOMPARE(bool(changes->fileItem("/workspace/main.py")->parent() == changes->projectGroup()), true);
        for (const QString& listed : changes->listedPaths()) {
            QVERIFY2(!listed.startsWith("/usr") && !listed.startsWith("/bin") && listed != "/workspace/"
                         && listed != "/etc/",
                     qPrintable(listed));
        }
        QVERIFY2(changes->summaryLabel()->text().contains("2 added"), qPrintable(changes->summaryLabel()->text()));
        QVERIFY2(changes->summaryLabel()->text().contains("1 deleted"), qPrintable(changes->summaryLabel()->text()));

        QTreeWidgetItem* item = row(changes, path);
        QVERIFY2(item, qPrintable(path));
        QCOMPARE(item->text(0), kind);
        click(list, item);
        QVERIFY2(changes->diffTitle()->text().contains(title), qPrintable(changes->diffTitle()->text()));
        const QStringList shown = changes->diffView()->toPlainText().split('\n');
        if (diffLines.isEmpty()) {
            QVERIFY(changes->diffView()->toPlainText().isEmpty());
            return;
        }
        for (const QString& line : std::as_const(diffLines)) {
            const bool found = std::any_of(shown.cbegin(), shown.cend(),
                                           [&](const QString& diffLine) { return diffLine.startsWith(line); });
            QVERIFY2(found, qPrintable(line + " not in:\n" + shown.join('\n')));
        }
        QVERIFY(shown.first().startsWith("--- "));
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const QString& line) { return line.startsWith("@@ -"); }));
        QCOMPARE(changes->diffView()->language(), "Diff");
        QVERIFY(changes->diffView()->isReadOnly());
    }

    void refreshFollowsARunningSandbox()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.commandEdit()->setText("sh -c 'echo first > /first.txt; echo ready; cat > /dev/null; echo second > /second.txt'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        ui::RunTab* tab = window.currentRunTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains("ready"), 120000);
        ui::ChangesView* changes = tab->changesView();
        tab->views()->setCurrentWidget(changes);
        QTRY_VERIFY(row(changes, "/first.txt"));
        QVERIFY(!row(changes, "/second.txt"));
        tab->sendEof();
        QVERIFY(finished.wait(30000));
        // The end of the run reads the changes again.
        QTRY_VERIFY(row(changes, "/second.txt"));
        QVERIFY(row(changes, "/first.txt"));
    }
};

QTEST_MAIN(TestChangesView)
#include "tst_changesview.moc"
