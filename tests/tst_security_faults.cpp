// Faults: the app (the command line, the window) killed mid-run, a missing or broken OCI runtime, a full
// data disk, a volume deleted while a sandbox has it mounted.
// Each case asserts a clear error, nothing left behind (counted on the
// host), and that the engine works afterwards.
#include "SecuritySupport.h"
#include "image/ImageStore.h"
#include "storage/Volumes.h"
#include "util/Mounts.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace sandbox;
using namespace securitysupport;

namespace {

bool writeExecutable(const QString& path, const QByteArray& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// What `process` prints on stdout until a line holds `marker` (or it ends,
// or `timeoutMs` passes).
QByteArray readUntil(QProcess& process, const QByteArray& marker, int timeoutMs)
{
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    while (!output.contains(marker) && waited.elapsed() < timeoutMs) {
        if (process.state() != QProcess::Running && process.bytesAvailable() == 0)
            break;
        process.waitForReadyRead(500);
        output += process.readAllStandardOutput();
    }
    return output;
}

// Host processes whose command line or root names `path`.
QStringList processesUsing(const QString& path)
{
    return sandboxProcesses(path, QFile::encodeName(path));
}

} // namespace

class TestSecurityFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;
    int m_casesRun = 0;
    int m_casesRecovered = 0;

    void recovered(const QString& fault, const QString& how)
    {
        if (QTest::currentTestFailed())
            return; // a check in a helper failed: not recovered
        ++m_casesRecovered;
        qInfo().noquote() << QStringLiteral("CONTAINED: %1 — stopped by %2").arg(fault, how);
    }

    void verifyNothingLeft(const Engine& engine, const HostCounts& before)
    {
        // Exited helpers (pasta) may wait a moment to be reaped by the host.
        QStringList leaks;
        QTRY_VERIFY_WITH_TIMEOUT((leaks = HostCounts::take(engine.paths()).leakedSince(before)).isEmpty(), 10000);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
        const OciRuntime runtime(engine.runtimeInfo(), engine.paths().runtimeStateDir());
        const QStringList left = testsupport::leftovers(engine.paths(), runtime);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }

    void verifyWorks(Engine& engine)
    {
        const RunResult result = runScript(engine, QStringLiteral("python3 -c 'print(6 * 7)'"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.out, QByteArray("42\n"));
    }

    // Kills the process `pid` after it printed `ready`, then starts a fresh
    // engine and proves the orphan is gone.
    void killAndRecover(QProcess& app, const QString& what)
    {
        const HostCounts before = HostCounts::take(m_engine->paths());
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("running") && app.state() == QProcess::Running && waited.elapsed() < 120000) {
            app.waitForReadyRead(1000);
            output += app.readAllStandardOutput();
        }
        QVERIFY2(output.contains("running"), QByteArray(output + app.readAllStandardError()).constData());
        QCOMPARE(app.state(), QProcess::Running);
        // The sandbox is running: its processes, mount and directory exist.
        QVERIFY(!sandboxProcesses(m_engine->paths().dataDir).isEmpty());
        QVERIFY(!QDir(m_engine->paths().sandboxesDir()).isEmpty());
        ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QVERIFY2(!sandboxProcesses(m_engine->paths().dataDir).isEmpty() || QDir(m_engine->paths().sandboxesDir()).count() > 2,
                 "the kill left nothing to clean: the case proves nothing");
        QElapsedTimer clock;
        clock.start();
        Engine::Options cold;
        cold.warmContainers = 0;
        Engine restarted(cold);
        QVERIFY2(restarted.errorString().isEmpty(), qPrintable(restarted.errorString()));
        const qint64 cleanMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(m_engine->paths().dataDir).isEmpty(), 10000);
        verifyNothingLeft(restarted, before);
        verifyWorks(restarted);
        recovered(QStringLiteral("kill -9 of %1 mid-run, then a restart").arg(what),
                  QStringLiteral("the owner lock (flock) dies with the process; the next engine's janitor removed the "
                                 "container, mounts, cgroup and directory in %1 ms").arg(cleanMs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("SUMMARY: %1 fault cases, %2 recovered cleanly").arg(m_casesRun).arg(m_casesRecovered);
    }

    void init() { ++m_casesRun; }

    void killCliMidRun()
    {
        QProcess cli;
        cli.start(QStringLiteral(SANDBOX_RUN_BINARY),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("sleep 300 & echo running; wait")});
        killAndRecover(cli, QStringLiteral("sandbox-run"));
    }

