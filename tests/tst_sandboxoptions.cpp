// The sandbox options on real containers: read-only mounts, volumes,
// resource limits and the out-of-memory reason, user-mode networking,
// GPUs from CDI specs, and bad input refused before anything starts.
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Volumes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
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
    QString error;
};

SandboxSpec shell(const QString& script)
{
    SandboxSpec spec;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    spec.blockNetwork = true;
    return spec;
}

bool runQuietly(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Polls until something accepts TCP connections at host:port.
bool waitForServer(const QString& host, int port)
{
    const QStringList probe{QStringLiteral("-c"),
                            QStringLiteral("import socket; socket.create_connection(('%1', %2), 1)").arg(host).arg(port)};
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (runQuietly(QStringLiteral("python3"), probe))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// Live (not zombie) pasta processes attached to anything under `dir`.
QStringList livePastaUnder(const QString& dir)
{
    QStringList found;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        const QByteArray status = stat.readAll();
        const char state = status.at(status.lastIndexOf(')') + 2);
        if (args.contains("pasta") && args.contains(dir.toUtf8()) && state != 'Z')
            found << pid;
    }
    return found;
}

} // namespace

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    RunResult run(const SandboxSpec& spec)
    {
        RunResult result;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &result.error));
        if (!box)
            return result;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { result.out += d; });
        connect(box.get(), &Sandbox::stderrReceived, this, [&](const QByteArray& d) { result.err += d; });
        box->start();
        box->waitForFinished(120000);
        result.returnCode = box->returnCode();
        result.reason = box->endReason();
        if (result.reason == Sandbox::EndReason::FailedToStart)
            result.error = box->errorString();
        return result;
    }

    void verifyNothingLeft()
    {
        const OciRuntime runtime(m_engine->runtimeInfo(), m_engine->paths().runtimeStateDir());
        QStringList left = testsupport::leftovers(m_engine->paths(), runtime);
        left += livePastaUnder(m_engine->paths().sandboxesDir());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }

    // Bad input: refused at creation with an error naming the field, and
    // nothing on disk, in the runtime or in the cgroup tree.
    void verifyRefused(const SandboxSpec& spec, const QString& errorStart, const QString& errorContains = {})
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        QVERIFY(!box);
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        verifyNothingLeft();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        Engine::Options options;
        options.warmContainers = 0; // every check below counts what is left
        m_engine = std::make_unique<Engine>(options);
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
        std::unique_ptr<ImageBuild> build(m_engine->images().ensure(QStringLiteral("debian-slim")));
        QVERIFY2(build->waitForFinished(), qPrintable(build->errorString()));
    }

    void mountIsReadOnly()
    {
        QTemporaryDir host;
        QFile file(host.filePath(QStringLiteral("hello.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from the host\n");
        file.close();
        SandboxSpec spec = shell(QStringLiteral("cat /data/hello.txt; cat /one.txt; echo x > /data/new 2>/dev/null || echo refused"));
        spec.mounts = {{host.path(), QStringLiteral("/data")}, {file.fileName(), QStringLiteral("/one.txt")}};
        const RunResult result = run(spec);
        QCOMPARE(result.out, QByteArray("from the host\nfrom the host\nrefused\n"));
        QVERIFY(!QFile::exists(host.filePath(QStringLiteral("new"))));
        verifyNothingLeft();
    }

    void volumesPersistAndAreReachableFromTheHost()
    {
        Volumes& volumes = m_engine->volumes();
        const QString name = QStringLiteral("opt-test-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        QCOMPARE(volumes.create(name), QString());
        QVERIFY(volumes.list().contains(name));
        QVERIFY(volumes.create(name).contains(QStringLiteral("exists")));
        QVERIFY(volumes.create(QStringLiteral("ephemeral-mine")).contains(QStringLiteral("kept for ephemeral")));

        SandboxSpec write = shell(QStringLiteral("mkdir -p /v/sub && echo written inside > /v/sub/out.txt && ln -s /etc/hostname /v/escape"));
        write.volumes = {{name, QStringLiteral("/v")}};
        QCOMPARE(run(write).returnCode, 0);

        // A second sandbox sees it; so does the host.
        SandboxSpec read = shell(QStringLiteral("cat /v/sub/out.txt /v/from-host.txt"));
        read.volumes = {{name, QStringLiteral("/v")}};
        QCOMPARE(volumes.writeFile(name, QStringLiteral("from-host.txt"), "put by the host\n"), QString());
        QCOMPARE(run(read).out, QByteArray("written inside\nput by the host\n"));
        QString error;
        QCOMPARE(volumes.readFile(name, QStringLiteral("/sub/out.txt"), &error), QByteArray("written inside\n"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const Volumes::Entry& entry : volumes.listFiles(name, QStringLiteral("/"), &error))
            listed << entry.name + (entry.isDirectory ? QStringLiteral("/") : QString());
        QCOMPARE(listed, (QStringList{QStringLiteral("escape"), QStringLiteral("from-host.txt"), QStringLiteral("sub/")}));

        // The symlink a sandbox planted resolves inside the volume, never
        // to the host's /etc/hostname; "..", likewise.
        QVERIFY(volumes.readFile(name, QStringLiteral("escape"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(volumes.readFile(name, QStringLiteral("../../../../etc/hostname"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QFile hostname(QStringLiteral("/etc/hostname"));
        const QByteArray before = hostname.open(QIODevice::ReadOnly) ? hostname.readAll() : QByteArray();
        hostname.close();
        volumes.writeFile(name, QStringLiteral("escape"), "overwritten?");
        QVERIFY(hostname.open(QIODevice::ReadOnly));
        QCOMPARE(hostname.readAll(), before);

        // network_file_systems is the same thing under Modal's older name.
        QString jsonError;
        QJsonObject json = read.toJson();
        json.remove(QStringLiteral("volumes"));
        json.insert(QStringLiteral("network_file_systems"), QJsonObject{{QStringLiteral("/v"), name}});
        const SandboxSpec alias = SandboxSpec::fromJson(json, &jsonError);
        QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError));
        QCOMPARE(run(alias).out, QByteArray("written inside\nput by the host\n"));

        QCOMPARE(volumes.remove(name), QString());
        QVERIFY(!volumes.exists(name));
        verifyNothingLeft();
    }

    void ephemeralVolumeVanishesWithItsOwner()
    {
        QString error;
        std::unique_ptr<EphemeralVolume> scratch = m_engine->volumes().createEphemeral(&error);
        QVERIFY2(scratch, qPrintable(error));
        const QString path = m_engine->volumes().hostPath(scratch->name());
        SandboxSpec spec = shell(QStringLiteral("echo temp > /scratch/t"));
        spec.volumes = {{scratch->name(), QStringLiteral("/scratch")}};
        QCOMPARE(run(spec).returnCode, 0);
        QVERIFY(QFile::exists(path + QStringLiteral("/t")));
        QVERIFY(!m_engine->volumes().list().contains(scratch->name()));
        QCOMPARE(m_engine->volumes().cleanOrphans(), 0); // its owner is alive
        scratch.reset();
        QVERIFY(!QFileInfo::exists(path));
    }

    void memoryLimitEndsWithOutOfMemory()
    {
        SandboxSpec spec = shell(QStringLiteral("python3 -c 'x = bytearray(256 * 1024 * 1024); print(len(x))'"));
        spec.memoryMiB = 64;
        const RunResult result = run(spec);
        QCOMPARE(result.reason, Sandbox::EndReason::OutOfMemory);
        QCOMPARE(result.returnCode, 137);
        QCOMPARE(Sandbox::describe(result.reason), QStringLiteral("out of memory"));
        QVERIFY(result.out.isEmpty());
        verifyNothingLeft();

        // Within the limit, the same program runs and exits normally.
        spec.memoryMiB = 512;
        const RunResult fits = run(spec);
        QCOMPARE(fits.reason, Sandbox::EndReason::Exited);
        QCOMPARE(fits.out, QByteArray("268435456\n"));
    }

    void cpuAndMemoryLimitsReachTheCgroup()
    {
        // Busy for 2 s of wall time; with half a core it gets about 1 s of CPU.
        SandboxSpec spec = shell(QStringLiteral(
            "echo busy; python3 -c 'import os, time\nstart = time.time()\nwhile time.time() - start < 2: pass\n"
            "t = os.times(); print(round((t.user + t.system) / (time.time() - start), 2))'"));
        spec.cpuCores = 0.5;
        spec.memoryMiB = 100;
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        QVERIFY2(box, qPrintable(error));
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(out.startsWith("busy"), 20000);
        // The kernel's own view of the limits, read while it runs.
        const QString scope = m_engine->paths().cgroupParent() + QLatin1Char('/') + box->id();
        auto read = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("(missing)");
        };
        if (OciRuntime::hostHasPureCgroupV2()) {
            QCOMPARE(read(QStringLiteral("/sys/fs/cgroup/%1/container/cpu.max").arg(scope)), QByteArray("50000 100000"));
            QCOMPARE(read(QStringLiteral("/sys/fs/cgroup/%1/container/memory.max").arg(scope)), QByteArray("104857600"));
        } else {
            QCOMPARE(read(QStringLiteral("/sys/fs/cgroup/cpu/%1/container/cpu.cfs_quota_us").arg(scope)), QByteArray("50000"));
            QCOMPARE(read(QStringLiteral("/sys/fs/cgroup/cpu/%1/container/cpu.cfs_period_us").arg(scope)), QByteArray("100000"));
            QCOMPARE(read(QStringLiteral("/sys/fs/cgroup/memory/%1/memory.limit_in_bytes").arg(scope)), QByteArray("104857600"));
        }
        QVERIFY(box->waitForFinished(60000));
        QCOMPARE(box->returnCode(), 0);
        // Measured: never more than half a core (tolerant of a busy machine).
        const double share = out.split('\n').value(1).toDouble();
        QVERIFY2(share > 0.05 && share < 0.65, out.constData());
        verifyNothingLeft();
    }

    void blockedNetworkHasOnlyLoopback()
    {
        const RunResult result = run(shell(QStringLiteral("ls /sys/class/net | tr '\\n' ' '")));
        QCOMPARE(result.out, QByteArray("lo "));
    }

    void allowedNetworkReachesOutButNotTheHostLoopback()
    {
        // A server on the host's loopback that the sandbox must not reach.
        QProcess hostServer;
        const int hostPort = 20000 + QRandomGenerator::global()->bounded(20000);
        hostServer.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("http.server"),
                                                     QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                                     QString::number(hostPort)});
        QVERIFY(hostServer.waitForStarted());
        // An outside server, in a network namespace this test creates.
        const QString ns = QStringLiteral("ssopt%1").arg(QCoreApplication::applicationPid());
        const QString hostSide = ns + QStringLiteral("h");
        const QString nsSide = ns + QStringLiteral("n");
        QVERIFY(runQuietly(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), ns}));
        auto cleanup = qScopeGuard([&] {
            runQuietly(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), hostSide});
            runQuietly(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), ns});
            hostServer.kill();
            hostServer.waitForFinished();
        });
        const QString ip = QStringLiteral("ip");
        QVERIFY(runQuietly(ip, {QStringLiteral("link"), QStringLiteral("add"), hostSide, QStringLiteral("type"),
                                QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), nsSide,
                                QStringLiteral("netns"), ns}));
        QVERIFY(runQuietly(ip, {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.231.77.1/30"),
                                QStringLiteral("dev"), hostSide}));
        QVERIFY(runQuietly(ip, {QStringLiteral("link"), QStringLiteral("set"), hostSide, QStringLiteral("up")}));
        QVERIFY(runQuietly(ip, {QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"),
                                QStringLiteral("10.231.77.2/30"), QStringLiteral("dev"), nsSide}));
        QVERIFY(runQuietly(ip, {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), nsSide,
                                QStringLiteral("up")}));
        QProcess outsideServer;
        outsideServer.start(ip, {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("python3"),
                                 QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                                 QStringLiteral("10.231.77.2"), QStringLiteral("8080")});
        QVERIFY(outsideServer.waitForStarted());
        auto stopOutside = qScopeGuard([&] {
            outsideServer.kill();
            outsideServer.waitForFinished();
        });
        // Both servers must be listening, or "unreachable" would prove nothing.
        QVERIFY(waitForServer(QStringLiteral("127.0.0.1"), hostPort));
        QVERIFY(waitForServer(QStringLiteral("10.231.77.2"), 8080)); // over the test's own veth

        SandboxSpec spec = shell(QStringLiteral(
            "python3 - <<'EOF'\n"
            "import socket, urllib.request\n"
            "print(open('/etc/resolv.conf').read().strip())\n"
            "print(sorted(open('/proc/net/dev').read().split()[i].rstrip(':') for i in (20, 37)))\n"
            "print(urllib.request.urlopen('http://10.231.77.2:8080/', timeout=10).status)\n"
            "s = socket.socket(); s.settimeout(3)\n"
            "print('host loopback', s.connect_ex(('127.0.0.1', %1)) != 0 and 'unreachable' or 'REACHABLE')\n"
            "EOF").arg(hostPort));
        spec.blockNetwork = false;
        const RunResult result = run(spec);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.err, QByteArray());
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.value(0), QByteArray("nameserver 169.254.1.53"));
        QVERIFY2(lines.value(1).contains("'lo'") && lines.value(1).count('\'') == 4, result.out.constData());
        QCOMPARE(lines.value(2), QByteArray("200"));
        QCOMPARE(lines.value(3), QByteArray("host loopback unreachable"));
        verifyNothingLeft();
    }

    void gpuFromCdiSpec()
    {
        QTemporaryDir cdi;
        QTemporaryDir driver;
        QFile version(driver.filePath(QStringLiteral("version")));
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write("example driver 1.0\n");
        version.close();
        const QString hookMarker = cdi.filePath(QStringLiteral("hook-ran"));
        QFile spec(cdi.filePath(QStringLiteral("example.json")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(QStringLiteral(R"({
            "cdiVersion": "0.6.0",
            "kind": "example.com/gpu",
            "devices": [{"name": "0", "containerEdits": {
                "deviceNodes": [{"path": "/dev/example-gpu0", "hostPath": "/dev/zero"}]}}],
            "containerEdits": {
                "env": ["EXAMPLE_GPU=ready"],
                "mounts": [{"hostPath": "%1", "containerPath": "/opt/driver", "options": ["ro", "bind"]}],
                "hooks": [{"hookName": "createRuntime", "path": "/bin/sh", "args": ["sh", "-c", "echo ran > %2"]}]}
        })").arg(driver.path(), hookMarker).toUtf8());
        spec.close();
        QFile yaml(cdi.filePath(QStringLiteral("other.yaml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("cdiVersion: 0.6.0\nkind: other.com/gpu\n");
        yaml.close();
        qputenv("SANDBOX_STUDIO_CDI_DIRS", cdi.path().toUtf8());
        auto restore = qScopeGuard([] { qunsetenv("SANDBOX_STUDIO_CDI_DIRS"); });

        SandboxSpec run1 = shell(QStringLiteral("head -c 4 /dev/example-gpu0 | od -An -tx1 | tr -d ' '; "
                                                "echo $EXAMPLE_GPU; cat /opt/driver/version; ls /dev/zero 2>&1 >/dev/null | wc -l"));
        run1.gpu = QStringLiteral("any");
        const RunResult result = run(run1);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.out, QByteArray("00000000\nready\nexample driver 1.0\n0\n"));
        QVERIFY(QFile::exists(hookMarker));
        run1.gpu = QStringLiteral("example.com/gpu=0");
        QCOMPARE(run(run1).returnCode, 0);
        verifyNothingLeft();

        SandboxSpec bad = shell(QStringLiteral("true"));
        bad.gpu = QStringLiteral("2");
        verifyRefused(bad, QStringLiteral("gpu:"), QStringLiteral("2 GPUs asked for, but this machine has 1"));
        bad.gpu = QStringLiteral("example.com/gpu=3");
        verifyRefused(bad, QStringLiteral("gpu:"), QStringLiteral("example.com/gpu=0"));
        QTemporaryDir empty;
        qputenv("SANDBOX_STUDIO_CDI_DIRS", empty.path().toUtf8());
        bad.gpu = QStringLiteral("any");
        verifyRefused(bad, QStringLiteral("gpu:"), QStringLiteral("no CDI spec"));
    }

    void badInputIsRefusedBeforeAnythingStarts_data()
    {
        QTest::addColumn<QString>("errorStart");
        QTest::addColumn<QString>("option");
        QTest::newRow("missing mount source") << "mounts: /no/such/dir does not exist" << "mount";
        QTest::newRow("unknown volume") << "volumes: no volume named no-such-volume" << "volume";
        QTest::newRow("more cores than the host") << "cpu:" << "cpu";
        QTest::newRow("more memory than the host") << "memory:" << "memory";
        QTest::newRow("negative memory") << "memory:" << "negative-memory";
    }

    void badInputIsRefusedBeforeAnythingStarts()
    {
        QFETCH(QString, errorStart);
        QFETCH(QString, option);
        SandboxSpec spec = shell(QStringLiteral("true"));
        if (option == QLatin1String("mount"))
            spec.mounts = {{QStringLiteral("/no/such/dir"), QStringLiteral("/data")}};
        else if (option == QLatin1String("volume"))
            spec.volumes = {{QStringLiteral("no-such-volume"), QStringLiteral("/v")}};
        else if (option == QLatin1String("cpu"))
            spec.cpuCores = 1000;
        else if (option == QLatin1String("memory"))
            spec.memoryMiB = 1000 * 1000 * 1000;
        else if (option == QLatin1String("negative-memory"))
            spec.memoryMiB = -1;
        verifyRefused(spec, errorStart);
    }

    void missingPastaIsAClearError()
    {
        QTemporaryDir emptyPath;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", emptyPath.path().toUtf8());
        SandboxSpec spec = shell(QStringLiteral("true"));
        spec.blockNetwork = false;
        verifyRefused(spec, QStringLiteral("network: pasta (Debian package passt) is not installed"));
        spec.blockNetwork = true; // needs nothing
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        qputenv("PATH", path);
        QVERIFY2(box, qPrintable(error));
    }

    void missingRuntimeIsAClearError()
    {
        QTemporaryDir emptyPath;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", emptyPath.path().toUtf8());
        Engine engine;
        qputenv("PATH", path);
        QVERIFY2(engine.errorString().startsWith(QStringLiteral("runtime: no working OCI runtime found")),
                 qPrintable(engine.errorString()));
        QString error;
        QVERIFY(!engine.createSandbox(shell(QStringLiteral("true")), &error));
        QCOMPARE(error, engine.errorString());
    }

    void commandLineVolumesAndReasons()
    {
        auto cli = [](const QStringList& arguments, const QByteArray& input = {}) {
            QProcess process;
            process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
        };
        const QString name = QStringLiteral("cli-test-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        const QString volumes = QStringLiteral("volumes");
        QCOMPARE(std::get<0>(cli({volumes, QStringLiteral("create"), name})), 0);
        QCOMPARE(std::get<0>(cli({volumes, QStringLiteral("put"), name, QStringLiteral("-"), QStringLiteral("/in/a.txt")}, "3\n4\n")), 0);
        QCOMPARE(std::get<0>(cli({QStringLiteral("--block-network"), QStringLiteral("--volume"), name + QStringLiteral(":/v"),
                                  QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("wc -l < /v/in/a.txt > /v/out")})), 0);
        QCOMPARE(std::get<1>(cli({volumes, QStringLiteral("ls"), name})), QByteArray("in/\nout\n"));
        QCOMPARE(std::get<1>(cli({volumes, QStringLiteral("get"), name, QStringLiteral("/out")})), QByteArray("2\n"));
        QCOMPARE(std::get<0>(cli({volumes, QStringLiteral("rm"), name, QStringLiteral("/out")})), 0);
        QCOMPARE(std::get<1>(cli({volumes, QStringLiteral("ls"), name})), QByteArray("in/\n"));
        QVERIFY(std::get<1>(cli({volumes, QStringLiteral("list")})).split('\n').contains(name.toUtf8()));
        QCOMPARE(std::get<0>(cli({volumes, QStringLiteral("rm"), name})), 0);
        const auto gone = cli({volumes, QStringLiteral("get"), name, QStringLiteral("/in/a.txt")});
        QCOMPARE(std::get<0>(gone), 1);
        QVERIFY(std::get<2>(gone).contains(QByteArray("no volume named " + name.toUtf8())));
        QCOMPARE(std::get<0>(cli({volumes, QStringLiteral("frobnicate")})), 2);

        const auto hog = cli({QStringLiteral("--block-network"), QStringLiteral("--memory"), QStringLiteral("32"), QStringLiteral("--"),
                              QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("a=0123456789abcdef; while :; do a=$a$a; done")});
        QCOMPARE(std::get<0>(hog), 137);
        QVERIFY2(std::get<2>(hog).contains("out of memory: the sandbox hit its 32 MiB limit"), std::get<2>(hog).constData());

        const auto missing = cli({QStringLiteral("--mount"), QStringLiteral("/no/such:/x"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(std::get<0>(missing), 125);
        QVERIFY(std::get<2>(missing).contains("mounts: /no/such does not exist"));
        verifyNothingLeft();
    }

    void crashedRunLeavesNoPasta()
    {
        // sandbox-run killed mid-run with the network on: the next engine
        // start removes the namespace, and pasta goes with it.
        QProcess cli;
        cli.start(QStringLiteral(SANDBOX_RUN_BINARY),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo up; sleep 120")});
        QVERIFY(cli.waitForReadyRead(60000));
        QVERIFY(!livePastaUnder(m_engine->paths().sandboxesDir()).isEmpty());
        ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        Engine fresh;
        QVERIFY2(fresh.errorString().isEmpty(), qPrintable(fresh.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(livePastaUnder(m_engine->paths().sandboxesDir()).isEmpty(), 5000);
        verifyNothingLeft();
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
