// Volumes on a cluster: they live in the cluster's volumes dir, a path
// every node mounts, so a file one cluster run writes is there for the
// next. Runs on the real loopback Slurm cluster (ctest fixture
// slurm_cluster) through local srun and over ssh; the node's sandbox-run is
// this build's. The fixture has one node, so "the next run" lands on the
// same node; the path the node reads is the one configured, not a copy.
#include "SlurmFixture.h"
#include "backend/SlurmBackend.h"
#include "storage/VolumeStore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

Q_DECLARE_METATYPE(sandbox::ClusterConfig::Mode)

namespace {

QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult sandboxRun(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestClusterVolumes : public QObject
{
    Q_OBJECT

private:
    testsupport::SlurmFixture m_fixture;
    QTemporaryDir m_dir;

    QString sharedDir() const { return m_dir.path() + QStringLiteral("/shared-volumes"); }

    ClusterConfig cluster(ClusterConfig::Mode mode) const
    {
        ClusterConfig config = m_fixture.cluster(
            mode == ClusterConfig::Mode::Ssh ? QStringLiteral("loopback-ssh") : QStringLiteral("loopback"), mode);
        config.sharedVolumePath = sharedDir();
        return config;
    }

    static SandboxSpec volumeSpec(const QString& volume, const QString& script)
    {
        return testsupport::shellSpecWithVolume(volume, QStringLiteral("/results"), script);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = m_fixture.load(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(sharedDir()));
        const QString clustersFile = m_dir.path() + QStringLiteral("/clusters.json");
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", clustersFile.toUtf8());
        ClusterStore store(clustersFile);
        ClusterConfig withoutVolumes = cluster(ClusterConfig::Mode::LocalSlurm);
        withoutVolumes.name = QStringLiteral("no-volumes");
        withoutVolumes.sharedVolumePath.clear();
        for (const ClusterConfig& config :
             {cluster(ClusterConfig::Mode::LocalSlurm), cluster(ClusterConfig::Mode::Ssh), withoutVolumes})
            QVERIFY(store.put(config, nullptr));
        QVERIFY(store.save(nullptr));
    }

    void namedVolumeCarriesFromRunToRun_data()
    {
        QTest::addColumn<ClusterConfig::Mode>("mode");
        QTest::newRow("local srun") << ClusterConfig::Mode::LocalSlurm;
        QTest::newRow("ssh") << ClusterConfig::Mode::Ssh;
    }

    void namedVolumeCarriesFromRunToRun()
    {
        QFETCH(ClusterConfig::Mode, mode);
        const ClusterConfig config = cluster(mode);
        QString error;
        const std::unique_ptr<VolumeStore> store = clusterVolumeStore(config, &error);
        QVERIFY2(store, qPrintable(error));
        const QString name = QStringLiteral("carry-") + randomToken();
        QCOMPARE(store->create(name), QString());
        const QByteArray token = randomToken().toUtf8();

        const QString write = QStringLiteral("echo %1 > /results/out.txt && mkdir /results/sub && "
                                             "echo nested > /results/sub/n.txt")
                                  .arg(QString::fromUtf8(token));
        const testsupport::ClusterRunResult first = testsupport::runOnCluster(config, volumeSpec(name, write));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error + QString::fromUtf8(first.err)));
        QCOMPARE(first.returnCode, 0);
        // It landed in the configured shared path, not on the node's own disk.
        QFile written(sharedDir() + QLatin1Char('/') + name + QStringLiteral("/out.txt"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), token + '\n');
        QVERIFY(!QFileInfo::exists(qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR") + QStringLiteral("/volumes/") + name));

        const testsupport::ClusterRunResult second =
            testsupport::runOnCluster(config, volumeSpec(name, QStringLiteral("cat /results/out.txt /results/sub/n.txt")));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error + QString::fromUtf8(second.err)));
        QCOMPARE(second.returnCode, 0);
        QCOMPARE(second.out, token + "\nnested\n");
        QCOMPARE(store->remove(name), QString());
    }