    void killWindowMidRun()
    {
        const Paths& paths = m_engine->paths();
        QTemporaryDir config; // the window's settings, away from the user's
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const HostCounts before = HostCounts::take(paths);

        QProcess window;
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(WINDOW_DRIVER_BINARY),
                     {QStringLiteral("sh -c 'sleep 300 & echo window-run-up; wait'"), QStringLiteral("window-run-up")});
        QVERIFY2(window.waitForStarted(10000), qPrintable(window.errorString()));
        const QByteArray said = readUntil(window, "running", 120000);
        QVERIFY2(said.contains("running"), QByteArray(said + window.readAllStandardError()).constData());
        ::kill(static_cast<pid_t>(window.processId()), SIGKILL);
        QVERIFY(window.waitForFinished(10000));

        // What the dead window left: its run (and the warm container it
        // made ready for the next run), counted before the restart.
        const OciRuntime runtime(m_engine->runtimeInfo(), paths.runtimeStateDir());
        const QStringList orphan = testsupport::leftovers(paths, runtime);
        const QStringList orphanState = QDir(paths.runtimeStateDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const HostCounts orphaned = HostCounts::take(paths);
        QVERIFY2(orphaned.sandboxDirs > 0 && !orphan.isEmpty(),
                 "the kill left nothing to clean: the case proves nothing");
        QStringList orphanPids;
        for (const QString& entry : orphaned.processList)
            orphanPids << entry.section(QLatin1Char(' '), 0, 0);

        // The restart: the window again. Its engine's janitor runs before
        // the window shows ("window-up"); then a new run must work.
        QProcess restarted;
        restarted.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        restarted.start(QStringLiteral(WINDOW_DRIVER_BINARY),
                        {QStringLiteral("sh -c 'echo recovered-$((6 * 7))'"), QStringLiteral("recovered-42"),
                         QStringLiteral("--quit-when-done")});
        QVERIFY2(restarted.waitForStarted(10000), qPrintable(restarted.errorString()));
        QByteArray restartSaid = readUntil(restarted, "window-up", 60000);
        QVERIFY2(restartSaid.contains("window-up"), QByteArray(restartSaid + restarted.readAllStandardError()).constData());
        const qint64 upMs = clock.elapsed();
        // By now the orphan's directories, mounts, runtime state and cgroup
        // scopes are gone (the new run's carry new ids); its processes end
        // as their container is deleted.
        QSet<QString> orphanIds;
        static const QRegularExpression sandboxId(QStringLiteral("ss-[0-9a-f]{16}"));
        for (const QString& item : orphan + orphanState) {
            for (const QRegularExpressionMatch& match : sandboxId.globalMatch(item))
                orphanIds.insert(match.captured());
        }
        QVERIFY(!orphanIds.isEmpty());
        QStringList stillThere;
        const QStringList nowLeft = testsupport::leftovers(paths, runtime)
                                    + QDir(paths.runtimeStateDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString& left : nowLeft) {
            if (std::any_of(orphanIds.cbegin(), orphanIds.cend(), [&](const QString& id) { return left.contains(id); }))
                stillThere << left;
        }
        QVERIFY2(stillThere.isEmpty(), qPrintable(stillThere.join(QStringLiteral(", "))));
        auto alive = [&] {
            QStringList living;
            for (const QString& pid : orphanPids) {
                if (QFileInfo::exists(QStringLiteral("/proc/") + pid))
                    living << pid;
            }
            return living;
        };
        QTRY_VERIFY_WITH_TIMEOUT(alive().isEmpty(), 10000);
        restartSaid += readUntil(restarted, "finished", 120000);
        QVERIFY2(restartSaid.contains("finished 0\n"), QByteArray(restartSaid + restarted.readAllStandardError()).constData());
        QVERIFY(restarted.state() == QProcess::NotRunning || restarted.waitForFinished(30000));
        QCOMPARE(restarted.exitStatus(), QProcess::NormalExit);
        QCOMPARE(restarted.exitCode(), 0);
        verifyNothingLeft(*m_engine, before);
        recovered(QStringLiteral("kill -9 of the sandbox-studio window mid-run, then a restart of the window"),
                  QStringLiteral("the owner lock (flock) dies with the window; the restarted window's janitor removed "
                                 "the orphan (%1 processes, %2 sandbox dirs: %3) before it showed (%4 ms); its new run "
                                 "printed recovered-42, nothing left after it closed")
                      .arg(orphaned.processes)
                      .arg(orphaned.sandboxDirs)
                      .arg(orphan.join(QStringLiteral(", ")))
                      .arg(upMs));
    }

