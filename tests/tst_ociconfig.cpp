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
};

QTEST_GUILESS_MAIN(TestOciConfig)
#include "tst_ociconfig.moc"
