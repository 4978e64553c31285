// The pure translation between sandbox runs and Slurm: what srun is asked
// for, how its stderr is split, and what its ending means.
#include "backend/NodeCgroups.h"
#include "backend/SlurmMapping.h"
#include "backend/SrunStderrFilter.h"
#include "cli/RunCommandLine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;
using sandbox::slurm::SrunStderrFilter;

Q_DECLARE_METATYPE(sandbox::Sandbox::EndReason)

namespace {

ClusterConfig testCluster()
{
    ClusterConfig cluster;
    cluster.name = QStringLiteral("hpc");
    cluster.nodeSandboxRun = QStringLiteral("/opt/ss/bin/sandbox-run");
    return cluster;
}

QByteArray joined(const QList<QByteArray>& lines)
{
    QByteArray all;
    for (const QByteArray& line : lines)
        all += line + '|';
    return all;
}

} // namespace

class TestSlurmMapping : public QObject
{
    Q_OBJECT

    // A template so that the fields are looked up only when they exist.
    template <typename Spec>
    static bool checkSpecResources()
    {
        Spec spec;
        if constexpr (requires { spec.cpuCores; spec.memoryMiB; spec.gpu; }) {
            spec.command = {QStringLiteral("true")};
            spec.cpuCores = 1.5;
            spec.memoryMiB = 512;
            spec.gpu = QStringLiteral("2");
            ClusterConfig cluster = testCluster();
            cluster.defaultCpus = 4;
            cluster.defaultMemoryMiB = 2048;
            const slurm::Resources resources = slurm::resourcesFor(spec, cluster);
            [&] {
                QCOMPARE(resources.cpus, 2);
                QCOMPARE(resources.memoryMiB, 512);
                QCOMPARE(resources.gpus, 2);
            }();
            return true;
        } else {
            return false;
        }
    }

private Q_SLOTS:
    void timeLimit_data()
    {
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<int>("startupMinutes");
        QTest::addColumn<int>("maxTimeMinutes");
        QTest::addColumn<int>("expectedMinutes");
        QTest::newRow("1 s rounds up to a minute") << 1 << 0 << 0 << 1;
        QTest::newRow("60 s is one minute") << 60 << 0 << 0 << 1;
        QTest::newRow("61 s is two") << 61 << 0 << 0 << 2;
        QTest::newRow("startup allowance added") << 300 << 5 << 0 << 10;
        QTest::newRow("capped by the partition") << 300 << 5 << 3 << 3;
        QTest::newRow("cap above need") << 60 << 0 << 30 << 1;
    }

    void timeLimit()
    {
        QFETCH(int, timeoutSeconds);
        QFETCH(int, startupMinutes);
        QFETCH(int, maxTimeMinutes);
        QFETCH(int, expectedMinutes);
        SandboxSpec spec;
        spec.command = {QStringLiteral("true")};
        spec.timeoutSeconds = timeoutSeconds;
        ClusterConfig cluster = testCluster();
        cluster.startupMinutes = startupMinutes;
        cluster.maxTimeMinutes = maxTimeMinutes;
        QCOMPARE(slurm::resourcesFor(spec, cluster).timeLimitMinutes, expectedMinutes);
    }