    // Refused before anything is submitted, with what to do about it.
    void volumesNeedAVolumesDir()
    {
        ClusterConfig config = cluster(ClusterConfig::Mode::LocalSlurm);
        config.sharedVolumePath.clear();
        SlurmBackend backend(config);
        QString error;
        std::unique_ptr<Run> run(backend.createRun(volumeSpec(QStringLiteral("data"), QStringLiteral("true")), &error));
        QVERIFY(!run);
        QVERIFY2(error.contains(QLatin1String("has no volumes dir")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("--volumes-dir")), qPrintable(error));

        // Without volumes the same cluster is fine.
        run.reset(backend.createRun(testsupport::shellSpec(QStringLiteral("true")), &error));
        QVERIFY2(run, qPrintable(error));

        // The command line says the same and exits 125 at once.
        const CliResult cli = sandboxRun({QStringLiteral("--on"), QStringLiteral("no-volumes"), QStringLiteral("--volume"),
                                          QStringLiteral("data:/data"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(cli.code, 125);
        QVERIFY2(cli.err.contains("has no volumes dir"), cli.err.constData());
    }

    void missingVolumeIsNamedBeforeSubmitting()
    {
        SlurmBackend backend(cluster(ClusterConfig::Mode::LocalSlurm));
        QString error;
        std::unique_ptr<Run> run(
            backend.createRun(volumeSpec(QStringLiteral("never-made"), QStringLiteral("true")), &error));
        QVERIFY(!run);
        QVERIFY2(error.contains(QLatin1String("sandbox-run volumes --on loopback create never-made")), qPrintable(error));
    }

    // A volumes dir the node does not have (a missing mount) fails the run;
    // it must not turn into a directory on the node's own disk.
    // This computer not mounting the volumes dir is no reason to refuse a
    // run; the node checks.
    void volumesDirMissingOnTheNode_data()
    {
        QTest::addColumn<ClusterConfig::Mode>("mode");
        QTest::newRow("local srun") << ClusterConfig::Mode::LocalSlurm;
        QTest::newRow("ssh") << ClusterConfig::Mode::Ssh;
    }

    void volumesDirMissingOnTheNode()
    {
        QFETCH(ClusterConfig::Mode, mode);
        ClusterConfig config = cluster(mode);
        config.sharedVolumePath = m_dir.path() + QStringLiteral("/not-mounted");
        const testsupport::ClusterRunResult result =
            testsupport::runOnCluster(config, volumeSpec(QStringLiteral("data"), QStringLiteral("true")));
        QCOMPARE(result.reason, Sandbox::EndReason::FailedToStart);
        // Said by the node's sandbox-run, not by the client's own check.
        QVERIFY2(result.error.startsWith(QLatin1String("volumes dir ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("does not exist")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(config.sharedVolumePath));
    }

    void storeReadsAndWritesTheVolumesDir_data()
    {
        QTest::addColumn<ClusterConfig::Mode>("mode");
        QTest::newRow("directly") << ClusterConfig::Mode::LocalSlurm;
        QTest::newRow("over ssh") << ClusterConfig::Mode::Ssh;
    }

    void storeReadsAndWritesTheVolumesDir()
    {
        QFETCH(ClusterConfig::Mode, mode);
        QString error;
        const std::unique_ptr<VolumeStore> store = clusterVolumeStore(cluster(mode), &error);
        QVERIFY2(store, qPrintable(error));
        const QString name = QStringLiteral("browse-") + randomToken();
        QCOMPARE(store->create(name), QString());
        QVERIFY(store->list(&error).contains(name));
        QVERIFY(error.isEmpty());
        QVERIFY(!store->create(name).isEmpty()); // exists already

        // Bytes of every value, and a name a shell would split.
        QByteArray data;
        for (int i = 0; i < 256; ++i)
            data.append(static_cast<char>(i));
        const QString odd = QStringLiteral("/sp ace/it's $HOME;\u00fc.bin");
        QCOMPARE(store->writeFile(name, odd, data), QString());
        const QList<Volumes::Entry> top = store->listFiles(name, QStringLiteral("/"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.constFirst().name, QStringLiteral("sp ace"));
        QVERIFY(top.constFirst().isDirectory);
        const QList<Volumes::Entry> inner = store->listFiles(name, QStringLiteral("/sp ace"), &error);
        QCOMPARE(inner.size(), 1);
        QCOMPARE(inner.constFirst().name, QStringLiteral("it's $HOME;\u00fc.bin"));
        QCOMPARE(inner.constFirst().size, 256);
        QCOMPARE(store->readFile(name, odd, &error), data);
        QVERIFY(error.isEmpty());

        // Reads stay inside the volume, over ssh too.
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"),
                            sharedDir() + QLatin1Char('/') + name + QStringLiteral("/escape")));
        for (const QString& path : {QStringLiteral("../../../../etc/hostname"), QStringLiteral("/escape")}) {
            const QByteArray read = store->readFile(name, path, &error);
            QVERIFY2(!error.isEmpty(), qPrintable(path));
            QVERIFY(read.isEmpty());
            QVERIFY2(error.contains(name), qPrintable(error));
        }
        QVERIFY(!store->readFile(QStringLiteral("../etc"), QStringLiteral("/passwd"), &error).size());
        QVERIFY(!error.isEmpty());

        QCOMPARE(store->removeFile(name, odd), QString());
        QVERIFY(store->listFiles(name, QStringLiteral("/sp ace"), &error).isEmpty());
        QCOMPARE(store->remove(name), QString());
        QVERIFY(!store->list(&error).contains(name));
        QVERIFY(!store->remove(name).isEmpty());
    }

    void volumesCommandReachesTheCluster()
    {
        const QString name = QStringLiteral("cli-") + randomToken();
        const QString on = QStringLiteral("loopback-ssh");
        auto volumes = [&](const QStringList& arguments, const QByteArray& input = {}) {
            return sandboxRun(QStringList{QStringLiteral("volumes"), QStringLiteral("--on"), on} + arguments, input);
        };
        QCOMPARE(volumes({QStringLiteral("create"), name}).code, 0);
        QCOMPARE(volumes({QStringLiteral("put"), name, QStringLiteral("-"), QStringLiteral("/in/f.txt")}, "from stdin\n").code, 0);
        QCOMPARE(volumes({QStringLiteral("ls"), name}).out, QByteArray("in/\n"));
        QCOMPARE(volumes({QStringLiteral("get"), name, QStringLiteral("/in/f.txt")}).out, QByteArray("from stdin\n"));
        QVERIFY(volumes({QStringLiteral("list")}).out.split('\n').contains(name.toUtf8()));
        // The file is in the shared dir of this (the only) node.
        QVERIFY(QFileInfo::exists(sharedDir() + QLatin1Char('/') + name + QStringLiteral("/in/f.txt")));
        QCOMPARE(volumes({QStringLiteral("rm"), name}).code, 0);

        const CliResult none = sandboxRun({QStringLiteral("volumes"), QStringLiteral("--on"),
                                           QStringLiteral("no-volumes"), QStringLiteral("list")});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("--volumes-dir"), none.err.constData());
    }

    void clustersAddTakesAVolumesDir()
    {
        QTemporaryDir dir;
        const QString clustersFile = dir.filePath(QStringLiteral("clusters.json"));
        const QByteArray saved = qgetenv("SANDBOX_STUDIO_CLUSTERS_FILE");
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", clustersFile.toUtf8());
        const CliResult added = sandboxRun({QStringLiteral("clusters"), QStringLiteral("add"), QStringLiteral("hpc"),
                                            QStringLiteral("--volumes-dir"), sharedDir()});
        const CliResult relative = sandboxRun({QStringLiteral("clusters"), QStringLiteral("add"), QStringLiteral("rel"),
                                               QStringLiteral("--volumes-dir"), QStringLiteral("shared")});
        const CliResult listed = sandboxRun({QStringLiteral("clusters"), QStringLiteral("list")});
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", saved);
        QCOMPARE(added.code, 0);
        QVERIFY2(listed.out.contains(QByteArray(QByteArray("volumes-dir=") + sharedDir().toUtf8())), listed.out.constData());
        QCOMPARE(relative.code, 2);
        QVERIFY2(relative.err.contains("not an absolute path"), relative.err.constData());
        ClusterStore store(clustersFile);
        QVERIFY(store.load(nullptr));
        QCOMPARE(store.find(QStringLiteral("hpc"))->sharedVolumePath, sharedDir());
    }

    // The node's engine keeps ephemeral volumes in the volumes dir too,
    // and removes them there.
    void ephemeralVolumesLiveInTheVolumesDir()
    {
        qputenv("SANDBOX_STUDIO_VOLUMES_DIR", sharedDir().toUtf8());
        const Paths paths = Paths::fromEnvironment();
        qunsetenv("SANDBOX_STUDIO_VOLUMES_DIR");
        QCOMPARE(paths.volumesDir(), sharedDir());
        Engine::Options options;
        options.paths = paths;
        options.warmContainers = 0;
        Engine engine(options);
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        QString error;
        std::unique_ptr<EphemeralVolume> scratch = engine.volumes().createEphemeral(&error);
        QVERIFY2(scratch, qPrintable(error));
        const QString path = sharedDir() + QLatin1Char('/') + scratch->name();
        QVERIFY(QFileInfo(path).isDir());
        scratch.reset();
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestClusterVolumes)
#include "tst_clustervolumes.moc"
