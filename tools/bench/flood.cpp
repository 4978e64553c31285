// sandbox-bench-flood: the window under an output flood. For each size, a
// sandbox prints that many bytes to the window's terminal; measured: the
// longest event-loop stall from Launch until the terminal has shown the
// last line, which event held the loop longest, and the same watch over an
// idle window for the same time (the comparison, in the same run).
//
// Run as root with the image built, under a display (tools/bench.sh runs
// it with xvfb-run): sandbox-bench-flood [MB ...] (default 30 300).
#include "ui/MainWindow.h"
#include "ui/TerminalView.h"
#include "util/StallWatch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool waitUntil(const std::function<bool()>& done, int msecs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < msecs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// One flood: false (and a message) when it did not end as it should.
bool flood(ui::MainWindow& window, qint64 bytes, int round)
{
    const QString marker = QStringLiteral("flood-done-%1").arg(round);
    window.commandEdit()->setText(
        QStringLiteral("sh -c 'yes \"flood line: the quick brown fox jumps over the lazy dog 0123456789\" "
                       "| head -c %1; echo; echo %2'")
            .arg(bytes)
            .arg(marker));
    sandbox::StallWatch watch;
    QSignalSpy finished(&window, &ui::MainWindow::runFinished);
    QElapsedTimer clock;
    clock.start();
    watch.start();
    window.launch();
    if (!finished.wait(600000) || finished.first().first().toInt() != 0) {
        out() << "error: the flood of " << bytes << " bytes did not finish with exit code 0" << Qt::endl;
        return false;
    }
    const qint64 runMs = clock.elapsed();
    if (!waitUntil([&] { return window.terminal()->pendingBytes() == 0
                                && window.terminal()->screenText().contains(marker); },
                   300000)) {
        out() << "error: the terminal did not show the end of the flood" << Qt::endl;
        return false;
    }
    const qint64 shownMs = clock.elapsed();
    watch.stop();
    const qint64 stall = watch.longestStallMs();
    const qint64 stallEnd = watch.longestStallEndMs();
    const QString slowest = watch.slowestEvent();
    // The same watch over the idle window, as long: what the machine's load
    // alone costs the loop.
    sandbox::StallWatch idle;
    idle.start();
    QTest::qWait(static_cast<int>(std::min<qint64>(shownMs, 10000)));
    idle.stop();
    out() << QStringLiteral("flood %1 MB: longest stall %2 ms (ending %3 ms after launch; run ended at %4 ms, "
                            "all shown at %5 ms); idle window, same watch: %6 ms")
                 .arg(bytes / 1000000)
                 .arg(stall)
                 .arg(stallEnd)
                 .arg(runMs)
                 .arg(shownMs)
                 .arg(idle.longestStallMs())
          << Qt::endl;
    out() << "  slowest event delivery: " << slowest << "; terminal skipped "
          << window.terminal()->skippedBytes() << " bytes" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QList<qint64> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toLongLong() * 1000 * 1000;
    if (sizes.isEmpty())
        sizes = {30LL * 1000 * 1000, 300LL * 1000 * 1000};
    ui::MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        out() << "error: the window was not shown (no display?)" << Qt::endl;
        return 1;
    }
    int round = 0;
    for (const qint64 bytes : std::as_const(sizes)) {
        if (!flood(window, bytes, ++round))
            return 1;
    }
    return 0;
}
