#include "spec/SandboxSpec.h"

#include <QJsonDocument>
#include <QTest>

using sandbox::SandboxSpec;

class TestSandboxSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const SandboxSpec spec;
        QCOMPARE(spec.image.base.toString(), QStringLiteral("debian-slim"));
        QCOMPARE(spec.workdir, QStringLiteral("/"));
        QCOMPARE(spec.timeoutSeconds, 300);
    }

    void validate_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("workdir");
        QTest::addColumn<QString>("envName");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("errorField"); // empty: valid

        const QStringList echo{QStringLiteral("echo"), QStringLiteral("hi")};
        QTest::newRow("valid") << echo << "/" << "FOO" << 300 << "";
        QTest::newRow("no command") << QStringList{} << "/" << "FOO" << 300 << "command:";
        QTest::newRow("empty program") << QStringList{QString()} << "/" << "FOO" << 300 << "command:";
        QTest::newRow("relative workdir") << echo << "tmp" << "FOO" << 300 << "workdir:";
        QTest::newRow("bad env name") << echo << "/" << "1FOO" << 300 << "env:";
        QTest::newRow("env name with =") << echo << "/" << "A=B" << 300 << "env:";
        QTest::newRow("zero timeout") << echo << "/" << "FOO" << 0 << "timeout:";
        QTest::newRow("negative timeout") << echo << "/" << "FOO" << -5 << "timeout:";
        QTest::newRow("absurd timeout") << echo << "/" << "FOO" << 100000000 << "timeout:";
    }

    void validate()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, workdir);
        QFETCH(QString, envName);
        QFETCH(int, timeout);
        QFETCH(QString, errorField);
        SandboxSpec spec;
        spec.command = command;
        spec.workdir = workdir;
        spec.env.insert(envName, QStringLiteral("value"));
        spec.timeoutSeconds = timeout;
        const QString error = spec.validate();
        if (errorField.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.startsWith(errorField), qPrintable(error));
    }

    void jsonRoundTrip()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $X")};
        spec.workdir = QStringLiteral("/tmp");
        spec.env.insert(QStringLiteral("X"), QStringLiteral("1 2"));
        spec.timeoutSeconds = 12;
        QString error;
        const SandboxSpec back = SandboxSpec::fromJson(spec.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.command, spec.command);
        QCOMPARE(back.workdir, spec.workdir);
        QCOMPARE(back.env, spec.env);
        QCOMPARE(back.timeoutSeconds, 12);
        QVERIFY(back.image == spec.image);
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("unknown key") << QByteArray(R"({"command":["true"],"comand":1})") << "spec: unknown key";
        QTest::newRow("command not array") << QByteArray(R"({"command":"true"})") << "command:";
        QTest::newRow("command has number") << QByteArray(R"({"command":["a",1]})") << "command:";
        QTest::newRow("fractional timeout") << QByteArray(R"({"command":["a"],"timeout":1.5})") << "timeout:";
        QTest::newRow("timeout as string") << QByteArray(R"({"command":["a"],"timeout":"9"})") << "timeout:";
        QTest::newRow("env value number") << QByteArray(R"({"command":["a"],"env":{"A":1}})") << "env:";
        QTest::newRow("missing command") << QByteArray(R"({"image":"debian-slim"})") << "command:";
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorStart);
        QString error;
        SandboxSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSpec)
#include "tst_sandboxspec.moc"
