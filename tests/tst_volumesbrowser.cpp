// The window's volumes browser on real volumes: one a real sandbox wrote
// on this computer, and one a real cluster run wrote into the loopback
// Slurm cluster's volumes dir (ctest fixture slurm_cluster), read directly
// and over ssh. Viewing, saving and uploading go through the same stores
// the runs use; an uploaded file is read back by a sandbox.
#include "ui/MainWindow.h"
#include "SlurmFixture.h"
#include "ui/VolumesBrowser.h"
#include "backend/SlurmBackend.h"
#include "storage/VolumeStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QLabel>

using namespace sandbox;

namespace {

QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

QStringList topLevelNames(const QTreeWidget* tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->text(0);
    return names;
}

QStringList volumeNames(const QListWidget* list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    return names;
}

QByteArray readLocal(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Presses the button labelled `text` in the next message box to open.
void answerNextMessageBox(const QString& text)
{
    auto* timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                timer->deleteLater();
                timer->stop();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestVolumesBrowser : public QObject
{
    Q_OBJECT

private:
    testsupport::SlurmFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;

    QString sharedDir() const { return m_dir.path() + QStringLiteral("/shared-volumes"); }
    QString localFile(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }

    ClusterConfig cluster(const QString& name) const
    {
        const auto mode = name.endsWith(QLatin1String("ssh")) ? ClusterConfig::Mode::Ssh : ClusterConfig::Mode::LocalSlurm;
        ClusterConfig config = m_fixture.cluster(name, mode);
        config.sharedVolumePath = sharedDir();
        return config;
    }

    QByteArray runLocally(const SandboxSpec& spec)
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(spec, &error));
        if (!box) {
            qWarning("createSandbox: %s", qPrintable(error));
            return "<failed>";
        }
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&out](const QByteArray& data) { out += data; });
        box->start();
        box->closeStdin();
        box->waitForFinished(60000);
        return box->returnCode() == 0 ? out : QByteArray("<exit %1>").replace("%1", QByteArray::number(box->returnCode()));
    }

    // The run's stdout, or what went wrong.
    static QByteArray runOnCluster(const ClusterConfig& config, const SandboxSpec& spec)
    {
        const testsupport::ClusterRunResult result = testsupport::runOnCluster(config, spec);
        return result.returnCode == 0 ? result.out : "<failed: " + result.error.toUtf8() + result.err + '>';
    }

    static SandboxSpec withVolume(const QString& volume, const QString& script)
    {
        return testsupport::shellSpecWithVolume(volume, QStringLiteral("/data"), script);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = m_fixture.load(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_dir.isValid());
        testsupport::isolateSettings(m_dir.path() + QStringLiteral("/settings"));
        QVERIFY(QDir().mkpath(sharedDir()));
        const QString clustersFile = m_dir.path() + QStringLiteral("/clusters.json");
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", clustersFile.toUtf8());
        ClusterStore store(clustersFile);
        QVERIFY(store.put(cluster(QStringLiteral("loopback")), nullptr));
        QVERIFY(store.put(cluster(QStringLiteral("loopback-ssh")), nullptr));
        QVERIFY(store.save(nullptr));
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
    }

    void listsThisComputerAndEachCluster()
    {
        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        QCOMPARE(browser.placeSelector()->count(), 3);
        QCOMPARE(browser.placeSelector()->itemText(0), QStringLiteral("This computer"));
        QCOMPARE(browser.placeSelector()->itemText(1), QStringLiteral("Cluster loopback"));
        QCOMPARE(browser.placeSelector()->itemText(2), QStringLiteral("Cluster loopback-ssh"));
        QVERIFY(!browser.selectPlace(QStringLiteral("nowhere")));
    }

    void clusterFileChangesShowOnRefresh()
    {
        const QByteArray clustersFile = qgetenv("SANDBOX_STUDIO_CLUSTERS_FILE");
        const QString otherFile = localFile(QStringLiteral("other-clusters.json"));
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", otherFile.toUtf8());
        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        QCOMPARE(browser.placeSelector()->count(), 1);

        ClusterStore store(otherFile);
        QVERIFY(store.put(cluster(QStringLiteral("added-later")), nullptr));
        QVERIFY(store.save(nullptr));
        QVERIFY(browser.selectPlace(QString()));
        browser.findChild<QPushButton*>(QStringLiteral("refreshButton"))->click();
        QCOMPARE(browser.placeSelector()->count(), 2);

        // A broken file leaves this computer, and says what is wrong.
        {
            QFile broken(otherFile);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{ not json");
        }
        browser.findChild<QPushButton*>(QStringLiteral("refreshButton"))->click();
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", clustersFile);
        QCOMPARE(browser.placeSelector()->count(), 1);
        QVERIFY2(browser.messageLabel()->text().contains(otherFile), qPrintable(browser.messageLabel()->text()));
    }

    void browsesAVolumeASandboxWrote()
    {
        const QString name = QStringLiteral("gui-local-") + randomToken();
        QCOMPARE(m_engine->volumes().create(name), QString());
        QCOMPARE(runLocally(withVolume(name, QStringLiteral("echo hello from the sandbox > /data/hello.txt; mkdir "
                                                             "/data/dir; printf nested > /data/dir/nested.txt"))),
                 QByteArray());

        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(volumeNames(browser.volumeList()).contains(name));
        QVERIFY(browser.selectVolume(name));
        QCOMPARE(topLevelNames(browser.fileTree()), (QStringList{QStringLiteral("dir"), QStringLiteral("hello.txt")}));

        QVERIFY(browser.selectPath(QStringLiteral("/dir/nested.txt")));
        QVERIFY(browser.viewCurrentFile());
        QCOMPARE(browser.viewer()->toPlainText(), QStringLiteral("nested"));

        QVERIFY(browser.selectPath(QStringLiteral("/hello.txt")));
        const QString saved = localFile(QStringLiteral("saved-hello.txt"));
        QVERIFY(browser.saveCurrentFileTo(saved));
        QCOMPARE(readLocal(saved), QByteArray("hello from the sandbox\n"));

        const QString upload = localFile(QStringLiteral("upload.txt"));
        {
            QFile file(upload);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("uploaded from the window\n");
        }
        QVERIFY(browser.uploadFile(upload, QStringLiteral("/dir/up.txt")));
        QCOMPARE(browser.currentPath(), QStringLiteral("/dir/up.txt"));
        // The next sandbox sees it.
        QCOMPARE(runLocally(withVolume(name, QStringLiteral("cat /data/dir/up.txt"))),
                 QByteArray("uploaded from the window\n"));

        // A binary file is not dumped into the viewer.
        QCOMPARE(m_engine->volumes().writeFile(name, QStringLiteral("/blob"), QByteArray("a\0b", 3)), QString());
        browser.refresh();
        QVERIFY(browser.selectPath(QStringLiteral("/blob")));
        QVERIFY(browser.viewCurrentFile());
        QVERIFY2(browser.viewer()->toPlainText().contains(QLatin1String("binary")),
                 qPrintable(browser.viewer()->toPlainText()));
        // Nor is a big one.
        QCOMPARE(m_engine->volumes().writeFile(name, QStringLiteral("/big.txt"), QByteArray(5 * 1024 * 1024, 'x')),
                 QString());
        browser.refresh();
        QVERIFY(browser.selectPath(QStringLiteral("/big.txt")));
        QVERIFY(browser.viewCurrentFile());
        QVERIFY2(browser.viewer()->toPlainText().contains(QLatin1String("too big")),
                 qPrintable(browser.viewer()->toPlainText().left(200)));
        QCOMPARE(m_engine->volumes().remove(name), QString());
    }

    void browsesAVolumeAClusterRunWrote_data()
    {
        QTest::addColumn<QString>("clusterName");
        QTest::newRow("volumes dir mounted here") << QStringLiteral("loopback");
        QTest::newRow("over ssh") << QStringLiteral("loopback-ssh");
    }

    void browsesAVolumeAClusterRunWrote()
    {
        QFETCH(QString, clusterName);
        const ClusterConfig config = cluster(clusterName);
        QString error;
        const std::unique_ptr<VolumeStore> store = clusterVolumeStore(config, &error);
        QVERIFY2(store, qPrintable(error));
        const QString name = QStringLiteral("gui-cluster-") + randomToken();
        QCOMPARE(store->create(name), QString());
        const QString token = randomToken();
        QCOMPARE(runOnCluster(config, withVolume(name, QStringLiteral("echo written by run %1 > /data/report.txt; "
                                                                       "echo ok")
                                                           .arg(token))),
                 QByteArray("ok\n"));

        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        browser.show();
        QVERIFY(browser.selectPlace(clusterName));
        QVERIFY2(volumeNames(browser.volumeList()).contains(name), qPrintable(browser.messageLabel()->text()));
        QVERIFY(browser.selectVolume(name));
        QCOMPARE(topLevelNames(browser.fileTree()), QStringList{QStringLiteral("report.txt")});
        QVERIFY(browser.selectPath(QStringLiteral("/report.txt")));
        QVERIFY(browser.viewCurrentFile());
        QCOMPARE(browser.viewer()->toPlainText(), QStringLiteral("written by run %1\n").arg(token));
        const QString saved = localFile(QStringLiteral("saved-report-") + clusterName);
        QVERIFY(browser.saveCurrentFileTo(saved));
        QCOMPARE(QString::fromUtf8(readLocal(saved)), browser.viewer()->toPlainText());

        const QString upload = localFile(QStringLiteral("input.csv"));
        {
            QFile file(upload);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a,b\n1,2\n");
        }
        QVERIFY2(browser.uploadFile(upload, QStringLiteral("/inputs/input.csv")), qPrintable(browser.messageLabel()->text()));
        QCOMPARE(topLevelNames(browser.fileTree()), (QStringList{QStringLiteral("inputs"), QStringLiteral("report.txt")}));
        // The next cluster run reads what was uploaded.
        QCOMPARE(runOnCluster(config, withVolume(name, QStringLiteral("cat /data/inputs/input.csv"))),
                 QByteArray("a,b\n1,2\n"));
        QCOMPARE(store->remove(name), QString());
    }

    void createsAndDeletesWithConfirmation_data()
    {
        QTest::addColumn<QString>("place");
        QTest::newRow("this computer") << QString();
        QTest::newRow("cluster over ssh") << QStringLiteral("loopback-ssh");
    }

    void createsAndDeletesWithConfirmation()
    {
        QFETCH(QString, place);
        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        browser.show();
        QVERIFY(browser.selectPlace(place));
        QVERIFY(!browser.createVolumeNamed(QStringLiteral("../escape")));
        QVERIFY2(browser.messageLabel()->text().contains(QLatin1String("not a valid name")),
                 qPrintable(browser.messageLabel()->text()));

        const QString name = QStringLiteral("gui-new-") + randomToken();
        QVERIFY2(browser.createVolumeNamed(name), qPrintable(browser.messageLabel()->text()));
        QCOMPARE(browser.currentVolume(), name);
        auto* deleteButton = browser.findChild<QPushButton*>(QStringLiteral("deleteVolumeButton"));
        QVERIFY(deleteButton && deleteButton->isEnabled());

        // Cancel keeps it.
        answerNextMessageBox(QStringLiteral("Cancel"));
        deleteButton->click();
        QVERIFY(volumeNames(browser.volumeList()).contains(name));
        // Delete removes it, and its directory.
        answerNextMessageBox(QStringLiteral("Delete"));
        deleteButton->click();
        QVERIFY(!volumeNames(browser.volumeList()).contains(name));
        const QString dir = place.isEmpty() ? m_engine->paths().volumesDir() : sharedDir();
        QVERIFY(!QFileInfo::exists(dir + QLatin1Char('/') + name));
    }

    // An ssh round trip does not stop the event loop (other tabs stream on).
    void eventLoopRunsWhileSshAnswers()
    {
        ui::VolumesBrowser browser(m_engine->paths().volumesDir());
        browser.show();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        QVERIFY2(browser.selectPlace(QStringLiteral("loopback-ssh")), qPrintable(browser.messageLabel()->text()));
        timer.stop();
        QVERIFY2(ticks > 0, "the window froze while ssh listed the volumes");
        QVERIFY(browser.isEnabled());
    }

    void windowOpensTheBrowser()
    {
        ui::MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("volumesAction"));
        QVERIFY(action);
        action->trigger();
        auto* browser = window.findChild<ui::VolumesBrowser*>();
        QVERIFY(browser);
        QTRY_VERIFY(browser->isVisible());
        QCOMPARE(browser->placeSelector()->count(), 3);
        browser->close();
    }
};

QTEST_MAIN(TestVolumesBrowser)
#include "tst_volumesbrowser.moc"
