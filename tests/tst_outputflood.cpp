// A sandbox printing ~30 MB to stdout must never freeze the window: the
// longest gap between ticks of a 10 ms timer is measured from Launch until
// the terminal has shown everything.
#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestOutputFlood : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
    }

    void floodKeepsTheWindowResponsive()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        constexpr qint64 kBytes = 30 * 1000 * 1000;
        window.commandEdit()->setText(
            QStringLiteral("sh -c 'yes \"flood line: the quick brown fox jumps over the lazy dog 0123456789\" "
                           "| head -c %1; echo; echo flood-done'")
                .arg(kBytes));

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestStall = 0;
        qint64 stallAt = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > longestStall) {
                longestStall = now - last;
                stallAt = now;
            }
            last = now;
        });
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        clock.start();
        ticker.start();
        window.launch();
        QVERIFY(finished.wait(300000));
        const qint64 runMs = clock.elapsed();
        qInfo("run ended after %lld ms; longest stall so far %lld ms; %lld bytes pending", runMs, longestStall,
              qint64(window.terminal()->pendingBytes()));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->pendingBytes() == 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("flood-done")), 30000);
        const qint64 shownMs = clock.elapsed();
        ticker.stop();
        QCOMPARE(finished.first().first().toInt(), 0);
        qInfo("bytes skipped by the terminal: %lld", window.terminal()->skippedBytes());
        qInfo("flood of %lld bytes: run ended after %lld ms, all shown after %lld ms, longest event-loop stall "
              "%lld ms (ending at %lld ms)",
              kBytes, runMs, shownMs, longestStall, stallAt);
        QVERIFY2(longestStall < 250, qPrintable(QStringLiteral("longest stall %1 ms").arg(longestStall)));
    }
};

QTEST_MAIN(TestOutputFlood)
#include "tst_outputflood.moc"
