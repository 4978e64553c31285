#include "runtime/OciConfig.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;

class TestOciConfig : public QObject
{
    Q_OBJECT

private:
    static QJsonObject build()
    {
        OciConfigInput input;
        input.args = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")};
        input.env.insert(QStringLiteral("A"), QStringLiteral("b=c"));
        input.cwd = QStringLiteral("/work");
        input.cgroupsPath = QStringLiteral("/sandbox-studio/ss-1");
        return buildOciConfig(input);
    }

    static QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list << item.toString();
        return list;
    }

private Q_SLOTS:
    void process()
    {
        const QJsonObject process = build().value(QStringLiteral("process")).toObject();
        QCOMPARE(strings(process.value(QStringLiteral("args"))),
                 (QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")}));
        QCOMPARE(strings(process.value(QStringLiteral("env"))), QStringList{QStringLiteral("A=b=c")});
        QCOMPARE(process.value(QStringLiteral("cwd")).toString(), QStringLiteral("/work"));
        QCOMPARE(process.value(QStringLiteral("terminal")).toBool(), false);
        QVERIFY(process.value(QStringLiteral("noNewPrivileges")).toBool());
    }

    void namespaces_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* type : {"pid", "network", "ipc", "uts", "mount"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void namespaces()
    {
        QFETCH(QString, type);
        QStringList types;
        for (const QJsonValue& ns : build().value(QStringLiteral("linux")).toObject().value(QStringLiteral("namespaces")).toArray())
            types << ns.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(types.contains(type), qPrintable(types.join(QLatin1Char(','))));
    }

    void capabilitiesAreMinimal_data()
    {
        QTest::addColumn<QString>("capability");
        for (const char* cap : {"CAP_SYS_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_MODULE", "CAP_NET_RAW",
                                "CAP_NET_ADMIN", "CAP_MKNOD", "CAP_SYS_RAWIO", "CAP_DAC_READ_SEARCH"})
            QTest::newRow(cap) << QString::fromLatin1(cap);
    }

    void capabilitiesAreMinimal()
    {
        QFETCH(QString, capability);
        const QJsonObject caps = build().value(QStringLiteral("process")).toObject().value(QStringLiteral("capabilities")).toObject();
        for (const QString& set : {QStringLiteral("bounding"), QStringLiteral("effective"), QStringLiteral("permitted")})
            QVERIFY2(!strings(caps.value(set)).contains(capability), qPrintable(set));
    }

    void noHostCgroupMount()
    {
        for (const QJsonValue& mount : build().value(QStringLiteral("mounts")).toArray()) {
            QVERIFY(mount.toObject().value(QStringLiteral("type")).toString() != QLatin1String("cgroup"));
            QVERIFY(mount.toObject().value(QStringLiteral("type")).toString() != QLatin1String("bind"));
        }
    }

    void maskedAndReadonlyPaths()
    {
        const QJsonObject linux = build().value(QStringLiteral("linux")).toObject();
        QVERIFY(strings(linux.value(QStringLiteral("maskedPaths"))).contains(QStringLiteral("/proc/kcore")));
        QVERIFY(strings(linux.value(QStringLiteral("readonlyPaths"))).contains(QStringLiteral("/proc/sys")));
        QCOMPARE(linux.value(QStringLiteral("cgroupsPath")).toString(), QStringLiteral("/sandbox-studio/ss-1"));
        QVERIFY(linux.value(QStringLiteral("resources")).toObject().value(QStringLiteral("pids")).toObject().value(QStringLiteral("limit")).toInteger() > 0);
    }

    void optionsDefaultToNothing()
    {
        const QJsonObject config = build();
        const QJsonObject linux = config.value(QStringLiteral("linux")).toObject();
        QVERIFY(!linux.contains(QStringLiteral("devices")));
        QVERIFY(!config.contains(QStringLiteral("hooks")));
        const QJsonObject resources = linux.value(QStringLiteral("resources")).toObject();
        QVERIFY(!resources.contains(QStringLiteral("memory")));
        QVERIFY(!resources.contains(QStringLiteral("cpu")));
        for (const QJsonValue& ns : linux.value(QStringLiteral("namespaces")).toArray())
            QVERIFY(!ns.toObject().contains(QStringLiteral("path"))); // a new, empty network namespace
    }

    void options()
    {
        OciConfigInput input;
        input.args = {QStringLiteral("true")};
        input.bindMounts = {{QStringLiteral("/home/me/data"), QStringLiteral("/data"), true},
                            {QStringLiteral("/var/lib/vol"), QStringLiteral("/vol"), false}};
        input.devices = {{QStringLiteral("/dev/gpu0"), QLatin1Char('c'), 195, 0, 0666, QStringLiteral("rw")}};
        input.hooks = {{QStringLiteral("createContainer"), QStringLiteral("/usr/bin/hook"), {QStringLiteral("hook"), QStringLiteral("x")}, {}, 5}};
        input.networkNamespacePath = QStringLiteral("/run/sandbox/netns");
        input.memoryLimitBytes = 64 * 1024 * 1024;
        input.cpuQuotaMicros = 50000;
        const QJsonObject config = buildOciConfig(input);

        QJsonArray mounts = config.value(QStringLiteral("mounts")).toArray();
        const QJsonObject readOnly = mounts.at(mounts.size() - 2).toObject();
        QCOMPARE(readOnly.value(QStringLiteral("destination")).toString(), QStringLiteral("/data"));
        QCOMPARE(readOnly.value(QStringLiteral("type")).toString(), QStringLiteral("bind"));
        QCOMPARE(strings(readOnly.value(QStringLiteral("options"))),
                 (QStringList{QStringLiteral("rbind"), QStringLiteral("ro"), QStringLiteral("nosuid"), QStringLiteral("nodev")}));
        QCOMPARE(strings(mounts.last().toObject().value(QStringLiteral("options"))).at(1), QStringLiteral("rw"));

        const QJsonObject linux = config.value(QStringLiteral("linux")).toObject();
        const QJsonObject device = linux.value(QStringLiteral("devices")).toArray().first().toObject();
        QCOMPARE(device.value(QStringLiteral("path")).toString(), QStringLiteral("/dev/gpu0"));
        QCOMPARE(device.value(QStringLiteral("major")).toInt(), 195);
        const QJsonObject resources = linux.value(QStringLiteral("resources")).toObject();
        const QJsonArray rules = resources.value(QStringLiteral("devices")).toArray();
        QCOMPARE(rules.size(), 2); // deny all, then allow the device
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("allow")).toBool(), true);
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("access")).toString(), QStringLiteral("rw"));
        QCOMPARE(resources.value(QStringLiteral("memory")).toObject().value(QStringLiteral("limit")).toInteger(), 64 * 1024 * 1024);
        QCOMPARE(resources.value(QStringLiteral("memory")).toObject().value(QStringLiteral("swap")).toInteger(), 64 * 1024 * 1024);
        QCOMPARE(resources.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("quota")).toInteger(), 50000);
        QCOMPARE(resources.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("period")).toInteger(), 100000);
        QString networkPath;
        for (const QJsonValue& ns : linux.value(QStringLiteral("namespaces")).toArray()) {
            if (ns.toObject().value(QStringLiteral("type")).toString() == QLatin1String("network"))
                networkPath = ns.toObject().value(QStringLiteral("path")).toString();
        }
        QCOMPARE(networkPath, QStringLiteral("/run/sandbox/netns"));
        const QJsonObject hook = config.value(QStringLiteral("hooks")).toObject().value(QStringLiteral("createContainer")).toArray().first().toObject();
        QCOMPARE(hook.value(QStringLiteral("path")).toString(), QStringLiteral("/usr/bin/hook"));
        QCOMPARE(hook.value(QStringLiteral("timeout")).toInt(), 5);
    }

    void tmpIsSizeLimited()
    {
        for (const QJsonValue& mount : build().value(QStringLiteral("mounts")).toArray()) {
            if (mount.toObject().value(QStringLiteral("destination")).toString() != QStringLiteral("/tmp"))
                continue;
            const QStringList options = strings(mount.toObject().value(QStringLiteral("options")));
            QVERIFY2(options.contains(QStringLiteral("size=%1").arg(OciConfigInput().tmpBytes)),
                     qPrintable(options.join(QLatin1Char(','))));
            return;
        }
        QFAIL("no /tmp mount");
    }
};

QTEST_GUILESS_MAIN(TestOciConfig)
#include "tst_ociconfig.moc"
