// Long-lived sandboxes: create, exec, ls, stop, kill, cp, snapshot, through
// the real sandbox-run and sandbox-monitor processes and the C++ API, in
// real containers.
#include "TestSupport.h"
#include "image/LayerStore.h"
#include "lifecycle/ControlSocket.h"
#include "lifecycle/DetachedSandbox.h"
#include "lifecycle/ExecProcess.h"
#include "sandbox/InputStream.h"
#include "sandbox/OutputStream.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sandbox;

namespace {

struct Result
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

Result runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
}

QString createCli(const QStringList& options)
{
    const Result result = runCli(QStringList{QStringLiteral("create")} + options);
    if (result.exitCode != 0)
        qWarning("create failed: %s", result.err.constData());
    return QString::fromUtf8(result.out.trimmed());
}

Result execCli(const QString& id, const QString& script, const QByteArray& input = {})
{
    return runCli({QStringLiteral("exec"), id, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script},
                  input);
}

int openFdCount(qint64 pid)
{
    return static_cast<int>(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

bool waitUntil(const std::function<bool()>& done, int msecs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > msecs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class TestDetached : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    std::optional<DetachedSandbox> open(const QString& id)
    {
        return DetachedSandbox::open(m_engine->paths(), id, nullptr);
    }

    // Runs `script` through the API and returns its stdout.
    QByteArray execApi(const DetachedSandbox& box, const QString& script, int* code = nullptr)
    {
        std::unique_ptr<ExecProcess> process(box.exec({QStringLiteral("sh"), QStringLiteral("-c"), script}, {}));
        process->closeStdin();
        if (!process->waitForFinished(60000))
            return "TIMEOUT";
        if (code)
            *code = process->returnCode();
        return process->stdoutStream().readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
        QVERIFY2(!locateMonitorBinary().isEmpty(), "sandbox-monitor is not built");
    }

    void cleanupTestCase()
    {
        if (!m_engine)
            return;
        for (const SandboxStatus& status : DetachedSandbox::list(m_engine->paths())) {
            if (std::optional<DetachedSandbox> box = open(status.record.id))
                box->kill(nullptr);
        }
    }

    void execSeesMainCommandsFilesAndProcesses()
    {
        const QString id = createCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo from-main > /tmp/main-file; exec sleep 4242")});
        QVERIFY(id.startsWith(QLatin1String("ss-")));
        QVERIFY(waitUntil([&] { return execCli(id, QStringLiteral("cat /tmp/main-file")).out == "from-main\n"; }, 10000));
        const Result procs = execCli(id, QStringLiteral("cat /proc/[0-9]*/cmdline | tr '\\0' ' '"));
        QVERIFY2(procs.out.contains("sleep 4242"), procs.out.constData());
        // Written by an exec, seen by the next; stdin, stderr and the exit code pass through.
        QCOMPARE(execCli(id, QStringLiteral("echo hi > /tmp/x; echo err >&2; exit 7")).exitCode, 7);
        const Result second = execCli(id, QStringLiteral("cat /tmp/x; wc -l"), "a\nb\n");
        QCOMPARE(second.out, QByteArray("hi\n2\n"));
        QCOMPARE(execCli(id, QStringLiteral("echo err >&2")).err, QByteArray("err\n"));
        QCOMPARE(execCli(id, QStringLiteral("kill -TERM $$")).exitCode, 143);
        QCOMPARE(runCli({QStringLiteral("exec"), id, QStringLiteral("--"), QStringLiteral("/no/such")}).exitCode, 125);
        QCOMPARE(runCli({QStringLiteral("stop"), id}).exitCode, 0);
        QCOMPARE(execCli(id, QStringLiteral("true")).exitCode, 125);
        QCOMPARE(execCli(QStringLiteral("ss-0000000000000000"), QStringLiteral("true")).exitCode, 125);
    }

    void twentyExecsKeepState()
    {
        const QString id = createCli({});
        std::optional<DetachedSandbox> box = open(id);
        QVERIFY(box);
        QByteArray last;
        for (int i = 0; i < 20; ++i)
            last = execApi(*box, QStringLiteral("echo x >> /tmp/count; wc -l < /tmp/count"));
        QCOMPARE(last, QByteArray("20\n"));
        QVERIFY(box->stop(nullptr));
    }

    void apiStreamsSignalsAndEnvironment()
    {
        Monitor::Request request;
        request.spec.env.insert(QStringLiteral("FROM_SPEC"), QStringLiteral("spec"));
        request.spec.workdir = QStringLiteral("/srv");
        QString error;
        const QString id = DetachedSandbox::create(request, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        std::optional<DetachedSandbox> box = open(id);
        QVERIFY(box);
        QCOMPARE(execApi(*box, QStringLiteral("echo $FROM_SPEC $(pwd)")), QByteArray("spec /srv\n"));
        ExecOptions options;
        options.workdir = QStringLiteral("/tmp");
        options.env.insert(QStringLiteral("FROM_SPEC"), QStringLiteral("exec"));
        std::unique_ptr<ExecProcess> process(
            box->exec({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $FROM_SPEC $(pwd); cat")}, options));
        QVERIFY(process->waitForStarted(10000));
        process->writeStdin("typed\n");
        process->closeStdin();
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->stdoutStream().readAll(), QByteArray("exec /tmp\ntyped\n"));
        QCOMPARE(process->returnCode(), 0);
        std::unique_ptr<ExecProcess> sleeper(box->exec({QStringLiteral("sleep"), QStringLiteral("100")}, {}));
        QVERIFY(sleeper->waitForStarted(10000));
        sleeper->terminate();
        QVERIFY(sleeper->waitForFinished(10000));
        QCOMPARE(sleeper->returnCode(), -SIGTERM);
        ExecOptions timed;
        timed.timeoutSeconds = 1;
        std::unique_ptr<ExecProcess> slow(box->exec({QStringLiteral("sleep"), QStringLiteral("100")}, timed));
        QVERIFY(slow->waitForFinished(10000));
        QVERIFY(slow->timedOut());
        QVERIFY(box->kill(nullptr));
    }

    void terminalSizeFollowsResize()
    {
        const QString id = createCli({});
        std::optional<DetachedSandbox> box = open(id);
        QVERIFY(box);
        ExecOptions options;
        options.terminal = true;
        options.columns = 80;
        options.rows = 24;
        std::unique_ptr<ExecProcess> shell(box->exec({QStringLiteral("sh")}, options));
        QVERIFY(shell->waitForStarted(10000));
        shell->writeStdin("stty size\n");
        QVERIFY(waitUntil([&] { return shell->stdoutStream().readAll().contains("24 80"); }, 10000));
        QVERIFY(shell->resize(132, 43));
        shell->writeStdin("stty size; exit 3\n");
        QVERIFY(shell->waitForFinished(10000));
        QVERIFY2(shell->stdoutStream().readAll().contains("43 132"), shell->stdoutStream().readAll().constData());
        QCOMPARE(shell->returnCode(), 3);
        QVERIFY(box->stop(nullptr));
    }

    void idleTimeoutEndsAnIdleSandboxAndExecsResetIt()
    {
        const QString id = createCli({QStringLiteral("--idle-timeout"), QStringLiteral("2")});
        std::optional<DetachedSandbox> box = open(id);
        QVERIFY(box);
        for (int i = 0; i < 4; ++i) { // 4.8 s in all, never 2 s idle
            QTest::qWait(1200);
            int code = -1;
            execApi(*box, QStringLiteral("true"), &code);
            QCOMPARE(code, 0);
        }
        // A long exec is not idleness.
        int code = -1;
        execApi(*box, QStringLiteral("sleep 3"), &code);
        QCOMPARE(code, 0);
        QVERIFY(box->status().running);
        QVERIFY(waitUntil([&] { return testsupport::engineLeftovers(*m_engine).isEmpty(); }, 8000));
    }

    void otherProcessesListExecAndStopByName()
    {
        const QString id = createCli({QStringLiteral("--name"), QStringLiteral("lister"), QStringLiteral("--label"),
                                      QStringLiteral("team=blue")});
        QVERIFY(!id.isEmpty());
        QCOMPARE(runCli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("lister")}).exitCode, 125);
        const QString other = createCli({QStringLiteral("--label"), QStringLiteral("team=red")});
        const Result listed = runCli({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--label"),
                                      QStringLiteral("team=blue")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(all[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(all[0].toObject().value(QStringLiteral("creator")).toString(), QStringLiteral("cli"));
        QVERIFY(runCli({QStringLiteral("ls")}).out.contains("lister"));
        QCOMPARE(execCli(QStringLiteral("lister"), QStringLiteral("echo ok")).out, QByteArray("ok\n"));
        QCOMPARE(runCli({QStringLiteral("stop"), QStringLiteral("lister")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("kill"), other}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("stop"), QStringLiteral("lister")}).exitCode, 125);
        QVERIFY(waitUntil([&] { return testsupport::engineLeftovers(*m_engine).isEmpty(); }, 5000));
    }

    void logsKeepTheMainCommandsOutput()
    {
        const QString id = createCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo line1; echo line2 >&2; sleep 100")});
        QVERIFY(waitUntil([&] { return runCli({QStringLiteral("logs"), id}).out == "line1\nline2\n"; }, 10000));
        QCOMPARE(runCli({QStringLiteral("kill"), id}).exitCode, 0);
    }

    void monitorKilledLeavesNothingAfterTheJanitor()
    {
        const QStringList before = testsupport::leftovers(m_engine->paths(), m_engine->runtime());
        const QString id = createCli({});
        const std::optional<SandboxRecord> record = records::read(m_engine->paths(), id);
        QVERIFY(record);
        QVERIFY(::kill(static_cast<pid_t>(record->monitorPid), SIGKILL) == 0);
        // sandbox-init sees its channels close and ends the sandbox.
        QVERIFY(waitUntil([&] { return QDir(QStringLiteral("/proc/%1").arg(record->monitorPid)).exists() == false; }, 5000));
        QCOMPARE(execCli(id, QStringLiteral("true")).exitCode, 125);
        Engine::Options options;
        options.warmContainers = 0;
        Engine janitor(options);
        QCOMPARE(testsupport::leftovers(m_engine->paths(), m_engine->runtime()), before);
        QVERIFY(QDir(m_engine->paths().runtimeStateDir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void copiesAreConfined()
    {
        const QString id = createCli({});
        QTemporaryDir host;
        QFile source(host.filePath(QStringLiteral("in.txt")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write("payload\n");
        source.close();
        QCOMPARE(runCli({QStringLiteral("cp"), source.fileName(), id + QStringLiteral(":/tmp/in.txt")}).exitCode, 0);
        QCOMPARE(execCli(id, QStringLiteral("cat /tmp/in.txt")).out, QByteArray("payload\n"));
        // A link to the host's files names the sandbox's own, both ways.
        execCli(id, QStringLiteral("ln -s /etc/hostname /tmp/link; ln -s ../../../../../etc/shadow /tmp/up"));
        const QString out = host.filePath(QStringLiteral("out"));
        QCOMPARE(runCli({QStringLiteral("cp"), id + QStringLiteral(":/tmp/link"), out}).exitCode, 0);
        QFile copied(out);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), execCli(id, QStringLiteral("cat /etc/hostname")).out);
        QCOMPARE(runCli({QStringLiteral("cp"), source.fileName(), id + QStringLiteral(":/tmp/up")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("cp"), source.fileName(), id + QStringLiteral(":/../../../../tmp/escaped")}).exitCode, 0);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/escaped")));
        QCOMPARE(execCli(id, QStringLiteral("cat /tmp/escaped")).out, QByteArray("payload\n"));
        QCOMPARE(runCli({QStringLiteral("kill"), id}).exitCode, 0);
    }

    void hostileExecIsContainedLikeTheMainCommand()
    {
        const QString id = createCli({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("exec sleep 4343")});
        const QString fields = QStringLiteral("grep -E '^(CapEff|CapBnd|CapPrm|Seccomp|NoNewPrivs):' /proc/%1/status; cat /proc/%1/cgroup");
        const QString findSleep = QStringLiteral("for p in /proc/[0-9]*; do [ \"$(cat $p/comm)\" = sleep ] && echo ${p#/proc/}; done");
        QVERIFY(waitUntil([&] { return !execCli(id, findSleep).out.isEmpty(); }, 5000));
        const QByteArray mainPid = execCli(id, findSleep).out.trimmed();
        const QByteArray main = execCli(id, fields.arg(QString::fromLatin1(mainPid))).out;
        const QByteArray exec = execCli(id, fields.arg(QStringLiteral("self"))).out;
        QVERIFY2(main.contains("Seccomp:\t2"), main.constData());
        QCOMPARE(exec, main);
        const Result hostile = execCli(id, QStringLiteral(
            "mount -t tmpfs t /mnt 2>/dev/null && echo ESCAPED:mount\n"
            "unshare -U true 2>/dev/null && echo ESCAPED:userns\n"
            "unshare -m true 2>/dev/null && echo ESCAPED:mountns\n"
            "echo x > /proc/sys/kernel/hostname 2>/dev/null && echo ESCAPED:sysctl\n"
            "ls /lib/modules 2>/dev/null | grep . && echo ESCAPED:modules\n"
            "echo TRIED"));
        QCOMPARE(hostile.out, QByteArray("TRIED\n"));
        QCOMPARE(runCli({QStringLiteral("kill"), id}).exitCode, 0);
    }

    void controlSocketRefusesAnotherUser()
    {
        const QString id = createCli({});
        const QString socket = records::socketPath(m_engine->paths(), id);
        // Let the other user reach the socket file, so that only the
        // monitor's peer check stands in its way.
        const QString dir = records::dir(m_engine->paths(), id);
        QList<QPair<QString, QFile::Permissions>> saved;
        for (const QString& path : {dir, socket}) {
            saved.append({path, QFile::permissions(path)});
            ::chmod(QFile::encodeName(path).constData(), path == socket ? 0666 : 0711);
        }
        const pid_t child = ::fork();
        if (child == 0) {
            // Through the directory's descriptor, so that the data
            // directory's parents need not be opened to the other user.
            const int dirFd = ::open(QFile::encodeName(dir).constData(), O_PATH | O_DIRECTORY);
            if (dirFd < 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::prctl(PR_SET_DUMPABLE, 1) != 0)
                ::_exit(2);
            UniqueFd connection = control::connect(QStringLiteral("/proc/self/fd/%1/control.sock").arg(dirFd), nullptr);
            if (!connection.isValid())
                ::_exit(3);
            control::send(connection.get(), R"({"op":"status"})");
            QByteArray answer;
            // Closed unanswered (EOF, or a reset since the request was never read).
            ::_exit(control::receive(connection.get(), &answer, nullptr) <= 0 ? 0 : 4);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        for (const auto& [path, permissions] : saved)
            QFile::setPermissions(path, permissions);
        QCOMPARE(WEXITSTATUS(status), 0); // connected, then closed unanswered
        // And through the command line, as nobody.
        QProcess setpriv;
        setpriv.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                  QStringLiteral("--clear-groups"), QStringLiteral(SANDBOX_RUN_BINARY),
                                                  QStringLiteral("exec"), id, QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(setpriv.waitForFinished(30000));
        QCOMPARE(setpriv.exitCode(), 125);
        QCOMPARE(runCli({QStringLiteral("kill"), id}).exitCode, 0);
    }

    void twoHundredExecsLeakNothing()
    {
        const QString id = createCli({});
        std::optional<DetachedSandbox> box = open(id);
        QVERIFY(box);
        // The shell's builtins only: no process of the count's own.
        const QString countProcesses = QStringLiteral("set -- /proc/[0-9]*; echo $#");
        int code = -1;
        const QByteArray processesBefore = execApi(*box, countProcesses);
        const int fdsBefore = openFdCount(box->record().monitorPid);
        for (int i = 0; i < 200; ++i) {
            execApi(*box, QStringLiteral("true"), &code);
            QCOMPARE(code, 0);
        }
        QCOMPARE(execApi(*box, countProcesses), processesBefore);
        // The monitor closes the last connection when it sees its end.
        QVERIFY(waitUntil([&] { return openFdCount(box->record().monitorPid) == fdsBefore; }, 3000));
        QCOMPARE(box->status().execs, 0);
        QVERIFY(box->stop(nullptr));
    }

    void snapshotKeepsAddedChangedAndDeletedFiles()
    {
        const QString id = createCli({QStringLiteral("--keep")});
        QCOMPARE(execCli(id, QStringLiteral("echo new > /root/added; echo changed > /etc/motd; rm /etc/issue; "
                                          "mkdir -p /opt/big && head -c 104857600 /dev/urandom > /opt/big/blob")).exitCode,
                 0);
        QElapsedTimer clock;
        clock.start();
        const Result snapshot = runCli({QStringLiteral("snapshot"), id, QStringLiteral("--tag"), QStringLiteral("snap-test")});
        qInfo("snapshot of 100 MB: %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(snapshot.exitCode, 0);
        const QString image = QString::fromUtf8(snapshot.out.trimmed());
        QCOMPARE(image.size(), 12);
        QVERIFY(runCli({QStringLiteral("images"), QStringLiteral("list")}).out.contains("snap-test"));
        // A finished sandbox's kept files snapshot too.
        QCOMPARE(runCli({QStringLiteral("stop"), id}).exitCode, 0);
        const Result again = runCli({QStringLiteral("snapshot"), id, QStringLiteral("--tag"), QStringLiteral("snap-test2")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("stop"), id}).exitCode, 0);
        const Result run = runCli({QStringLiteral("--image"), QStringLiteral("localhost/snap-test"), QStringLiteral("--"),
                                   QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("cat /root/added /etc/motd; test -e /etc/issue || echo deleted; "
                                                  "stat -c %s /opt/big/blob")});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out, QByteArray("new\nchanged\ndeleted\n104857600\n"));
        for (const QString& tag : {QStringLiteral("localhost/snap-test"), QStringLiteral("localhost/snap-test2")})
            QCOMPARE(runCli({QStringLiteral("images"), QStringLiteral("rm"), tag}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDetached)
#include "tst_detached.moc"
