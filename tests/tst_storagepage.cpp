// Settings > Storage in the real dialog on a (virtual) display: it lists
// what the app keeps in a private data directory (a real volume, a real
// clone in the cache, the history, the settings file) with sizes, and
// removing an item after confirming removes it from disk.
#include "GitFixture.h"
#include "TestFiles.h"
#include "storage/Volumes.h"
#include "ui/AppSettings.h"
#include "ui/SettingsDialog.h"
#include "ui/StoragePage.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestStoragePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Answers the next confirmation with `button`.
    void answerConfirmation(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    }

    static int rowOf(const ui::StoragePage& page, const QString& kind, const QString& name)
    {
        const QTreeWidget* list = page.itemList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == kind && list->topLevelItem(i)->text(1) == name)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        // A data directory of this test only: removal must not touch the
        // shared one's images.
        qputenv("SANDBOX_STUDIO_DATA_DIR", m_dir.filePath("data").toUtf8());
        qputenv("SANDBOX_STUDIO_CLUSTERS_FILE", m_dir.filePath("config/clusters.json").toUtf8());
        const sandbox::Paths paths = sandbox::Paths::fromEnvironment();
        QCOMPARE(paths.cacheDir, m_dir.filePath("data/cache"));

        QVERIFY(QDir().mkpath(paths.volumesDir()));
        sandbox::Volumes volumes(paths.volumesDir());
        QCOMPARE(volumes.create("datasets"), QString());
        QCOMPARE(volumes.writeFile("datasets", "big.bin", QByteArray(3 * 1024 * 1024, 'd')), QString());
        QVERIFY(testsupport::makeSmallRepo(m_dir.filePath("repos"), "small"));
        QVERIFY(!testsupport::git(m_dir.path(), {"clone", "-q", m_dir.filePath("repos/small.git"),
                                                 paths.clonesDir() + "/small"}).isNull());
        QVERIFY(testsupport::writeFile(paths.historyDir() + "/run-1/output", QByteArray(2048, 'o')));
        QSettings().setValue("engine/defaultImage", "debian-slim");
        QSettings().sync();
    }

    void listsAndRemoves()
    {
        ui::SettingsDialog dialog(ui::AppSettings::load());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.pages()->setCurrentWidget(dialog.storagePage());
        ui::StoragePage& page = *dialog.storagePage();
        const sandbox::Paths paths = sandbox::Paths::fromEnvironment();

        const int volumeRow = rowOf(page, "Volume", "datasets");
        QVERIFY(volumeRow >= 0);
        QTreeWidgetItem* volume = page.itemList()->topLevelItem(volumeRow);
        QCOMPARE(volume->text(2), "3.0 MiB");
        QCOMPARE(volume->text(3), paths.volumesDir() + "/datasets");
        const int cloneRow = rowOf(page, "Cloned repository (cache)", "small");
        QVERIFY(cloneRow >= 0);
        QVERIFY(page.items().at(cloneRow).bytes > 0);
        QCOMPARE(page.itemList()->topLevelItem(cloneRow)->text(2), ui::StoragePage::formatSize(page.items().at(cloneRow).bytes));
        QVERIFY(rowOf(page, "Run history", "all runs") >= 0);
        QCOMPARE(page.itemList()->topLevelItem(rowOf(page, "Run history", "all runs"))->text(2), "2.0 KiB");
        const int settingsRow = rowOf(page, "Settings", QFileInfo(QSettings().fileName()).fileName());
        QVERIFY2(settingsRow >= 0, qPrintable(QSettings().fileName()));

        // Cancel keeps it.
        QVERIFY(!page.removeButton()->isEnabled());
        page.itemList()->setCurrentItem(volume);
        QVERIFY(page.removeButton()->isEnabled());
        answerConfirmation(QMessageBox::Cancel);
        QTest::mouseClick(page.removeButton(), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(paths.volumesDir() + "/datasets/big.bin"));
        QVERIFY(rowOf(page, "Volume", "datasets") >= 0);

        // Yes removes it from disk and from the list.
        page.itemList()->setCurrentItem(page.itemList()->topLevelItem(rowOf(page, "Volume", "datasets")));
        answerConfirmation(QMessageBox::Yes);
        QTest::mouseClick(page.removeButton(), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(paths.volumesDir() + "/datasets"));
        QCOMPARE(rowOf(page, "Volume", "datasets"), -1);
        QVERIFY2(page.messageLabel()->text().contains("Removed"), qPrintable(page.messageLabel()->text()));

        // The clone too.
        page.itemList()->setCurrentItem(page.itemList()->topLevelItem(rowOf(page, "Cloned repository (cache)", "small")));
        answerConfirmation(QMessageBox::Yes);
        QTest::mouseClick(page.removeButton(), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(paths.clonesDir() + "/small"));
        QCOMPARE(rowOf(page, "Cloned repository (cache)", "small"), -1);
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
