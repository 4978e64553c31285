// "Interactive terminal (PTY)" in the real window with a real sandbox: the
// command gets a terminal, typed keys reach it raw (the PTY echoes them,
// once), and resizing the view resizes the PTY.
#include "TestSupport.h"
#include "cli/RunCommandLine.h"
#include "util/ShellWords.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMenuBar>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

class TestPtyMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QWidget* typingTarget(ui::MainWindow& window)
    {
        return window.terminal()->focusWidget() ? window.terminal()->focusWidget() : window.terminal();
    }

    static void type(ui::MainWindow& window, const QString& line)
    {
        QTest::keyClicks(typingTarget(window), line);
        QTest::keyClick(typingTarget(window), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
    }

    void init() { QSettings().clear(); }

    void shellInATerminal()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.interactiveTerminalBox()->isChecked());
        window.interactiveTerminalBox()->setChecked(true);
        window.commandEdit()->setText("sh");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(window.terminal()->rawInput());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusLabel()->text().contains("Running"), 60000);
        // sh prints its prompt once it reads from the terminal.
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("#"), 30000);
        ui::TerminalView* view = window.terminal();

        type(window, "tty");
        QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains(QRegularExpression("/dev/pts/[0-9]+")), 10000);

        // The PTY echoes what is typed, exactly once; the command runs.
        type(window, "echo sum=$((6*7))");
        QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains("sum=42"), 10000);
        QCOMPARE(view->screenText().count("echo sum=$((6*7))"), 1);

        // The terminal starts at the view's size ...
        const int columns = view->columns();
        const int rows = view->rows();
        type(window, "stty size");
        QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains(QStringLiteral("%1 %2").arg(rows).arg(columns)), 10000);

        // ... and follows it when the view is resized.
        QSignalSpy resized(view, &ui::TerminalView::sizeChanged);
        window.resize(window.width() - 240, window.height() - 160);
        QTRY_VERIFY_WITH_TIMEOUT(resized.count() > 0, 5000);
        QTRY_VERIFY(view->columns() != columns || view->rows() != rows);
        const QString newSize = QStringLiteral("%1 %2").arg(view->rows()).arg(view->columns());
        type(window, "stty size");
        QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains(newSize), 10000);

        // Send EOF (the menu's) ends `cat`, not the terminal: the shell reads on.
        type(window, "cat");
        QTest::qWait(300);
        window.sendEofAction()->trigger();
        type(window, "echo after-$((1+1))-cat");
        QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains("after-2-cat"), 10000);

        // Ctrl+D is the terminal's end of file: the shell exits.
        QTest::keyClick(typingTarget(window), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 0);
    }

    // The copied command line asks sandbox-run for a terminal too.
    void copiedCommandLineHasTty()
    {
        ui::MainWindow window;
        window.commandEdit()->setText("python3");
        window.interactiveTerminalBox()->setChecked(true);
        QAction* copy = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text().contains("sandbox-run"))
                copy = action;
        }
        QVERIFY(copy);
        copy->trigger();
        const QString line = QApplication::clipboard()->text();
        QVERIFY2(line.startsWith("sandbox-run --tty "), qPrintable(line));
        const sandbox::RunCommandLine parsed = sandbox::RunCommandLine::parse(sandbox::splitShellWords(line));
        QCOMPARE(parsed.action, sandbox::RunCommandLine::Action::Run);
        QVERIFY(parsed.terminal);
        QCOMPARE(parsed.spec.command, QStringList{"python3"});

        window.interactiveTerminalBox()->setChecked(false);
        copy->trigger();
        QVERIFY(!QApplication::clipboard()->text().contains("--tty"));
    }

    // Off again: pipes, as before (no terminal in the sandbox).
    void offMeansPipes()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.interactiveTerminalBox()->setChecked(true);
        window.interactiveTerminalBox()->setChecked(false);
        window.commandEdit()->setText("sh -c 'tty; true'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(!window.terminal()->rawInput());
        QVERIFY(finished.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("not a tty"), 5000);
    }
};

QTEST_MAIN(TestPtyMode)
#include "tst_ptymode.moc"