    void resourcesComeFromClusterDefaults()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("true")};
        ClusterConfig cluster = testCluster();
        cluster.defaultCpus = 4;
        cluster.defaultMemoryMiB = 2048;
        const slurm::Resources resources = slurm::resourcesFor(spec, cluster);
        QCOMPARE(resources.cpus, 4);
        QCOMPARE(resources.memoryMiB, 2048);
        QCOMPARE(resources.gpus, 0);
    }

    void gpuCount_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << "" << 0;
        QTest::newRow("any") << "any" << 1;
        QTest::newRow("a count") << "3" << 3;
        QTest::newRow("ids") << "0,1" << 2;
        QTest::newRow("cdi name") << "nvidia.com/gpu=0" << 1;
        QTest::newRow("empty id") << "0,,1" << -1;
        QTest::newRow("negative") << "-2" << -1;
    }

    void gpuCount()
    {
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QCOMPARE(slurm::gpuCount(gpu), count);
    }

    // Read only where this build's spec has the sandbox options' fields.
    void resourcesComeFromTheSpec()
    {
        if (!checkSpecResources<SandboxSpec>())
            QSKIP("this build's SandboxSpec has no cpu, memory or gpu fields");
    }

    void srunArguments_data()
    {
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("memoryMiB");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("minimal") << 1 << 0 << 0 << QString()
                                 << QStringList{"--cpus-per-task=1", "--time=7"}
                                 << QStringList{"--mem", "--gres", "--partition"};
        QTest::newRow("everything") << 8 << 4096 << 2 << "gpu"
                                    << QStringList{"--cpus-per-task=8", "--mem=4096M", "--gres=gpu:2",
                                                   "--partition=gpu"}
                                    << QStringList{};
    }

    void srunArguments()
    {
        QFETCH(int, cpus);
        QFETCH(int, memoryMiB);
        QFETCH(int, gpus);
        QFETCH(QString, partition);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        ClusterConfig cluster = testCluster();
        cluster.partition = partition;
        cluster.nodeDataDir = QStringLiteral("/scratch/ss");
        const slurm::Resources resources{cpus, memoryMiB, gpus, 7};
        const QStringList args = slurm::srunArguments(resources, cluster, QStringLiteral("ss-1"));
        for (const QString& arg : present)
            QVERIFY2(args.contains(arg), qPrintable(arg + QStringLiteral(" missing from ") + args.join(u' ')));
        for (const QString& prefix : absent) {
            for (const QString& arg : args)
                QVERIFY2(!arg.startsWith(prefix), qPrintable(arg));
        }
        QVERIFY(args.contains(QStringLiteral("-u")));
        QVERIFY(args.contains(QStringLiteral("--job-name=ss-1")));
        QVERIFY(args.contains(QStringLiteral("--export=PATH,LANG,SANDBOX_STUDIO_DATA_DIR=/scratch/ss")));
        // The program comes last, reading the spec from stdin.
        QCOMPARE(args.mid(args.size() - 4), (QStringList{"/opt/ss/bin/sandbox-run", "--spec", "-", "--report-status"}));
    }

    void sshInvocationQuotesTheRemoteCommand()
    {
        ClusterConfig cluster = testCluster();
        cluster.mode = ClusterConfig::Mode::Ssh;
        cluster.sshHost = QStringLiteral("login.example.org");
        cluster.sshPort = 2222;
        cluster.sshUser = QStringLiteral("ada");
        cluster.sshIdentityFile = QStringLiteral("/home/ada/.ssh/id_ed25519");
        const slurm::Invocation invocation =
            slurm::clientInvocation(cluster, QStringLiteral("scancel"), {QStringLiteral("--name=ss-1 x")});
        QCOMPARE(invocation.program, QStringLiteral("ssh"));
        QVERIFY(invocation.arguments.contains(QStringLiteral("BatchMode=yes")));
        QCOMPARE(invocation.arguments.mid(invocation.arguments.size() - 3),
                 (QStringList{"--", "login.example.org", "scancel '--name=ss-1 x'"}));
        QVERIFY(invocation.arguments.contains(QStringLiteral("2222")));
        QVERIFY(invocation.arguments.contains(QStringLiteral("ada")));

        const slurm::Invocation local = slurm::clientInvocation(testCluster(), QStringLiteral("scancel"), {"7"});
        QCOMPARE(local.program, QStringLiteral("scancel"));
        QCOMPARE(local.arguments, QStringList{"7"});
    }

    void statusLineRoundTrip_data()
    {
        QTest::addColumn<Sandbox::EndReason>("reason");
        QTest::addColumn<int>("code");
        QTest::newRow("exited") << Sandbox::EndReason::Exited << 3;
        QTest::newRow("timed out") << Sandbox::EndReason::TimedOut << 137;
        QTest::newRow("terminated") << Sandbox::EndReason::Terminated << 143;
        QTest::newRow("failed") << Sandbox::EndReason::FailedToStart << -1;
        QTest::newRow("oom") << Sandbox::EndReason::OutOfMemory << 137;
    }

    void statusLineRoundTrip()
    {
        QFETCH(Sandbox::EndReason, reason);
        QFETCH(int, code);
        Sandbox::EndReason parsedReason = Sandbox::EndReason::None;
        int parsedCode = 0;
        QVERIFY(slurm::parseStatusLine(slurm::statusLine(reason, code), &parsedReason, &parsedCode));
        QCOMPARE(parsedReason, reason);
        QCOMPARE(parsedCode, code);
    }

    void statusLineRejectsOthers_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("running") << slurm::runningLine();
        QTest::newRow("unknown reason") << QByteArray("sandbox-run: status: finished Exploded 3");
        QTest::newRow("no code") << QByteArray("sandbox-run: status: finished Exited");
        QTest::newRow("user text") << QByteArray("status: finished Exited 0");
    }

    void statusLineRejectsOthers()
    {
        QFETCH(QByteArray, line);
        Sandbox::EndReason reason;
        int code;
        QVERIFY(!slurm::parseStatusLine(line, &reason, &code));
    }

    void jobEvents_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("jobId");
        QTest::newRow("queued") << QByteArray("srun: job 12 queued and waiting for resources")
                                << int(slurm::JobEvent::Kind::Queued) << "12";
        QTest::newRow("allocated") << QByteArray("srun: job 12 has been allocated resources")
                                   << int(slurm::JobEvent::Kind::Allocated) << "12";
        QTest::newRow("verbose") << QByteArray("srun: jobid 5: nodes(1):`localhost', cpu counts: 1(x1)")
                                 << int(slurm::JobEvent::Kind::Allocated) << "5";
        QTest::newRow("other") << QByteArray("srun: Node localhost, 1 tasks started") << int(slurm::JobEvent::Kind::None)
                               << QString();
    }

    void jobEvents()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QString, jobId);
        const slurm::JobEvent event = slurm::parseJobEvent(line);
        QCOMPARE(int(event.kind), kind);
        QCOMPARE(event.jobId, jobId);
    }

    void classify_data()
    {
        QTest::addColumn<int>("srunExit");
        QTest::addColumn<bool>("cancelRequested");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArray>("diagnostic");
        QTest::addColumn<Sandbox::EndReason>("reason");
        QTest::addColumn<int>("code");
        const QByteArray none;
        QTest::newRow("exit code from the node") << 3 << false << slurm::statusLine(Sandbox::EndReason::Exited, 3) << none
                                                 << Sandbox::EndReason::Exited << 3;
        QTest::newRow("node timed out") << 124 << false << slurm::statusLine(Sandbox::EndReason::TimedOut, 137) << none
                                        << Sandbox::EndReason::TimedOut << 137;
        QTest::newRow("slurm time limit beats node's terminated")
            << 143 << false << slurm::statusLine(Sandbox::EndReason::Terminated, 143)
            << QByteArray("slurmstepd: error: *** STEP 9.0 ON localhost CANCELLED AT 2026-11-26T04:00:00 DUE TO TIME LIMIT ***")
            << Sandbox::EndReason::TimedOut << 143;
        QTest::newRow("slurm oom") << 1 << false << none
                                   << QByteArray("slurmstepd: error: Detected 1 oom-kill event(s) in StepId=3.0.")
                                   << Sandbox::EndReason::OutOfMemory << 1;
        QTest::newRow("cancelled, node reported") << 143 << true << slurm::statusLine(Sandbox::EndReason::Terminated, 143)
                                                  << none << Sandbox::EndReason::Terminated << 143;
        QTest::newRow("cancelled while pending") << 1 << true << none
                                                 << QByteArray("srun: Job has been cancelled")
                                                 << Sandbox::EndReason::Terminated << 1;
        QTest::newRow("never allocated") << 1 << false << none
                                         << QByteArray("srun: error: Unable to allocate resources: Invalid partition name specified")
                                         << Sandbox::EndReason::FailedToStart << -1;
        QTest::newRow("ssh refused") << 255 << false << none
                                     << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused")
                                     << Sandbox::EndReason::FailedToStart << -1;
    }

    void classify()
    {
        QFETCH(int, srunExit);
        QFETCH(bool, cancelRequested);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArray, diagnostic);
        QFETCH(Sandbox::EndReason, reason);
        QFETCH(int, code);
        slurm::Ending ending;
        ending.srunExitCode = srunExit;
        ending.cancelRequested = cancelRequested;
        if (!diagnostic.isEmpty())
            ending.diagnostics << diagnostic;
        if (!statusLine.isEmpty()) {
            ending.diagnostics << statusLine;
            ending.sawStatus = slurm::parseStatusLine(statusLine, &ending.statusReason, &ending.statusReturnCode);
        }
        const slurm::Outcome outcome = slurm::classify(ending);
        QCOMPARE(outcome.reason, reason);
        QCOMPARE(outcome.returnCode, code);
        if (reason == Sandbox::EndReason::FailedToStart)
            QCOMPARE(outcome.error, QString::fromUtf8(diagnostic));
    }

    void failedToStartSaysWhy()
    {
        slurm::Ending ending;
        ending.srunExitCode = 125;
        ending.diagnostics << "sandbox-run: image: \"nope\" is not a known image"
                           << slurm::statusLine(Sandbox::EndReason::FailedToStart, -1);
        ending.sawStatus = slurm::parseStatusLine(ending.diagnostics.last(), &ending.statusReason,
                                                  &ending.statusReturnCode);
        const slurm::Outcome outcome = slurm::classify(ending);
        QCOMPARE(outcome.reason, Sandbox::EndReason::FailedToStart);
        QCOMPARE(outcome.error, QStringLiteral("image: \"nope\" is not a known image"));
    }

    // The same stream cut into pieces at every possible point must split
    // the same way: srun's pipe delivers arbitrary chunks.
    void stderrFilter_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("diagnostics");
        const QByteArray running = slurm::runningLine() + '\n';
        QTest::newRow("preamble is all diagnostics")
            << QByteArray("srun: job 3 queued and waiting for resources\nsandbox-run: [ 10%] bootstrap\n") + running
                   + "err\n"
            << QByteArray("err\n")
            << QByteArray("srun: job 3 queued and waiting for resources|sandbox-run: [ 10%] bootstrap|") + slurm::runningLine() + '|';
        QTest::newRow("srun lines among user lines")
            << running + "one\nsrun: error: x\ntwo\nslurmstepd-node1: error: *** JOB 3 CANCELLED ***\n"
            << QByteArray("one\ntwo\n")
            << slurm::runningLine() + "|srun: error: x|slurmstepd-node1: error: *** JOB 3 CANCELLED ***|";
        QTest::newRow("near-prefixes are the user's")
            << running + "sru\nsrun:x\nsandbox\nslurm\n"
            << QByteArray("sru\nsrun:x\nsandbox\nslurm\n") << slurm::runningLine() + '|';
        QTest::newRow("prefix only at line start")
            << running + "say srun: hi\n" << QByteArray("say srun: hi\n") << slurm::runningLine() + '|';
        QTest::newRow("partial user line at the end")
            << running + "prompt> " << QByteArray("prompt> ") << slurm::runningLine() + '|';
        QTest::newRow("held prefix released at the end")
            << running + "sr" << QByteArray("sr") << slurm::runningLine() + '|';
        QTest::newRow("ssh error before anything ran")
            << QByteArray("Permission denied (publickey).\n") << QByteArray()
            << QByteArray("Permission denied (publickey).|");
    }

    void stderrFilter()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, diagnostics);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SrunStderrFilter filter;
            QByteArray gotUser;
            QList<QByteArray> gotDiagnostics;
            for (const QByteArray& piece : {stream.left(cut), stream.mid(cut)}) {
                const SrunStderrFilter::Output out = filter.feed(piece);
                gotUser += out.user;
                gotDiagnostics += out.diagnostics;
            }
            const SrunStderrFilter::Output last = filter.finish();
            gotUser += last.user;
            gotDiagnostics += last.diagnostics;
            QCOMPARE(gotUser, user);
            QCOMPARE(joined(gotDiagnostics), diagnostics);
        }
    }

    void userBytesPassAtOnce()
    {
        SrunStderrFilter filter;
        filter.feed(slurm::runningLine() + '\n');
        QVERIFY(filter.sandboxRunning());
        // A prompt with no newline is not held back.
        QCOMPARE(filter.feed("Password: ").user, QByteArray("Password: "));
        QCOMPARE(filter.feed("x").user, QByteArray("x"));
    }

    void jobCgroupParent_data()
    {
        QTest::addColumn<QByteArray>("procSelfCgroup");
        QTest::addColumn<QString>("parent");
        QTest::newRow("slurm v1 task") << QByteArray("9:name=systemd:/\n6:freezer:/slurm_n1/uid_0/job_2/step_0\n"
                                                      "4:memory:/slurm_n1/uid_0/job_2/step_0/task_0\n0::/\n")
                                       << "slurm_n1/uid_0/job_2/step_0/task_0/sandbox-studio";
        QTest::newRow("memory with others") << QByteArray("3:cpu,memory:/job/x\n") << "job/x/sandbox-studio";
        QTest::newRow("at the root") << QByteArray("4:memory:/\n") << QString();
        QTest::newRow("pure v2") << QByteArray("0::/user.slice/job\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void jobCgroupParent()
    {
        QFETCH(QByteArray, procSelfCgroup);
        QFETCH(QString, parent);
        QCOMPARE(nodecgroups::jobCgroupParent(procSelfCgroup), parent);
    }

    // Plain directories behave like cgroup directories for rmdir: an empty
    // one goes, one in use (here: holding a file) stays, with its parents.
    void removeEmptyParents()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("pids/job/task/sandbox-studio")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("memory/job/task/sandbox-studio")));
        QFile inUse(root.filePath(QStringLiteral("memory/job/task/cgroup.procs")));
        QVERIFY(inUse.open(QIODevice::WriteOnly));
        inUse.close();
        nodecgroups::removeEmptyParents(QStringLiteral("job/task/sandbox-studio"), root.path());
        QVERIFY(!QDir(root.filePath(QStringLiteral("pids/job"))).exists());
        QVERIFY(QDir(root.filePath(QStringLiteral("pids"))).exists());
        QVERIFY(!QDir(root.filePath(QStringLiteral("memory/job/task/sandbox-studio"))).exists());
        QVERIFY(QDir(root.filePath(QStringLiteral("memory/job/task"))).exists());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("specSource");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<bool>("reportStatus");
        QTest::addColumn<QString>("error");
        QTest::newRow("spec from stdin") << QStringList{"--spec", "-", "--report-status"} << "-" << QString() << true << QString();
        QTest::newRow("on a cluster") << QStringList{"--on", "hpc", "--", "true"} << QString() << "hpc" << false << QString();
        // A spec on stdin is the whole spec; a spec file may be added to.
        QTest::newRow("stdin spec and command") << QStringList{"--spec", "-", "--", "true"} << QString() << QString()
                                                << false << "cannot be combined";
        QTest::newRow("stdin spec and image") << QStringList{"--spec", "-", "--image", "debian-slim"} << QString()
                                              << QString() << false << "cannot be combined";
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, specSource);
        QFETCH(QString, cluster);
        QFETCH(bool, reportStatus);
        QFETCH(QString, error);
        const RunCommandLine result = RunCommandLine::parse(QStringList{"sandbox-run"} + arguments);
        if (!error.isEmpty()) {
            QCOMPARE(result.action, RunCommandLine::Action::Invalid);
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            return;
        }
        QCOMPARE(result.action, RunCommandLine::Action::Run);
        QCOMPARE(result.specSource, specSource);
        QCOMPARE(result.cluster, cluster);
        QCOMPARE(result.reportStatus, reportStatus);
    }
};

QTEST_GUILESS_MAIN(TestSlurmMapping)
#include "tst_slurmmapping.moc"
