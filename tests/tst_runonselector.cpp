// The window's "Run on" choice: lists this computer and the configured
// clusters, and hands out the backend for the choice, which really runs
// a sandbox on the loopback Slurm cluster (fixture slurm_cluster).
#include "TestSupport.h"
#include "backend/Backend.h"
#include "backend/ClusterConfig.h"
#include "sandbox/Engine.h"
#include "ui/MainWindow.h"
#include "ui/RunOnSelector.h"
#include "ui/TerminalView.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestRunOnSelector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString clustersFile() const { return m_dir.filePath(QStringLiteral("clusters.json")); }

    void writeClusters(const QList<sandbox::ClusterConfig>& clusters)
    {
        sandbox::ClusterStore store(clustersFile());
        for (const sandbox::ClusterConfig& cluster : clusters)
            QVERIFY(store.put(cluster, nullptr));
        QVERIFY(store.save(nullptr));
    }

    // Why the loopback cluster cannot be used here, or empty.
    static QString clusterSkipReason()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            return reason;
        QFile envFile(QStringLiteral(SLURM_CLUSTER_DIR "/cluster.env"));
        if (!envFile.open(QIODevice::ReadOnly))
            return QStringLiteral("no Slurm cluster: the slurm_cluster fixture did not start one");
        for (const QByteArray& line : envFile.readAll().split('\n')) {
            if (line.startsWith("SLURM_CONF="))
                qputenv("SLURM_CONF", line.mid(11));
        }
        return {};
    }

    static sandbox::ClusterConfig loopback(const QString& name)
    {
        sandbox::ClusterConfig cluster;
        cluster.name = name;
        cluster.nodeSandboxRun = QStringLiteral(SANDBOX_RUN_BINARY);
        cluster.nodeDataDir = qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR");
        return cluster;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", clustersFile().toUtf8());
    }

    void listsThisComputerAndClusters()
    {
        writeClusters({loopback(QStringLiteral("alpha")), loopback(QStringLiteral("beta"))});
        ui::RunOnSelector selector;
        QCOMPARE(selector.count(), 3);
        QCOMPARE(selector.itemText(0), QStringLiteral("This computer"));
        QCOMPARE(selector.currentCluster(), QString());
        QVERIFY(selector.selectCluster(QStringLiteral("beta")));
        QCOMPARE(selector.currentText(), QStringLiteral("Cluster beta"));
        // A reload keeps the choice while the cluster exists.
        selector.reload();
        QCOMPARE(selector.currentCluster(), QStringLiteral("beta"));
        QVERIFY(!selector.selectCluster(QStringLiteral("gamma")));
    }

    void brokenFileLeavesThisComputer()
    {
        QFile file(clustersFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        ui::RunOnSelector selector;
        QCOMPARE(selector.count(), 1);
        QVERIFY2(selector.toolTip().contains(clustersFile()), qPrintable(selector.toolTip()));
    }

    void backendForTheChoiceRunsThere()
    {
        if (const QString reason = clusterSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        writeClusters({loopback(QStringLiteral("loop"))});
        sandbox::Engine engine;
        ui::RunOnSelector selector;
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));

        QString error;
        std::unique_ptr<sandbox::Backend> local = selector.createBackend(&engine, &error);
        QVERIFY2(local, qPrintable(error));
        QCOMPARE(local->displayName(), QStringLiteral("This computer"));

        QVERIFY(selector.selectCluster(QStringLiteral("loop")));
        std::unique_ptr<sandbox::Backend> cluster = selector.createBackend(&engine, &error);
        QVERIFY2(cluster, qPrintable(error));
        QCOMPARE(cluster->displayName(), QStringLiteral("loop"));

        for (sandbox::Backend* backend : {local.get(), cluster.get()}) {
            sandbox::SandboxSpec spec;
            spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo from $0; exit 6"),
                            QStringLiteral("sandbox")};
            std::unique_ptr<sandbox::Run> run(backend->createRun(spec, &error));
            QVERIFY2(run, qPrintable(error));
            QByteArray out;
            connect(run.get(), &sandbox::Run::stdoutReceived, this, [&](const QByteArray& data) { out += data; });
            run->start();
            QVERIFY(run->waitForFinished(120000));
            QCOMPARE(out, QByteArray("from sandbox\n"));
            QCOMPARE(run->returnCode(), 6);
            QCOMPARE(run->endReason(), sandbox::Sandbox::EndReason::Exited);
            // Only the cluster has a job id.
            QCOMPARE(run->jobId().isEmpty(), backend == local.get());
        }
    }

    // The window itself: choose the cluster, launch, see the output, the
    // job id and the exit code; Stop cancels the job.
    void windowRunsOnTheChosenCluster()
    {
        if (const QString reason = clusterSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        writeClusters({loopback(QStringLiteral("loop"))});
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.runOnSelector()->selectCluster(QStringLiteral("loop")));

        window.commandEdit()->setText(QStringLiteral("sh -c 'echo hi-from-cluster; exit 4'"));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QVERIFY(!window.runOnSelector()->isEnabled());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toInt(), 4);
        const QString status = window.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("exit code 4")) && status.contains(QStringLiteral("job ")),
                 qPrintable(status));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("hi-from-cluster")), 5000);
        QVERIFY(window.runOnSelector()->isEnabled());

        window.commandEdit()->setText(QStringLiteral("sh -c 'echo waiting; sleep 60'"));
        finished.clear();
        QTest::mouseClick(window.launchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QStringLiteral("waiting")), 60000);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("running")),
                 qPrintable(window.statusLabel()->text()));
        QTest::mouseClick(window.stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("terminated")),
                 qPrintable(window.statusLabel()->text()));
    }
};

QTEST_MAIN(TestRunOnSelector)
#include "tst_runonselector.moc"
