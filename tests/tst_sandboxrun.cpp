// Real sandboxes through the real OCI runtime: output, exit codes,
// timeouts, stdin, and nothing left behind.
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace sandbox;

namespace {

struct RunResult
{
    QByteArray out;
    QByteArray err;
    int returnCode = -1;
    Sandbox::EndReason reason = Sandbox::EndReason::None;
};

} // namespace

class TestSandboxRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    RunResult run(const SandboxSpec& spec, const QByteArray& input = {})
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        RunResult result;
        if (!box) {
            qWarning() << error;
            return result;
        }
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { result.out += d; });
        connect(box.get(), &Sandbox::stderrReceived, this, [&](const QByteArray& d) { result.err += d; });
        box->start();
        if (!input.isNull()) {
            box->writeStdin(input);
            box->closeStdin();
        }
        box->waitForFinished(120000);
        result.returnCode = box->returnCode();
        result.reason = box->endReason();
        return result;
    }

    static SandboxSpec shell(const QString& script) { return testsupport::shellSpec(script); }

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
    }

    void streamsAndExitCode_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("returnCode");
        QTest::newRow("both streams, exit 3") << "echo hi; echo err >&2; exit 3" << QByteArray("hi\n") << QByteArray("err\n") << 3;
        QTest::newRow("success") << "true" << QByteArray() << QByteArray() << 0;
        QTest::newRow("python") << "python3 -c 'import sys; print(6*7); sys.exit(5)'" << QByteArray("42\n") << QByteArray() << 5;
        QTest::newRow("child killed by signal") << "python3 -c 'import os; os.kill(os.getpid(), 9)'" << QByteArray() << QByteArray("Killed\n") << 137;
        QTest::newRow("env and workdir") << "echo $HOME $LANG" << QByteArray("/root C.UTF-8\n") << QByteArray() << 0;
        QTest::newRow("command not found") << "no-such-program" << QByteArray() << QByteArray("sh: 1: no-such-program: not found\n") << 127;
    }

    void streamsAndExitCode()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, returnCode);
        const RunResult result = run(shell(script));
        QCOMPARE(result.out, out);
        QCOMPARE(result.err, err);
        QCOMPARE(result.returnCode, returnCode);
        QCOMPARE(result.reason, Sandbox::EndReason::Exited);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void specEnvAndWorkdir()
    {
        SandboxSpec spec = shell(QStringLiteral("pwd; echo \"$GREETING\""));
        spec.workdir = QStringLiteral("/srv/job");
        spec.env.insert(QStringLiteral("GREETING"), QStringLiteral("hello there"));
        const RunResult result = run(spec);
        QCOMPARE(result.out, QByteArray("/srv/job\nhello there\n"));
        QCOMPARE(result.returnCode, 0);
    }

    void stdinIsDelivered()
    {
        const RunResult result = run(shell(QStringLiteral("tr a-z A-Z")), QByteArray("hello\nworld\n"));
        QCOMPARE(result.out, QByteArray("HELLO\nWORLD\n"));
        QCOMPARE(result.returnCode, 0);
    }

    void outputArrivesLive()
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(shell(QStringLiteral("echo first; sleep 3; echo second")), &error));
        QVERIFY(box);
        QSignalSpy out(box.get(), &Sandbox::stdoutReceived);
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 10000);
        QCOMPARE(out.first().first().toByteArray(), QByteArray("first\n"));
        QCOMPARE(box->state(), Sandbox::State::Running); // "second" is still 3 s away
        QVERIFY(box->waitForFinished(30000));
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void timeoutKills()
    {
        SandboxSpec spec = shell(QStringLiteral("echo started; sleep 60"));
        spec.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const RunResult result = run(spec);
        QCOMPARE(result.reason, Sandbox::EndReason::TimedOut);
        QCOMPARE(result.out, QByteArray("started\n"));
        QVERIFY(clock.elapsed() < 20000);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void terminateStops()
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(shell(QStringLiteral("echo up; sleep 60")), &error));
        QVERIFY(box);
        QSignalSpy out(box.get(), &Sandbox::stdoutReceived);
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 10000);
        box->terminate();
        QVERIFY(box->waitForFinished(15000));
        QCOMPARE(box->endReason(), Sandbox::EndReason::Terminated);
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void eachSandboxIsFresh()
    {
        QCOMPARE(run(shell(QStringLiteral("echo x > /marker; ls /marker"))).returnCode, 0);
        const RunResult second = run(shell(QStringLiteral("test -e /marker && echo leaked || echo clean")));
        QCOMPARE(second.out, QByteArray("clean\n"));
    }

    void isolatedByDefault()
    {
        // Own pid namespace (sandbox-init is pid 1), own hostname, no
        // network but loopback when the network is blocked.
        SandboxSpec spec = shell(QStringLiteral(
            "cat /proc/1/comm; hostname; ls /sys/class/net | tr '\\n' ' '; echo; grep NoNewPrivs /proc/self/status | tr -d ' \\t'"));
        spec.blockNetwork = true; // with the network allowed, pasta adds an interface
        const RunResult result = run(spec);
        QCOMPARE(result.out, QByteArray(".sandbox-init\nsandbox\nlo \nNoNewPrivs:1\n"));
    }

    void badSpecCreatesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("timeout");
        QTest::newRow("unknown image") << "image:" << "no-such-image" << 10;
        QTest::newRow("zero timeout") << "timeout:" << "debian-slim" << 0;
    }

    void badSpecCreatesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, image);
        QFETCH(int, timeout);
        SandboxSpec spec = shell(QStringLiteral("true"));
        spec.image = image;
        spec.timeoutSeconds = timeout;
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        QVERIFY(!box);
        QVERIFY2(error.startsWith(field), qPrintable(error));
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }

    void orphanOfKilledProcessIsCleaned()
    {
        // A sandbox-run killed with SIGKILL mid-run leaves its container;
        // the next engine start removes it.
        QProcess cli;
        cli.start(QStringLiteral(SANDBOX_RUN_BINARY),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo up; sleep 120")});
        QVERIFY(cli.waitForReadyRead(60000));
        QCOMPARE(cli.readAllStandardOutput(), QByteArray("up\n"));
        ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY(!QDir(m_engine->paths().sandboxesDir()).isEmpty());
        Engine fresh;
        QVERIFY2(fresh.errorString().isEmpty(), qPrintable(fresh.errorString()));
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRun)
#include "tst_sandboxrun.moc"
