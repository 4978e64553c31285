// Runs sandboxes on a real Slurm cluster: munged, slurmctld and slurmd on
// loopback, started by tests/slurm/slurm-cluster.sh (the ctest fixture
// slurm_cluster), and sshd on loopback for the SSH path. The node offers
// 2 CPUs; the node's sandbox-run is this build's.
#include "TestSupport.h"
#include "backend/SlurmBackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

Q_DECLARE_METATYPE(sandbox::Sandbox::EndReason)

namespace {

// Collects what one run produced.
struct Recorder
{
    QByteArray out;
    QByteArray err;
    QStringList diagnostics;
    QList<Run::State> states;

    void attach(Run* run)
    {
        QObject::connect(run, &Run::stdoutReceived, [this](const QByteArray& data) { out += data; });
        QObject::connect(run, &Run::stderrReceived, [this](const QByteArray& data) { err += data; });
        QObject::connect(run, &Run::diagnostic, [this](const QString& line) { diagnostics << line; });
        QObject::connect(run, &Run::stateChanged, [this](Run::State state) { states << state; });
    }
};

QString squeueState(const QString& jobId)
{
    QProcess squeue;
    squeue.start(QStringLiteral("squeue"), {QStringLiteral("-h"), QStringLiteral("-j"), jobId, QStringLiteral("-o"),
                                            QStringLiteral("%T %r")});
    squeue.waitForFinished(10000);
    return QString::fromUtf8(squeue.readAllStandardOutput()).trimmed();
}

QString squeueAll()
{
    QProcess squeue;
    squeue.start(QStringLiteral("squeue"), {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%i %T")});
    squeue.waitForFinished(10000);
    return QString::fromUtf8(squeue.readAllStandardOutput()).trimmed();
}

} // namespace

class TestSlurmBackend : public QObject
{
    Q_OBJECT

private:
    QMap<QString, QString> m_env;

    ClusterConfig cluster(ClusterConfig::Mode mode = ClusterConfig::Mode::LocalSlurm) const
    {
        ClusterConfig config;
        config.name = QStringLiteral("loopback");
        config.mode = mode;
        config.nodeSandboxRun = QStringLiteral(SANDBOX_RUN_BINARY);
        config.nodeDataDir = qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR");
        config.startupMinutes = 2;
        if (mode == ClusterConfig::Mode::Ssh) {
            config.sshHost = m_env.value(QStringLiteral("SSH_HOST"));
            config.sshPort = m_env.value(QStringLiteral("SSH_PORT")).toInt();
            config.sshUser = m_env.value(QStringLiteral("SSH_USER"));
            config.sshIdentityFile = m_env.value(QStringLiteral("SSH_KEY"));
            config.sshKnownHostsFile = m_env.value(QStringLiteral("SSH_KNOWN_HOSTS"));
        }
        return config;
    }

    static SandboxSpec spec(const QString& script, int timeoutSeconds = 120)
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
        spec.timeoutSeconds = timeoutSeconds;
        return spec;
    }

    static std::unique_ptr<Run> create(SlurmBackend& backend, const SandboxSpec& spec)
    {
        QString error;
        std::unique_ptr<Run> run(backend.createRun(spec, &error));
        if (!run)
            qWarning("createRun: %s", qPrintable(error));
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QFile envFile(QStringLiteral(SLURM_CLUSTER_DIR "/cluster.env"));
        if (!envFile.open(QIODevice::ReadOnly))
            QSKIP("no Slurm cluster: the slurm_cluster fixture did not start one (see its log)");
        for (const QByteArray& line : envFile.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                m_env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
        qputenv("SLURM_CONF", m_env.value(QStringLiteral("SLURM_CONF")).toUtf8());
    }

    void outputStreamsLiveAndStaysApart()
    {
        SlurmBackend backend(cluster());
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("echo first; echo err >&2; sleep 2; echo second")));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        // "first" arrives while the job still runs: streamed, not collected.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.out.contains("first"), 60000);
        QCOMPARE(run->state(), Run::State::Running);
        QVERIFY(!recorder.out.contains("second"));
        QVERIFY(!run->jobId().isEmpty());
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(recorder.out, QByteArray("first\nsecond\n"));
        // srun's and slurmstepd's lines went elsewhere.
        QCOMPARE(recorder.err, QByteArray("err\n"));
        QCOMPARE(run->returnCode(), 0);
        QCOMPARE(run->endReason(), Sandbox::EndReason::Exited);
        QVERIFY(recorder.states.contains(Run::State::Running));
    }

