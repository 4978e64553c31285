// What the app keeps on disk (StorageInventory): real items in a private
// data directory (an image built from a real root file system, volumes,
// clones made with git, history, settings), their sizes, and removal;
// removal refused while a real sandbox runs; secrets in a real keyring.
#include "ImageTestSupport.h"
#include "SecretServiceFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Secrets.h"
#include "storage/StorageInventory.h"
#include "storage/Volumes.h"

#include <QSignalSpy>
#include <optional>
#include <QTemporaryDir>
#include <QTest>

using sandbox::StorageInventory;
using sandbox::StorageItem;

class TestStorageInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StorageInventory::Locations m_locations;
    // A member: its bus must outlive every D-Bus client in this process.
    testsupport::SecretServiceFixture m_keyring;

    // A copy: the lists are temporaries.
    static std::optional<StorageItem> find(const QList<StorageItem>& items, StorageItem::Kind kind,
                                           const QString& name)
    {
        for (const StorageItem& item : items) {
            if (item.kind == kind && item.name.contains(name))
                return item;
        }
        return std::nullopt;
    }

    QList<StorageItem> list() const
    {
        QString warning;
        return StorageInventory(m_locations).list(&warning);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_locations.paths.dataDir = m_dir.filePath("data");
        m_locations.paths.cacheDir = m_dir.filePath("cache");
        m_locations.settingsFile = m_dir.filePath("config/sandbox-studio/sandbox-studio.conf");
        m_locations.clustersFile = m_dir.filePath("config/sandbox-studio/clusters.json");
        QVERIFY(testsupport::writeFile(m_locations.settingsFile, "[engine]\nruntime=runc\n"));
        QVERIFY(testsupport::writeFile(m_locations.clustersFile, "{\"clusters\": []}\n"));
    }

    void listsWhatExistsWithSizes()
    {
        const sandbox::Paths& paths = m_locations.paths;
        sandbox::Volumes volumes(paths.volumesDir());
        QVERIFY(QDir().mkpath(paths.volumesDir()));
        QCOMPARE(volumes.create("results"), QString());
        QCOMPARE(volumes.writeFile("results", "data.bin", QByteArray(300000, 'x')), QString());
        QVERIFY(testsupport::writeFile(paths.historyDir() + "/20260101-000000-1/output", QByteArray(5000, 'o')));
        // A real clone in the cache directory, and one where clones used to go.
        const testsupport::ShellResult git = testsupport::shell(
            "set -e; git init -q \"$1\"; cd \"$1\"; echo 'print(1)' > main.py; git add .;"
            "git -c user.name=t -c user.email=t@example.invalid commit -qm one;"
            "git clone -q \"$1\" \"$2\"",
            {m_dir.filePath("repos/small"), paths.clonesDir() + "/small"});
        QVERIFY2(git.exitCode == 0, git.output.constData());
        QVERIFY(testsupport::writeFile(paths.dataDir + "/sources/old/main.py", "print(1)\n"));
        // A sandbox directory whose owner is gone (its lock is free).
        QVERIFY(testsupport::writeFile(paths.sandboxesDir() + "/ss-dead/owner.lock", ""));
        QVERIFY(testsupport::writeFile(paths.sandboxesDir() + "/ss-dead/scratch", QByteArray(1234, 's')));

        const QList<StorageItem> items = list();
        const std::optional<StorageItem> volume = find(items, StorageItem::Kind::Volume, "results");
        QVERIFY(volume);
        QVERIFY2(volume->bytes >= 300000 && volume->bytes < 310000, qPrintable(QString::number(volume->bytes)));
        const std::optional<StorageItem> history = find(items, StorageItem::Kind::History, "");
        QVERIFY(history);
        QCOMPARE(history->bytes, 5000);
        const std::optional<StorageItem> clone = find(items, StorageItem::Kind::Clone, "small");
        QVERIFY(clone);
        QCOMPARE(clone->path, paths.clonesDir() + "/small");
        QVERIFY(clone->bytes > 0);
        QVERIFY(find(items, StorageItem::Kind::Clone, "old"));
        const std::optional<StorageItem> sandbox = find(items, StorageItem::Kind::Sandbox, "ss-dead");
        QVERIFY(sandbox);
        QCOMPARE(sandbox->bytes, 1234);
        const std::optional<StorageItem> settings = find(items, StorageItem::Kind::Settings, "sandbox-studio.conf");
        QVERIFY(settings);
        QCOMPARE(settings->bytes, QFileInfo(m_locations.settingsFile).size());
        QVERIFY(find(items, StorageItem::Kind::Clusters, "clusters.json"));
        QVERIFY(StorageInventory(m_locations).liveSandboxes().isEmpty());
    }

    void removesEachKind_data()
    {
        QTest::addColumn<StorageItem::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("volume") << StorageItem::Kind::Volume << "results";
        QTest::newRow("history") << StorageItem::Kind::History << "";
        QTest::newRow("clone") << StorageItem::Kind::Clone << "small";
        QTest::newRow("old clone") << StorageItem::Kind::Clone << "old";
        QTest::newRow("dead sandbox") << StorageItem::Kind::Sandbox << "ss-dead";
        QTest::newRow("settings") << StorageItem::Kind::Settings << "sandbox-studio.conf";
        QTest::newRow("clusters") << StorageItem::Kind::Clusters << "clusters.json";
    }

    void removesEachKind()
    {
        QFETCH(StorageItem::Kind, kind);
        QFETCH(QString, name);
        const std::optional<StorageItem> item = find(list(), kind, name);
        QVERIFY(item);
        const StorageItem copy = *item;
        QVERIFY(QFileInfo::exists(copy.path));
        QCOMPARE(StorageInventory(m_locations).remove(copy), QString());
        QVERIFY2(!QFileInfo::exists(copy.path), qPrintable(copy.path));
        QVERIFY(!find(list(), kind, name));
    }

    void refusesPathsItDidNotList()
    {
        QVERIFY(testsupport::writeFile(m_dir.filePath("precious"), "keep"));
        const StorageItem forged{StorageItem::Kind::Clone, "precious", m_dir.filePath("precious"), 4};
        const QString error = StorageInventory(m_locations).remove(forged);
        QVERIFY2(error.contains("cannot remove"), qPrintable(error));
        QVERIFY(QFileInfo::exists(m_dir.filePath("precious")));
    }

    void imageFromARealRootfs()
    {
        const QString rootfs = m_dir.filePath("tiny");
        QVERIFY(testsupport::makeTinyRootfs(rootfs, "inventory"));
        sandbox::ImageStore store(m_locations.paths.imagesDir());
        const sandbox::ImageRecipe recipe(rootfs);
        std::unique_ptr<sandbox::ImageBuild> job(store.ensure(recipe));
        job->waitForFinished(300000);
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        const QString layers = store.resolve(recipe).lowerDirs.join(':');

        const std::optional<StorageItem> image = find(list(), StorageItem::Kind::Image, store.resolve(recipe).id());
        QVERIFY(image);
        QVERIFY2(image->bytes > 100000, qPrintable(QString::number(image->bytes))); // dash, cat, ls, libc
        const StorageItem copy = *image;
        QCOMPARE(StorageInventory(m_locations).remove(copy), QString());
        QVERIFY(!store.isBuilt(recipe));
        QVERIFY2(!QFileInfo::exists(layers), qPrintable(layers)); // its layers pruned
        QVERIFY(!find(list(), StorageItem::Kind::Image, copy.name));
    }

    void refusesWhileARealSandboxRuns()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString error;
        // The shared test data directory holds the built debian-slim image.
        std::unique_ptr<sandbox::Engine> engine = testsupport::readyEngine(0, &error);
        QVERIFY2(engine, qPrintable(error));
        StorageInventory::Locations live;
        live.paths = engine->paths();
        sandbox::Volumes volumes(live.paths.volumesDir());
        const QString volume = "inventory-" + testsupport::randomToken();
        QCOMPARE(volumes.create(volume), QString());

        std::unique_ptr<sandbox::Sandbox> box(engine->createSandbox(testsupport::shellSpec("echo up; sleep 60"), &error));
        QVERIFY2(box, qPrintable(error));
        QSignalSpy started(box.get(), &sandbox::Sandbox::started);
        QByteArray out;
        connect(box.get(), &sandbox::Sandbox::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("up"), 60000);

        StorageInventory inventory(live);
        QCOMPARE(inventory.liveSandboxes(), QStringList{box->id()});
        QString warning;
        const QList<StorageItem> items = inventory.list(&warning);
        const std::optional<StorageItem> running = find(items, StorageItem::Kind::Sandbox, box->id());
        QVERIFY(running);
        QVERIFY2(inventory.remove(*running).contains("is running"), qPrintable(inventory.remove(*running)));
        const std::optional<StorageItem> volumeItem = find(items, StorageItem::Kind::Volume, volume);
        QVERIFY(volumeItem);
        const QString refused = inventory.remove(*volumeItem);
        QVERIFY2(refused.contains("a sandbox is running") && refused.contains(box->id()), qPrintable(refused));
        QVERIFY(volumes.exists(volume));
        const std::optional<StorageItem> image = find(items, StorageItem::Kind::Image, "debian-slim");
        QVERIFY(image);
        QVERIFY(inventory.remove(*image).contains("stop it, or close its tab, first"));
        QVERIFY(engine->images().isBuilt(sandbox::ImageRecipe("debian-slim")));

        box->terminate();
        box->waitForFinished(30000);
        box.reset();
        QVERIFY(inventory.liveSandboxes().isEmpty());
        QCOMPARE(inventory.remove(*volumeItem), QString());
        QVERIFY(!volumes.exists(volume));
    }

    void secretsInARealKeyring()
    {
        if (const QString reason = testsupport::SecretServiceFixture::skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString problem = m_keyring.start();
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        m_locations.secretService = "sandbox-studio-inventory-test";
        sandbox::SecretStore secrets(m_locations.secretService);
        QCOMPARE(secrets.set("deploy", {{"TOKEN", "s3cr3t-value"}}), QString());
        const std::optional<StorageItem> secret = find(list(), StorageItem::Kind::Secret, "deploy");
        QVERIFY(secret);
        QVERIFY(secret->path.isEmpty());
        QCOMPARE(secret->bytes, -1);
        const StorageItem copy = *secret;
        QCOMPARE(StorageInventory(m_locations).remove(copy), QString());
        QString error;
        QVERIFY(!secrets.list(&error).contains("deploy"));
        QVERIFY(!find(list(), StorageItem::Kind::Secret, "deploy"));
        m_locations.secretService.clear();
    }
};

QTEST_GUILESS_MAIN(TestStorageInventory)
#include "tst_storageinventory.moc"
