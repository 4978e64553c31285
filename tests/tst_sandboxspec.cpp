#include "spec/SandboxSpec.h"

#include <QJsonArray>
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

    void validateOptions_data()
    {
        QTest::addColumn<QByteArray>("json"); // the options, added to a valid spec
        QTest::addColumn<QString>("errorField"); // empty: valid
        QTest::newRow("all options") << QByteArray(R"({"mounts":[{"source":"/src","target":"/data"}],"volumes":{"/v":"cache"},"secrets":["api"],"gpu":"any","cpu":0.5,"memory":64,"disk":1024,"block_network":true})") << "";
        QTest::newRow("nfs alias") << QByteArray(R"({"network_file_systems":{"/v":"cache"}})") << "";
        QTest::newRow("gpu count") << QByteArray(R"({"gpu":2})") << "";
        QTest::newRow("gpu ids") << QByteArray(R"({"gpu":["0","nvidia.com/gpu=1"]})") << "";
        QTest::newRow("gpu null") << QByteArray(R"({"gpu":null})") << "";
        QTest::newRow("gpu zero") << QByteArray(R"({"gpu":0})") << "gpu:";
        QTest::newRow("gpu junk") << QByteArray(R"({"gpu":"a b"})") << "gpu:";
        QTest::newRow("gpu object") << QByteArray(R"({"gpu":{}})") << "gpu:";
        QTest::newRow("relative mount source") << QByteArray(R"({"mounts":[{"source":"src","target":"/data"}]})") << "mounts:";
        QTest::newRow("relative mount target") << QByteArray(R"({"mounts":[{"source":"/src","target":"data"}]})") << "mounts:";
        QTest::newRow("mount over /proc") << QByteArray(R"({"mounts":[{"source":"/src","target":"/proc/x"}]})") << "mounts:";
        QTest::newRow("mount over root") << QByteArray(R"({"mounts":[{"source":"/src","target":"/"}]})") << "mounts:";
        QTest::newRow("mount target with ..") << QByteArray(R"({"mounts":[{"source":"/src","target":"/a/../etc"}]})") << "mounts:";
        QTest::newRow("mount as string") << QByteArray(R"({"mounts":["/src:/data"]})") << "mounts:";
        QTest::newRow("two at one target") << QByteArray(R"({"mounts":[{"source":"/src","target":"/v"}],"volumes":{"/v":"cache"}})") << "mounts:";
        QTest::newRow("bad volume name") << QByteArray(R"({"volumes":{"/v":"../etc"}})") << "volumes:";
        QTest::newRow("volumes as array") << QByteArray(R"({"volumes":["cache"]})") << "volumes:";
        QTest::newRow("bad secret name") << QByteArray(R"({"secrets":["a/b"]})") << "secrets:";
        QTest::newRow("secret twice") << QByteArray(R"({"secrets":["a","a"]})") << "secrets:";
        QTest::newRow("secrets as object") << QByteArray(R"({"secrets":{"A":"1"}})") << "secrets:";
        QTest::newRow("negative cpu") << QByteArray(R"({"cpu":-1})") << "cpu:";
        QTest::newRow("tiny cpu") << QByteArray(R"({"cpu":0.001})") << "cpu:";
        QTest::newRow("absurd cpu") << QByteArray(R"({"cpu":100000})") << "cpu:";
        QTest::newRow("cpu as string") << QByteArray(R"({"cpu":"2"})") << "cpu:";
        QTest::newRow("negative memory") << QByteArray(R"({"memory":-64})") << "memory:";
        QTest::newRow("tiny memory") << QByteArray(R"({"memory":8})") << "memory:";
        QTest::newRow("fractional memory") << QByteArray(R"({"memory":64.5})") << "memory:";
        QTest::newRow("negative disk") << QByteArray(R"({"disk":-1})") << "disk:";
        QTest::newRow("tiny disk") << QByteArray(R"({"disk":8})") << "disk:";
        QTest::newRow("disk as text") << QByteArray(R"({"disk":"1G"})") << "disk:";
        QTest::newRow("block_network as string") << QByteArray(R"({"block_network":"yes"})") << "block_network:";
    }

    void validateOptions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorField);
        QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        object.insert(QStringLiteral("command"), QJsonArray{QStringLiteral("true")});
        QString error;
        const SandboxSpec spec = SandboxSpec::fromJson(object, &error);
        if (errorField.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(spec.validate(), QString());
        } else {
            QVERIFY2(error.startsWith(errorField), qPrintable(error));
        }
    }

    void optionsRoundTrip()
    {
        SandboxSpec spec;
        spec.command = {QStringLiteral("true")};
        spec.mounts = {{QStringLiteral("/home/me/data"), QStringLiteral("/data")}};
        spec.volumes = {{QStringLiteral("cache"), QStringLiteral("/cache")}};
        spec.secrets = {QStringLiteral("api")};
        spec.gpu = QStringLiteral("nvidia.com/gpu=0,1");
        spec.cpuCores = 1.5;
        spec.memoryMiB = 512;
        spec.diskMiB = 2048;
        spec.blockNetwork = true;
        QString error;
        const SandboxSpec back = SandboxSpec::fromJson(spec.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.mounts, spec.mounts);
        QCOMPARE(back.volumes, spec.volumes);
        QCOMPARE(back.secrets, spec.secrets);
        QCOMPARE(back.gpu, spec.gpu);
        QCOMPARE(back.cpuCores, 1.5);
        QCOMPARE(back.memoryMiB, 512);
        QCOMPARE(back.diskMiB, 2048);
        QCOMPARE(back.blockNetwork, true);
        // Defaults: network allowed, no limits, no GPU.
        const SandboxSpec plain;
        QCOMPARE(plain.blockNetwork, false);
        QCOMPARE(plain.memoryMiB, 0);
        QCOMPARE(plain.diskMiB, 0); // the engine's default
        QVERIFY(!plain.toJson().contains(QStringLiteral("disk"))); // older specs stay the same
        QCOMPARE(plain.cpuCores, 0.0);
        QVERIFY(plain.gpu.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSpec)
#include "tst_sandboxspec.moc"
