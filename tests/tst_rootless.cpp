// Rootless sandboxes: sandbox-run as an ordinary user that this test
// creates, in a user namespace of its own, saying plainly that limits are
// not enforced, and leaving nothing behind.
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString kUser = QStringLiteral("sandbox-studio-test");

} // namespace

class TestRootless : public QObject
{
    Q_OBJECT

private:
    // Where the user can reach it (not under a checkout it cannot enter).
    QTemporaryDir m_root{QDir::tempPath() + QStringLiteral("/sandbox-studio-rootless-XXXXXX")};
    QString m_dataDir;
    QString m_binary;
    bool m_createdUser = false;

    struct Result
    {
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
    };

    // Runs sandbox-run as the test user. The build root (bubblewrap)
    // covers parts of /proc, which makes the kernel refuse an unprivileged
    // proc mount; a desktop has no such cover, so a fresh /proc in a
    // private mount namespace stands in for it.
    QProcess* startAsUser(const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        QStringList quoted;
        for (const QString& argument : arguments)
            quoted << QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        const QString script = QStringLiteral("mount -t proc proc /proc && exec runuser -u %1 -- env SANDBOX_STUDIO_DATA_DIR=%2 %3 %4")
                                   .arg(kUser, m_dataDir, m_binary, quoted.join(QLatin1Char(' ')));
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("--propagation"),
                                                   QStringLiteral("private"), QStringLiteral("sh"),
                                                   QStringLiteral("-c"), script});
        return process;
    }

    Result runAsUser(const QStringList& arguments)
    {
        std::unique_ptr<QProcess> process(startAsUser(arguments));
        process->waitForFinished(120000);
        return {process->readAllStandardOutput(), process->readAllStandardError(), process->exitCode()};
    }

    static bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QStringList leftovers() const
    {
        QStringList found;
        for (const QString& dir : {QStringLiteral("sandboxes"), QStringLiteral("runtime")}) {
            for (const QString& entry : QDir(m_dataDir + QLatin1Char('/') + dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
                found << dir + QLatin1Char('/') + entry;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        for (const char* tool : {"useradd", "runuser", "unshare"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        }
        QString error;
        auto engine = testsupport::readyEngine(0, &error); // builds the image once, as root
        QVERIFY2(engine, qPrintable(error));
        const QString image = engine->images().rootfs(QStringLiteral("debian-slim"));
        engine.reset();

        // Rootless networking (pasta) opens /dev/net/tun as the user. It is
        // 0666 on a Debian desktop (udev's rule); machines without udev
        // leave it 0600, so the setup restores Debian's default.
        QVERIFY(QFile::setPermissions(QStringLiteral("/dev/net/tun"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                          | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));

        // The user, its data directory with a copy of the image it owns,
        // and the programs where it can run them.
        if (!run(QStringLiteral("id"), {kUser})) {
            QVERIFY(run(QStringLiteral("useradd"), {QStringLiteral("--create-home"), kUser}));
            m_createdUser = true;
        }
        QVERIFY(m_root.isValid());
        const QString root = m_root.path();
        m_dataDir = root + QStringLiteral("/data");
        // The base layer, under the same key in the user's own layer store.
        const QString layerDir = image.left(image.indexOf(QStringLiteral("/layers/")) + 8)
                                 + image.mid(image.indexOf(QStringLiteral("/layers/")) + 8).section(QLatin1Char('/'), 0, 0);
        const QString layersCopy = m_dataDir + QStringLiteral("/images/layers");
        QVERIFY2(image.contains(QStringLiteral("/layers/")), qPrintable(image));
        QVERIFY(QDir().mkpath(layersCopy));
        QVERIFY(run(QStringLiteral("cp"), {QStringLiteral("-a"), layerDir, layersCopy + QLatin1Char('/')}));
        const QString bin = root + QStringLiteral("/bin");
        QVERIFY(QDir().mkpath(bin));
        m_binary = bin + QStringLiteral("/sandbox-run");
        QVERIFY(QFile::copy(QStringLiteral(SANDBOX_RUN_BINARY), m_binary));
        QVERIFY(QFile::copy(QStringLiteral(SANDBOX_INIT_BINARY), bin + QStringLiteral("/sandbox-init")));
        QVERIFY(run(QStringLiteral("chown"), {QStringLiteral("-R"), kUser + QLatin1Char(':'), root}));
        QFile::setPermissions(root, QFile::permissions(root) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    }

    void cleanupTestCase()
    {
        // Leave the machine as found: the user goes with its home, the
        // data directory with everything its sandboxes left.
        if (m_createdUser)
            run(QStringLiteral("userdel"), {QStringLiteral("--remove"), kUser});
        if (m_root.isValid())
            QVERIFY(m_root.remove());
    }

    void runsAsOrdinaryUser()
    {
        const Result result = runAsUser({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("id -u; cat /proc/1/comm; echo x > /etc/written && cat /etc/written; "
                                                        "cat /proc/self/uid_map | tr -s ' ' | cut -d' ' -f2-3")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // Root inside, mapped to the test user's uid outside.
        const QByteArray uid = [] {
            QProcess id;
            id.start(QStringLiteral("id"), {QStringLiteral("-u"), kUser});
            id.waitForFinished();
            return id.readAllStandardOutput().trimmed();
        }();
        QCOMPARE(result.out, QByteArray("0\n.sandbox-init\nx\n0 " + uid + "\n"));
        QVERIFY(leftovers().isEmpty());
    }

    void saysLimitsAreNotEnforced()
    {
        const Result result = runAsUser({QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("warning: resource limits are not enforced"), result.err.constData());
    }

    void exitCodesAndSignals_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("exit 3") << "exit 3" << 3;
        QTest::newRow("SIGTERM") << "kill -TERM $$" << 128 + SIGTERM;
    }

    void exitCodesAndSignals()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        const Result result = runAsUser({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(leftovers().isEmpty());
    }

    void killedMidRunIsCleanedNextTime()
    {
        std::unique_ptr<QProcess> process(startAsUser({QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                       QStringLiteral("echo up; exec sleep 120")}));
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process->readAllStandardOutput()) == "up\n", out.constData(), 60000);
        QVERIFY(!leftovers().isEmpty());
        // kill -9 the whole chain: unshare's sh became runuser, whose child is sandbox-run.
        QVERIFY(run(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-u"), kUser, QStringLiteral("-x"), QStringLiteral("sandbox-run")}));
        QVERIFY(process->waitForFinished(20000));
        // The sandbox dies with its engine (sandbox-init notices); its
        // mounts went with the engine's namespace; the next start removes
        // the rest.
        QTRY_VERIFY_WITH_TIMEOUT(!run(QStringLiteral("pgrep"), {QStringLiteral("-u"), kUser, QStringLiteral("-x"), QStringLiteral("sleep")}), 10000);
        const Result next = runAsUser({QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY2(next.exitCode == 0, next.err.constData());
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestRootless)
#include "tst_rootless.moc"
