// A sandbox printing ~30 MB to stdout must never freeze the window: the
// longest gap between ticks of a 5 ms timer (sandbox::StallWatch) is
// measured from Launch until the terminal has shown everything.
#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"
#include "util/StallWatch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr qint64 kStallBoundMs = 200;

} // namespace

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
        sandbox::StallWatch watch;
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        clock.start();
        watch.start();
        window.launch();
        QVERIFY(finished.wait(300000));
        const qint64 runMs = clock.elapsed();
        qInfo("run ended after %lld ms; longest stall so far %lld ms; %lld bytes pending", runMs,
              watch.longestStallMs(), qint64(window.terminal()->pendingBytes()));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->pendingBytes() == 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("flood-done")), 30000);
        const qint64 shownMs = clock.elapsed();
        watch.stop();
        const qint64 longestStall = watch.longestStallMs();
        QCOMPARE(finished.first().first().toInt(), 0);
        qInfo("bytes skipped by the terminal: %lld", window.terminal()->skippedBytes());
        qInfo("flood of %lld bytes: run ended after %lld ms, all shown after %lld ms, longest event-loop stall "
              "%lld ms (ending at %lld ms)",
              kBytes, runMs, shownMs, longestStall, watch.longestStallEndMs());
        qInfo("slowest event delivery: %s", qPrintable(watch.slowestEvent()));
        // The figure itself is the benchmark's (tools/bench.sh: <= 50 ms on
        // the 2-core machine); this bound catches a handler that blocks the
        // window again (the 260-280 ms stall of a blocking teardown) without
        // failing on a loaded machine, where the scheduler alone takes
        // tens of milliseconds from the loop.
        QVERIFY2(longestStall < kStallBoundMs,
                 qPrintable(QStringLiteral("longest stall %1 ms (%2)").arg(longestStall).arg(watch.slowestEvent())));
    }
};

QTEST_MAIN(TestOutputFlood)
#include "tst_outputflood.moc"
