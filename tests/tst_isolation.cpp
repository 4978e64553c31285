// Isolation defaults inside real sandboxes: the seccomp profile, the
// capability set, masked and read-only /proc paths, nothing of the host;
// and gVisor (runsc) as a selectable runtime.
#include "TestSupport.h"
#include "sandbox/Engine.h"
#include "sandbox/OutputStream.h"
#include "sandbox/Sandbox.h"

#include <QTest>

using namespace sandbox;

class TestIsolation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    struct Result
    {
        QByteArray out;
        QByteArray err;
        int returnCode = -1;
    };

    static Result run(Engine& engine, const QString& script)
    {
        QString error;
        std::unique_ptr<Sandbox> box(engine.createSandbox(testsupport::shellSpec(script), &error));
        if (!box)
            return {{}, error.toUtf8(), -1};
        box->start();
        box->waitForFinished(120000);
        return {box->stdoutStream().readAll(), box->stderrStream().readAll() + box->errorString().toUtf8(),
                box->returnCode()};
    }

private Q_SLOTS:
    void initTestCase() { SANDBOX_INIT_ENGINE_OR_SKIP(m_engine); }

    void refused_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("expected"); // in the output
        QTest::newRow("new user namespace") << "unshare -U true; echo rc=$?" << QByteArray("rc=1");
        QTest::newRow("new network namespace") << "unshare -n true; echo rc=$?" << QByteArray("rc=1");
        QTest::newRow("mount") << "mkdir -p /mnt/x && mount -t tmpfs none /mnt/x; echo rc=$?" << QByteArray("rc=32");
        QTest::newRow("personality without ASLR") << "setarch -R true; echo rc=$?" << QByteArray("rc=1");
        // Both would succeed without the profile: EPERM (1) is seccomp's answer.
        QTest::newRow("keyring (keyctl)")
            << "python3 -c 'import ctypes; l=ctypes.CDLL(None,use_errno=True); "
               "r=l.syscall(250, 0, -3, 0); print(\"errno\", ctypes.get_errno() if r < 0 else 0)'"
            << QByteArray("errno 1\n");
        QTest::newRow("ptrace (PTRACE_TRACEME)")
            << "python3 -c 'import ctypes; l=ctypes.CDLL(None,use_errno=True); "
               "r=l.ptrace(0, 0, 0, 0); print(\"errno\", ctypes.get_errno() if r < 0 else 0)'"
            << QByteArray("errno 1\n");
    }

    void refused()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, expected);
        const Result result = run(*m_engine, script);
        QVERIFY2(result.out.contains(expected), QByteArray(result.out + result.err).constData());
    }

    void seccompIsOn()
    {
        const Result result = run(*m_engine, QStringLiteral("grep -E '^(Seccomp|NoNewPrivs):' /proc/self/status | tr -d ' \\t'"));
        QCOMPARE(result.out, QByteArray("NoNewPrivs:1\nSeccomp:2\n"));
    }

    void capabilitiesAreMinimal()
    {
        // CAP_SYS_ADMIN (21), CAP_NET_RAW (13), CAP_SYS_PTRACE (19), CAP_MKNOD (27)
        // are in no set.
        const Result result = run(*m_engine, QStringLiteral(
            "python3 -c \"import re\nfor l in open('/proc/self/status'):\n"
            " m = re.match(r'Cap(Eff|Bnd|Prm):\\s+(\\w+)', l)\n"
            " if m: print(m.group(1), all(not (int(m.group(2), 16) >> b) & 1 for b in (21, 13, 19, 27)))\""));
        QCOMPARE(result.out, QByteArray("Prm True\nEff True\nBnd True\n"));
    }

    void procIsMaskedAndReadOnly()
    {
        const Result result = run(*m_engine, QStringLiteral(
            "cat /proc/kcore | wc -c; echo 1 > /proc/sys/kernel/domainname 2>/dev/null && echo writable || echo read-only"));
        QCOMPARE(result.out, QByteArray("0\nread-only\n"));
    }

    void nothingOfTheHost()
    {
        const QString here = QDir::currentPath();
        const Result result = run(*m_engine, QStringLiteral("test -e '%1' && echo host-visible; ls /sys/fs/cgroup 2>/dev/null | wc -l; "
                                                            "cat /proc/1/cmdline | tr '\\0' ' '; echo")
                                                 .arg(here));
        QCOMPARE(result.out, QByteArray("0\n/dev/.sandbox-init \n"));
    }

    void initIsReadOnly()
    {
        const Result result = run(*m_engine, QStringLiteral("echo x > /dev/.sandbox-init || echo refused"));
        QVERIFY2(result.out.contains("refused"), result.out.constData());
    }

    void gvisorIsSelectable()
    {
        QString error;
        if (OciRuntime::detect(QStringLiteral("runsc"), &error).name.isEmpty())
            QSKIP(qPrintable(QStringLiteral("runsc: ") + error));
        Engine::Options options;
        options.runtime = QStringLiteral("runsc");
        options.warmContainers = 0;
        Engine engine(options);
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        QCOMPARE(engine.runtimeInfo().name, QStringLiteral("runsc"));
        const Result result = run(engine, QStringLiteral("echo in gvisor; dmesg 2>/dev/null | head -n 1 | grep -c gVisor; exit 3"));
        if (result.returnCode == -1 && result.out.isEmpty())
            QSKIP(qPrintable(QStringLiteral("runsc cannot run here: ") + QString::fromUtf8(result.err)));
        QCOMPARE(result.out, QByteArray("in gvisor\n1\n"));
        QCOMPARE(result.returnCode, 3);
        SANDBOX_VERIFY_NOTHING_LEFT(engine);
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