    void runtimeMissing_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("message");
        QTest::newRow("runc not on PATH") << "runc" << "no working OCI runtime found";
        QTest::newRow("an unknown runtime name") << "docker" << "is not supported";
    }

    void runtimeMissing()
    {
        QFETCH(QString, runtime);
        QFETCH(QString, message);
        QTemporaryDir emptyPath;
        const HostCounts before = HostCounts::take(m_engine->paths());
        Engine::Options options;
        options.runtime = runtime;
        std::unique_ptr<Engine> engine;
        {
            const ScopedEnv path("PATH", QFile::encodeName(emptyPath.path()));
            engine = std::make_unique<Engine>(options);
        }
        QVERIFY2(engine->errorString().contains(message), qPrintable(engine->errorString()));
        QString error;
        SandboxSpec spec;
        spec.command = {QStringLiteral("true")};
        QVERIFY(!engine->createSandbox(spec, &error));
        QCOMPARE(error, engine->errorString());
        verifyNothingLeft(*m_engine, before);
        recovered(QStringLiteral("the OCI runtime is missing (%1)").arg(QString::fromUtf8(QTest::currentDataTag())),
                  QStringLiteral("detection at engine start: \"%1\"; nothing is created").arg(engine->errorString()));
    }

    void runtimeBroken_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<bool>("engineStarts");
        QTest::addColumn<QString>("expectation");
        QTest::newRow("exits 1 at once")
            << QByteArray("#!/bin/sh\necho 'fake runc: broken' >&2\nexit 1\n") << false << "does not work";
        QTest::newRow("hangs on --version")
            << QByteArray("#!/bin/sh\nexec sleep 3600\n") << false << "does not work";
        QTest::newRow("answers --version, fails to run")
            << QByteArray("#!/bin/sh\nfor a; do [ \"$a\" = --version ] && { echo 'runc version 9.9 (fake)'; exit 0; }; done\n"
                          "[ \"$3\" = list ] && { echo '[]'; exit 0; }\necho 'fake runc: cannot run containers' >&2\nexit 1\n")
            << true << "failed to create the container";
        QTest::newRow("answers --version, then hangs in everything")
            << QByteArray("#!/bin/sh\nfor a; do [ \"$a\" = --version ] && { echo 'runc version 9.9 (fake)'; exit 0; }; done\n"
                          "exec sleep 3600\n")
            << true << "timed out";
    }

    void runtimeBroken()
    {
        QFETCH(QByteArray, script);
        QFETCH(bool, engineStarts);
        QFETCH(QString, expectation);
        QTemporaryDir fakeBin;
        QVERIFY(writeExecutable(fakeBin.filePath(QStringLiteral("runc")), script));
        const HostCounts before = HostCounts::take(m_engine->paths());
        QElapsedTimer clock;
        clock.start();
        Engine::Options options;
        options.runtime = QStringLiteral("runc");
        options.warmContainers = 0;
        std::unique_ptr<Engine> engine;
        {
            const ScopedEnv path("PATH", QFile::encodeName(fakeBin.path()) + ':' + qgetenv("PATH"));
            engine = std::make_unique<Engine>(options);
        }
        QString outcome;
        if (!engineStarts) {
            QVERIFY2(engine->errorString().contains(expectation), qPrintable(engine->errorString()));
            outcome = engine->errorString();
        } else {
            QVERIFY2(engine->errorString().isEmpty(), qPrintable(engine->errorString()));
            QCOMPARE(engine->runtimeInfo().program, fakeBin.filePath(QStringLiteral("runc")));
            const RunResult result = runScript(*engine, QStringLiteral("true"), 2);
            if (expectation == QStringLiteral("timed out")) {
                QCOMPARE(result.reason, Sandbox::EndReason::TimedOut);
            } else {
                const QByteArray said = result.err + result.error.toUtf8();
                QVERIFY2(said.contains(expectation.toUtf8()), said.constData());
                QVERIFY(result.returnCode != 0);
            }
            outcome = QStringLiteral("the run ended (%1, exit %2%3)")
                          .arg(Sandbox::describe(result.reason))
                          .arg(result.returnCode)
                          .arg(result.error.isEmpty() ? QString() : QStringLiteral(": ") + result.error);
        }
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed)));
        engine.reset();
        QVERIFY(processesUsing(fakeBin.path()).isEmpty());
        verifyNothingLeft(*m_engine, before);
        verifyWorks(*m_engine);
        recovered(QStringLiteral("a broken OCI runtime that %1").arg(QString::fromUtf8(QTest::currentDataTag())),
                  QStringLiteral("bounded runtime calls and kill escalation: %1 after %2 ms, nothing left")
                      .arg(outcome).arg(elapsed));
    }

    void dataDiskFull()
    {
        // The data directory on a 4 MiB tmpfs, the layer store bound in
        // read-only.
        QTemporaryDir dir(QFileInfo(m_engine->paths().dataDir).absolutePath() + QStringLiteral("/security-full-XXXXXX"));
        const QByteArray root = QFile::encodeName(dir.path());
        QCOMPARE(::mount("tmpfs", root.constData(), "tmpfs", 0, "size=4m"), 0);
        const QString imageInStore = dir.path() + QStringLiteral("/images");
        QVERIFY(QDir().mkpath(imageInStore));
        QCOMPARE(::mount(QFile::encodeName(m_engine->paths().imagesDir()).constData(), QFile::encodeName(imageInStore).constData(), nullptr, MS_BIND | MS_REC, nullptr), 0);
        QCOMPARE(::mount(nullptr, QFile::encodeName(imageInStore).constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr), 0);
        auto unmountAll = qScopeGuard([&] {
            ::umount2(QFile::encodeName(imageInStore).constData(), MNT_DETACH);
            ::umount2(root.constData(), MNT_DETACH);
        });
        Engine::Options options;
        options.paths.dataDir = dir.path();
        options.warmContainers = 0;
        Engine engine(options);
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        const HostCounts before = HostCounts::take(engine.paths());
        verifyWorks(engine);
        // Fill it.
        QFile filler(dir.path() + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(64 * 1024, 'x');
        while (filler.write(chunk) == chunk.size()) {
        }
        filler.close();
        const RunResult full = runScript(engine, QStringLiteral("echo should-not-run"));
        QVERIFY(!full.out.contains("should-not-run"));
        QVERIFY2(full.error.contains(QStringLiteral("No space left on device")), qPrintable(full.error));
        verifyNothingLeft(engine, before);
        QVERIFY(filler.remove());
        verifyWorks(engine);
        verifyNothingLeft(engine, before);
        recovered(QStringLiteral("the data directory's disk is full"),
                  QStringLiteral("a clear error before the container starts (\"%1\"), nothing half-written; the next run works once there is space")
                      .arg(full.error));
    }

    void damagedImageCache_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("truncate");
        // A layer built before layers had manifests: it gets one on first use.
        QTest::addColumn<bool>("builtBeforeManifests");
        QTest::newRow("truncated /bin/sh (dash)") << "usr/bin/dash" << true << false;
        QTest::newRow("truncated libc") << "usr/lib/x86_64-linux-gnu/libc.so.6" << true << false;
        QTest::newRow("deleted python3.11") << "usr/bin/python3.11" << false << false;
        QTest::newRow("truncated dash, layer built before manifests") << "usr/bin/dash" << true << true;
    }

    void damagedImageCache()
    {
        QFETCH(QString, file);
        QFETCH(bool, truncate);
        QFETCH(bool, builtBeforeManifests);
        // A private data directory with a copy of the test image's layers.
        QTemporaryDir store(QFileInfo(m_engine->paths().dataDir).absolutePath() + QStringLiteral("/security-damaged-XXXXXX"));
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_engine->paths().imagesDir(), store.path() + QStringLiteral("/images")});
        QVERIFY(copy.waitForFinished(300000) && copy.exitCode() == 0);
        Engine::Options options;
        options.paths.dataDir = store.path();
        options.warmContainers = 0;
        Engine engine(options);
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        const QString rootfs = engine.images().rootfs(QStringLiteral("debian-slim"));
        QVERIFY(!rootfs.isEmpty());
        const QString manifest = QFileInfo(rootfs).path() + QStringLiteral("/manifest");
        if (builtBeforeManifests) {
            QVERIFY(QFile::remove(manifest));
            QCOMPARE(engine.images().rootfs(QStringLiteral("debian-slim")), rootfs);
        }
        QVERIFY2(QFileInfo::exists(manifest), "the layer has no manifest");
        const QString target = rootfs + QLatin1Char('/') + file;
        if (truncate)
            QVERIFY(QFile::resize(target, QFileInfo(target).size() / 2));
        else
            QVERIFY(QFile::remove(target));
        const HostCounts before = HostCounts::take(engine.paths());
        const RunResult result = runScript(engine, QStringLiteral("true"));
        QVERIFY2(result.error.contains(QStringLiteral("damaged")) && result.error.contains(file),
                 qPrintable(result.error));
        verifyNothingLeft(engine, before);
        // ensure() discards the damaged layer, so that the build makes it
        // again (the build itself is not run here: the job goes at once).
        delete engine.images().ensure(QStringLiteral("debian-slim"));
        QVERIFY(!QFileInfo::exists(rootfs));
        QString why;
        QVERIFY(!engine.createSandbox(scriptSpec(QStringLiteral("true")), &why));
        QVERIFY2(why.contains(QStringLiteral("not built")), qPrintable(why));
        recovered(QStringLiteral("a damaged image cache (%1)").arg(QString::fromUtf8(QTest::currentDataTag())),
                  QStringLiteral("the layer's manifest (size and mtime of its programs and libraries): \"%1\"; "
                                 "ensure() discards the layer so the next build makes it again").arg(result.error));
    }

    void volumeDeletedWhileMounted()
    {
        const QString name = QStringLiteral("security-doomed-%1").arg(QRandomGenerator::global()->generate());
        const QString other = name + QStringLiteral("-other");
        QCOMPARE(m_engine->volumes().create(name), QString());
        QCOMPARE(m_engine->volumes().create(other), QString());
        auto removeOther = qScopeGuard([&] { m_engine->volumes().remove(other); });
        const HostCounts before = HostCounts::take(m_engine->paths());
        SandboxSpec spec;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("echo running; while :; do date >> /vol/log || { echo write-failed; exit 3; }; "
                                       "sleep 0.1; done")};
        spec.volumes = {{name, QStringLiteral("/vol")}};
        spec.timeoutSeconds = 8;
        spec.blockNetwork = true;
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        QVERIFY2(box, qPrintable(error));
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("running"), 30000);
        QTest::qWait(300);
        const QString removal = m_engine->volumes().remove(name);
        QVERIFY(box->waitForFinished(30000));
        const bool ended = box->endReason() == Sandbox::EndReason::Exited || box->endReason() == Sandbox::EndReason::TimedOut;
        QVERIFY2(ended, qPrintable(Sandbox::describe(box->endReason()) + box->errorString()));
        const Sandbox::EndReason reason = box->endReason();
        box.reset();
        if (!removal.isEmpty()) // refused while in use: it goes now
            QCOMPARE(m_engine->volumes().remove(name), QString());
        QVERIFY(!m_engine->volumes().exists(name));
        verifyNothingLeft(*m_engine, before);
        // The other volume and the engine still work.
        SandboxSpec next;
        next.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo ok > /v/f && cat /v/f")};
        next.volumes = {{other, QStringLiteral("/v")}};
        next.blockNetwork = true;
        const RunResult result = runSpec(*m_engine, next);
        QCOMPARE(result.out, QByteArray("ok\n"));
        verifyWorks(*m_engine);
        recovered(QStringLiteral("a volume deleted while a sandbox writes to it"),
                  removal.isEmpty() ? QStringLiteral("the run ended (%1%2); nothing left, other volumes untouched")
                                          .arg(Sandbox::describe(reason),
                                               out.contains("write-failed") ? QStringLiteral(", its writes failed") : QString())
                                    : QStringLiteral("the removal was refused while mounted (\"%1\"); after the run it went, nothing left").arg(removal));
    }
};

QTEST_GUILESS_MAIN(TestSecurityFaults)
#include "tst_security_faults.moc"
