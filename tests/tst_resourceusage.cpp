// Reading a sandbox's CPU and memory use from cgroup v1 and v2 files, laid
// out as the kernel does (the live case is covered by tst_mainwindow).
#include "TestFiles.h"
#include "sandbox/ResourceUsage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Files = QMap<QString, QByteArray>;
Q_DECLARE_METATYPE(Files)

class TestResourceUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<qint64>("cpu");
        QTest::addColumn<qint64>("memory");
        QTest::newRow("v1") << Files{{"cpuacct/p/id/cpuacct.usage", "123456789\n"},
                                     {"memory/p/id/memory.usage_in_bytes", "4096\n"}}
                            << qint64(123456789) << qint64(4096);
        QTest::newRow("v2") << Files{{"cgroup.controllers", "cpu memory\n"},
                                     {"p/id/cpu.stat", "usage_usec 2500\nuser_usec 2000\nsystem_usec 500\n"},
                                     {"p/id/memory.current", "8192\n"}}
                            << qint64(2500000) << qint64(8192);
        QTest::newRow("v1 memory missing") << Files{{"cpuacct/p/id/cpuacct.usage", "7\n"}} << qint64(7) << qint64(-1);
        QTest::newRow("nothing") << Files{} << qint64(-1) << qint64(-1);
        QTest::newRow("garbage") << Files{{"cpuacct/p/id/cpuacct.usage", "x\n"}} << qint64(-1) << qint64(-1);
    }

    void read()
    {
        QFETCH(Files, files);
        QFETCH(qint64, cpu);
        QFETCH(qint64, memory);
        QTemporaryDir root;
        QVERIFY(testsupport::writeTree(root.path(), files));
        const sandbox::ResourceUsage usage = sandbox::readCgroupUsage("/p/id", root.path());
        QCOMPARE(usage.cpuNanoseconds, cpu);
        QCOMPARE(usage.memoryBytes, memory);
        QCOMPARE(usage.isValid(), cpu >= 0 || memory >= 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceUsage)
#include "tst_resourceusage.moc"
