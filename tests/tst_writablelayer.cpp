// What a sandbox may write, and that writing cannot hurt the host: the
// writable layer and /tmp each stop at the spec's `disk` size with ENOSPC
// inside (and a note in the run's warnings), and all sandboxes together,
// their memory-backed layers included, stay under the bound on their
// common cgroup parent, however many write at once (issue 17).
#include "SecuritySupport.h"
#include "sandbox/DiskLimit.h"
#include "sandbox/SandboxCgroup.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <algorithm>

using namespace sandbox;
using namespace securitysupport;

namespace {

// /proc/meminfo's MemAvailable in bytes (0 when unreadable).
qint64 memAvailable()
{
    for (const QByteArray& line : readFile(QStringLiteral("/proc/meminfo")).split('\n')) {
        if (line.startsWith("MemAvailable:"))
            return line.simplified().split(' ').value(1).toLongLong() * 1024;
    }
    return 0;
}

// The highest usage the kernel saw in the sandboxes' parent cgroup.
qint64 parentPeak(const QString& parent)
{
    const QString v1 = QStringLiteral("/sys/fs/cgroup/memory/") + parent + QStringLiteral("/memory.max_usage_in_bytes");
    const QByteArray text = readFile(QFile::exists(v1) ? v1
                                                       : QStringLiteral("/sys/fs/cgroup/") + parent
                                                             + QStringLiteral("/memory.peak"));
    return text.trimmed().toLongLong();
}

} // namespace

class TestWritableLayer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
        qInfo().noquote() << QStringLiteral("default disk per sandbox: %1 MiB; default bound on all sandboxes: %2 MiB")
                                 .arg(defaultSandboxDiskBytes() >> 20)
                                 .arg(defaultSandboxesMemoryBytes() >> 20);
    }

    void specDiskCapsLayerAndTmp()
    {
        SandboxSpec spec = scriptSpec(QStringLiteral(
            "dd if=/dev/zero of=/fill bs=1M count=64 2>&1 | grep -o 'No space left on device' | head -n1\n"
            "dd if=/dev/zero of=/tmp/fill bs=1M count=64 2>&1 | grep -o 'No space left on device' | head -n1\n"
            "du -sm /fill /tmp/fill | awk '{print $1}'"));
        spec.diskMiB = 32;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, nullptr));
        QVERIFY(box);
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& data) { out += data; });
        box->start();
        box->closeStdin();
        QVERIFY(box->waitForFinished(120000));
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.size() == 4, out.constData());
        QCOMPARE(lines[0], QByteArray("No space left on device"));
        QCOMPARE(lines[1], QByteArray("No space left on device"));
        QVERIFY2(lines[2].toInt() <= 32 && lines[2].toInt() >= 24, out.constData());
        QVERIFY2(lines[3].toInt() <= 32 && lines[3].toInt() >= 24, out.constData());
        // The run says why its writes failed.
        QVERIFY2(box->warnings().contains(box->diskNote()) && box->diskNote().contains(QStringLiteral("32 MiB")),
                 qPrintable(box->warnings().join(QStringLiteral("; "))));
    }

    void roomLeftGivesNoNote()
    {
        SandboxSpec spec = scriptSpec(QStringLiteral("dd if=/dev/zero of=/fill bs=1M count=4 2>/dev/null; echo ok"));
        spec.diskMiB = 64;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, nullptr));
        QVERIFY(box);
        box->start();
        box->closeStdin();
        QVERIFY(box->waitForFinished(120000));
        QCOMPARE(box->returnCode(), 0);
        QVERIFY(box->diskNote().isEmpty());
    }

    // Four sandboxes at once, each writing 600 MiB into its layer and 600
    // MiB into /tmp (512 MiB caps): 4 GiB unbounded. Under a bound of
    // 768 MiB on all of them, the host's MemAvailable may drop by that
    // bound plus 768 MiB for the rest of this shared machine's activity.
    void fourSandboxesPastTheirCapsStayUnderTheBound()
    {
        constexpr qint64 kBound = qint64(768) << 20;
        constexpr qint64 kNoise = qint64(768) << 20;
        Engine::Options options;
        options.warmContainers = 0;
        options.sandboxesMemoryBytes = kBound;
        options.paths.cgroupParentOverride =
            QStringLiteral("sandbox-studio-test-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString parent = options.paths.cgroupParentOverride;
        Engine bounded(options);
        QVERIFY2(bounded.errorString().isEmpty(), qPrintable(bounded.errorString()));
        if (!bounded.limitsNote().isEmpty() || cgroup::sandboxesMemoryLimit(parent) != kBound) {
            cgroup::removeScope(QString(), parent);
            QSKIP(qPrintable(QStringLiteral("no memory cgroup bound can be set here: %1").arg(bounded.limitsNote())));
        }
        auto averageAvailable = [] {
            qint64 sum = 0;
            for (int i = 0; i < 5; ++i) {
                sum += memAvailable();
                QTest::qWait(20);
            }
            return sum / 5;
        };
        const qint64 before = averageAvailable();
        std::vector<std::unique_ptr<Sandbox>> boxes;
        for (int i = 0; i < 4; ++i) {
            SandboxSpec spec = scriptSpec(QStringLiteral("dd if=/dev/zero of=/fill bs=1M count=600 2>/dev/null\n"
                                                         "dd if=/dev/zero of=/tmp/fill bs=1M count=600 2>/dev/null\n"
                                                         "sleep 1; echo done"),
                                          120);
            spec.diskMiB = 512;
            QString error;
            boxes.emplace_back(bounded.createSandbox(spec, &error));
            QVERIFY2(boxes.back(), qPrintable(error));
        }
        for (const auto& box : boxes) {
            box->start();
            box->closeStdin();
        }
        qint64 lowest = before;
        QDeadlineTimer deadline(180000);
        auto running = [&] {
            return std::any_of(boxes.cbegin(), boxes.cend(),
                               [](const auto& box) { return box->state() != Sandbox::State::Finished; });
        };
        while (running() && !deadline.hasExpired()) {
            lowest = std::min(lowest, memAvailable());
            QTest::qWait(10);
        }
        QVERIFY(!running());
        const qint64 peak = parentPeak(parent);
        QStringList ends;
        for (const auto& box : boxes)
            ends << QStringLiteral("%1 (%2)").arg(box->returnCode()).arg(Sandbox::describe(box->endReason()));
        qInfo().noquote() << QStringLiteral("bound %1 MiB: parent peak %2 MiB, MemAvailable %3 -> lowest %4 MiB "
                                            "(drop %5 MiB); ends: %6")
                                 .arg(kBound >> 20)
                                 .arg(peak >> 20)
                                 .arg(before >> 20)
                                 .arg(lowest >> 20)
                                 .arg((before - lowest) >> 20)
                                 .arg(ends.join(QStringLiteral(", ")));
        boxes.clear(); // teardown unmounts the layers
        cgroup::removeScope(QString(), parent);
        QVERIFY2(peak > 0 && peak <= kBound, qPrintable(QString::number(peak)));
        QVERIFY2(before - lowest <= kBound + kNoise, qPrintable(QString::number((before - lowest) >> 20)));
        // And the memory comes back once the sandboxes are gone.
        QTRY_VERIFY_WITH_TIMEOUT(averageAvailable() > before - kNoise, 20000);
        SANDBOX_VERIFY_NOTHING_LEFT(bounded);
    }
};

QTEST_GUILESS_MAIN(TestWritableLayer)
#include "tst_writablelayer.moc"
