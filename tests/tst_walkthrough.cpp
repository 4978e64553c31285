// A new user's first session, in the real window: clone a small Python
// project from a real git daemon on 127.0.0.1 through the Source form,
// accept the suggested command (its unittest suite), Launch, watch the
// tests pass in the terminal, then read the report the tests wrote through
// the Files view and find it in the Changes view.
#include "GitFixture.h"
#include "TestSupport.h"
#include "ui/ChangesView.h"
#include "ui/CloneSourcePage.h"
#include "ui/CodeEditor.h"
#include "ui/FilesPanel.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/SourcePanel.h"
#include "ui/TerminalView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>
#include <QTreeWidget>

namespace {

// A tiny package with a standard-library test suite that writes a report.
const QMap<QString, QByteArray> kProject{
    {"README.md", "# calc\n\nA tiny calculator. Run the tests with `python3 -m unittest -v`.\n"},
    {"calc/__init__.py", "def add(a, b):\n    return a + b\n\n\ndef mean(values):\n    return sum(values) / len(values)\n"},
    {"tests/__init__.py", ""},
    {"tests/test_calc.py",
     "import os\n"
     "import unittest\n"
     "\n"
     "from calc import add, mean\n"
     "\n"
     "\n"
     "class CalcTest(unittest.TestCase):\n"
     "    def test_add(self):\n"
     "        self.assertEqual(add(2, 3), 5)\n"
     "\n"
     "    def test_mean(self):\n"
     "        self.assertEqual(mean([1, 2, 3]), 2)\n"
     "\n"
     "\n"
     "def tearDownModule():\n"
     "    os.makedirs('reports', exist_ok=True)\n"
     "    with open('reports/result.txt', 'w') as report:\n"
     "        report.write('calc: 2 tests ran\\n')\n"},
};

bool makeProjectRepo(const QString& base, const QString& name)
{
    const QString work = base + "/work-" + name;
    bool ok = testsupport::writeTree(work, kProject);
    ok = ok && !testsupport::git(work, {"init", "-q"}).isNull();
    ok = ok && !testsupport::git(work, {"add", "."}).isNull();
    ok = ok && !testsupport::git(work, {"commit", "-qm", "calc with tests"}).isNull();
    ok = ok && !testsupport::git(base, {"clone", "-q", "--bare", work, base + "/" + name + ".git"}).isNull();
    return ok;
}

void clickTab(QTabWidget* tabs, QWidget* page)
{
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_repos;
    testsupport::GitDaemon m_daemon;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        if (const QString reason = testsupport::gitSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
        QVERIFY(makeProjectRepo(m_repos.path(), "calc"));
        const QString error = m_daemon.start(m_repos.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cloneRunTestsAndReadTheReport()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Source section is what a new window opens with.
        QCOMPARE(window.formSections()->currentWidget(), window.sourcePanel());

        // Clone: the Clone tab, the URL, the Clone button.
        ui::SourcePanel* source = window.sourcePanel();
        clickTab(source->modeTabs(), source->clonePage());
        QCOMPARE(source->mode(), ui::SourcePanel::Mode::Clone);
        ui::CloneSourcePage* clone = source->clonePage();
        clone->urlEdit()->setFocus();
        QTest::keyClicks(clone->urlEdit(), m_daemon.url("calc"));
        QSignalSpy cloned(clone, &ui::CloneSourcePage::cloneFinished);
        QTest::mouseClick(clone->cloneButton(), Qt::LeftButton);
        QVERIFY(cloned.wait(60000));
        QVERIFY2(cloned.first().first().toBool(), qPrintable(clone->messageLabel()->text()));
        const QString clonedDir = clone->clonedDirectory();
        auto removeClone = qScopeGuard([&] { QDir(clonedDir).removeRecursively(); });

        // The suggested command runs the project's unittest suite, which
        // the default image can run as it is (it has no pytest).
        QCOMPARE(window.commandEdit()->text(), "python3 -m unittest -v");

        // Launch as it is.
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        ui::RunTab* tab = window.currentRunTab();
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.first().first().toInt() == 0, qPrintable(tab->terminal()->screenText()));
        QVERIFY2(window.statusLabel()->text().contains("exit code 0"), qPrintable(window.statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains("Ran 2 tests"), 5000);
        const QString screen = tab->terminal()->screenText();
        QVERIFY2(screen.contains("test_add (tests.test_calc.CalcTest") && screen.contains("... ok"),
                 qPrintable(screen));
        QVERIFY2(screen.contains("\nOK"), qPrintable(screen));

        // The report the tests wrote, through the Files view.
        ui::FilesPanel* files = tab->filesPanel();
        clickTab(tab->views(), files);
        QCOMPARE(tab->views()->currentWidget(), files);
        QTreeWidgetItem* report = files->reveal("/workspace/reports/result.txt");
        QVERIFY2(report, qPrintable(files->messageLabel()->text()));
        files->tree()->setFocus();
        QTest::keyClick(files->tree(), Qt::Key_Return);
        QCOMPARE(files->viewer()->toPlainText(), "calc: 2 tests ran\n");
        // The cloned files are there too, beside what the run wrote.
        QVERIFY(files->reveal("/workspace/calc/__init__.py"));

        // And in the Changes view, as a file the run added.
        ui::ChangesView* changes = tab->changesView();
        clickTab(tab->views(), changes);
        QTRY_VERIFY(changes->showChange("/workspace/reports/result.txt"));
        QCOMPARE(changes->list()->currentItem()->text(0), "added");
        QVERIFY2(changes->diffView()->toPlainText().contains("+calc: 2 tests ran"),
                 qPrintable(changes->diffView()->toPlainText()));
        // Python's byte code caches stay out of the review unless asked for.
        auto listed = [changes] { return changes->listedPaths(); };
        QCOMPARE(listed(), (QStringList{"/workspace/reports/", "/workspace/reports/result.txt"}));
        QVERIFY2(changes->summaryLabel()->text().contains("Python cache"), qPrintable(changes->summaryLabel()->text()));
        QTest::mouseClick(changes->hideCachesBox(), Qt::LeftButton);
        QVERIFY(!changes->hideCachesBox()->isChecked());
        QTRY_VERIFY(listed().contains("/workspace/tests/__pycache__/"));
        QTRY_VERIFY(changes->showChange("/workspace/reports/result.txt"));
        // The clone on this computer is untouched: the run wrote only
        // inside its sandbox.
        QVERIFY(!QFileInfo::exists(clonedDir + "/reports"));
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
