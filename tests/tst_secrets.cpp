// Secrets through a real Secret Service: a private D-Bus session and a real
// gnome-keyring-daemon started by the test, QtKeychain in between. Values
// reach the sandbox's environment and nowhere else: not the spec, not error
// messages, not a file on disk.
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Secrets.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sandbox;

namespace {

const QByteArray kValue = "s3cr3t-0f-the-test-7781";

// Files under `dir` that contain `needle` (sockets and the like skipped).
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/rootfs/")) || path.contains(QStringLiteral("/images/")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    qint64 m_keyringPid = 0;
    std::unique_ptr<Engine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("needs %1").arg(QString::fromLatin1(tool))));
        }
        // A private session bus and keyring, in a private home.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                    QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcess keyring;
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
        keyring.write("test-password");
        keyring.closeWriteChannel();
        QVERIFY(keyring.waitForFinished(10000));
        // --daemonize prints GNOME_KEYRING_CONTROL=...; the daemon is a child
        // of no one we know, so find it by its session bus name's owner.
        for (int attempt = 0; attempt < 50 && m_keyringPid <= 0; ++attempt) {
            QProcess owner;
            owner.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                                      QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                                      QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                                                      QStringLiteral("string:org.freedesktop.secrets")});
            QVERIFY(owner.waitForFinished(10000));
            if (owner.exitCode() == 0)
                m_keyringPid = owner.readAllStandardOutput().simplified().split(' ').last().toLongLong();
            else
                QTest::qWait(100);
        }
        QVERIFY2(m_keyringPid > 0, "gnome-keyring-daemon did not take org.freedesktop.secrets");

        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            return; // the keyring tests still run; the sandbox test skips
        m_engine = std::make_unique<Engine>();
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
        std::unique_ptr<ImageBuild> build(m_engine->images().ensure(QStringLiteral("debian-slim")));
        QVERIFY2(build->waitForFinished(), qPrintable(build->errorString()));
    }

    void cleanupTestCase()
    {
        if (m_keyringPid > 0)
            ::kill(static_cast<pid_t>(m_keyringPid), SIGTERM);
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void storeListRemove()
    {
        SecretStore store(QStringLiteral("sandbox-studio-test"));
        QCOMPARE(store.set(QStringLiteral("api"), {{QStringLiteral("TOKEN"), QString::fromLatin1(kValue)}}), QString());
        QCOMPARE(store.set(QStringLiteral("db"), {{QStringLiteral("USER"), QStringLiteral("u")},
                                                  {QStringLiteral("PASS"), QStringLiteral("p w")}}),
                 QString());
        QString error;
        QCOMPARE(store.list(&error), (QStringList{QStringLiteral("api"), QStringLiteral("db")}));
        QCOMPARE(store.get(QStringLiteral("db"), &error).value(QStringLiteral("PASS")), QStringLiteral("p w"));
        QCOMPARE(store.remove(QStringLiteral("db")), QString());
        QCOMPARE(store.list(&error), QStringList{QStringLiteral("api")});
        store.get(QStringLiteral("db"), &error);
        QCOMPARE(error, QStringLiteral("secrets: no secret named db"));
        QVERIFY(store.set(QStringLiteral("bad"), {{QStringLiteral("1X"), QString::fromLatin1(kValue)}}).startsWith(QStringLiteral("secrets:")));
        QVERIFY(!store.set(QStringLiteral("bad"), {{QStringLiteral("1X"), QString::fromLatin1(kValue)}}).contains(QString::fromLatin1(kValue)));
        QCOMPARE(store.remove(QStringLiteral("api")), QString());
    }

    void cliSetListRemove()
    {
        auto cli = [](const QStringList& arguments, const QByteArray& input = {}) {
            QProcess process;
            process.start(QStringLiteral(SANDBOX_RUN_BINARY), QStringList{QStringLiteral("secrets")} + arguments);
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(30000);
            return std::make_pair(process.exitCode(), QByteArray(process.readAllStandardOutput() + process.readAllStandardError()));
        };
        QCOMPARE(cli({QStringLiteral("set"), QStringLiteral("cli-one"), QStringLiteral("--from-stdin")},
                     "TOKEN=" + kValue + "\nOTHER=2\n").first, 0);
        QCOMPARE(cli({QStringLiteral("list")}), std::make_pair(0, QByteArray("cli-one\n")));
        const auto missing = cli({QStringLiteral("rm"), QStringLiteral("nope")});
        QCOMPARE(missing.first, 1);
        QVERIFY(missing.second.contains("no secret named nope"));
        QCOMPARE(cli({QStringLiteral("set"), QStringLiteral("x"), QString::fromLatin1(kValue)}).first, 2);
        QVERIFY(!cli({QStringLiteral("set"), QStringLiteral("x"), QString::fromLatin1(kValue)}).second.contains(kValue));
        SecretStore store;
        QString error;
        QCOMPARE(store.get(QStringLiteral("cli-one"), &error).value(QStringLiteral("TOKEN")), QString::fromLatin1(kValue));
    }

    void injectedIntoTheSandboxOnly()
    {
        if (!m_engine)
            QSKIP("needs root and an OCI runtime for sandboxes");
        SandboxSpec spec;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"$TOKEN $OTHER\"; sleep 2")};
        spec.secrets = {QStringLiteral("cli-one")};
        spec.blockNetwork = true;
        QVERIFY(!QJsonDocument(spec.toJson()).toJson().contains(kValue));
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        QVERIFY2(box, qPrintable(error));
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 20000);
        // While it runs: no file of the engine's (bundle, runtime state)
        // holds the value, on disk or on the bundle's tmpfs.
        const QStringList leaks = filesContaining(m_engine->paths().dataDir, kValue);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        QVERIFY(box->waitForFinished(30000));
        QCOMPARE(out, kValue + " 2\n");

        spec.secrets = {QStringLiteral("no-such-secret")};
        QVERIFY(!m_engine->createSandbox(spec, &error));
        QCOMPARE(error, QStringLiteral("secrets: no secret named no-such-secret"));
        SecretStore().remove(QStringLiteral("cli-one"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