    void stdinIsDelivered()
    {
        SlurmBackend backend(cluster());
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("read a; read b; echo got:$a:$b; wc -l")));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        run->writeStdin("hello\nworld\nx\ny\n");
        run->closeStdin();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(recorder.out, QByteArray("got:hello:world\n2\n"));
        QCOMPARE(run->returnCode(), 0);
    }

    void exitCodeIsPropagated_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("code");
        QTest::newRow("exit 0") << "true" << 0;
        QTest::newRow("exit 7") << "exit 7" << 7;
        // The inner shell is not the container's PID 1, which ignores KILL.
        QTest::newRow("child killed by a signal") << "sh -c 'kill -KILL $$'" << 137;
    }

    void exitCodeIsPropagated()
    {
        QFETCH(QString, script);
        QFETCH(int, code);
        SlurmBackend backend(cluster());
        std::unique_ptr<Run> run = create(backend, spec(script));
        QVERIFY(run);
        run->start();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(run->returnCode(), code);
        QCOMPARE(run->endReason(), Sandbox::EndReason::Exited);
    }

    void sandboxTimeoutOnTheNode()
    {
        SlurmBackend backend(cluster());
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("sleep 60"), 2));
        QVERIFY(run);
        QElapsedTimer clock;
        clock.start();
        run->start();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::TimedOut);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    }

    // Slurm's own time limit (whole minutes: this test takes 1-1.5 min).
    void slurmTimeLimitMapsToTimedOut()
    {
        ClusterConfig config = cluster();
        config.maxTimeMinutes = 1; // below what the spec's 300 s would ask for
        SlurmBackend backend(config);
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("echo started; sleep 280"), 300));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        QVERIFY(run->waitForFinished(180000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::TimedOut);
        QVERIFY2(recorder.diagnostics.join(u'\n').contains(QStringLiteral("TIME LIMIT")),
                 qPrintable(recorder.diagnostics.join(u'\n')));
        QVERIFY(!recorder.err.contains("TIME LIMIT"));
    }

    void cancelRunsScancel()
    {
        SlurmBackend backend(cluster());
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("echo ready; sleep 60")));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.out.contains("ready"), 60000);
        const QString jobId = run->jobId();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(squeueState(jobId).startsWith(QStringLiteral("RUNNING")));
        QElapsedTimer clock;
        clock.start();
        run->cancel();
        QVERIFY(run->waitForFinished(30000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::Terminated);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!squeueState(jobId).startsWith(QStringLiteral("RUNNING")), 10000);
    }

    // A job that does not fit next to a running one waits, visibly, and
    // starts only when the first has ended: no overcommit.
    void secondJobPendsUntilTheFirstEnds()
    {
        ClusterConfig config = cluster();
        config.defaultCpus = 2; // the whole node
        SlurmBackend backend(config);
        std::unique_ptr<Run> first = create(backend, spec(QStringLiteral("echo one; sleep 6")));
        std::unique_ptr<Run> second = create(backend, spec(QStringLiteral("echo two")));
        QVERIFY(first && second);
        Recorder firstOut;
        Recorder secondOut;
        firstOut.attach(first.get());
        secondOut.attach(second.get());
        QElapsedTimer clock;
        clock.start();
        qint64 firstEnded = -1;
        qint64 secondStarted = -1;
        connect(first.get(), &Run::finished, this, [&] { firstEnded = clock.elapsed(); });
        connect(second.get(), &Run::stdoutReceived, this, [&] {
            if (secondStarted < 0)
                secondStarted = clock.elapsed();
        });
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstOut.out.contains("one"), 60000);
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), Run::State::Pending, 20000);
        QVERIFY(!second->jobId().isEmpty());
        QVERIFY(second->jobId() != first->jobId());
        const QString seen = squeueState(second->jobId());
        QVERIFY2(seen.startsWith(QStringLiteral("PENDING")), qPrintable(seen));
        QVERIFY(first->state() == Run::State::Running);
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(secondOut.out, QByteArray("two\n"));
        QVERIFY2(secondStarted > firstEnded, qPrintable(QStringLiteral("%1 <= %2").arg(secondStarted).arg(firstEnded)));
        QVERIFY(secondOut.states.contains(Run::State::Pending));
    }

    // The same two jobs with one CPU each fit side by side: the queueing
    // above comes from the resources, not from serialisation.
    void smallJobsRunSideBySide()
    {
        ClusterConfig config = cluster();
        config.defaultCpus = 1;
        SlurmBackend backend(config);
        // Jobs of earlier tests may still be completing.
        QTRY_VERIFY_WITH_TIMEOUT(squeueAll().isEmpty(), 30000);
        std::unique_ptr<Run> first = create(backend, spec(QStringLiteral("echo one; sleep 4")));
        std::unique_ptr<Run> second = create(backend, spec(QStringLiteral("echo two; sleep 4")));
        QVERIFY(first && second);
        Recorder firstOut;
        Recorder secondOut;
        firstOut.attach(first.get());
        secondOut.attach(second.get());
        first->start();
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstOut.out.contains("one") && secondOut.out.contains("two"), 60000);
        QCOMPARE(first->state(), Run::State::Running);
        QCOMPARE(second->state(), Run::State::Running);
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
    }

    // Slurm's --mem binds the sandbox too: on the node, sandboxes nest in
    // the job's cgroups instead of escaping them through runc's path.
    void slurmMemoryLimitBindsTheSandbox_data()
    {
        QTest::addColumn<int>("mebibytes");
        QTest::addColumn<bool>("fits");
        QTest::newRow("50 MiB fit in 200") << 50 << true;
        QTest::newRow("400 MiB do not") << 400 << false;
    }

    void slurmMemoryLimitBindsTheSandbox()
    {
        QFETCH(int, mebibytes);
        QFETCH(bool, fits);
        ClusterConfig config = cluster();
        config.defaultMemoryMiB = 200;
        SlurmBackend backend(config);
        std::unique_ptr<Run> run = create(
            backend, spec(QStringLiteral("exec python3 -c 'b = bytearray(%1 * 1024 * 1024); b[::4096] = b\"x\" * len(b[::4096]); print(\"ok\")'")
                              .arg(mebibytes)));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        QVERIFY(run->waitForFinished(60000));
        if (fits) {
            QCOMPARE(recorder.out, QByteArray("ok\n"));
            QCOMPARE(run->returnCode(), 0);
        } else {
            QVERIFY2(!recorder.out.contains("ok"), recorder.out.constData());
            // As here: the kernel's OOM kill (SIGKILL) of the command, -N as
            // a local sandbox reports it.
            QCOMPARE(run->returnCode(), -9);
            QVERIFY(run->endReason() == Sandbox::EndReason::Exited
                    || run->endReason() == Sandbox::EndReason::OutOfMemory);
        }
        // runc made the job's path in every controller; none is left.
        QVERIFY(!QDir(QStringLiteral("/sys/fs/cgroup/pids/slurm_") + m_env.value(QStringLiteral("SLURM_NODE"))).exists());
    }

    void requestLargerThanTheClusterFailsToStart()
    {
        ClusterConfig config = cluster();
        config.defaultCpus = 64;
        SlurmBackend backend(config);
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("true")));
        QVERIFY(run);
        run->start();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::FailedToStart);
        QVERIFY2(run->errorString().contains(QStringLiteral("allocate")), qPrintable(run->errorString()));
    }

    void overSsh()
    {
        SlurmBackend backend(cluster(ClusterConfig::Mode::Ssh));
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("read a; echo got:$a; echo err >&2; exit 5")));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        run->writeStdin("over-ssh\n");
        run->closeStdin();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(recorder.out, QByteArray("got:over-ssh\n"));
        QCOMPARE(recorder.err, QByteArray("err\n"));
        QCOMPARE(run->returnCode(), 5);
        QCOMPARE(run->endReason(), Sandbox::EndReason::Exited);
        QVERIFY(!run->jobId().isEmpty());
    }

    void cancelOverSsh()
    {
        SlurmBackend backend(cluster(ClusterConfig::Mode::Ssh));
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("echo ready; sleep 60")));
        QVERIFY(run);
        Recorder recorder;
        recorder.attach(run.get());
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.out.contains("ready"), 60000);
        run->cancel();
        QVERIFY(run->waitForFinished(30000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::Terminated);
    }

    void sshToNowhereFailsToStart()
    {
        ClusterConfig config = cluster(ClusterConfig::Mode::Ssh);
        config.sshPort = 1; // nothing listens there
        SlurmBackend backend(config);
        std::unique_ptr<Run> run = create(backend, spec(QStringLiteral("true")));
        QVERIFY(run);
        run->start();
        QVERIFY(run->waitForFinished(60000));
        QCOMPARE(run->endReason(), Sandbox::EndReason::FailedToStart);
        QVERIFY2(run->errorString().contains(QStringLiteral("refused")), qPrintable(run->errorString()));
    }

    void commandLineOnCluster()
    {
        QTemporaryDir dir;
        const QString clustersFile = dir.filePath(QStringLiteral("clusters.json"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SANDBOX_STUDIO_CLUSTERS_FILE"), clustersFile);
        QProcess add;
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral(SANDBOX_RUN_BINARY),
                  {QStringLiteral("clusters"), QStringLiteral("add"), QStringLiteral("loop"),
                   QStringLiteral("--node-sandbox-run"), QStringLiteral(SANDBOX_RUN_BINARY),
                   QStringLiteral("--node-data-dir"), qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR")});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);

        QProcess run;
        run.setProcessEnvironment(environment);
        run.start(QStringLiteral(SANDBOX_RUN_BINARY),
                  {QStringLiteral("--on"), QStringLiteral("loop"), QStringLiteral("--"), QStringLiteral("sh"),
                   QStringLiteral("-c"), QStringLiteral("cat; echo err >&2; exit 4")});
        run.write("piped\n");
        run.closeWriteChannel();
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.readAllStandardOutput(), QByteArray("piped\n"));
        QCOMPARE(run.readAllStandardError(), QByteArray("err\n"));
        QCOMPARE(run.exitCode(), 4);

        QProcess unknown;
        unknown.setProcessEnvironment(environment);
        unknown.start(QStringLiteral(SANDBOX_RUN_BINARY),
                      {QStringLiteral("--on"), QStringLiteral("nowhere"), QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(unknown.waitForFinished(10000));
        QCOMPARE(unknown.exitCode(), 125);
        QVERIFY(unknown.readAllStandardError().contains("no cluster named \"nowhere\""));
    }

    void cleanupTestCase()
    {
        if (m_env.isEmpty())
            return;
        // Nothing of ours left running or waiting.
        QTRY_VERIFY_WITH_TIMEOUT(squeueAll().isEmpty(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestSlurmBackend)
#include "tst_slurmbackend.moc"
