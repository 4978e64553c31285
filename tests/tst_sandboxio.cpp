// Live I/O of real sandboxes, asyncio style: separate streams read live
// (chunks, lines) or whole, output larger than memory, unread streams,
// stdin drain and EOF, -N for signals, reasons, PTY, warm containers and
// concurrent sandboxes, with nothing left behind.
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/InputStream.h"
#include "sandbox/OutputStream.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace sandbox;

class TestSandboxIo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    static SandboxSpec shell(const QString& script) { return testsupport::shellSpec(script); }

    std::unique_ptr<Sandbox> create(const SandboxSpec& spec, Engine* engine = nullptr)
    {
        QString error;
        std::unique_ptr<Sandbox> box((engine ? engine : m_engine.get())->createSandbox(spec, &error));
        if (!box)
            qWarning() << error;
        return box;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
    }

    void endings_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("returnCode");
        QTest::addColumn<Sandbox::EndReason>("reason");
        QTest::newRow("exit code") << "exit 7" << 60 << 7 << Sandbox::EndReason::Exited;
        QTest::newRow("killed by SIGKILL") << "kill -KILL $$" << 60 << -9 << Sandbox::EndReason::Exited;
        QTest::newRow("killed by SIGTERM") << "kill -TERM $$" << 60 << -15 << Sandbox::EndReason::Exited;
        QTest::newRow("timed out") << "sleep 60" << 1 << -9 << Sandbox::EndReason::TimedOut;
    }

    void endings()
    {
        QFETCH(QString, script);
        QFETCH(int, timeout);
        QFETCH(int, returnCode);
        QFETCH(Sandbox::EndReason, reason);
        SandboxSpec spec = shell(script);
        spec.timeoutSeconds = timeout;
        auto box = create(spec);
        QVERIFY(box);
        box->start();
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->returnCode(), returnCode);
        QCOMPARE(box->endReason(), reason);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void terminateGivesMinusSignal()
    {
        auto box = create(shell(QStringLiteral("echo up; exec sleep 60")));
        QVERIFY(box);
        QSignalSpy out(box.get(), &Sandbox::stdoutReceived);
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 20000);
        box->terminate();
        QVERIFY(box->waitForFinished(15000));
        QCOMPARE(box->returnCode(), -SIGTERM);
        QCOMPARE(box->endReason(), Sandbox::EndReason::Terminated);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void missingProgramFailsToStart()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("/no/such/program")};
        auto box = create(spec);
        QVERIFY(box);
        box->start();
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->endReason(), Sandbox::EndReason::FailedToStart);
        QVERIFY2(box->errorString().contains(QStringLiteral("/no/such/program")), qPrintable(box->errorString()));
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void streamsStaySeparate()
    {
        auto box = create(shell(QStringLiteral("echo out1; echo err1 >&2; echo out2; printf 'err-partial' >&2")));
        QVERIFY(box);
        QList<QByteArray> errLines;
        connect(&box->stderrStream(), &OutputStream::lineReceived, this,
                [&](const QByteArray& line) { errLines << line; });
        box->start();
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->stdoutStream().readAll(), QByteArray("out1\nout2\n"));
        QCOMPARE(box->stderrStream().readAll(), QByteArray("err1\nerr-partial"));
        // The partial last line arrives at EOF, without a newline.
        QCOMPARE(errLines, (QList<QByteArray>{"err1\n", "err-partial"}));
    }

    void linesArriveLive()
    {
        auto box = create(shell(QStringLiteral("printf 'a\\nb'; sleep 2; printf 'c\\nd\\n'")));
        QVERIFY(box);
        QList<QByteArray> lines;
        connect(&box->stdoutStream(), &OutputStream::lineReceived, this,
                [&](const QByteArray& line) { lines << line; });
        box->start();
        QTRY_COMPARE_WITH_TIMEOUT(lines, QList<QByteArray>{"a\n"}, 20000);
        QCOMPARE(box->state(), Sandbox::State::Running);
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(lines, (QList<QByteArray>{"a\n", "bc\n", "d\n"}));
    }

    void outputLargerThanMemorySpillsAndIsKept()
    {
        // 1 MiB in memory, the rest on disk; compared byte for byte.
        auto box = create(shell(QStringLiteral("seq 1 2000000")));
        QVERIFY(box);
        box->stdoutStream().setMemoryLimit(1024 * 1024);
        box->start();
        QVERIFY(box->waitForFinished(60000));
        QCOMPARE(box->returnCode(), 0);
        QByteArray expected;
        for (int i = 1; i <= 2000000; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(box->stdoutStream().size(), expected.size());
        QVERIFY(box->stdoutStream().spilledBytes() > 0);
        const QByteArray all = box->stdoutStream().readAll();
        QCOMPARE(all.size(), expected.size());
        QVERIFY(all == expected);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine); // the spill file lives on, unlinked, with the stream
    }

    void unreadStreamsNeverBlock()
    {
        // 64 MiB on each stream, nobody listening: the sandbox still ends.
        auto box = create(shell(QStringLiteral("head -c 64M /dev/zero; head -c 64M /dev/zero >&2; echo done")));
        QVERIFY(box);
        box->start();
        QVERIFY(box->waitForFinished(120000));
        QCOMPARE(box->returnCode(), 0);
        QCOMPARE(box->stdoutStream().size(), 64 * 1024 * 1024 + 5);
        QCOMPARE(box->stderrStream().size(), 64 * 1024 * 1024);
        QVERIFY(box->stdoutStream().readAll().endsWith("\ndone\n") == false); // zeros, then "done\n"
        QVERIFY(box->stdoutStream().readAll().endsWith("done\n"));
    }

    void stdinWriteDrainEof()
    {
        auto box = create(shell(QStringLiteral("wc -c")));
        QVERIFY(box);
        const QByteArray data(8 * 1024 * 1024, 'x');
        box->start();
        box->stdinStream().write(data); // far more than a pipe holds: buffered
        QVERIFY(box->stdinStream().pendingBytes() > 0);
        QVERIFY(box->stdinStream().waitForDrained(30000));
        QCOMPARE(box->stdinStream().pendingBytes(), 0);
        box->stdinStream().writeEof();
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->stdoutStream().readAll().trimmed(), QByteArray::number(data.size()));
    }

    void stdinDrainedSignal()
    {
        auto box = create(shell(QStringLiteral("head -n 1; echo got")));
        QVERIFY(box);
        QSignalSpy drained(&box->stdinStream(), &InputStream::drained);
        box->writeStdin("line one\n"); // before start: kept until then
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->stdoutStream().readAll(), QByteArray("line one\ngot\n"));
    }

    void grandchildrenDieWithTheSandbox()
    {
        // A daemon that keeps stdout open must not keep the sandbox alive.
        QElapsedTimer clock;
        clock.start();
        auto box = create(shell(QStringLiteral("(sleep 300 &) ; sleep 300 & echo started")));
        QVERIFY(box);
        box->start();
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->returnCode(), 0);
        QCOMPARE(box->stdoutStream().readAll(), QByteArray("started\n"));
        QVERIFY(clock.elapsed() < 20000);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void terminalMode()
    {
        auto box = create(shell(QStringLiteral("test -t 0 && echo tty; stty size; read line; stty size")));
        QVERIFY(box);
        box->setTerminal(100, 30);
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(box->stdoutStream().readAll().contains("30 100"), 20000);
        QVERIFY(box->resize(120, 40));
        box->writeStdin("\n");
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->returnCode(), 0);
        const QByteArray out = box->stdoutStream().readAll();
        QVERIFY2(out.startsWith("tty\r\n30 100\r\n"), out.constData());
        QVERIFY2(out.endsWith("40 120\r\n"), out.constData());
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void terminalRunsAnInteractiveShell()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("bash"), QStringLiteral("-i")};
        auto box = create(spec);
        QVERIFY(box);
        box->setTerminal(80, 24);
        box->start();
        box->writeStdin("echo $((6*7))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(box->stdoutStream().readAll().contains("42\r\n"), box->stdoutStream().readAll().toPercentEncoding().constData(), 20000);
        box->writeStdin("exit 4\n");
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(box->returnCode(), 4);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void warmContainersStartAndLeaveNothing()
    {
        Engine::Options options;
        options.warmContainers = 1;
        {
            Engine engine(options);
            QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
            for (int i = 0; i < 3; ++i) {
                // Only a sandbox that needs nothing made for it (no network
                // namespace with pasta) can take a warm container.
                SandboxSpec plain = shell(QStringLiteral("echo run %1; echo $X; pwd").arg(i));
                plain.blockNetwork = true;
                auto box = create(plain, &engine);
                QVERIFY(box);
                if (i > 0) // the first run leaves a container waiting for the next
                    QTRY_COMPARE_WITH_TIMEOUT(engine.warmContainerCount(), 1, 20000);
                box->start();
                QVERIFY(box->waitForFinished(30000));
                QCOMPARE(box->stdoutStream().readAll(), QStringLiteral("run %1\n\n/\n").arg(i).toUtf8());
            }
            // A different spec (environment, workdir) still fits a warm container.
            SandboxSpec spec = shell(QStringLiteral("echo $X; pwd; test -e /marker || echo fresh; touch /marker"));
            spec.env.insert(QStringLiteral("X"), QStringLiteral("y"));
            spec.workdir = QStringLiteral("/srv");
            spec.blockNetwork = true;
            QTRY_COMPARE_WITH_TIMEOUT(engine.warmContainerCount(), 1, 20000);
            auto box = create(spec, &engine);
            box->start();
            QVERIFY(box->waitForFinished(30000));
            QCOMPARE(box->stdoutStream().readAll(), QByteArray("y\n/srv\nfresh\n"));
        }
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void engineGoesWhileWarmingUp()
    {
        QElapsedTimer clock;
        clock.start();
        {
            Engine::Options options;
            options.warmContainers = 2;
            Engine engine(options);
            auto box = create(shell(QStringLiteral("true")), &engine);
            QVERIFY(box);
            box->start();
            QVERIFY(box->waitForFinished(30000));
            QTest::qWait(30); // the refill is under way: create or start in flight
        }
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void concurrentSandboxes()
    {
        constexpr int count = 8;
        std::vector<std::unique_ptr<Sandbox>> boxes;
        for (int i = 0; i < count; ++i) {
            boxes.push_back(create(shell(QStringLiteral("sleep 1; echo sandbox %1; exit %1").arg(i))));
            QVERIFY(boxes.back());
        }
        for (auto& box : boxes)
            box->start();
        for (int i = 0; i < count; ++i) {
            QVERIFY(boxes[static_cast<size_t>(i)]->waitForFinished(120000));
            QCOMPARE(boxes[static_cast<size_t>(i)]->returnCode(), i);
            QCOMPARE(boxes[static_cast<size_t>(i)]->stdoutStream().readAll(), QStringLiteral("sandbox %1\n").arg(i).toUtf8());
        }
        boxes.clear();
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIo)
#include "tst_sandboxio.moc"
