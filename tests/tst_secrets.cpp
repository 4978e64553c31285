// Secrets through a real Secret Service: a private D-Bus session and a real
// gnome-keyring-daemon started by the test, QtKeychain in between. Values
// reach the sandbox's environment and nowhere else: not the spec, not error
// messages, not a file on disk.
#include "SecretServiceFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Secrets.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sandbox;

namespace {

const QByteArray kValue = "s3cr3t-0f-the-test-7781";

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    testsupport::SecretServiceFixture m_secretService;
    std::unique_ptr<Engine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::SecretServiceFixture::skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString problem = m_secretService.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            return; // the keyring tests still run; the sandbox test skips
        m_engine = std::make_unique<Engine>();
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
        std::unique_ptr<ImageBuild> build(m_engine->images().ensure(QStringLiteral("debian-slim")));
        QVERIFY2(build->waitForFinished(), qPrintable(build->errorString()));
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
        const QStringList leaks = testsupport::filesContaining(m_engine->paths().dataDir, kValue);
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
