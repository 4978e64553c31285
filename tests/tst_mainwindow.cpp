// Drives the real window on a (virtual) display with a real sandbox.
#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/TerminalView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
