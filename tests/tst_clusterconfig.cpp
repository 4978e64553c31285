// Cluster configuration: its JSON form, validation, the cluster file and
// `sandbox-run clusters add|list|rm`.
#include "backend/ClusterConfig.h"
#include "cli/ClustersCommand.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

class TestClusterConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        ClusterConfig cluster;
        cluster.name = QStringLiteral("hpc");
        cluster.mode = ClusterConfig::Mode::Ssh;
        cluster.sshHost = QStringLiteral("login.example.org");
        cluster.sshPort = 2222;
        cluster.sshUser = QStringLiteral("ada");
        cluster.partition = QStringLiteral("gpu");
        cluster.sharedVolumePath = QStringLiteral("/shared/ss");
        cluster.nodeDataDir = QStringLiteral("/scratch/ss");
        cluster.defaultCpus = 4;
        cluster.maxTimeMinutes = 60;
        QString error;
        const ClusterConfig back = ClusterConfig::fromJson(cluster.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.toJson(), cluster.toJson());
        QCOMPARE(back.mode, ClusterConfig::Mode::Ssh);
        QCOMPARE(back.sshPort, 2222);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no name") << QByteArray(R"({"mode":"local-slurm"})") << "name";
        QTest::newRow("bad mode") << QByteArray(R"({"name":"a","mode":"k8s"})") << "mode";
        QTest::newRow("unknown key") << QByteArray(R"({"name":"a","gpus":1})") << "unknown key \"gpus\"";
        QTest::newRow("ssh without host") << QByteArray(R"({"name":"a","mode":"ssh"})") << "sshHost";
        QTest::newRow("host as option") << QByteArray(R"({"name":"a","mode":"ssh","sshHost":"-oProxyCommand=x"})") << "sshHost";
        QTest::newRow("bad port") << QByteArray(R"({"name":"a","mode":"ssh","sshHost":"h","sshPort":70000})") << "sshPort";
        QTest::newRow("relative shared path") << QByteArray(R"({"name":"a","sharedVolumePath":"x"})") << "sharedVolumePath";
        QTest::newRow("comma in data dir") << QByteArray(R"({"name":"a","nodeDataDir":"/x,PATH=/evil"})") << "nodeDataDir";
        QTest::newRow("partition with space") << QByteArray(R"({"name":"a","partition":"a b"})") << "partition";
        QTest::newRow("zero cpus") << QByteArray(R"({"name":"a","defaultCpus":0})") << "defaultCpus";
        QTest::newRow("cpus as text") << QByteArray(R"({"name":"a","defaultCpus":"2"})") << "defaultCpus";
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        QString error;
        ClusterConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void storeSavesAndLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/clusters.json"));
        ClusterStore store(path);
        QString error;
        QVERIFY(store.load(&error)); // missing file: empty
        QVERIFY(store.clusters().isEmpty());
        ClusterConfig cluster;
        cluster.name = QStringLiteral("local");
        QVERIFY(store.put(cluster, &error));
        cluster.partition = QStringLiteral("debug");
        QVERIFY(store.put(cluster, &error)); // replaces
        QVERIFY(store.save(&error));
        ClusterStore again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.clusters().size(), 1);
        QCOMPARE(again.find(QStringLiteral("local"))->partition, QStringLiteral("debug"));
        QVERIFY(again.remove(QStringLiteral("local")));
        QVERIFY(!again.remove(QStringLiteral("local")));
    }

    void brokenFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clusters.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"clusters":[{"name":"a"},{"name":"a"}]})");
        file.close();
        ClusterStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("defined twice")) && error.contains(path), qPrintable(error));
    }

    void clustersCommand()
    {
        QTemporaryDir dir;
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", dir.filePath(QStringLiteral("clusters.json")).toUtf8());
        QString out;
        QString err;
        QCOMPARE(runClustersCommand({"add", "hpc", "--ssh", "ada@login.example.org", "--port", "2222", "--partition",
                                     "gpu", "--cpus", "2"},
                                    &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(runClustersCommand({"add", "here"}, &out, &err), 0);
        QCOMPARE(runClustersCommand({"list"}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("hpc\tssh ada@login.example.org:2222\tpartition=gpu\nhere\tlocal-slurm\n"));
        QCOMPARE(runClustersCommand({"rm", "hpc"}, &out, &err), 0);
        out.clear();
        QCOMPARE(runClustersCommand({"list"}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("here\tlocal-slurm\n"));
        err.clear();
        QCOMPARE(runClustersCommand({"rm", "hpc"}, &out, &err), 1);
        QVERIFY(err.contains(QStringLiteral("no cluster named \"hpc\"")));
        err.clear();
        QCOMPARE(runClustersCommand({"add", "x", "--cpus", "many"}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--cpus")), qPrintable(err));
        err.clear();
        QCOMPARE(runClustersCommand({"frobnicate"}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("unknown command")));
        qunsetenv("SANDBOX_STUDIO_CLUSTERS_FILE");
    }
};

QTEST_GUILESS_MAIN(TestClusterConfig)
#include "tst_clusterconfig.moc"
