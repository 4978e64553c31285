// The Data section's volumes: a named volume keeps a file from one real run
// to the next; an ephemeral one exists for its run only; rows with problems
// are refused naming the row; a run from the history fills them back.
#include "TestSupport.h"
#include "history/RunHistory.h"
#include "spec/SandboxSpec.h"
#include "storage/Volumes.h"
#include "ui/DataPanel.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/MountsEditor.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"
#include "ui/VolumesPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QTimer>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestVolumesPicker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_volumesDir;
    QString m_volumeName;

    // The ephemeral volumes in the data directory the window uses.
    static QStringList ephemeralDirs()
    {
        return QDir(sandbox::Paths::fromEnvironment().volumesDir()).entryList({"ephemeral-*"}, QDir::Dirs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings(m_config.path());
        m_volumeName = QStringLiteral("picker-%1").arg(QDateTime::currentMSecsSinceEpoch());
    }

    void init() { QSettings().clear(); }

    void rowsBecomeTheSpecsVolumes()
    {
        sandbox::Volumes volumes(m_volumesDir.path());
        ui::VolumesPicker picker(volumes);
        QCOMPARE(picker.createVolume("cache"), QString());
        QVERIFY(volumes.exists("cache"));
        QVERIFY(picker.createVolume("cache").contains("exists already"));
        QVERIFY(picker.createVolume("bad name").contains("not a valid name"));
        QVERIFY(picker.createVolume("ephemeral-x").contains("kept for ephemeral volumes"));

        picker.addRow("cache", "/cache");
        picker.addRow({}, "/scratch");
        QCOMPARE(picker.volumeName(0), "cache");
        QVERIFY(!picker.isEphemeral(0));
        QVERIFY(picker.isEphemeral(1));
        // A volume created later is offered in every row, the choices kept.
        QCOMPARE(picker.createVolume("models"), QString());
        QVERIFY(picker.volumeBox(1)->findData("models") >= 0);
        QCOMPARE(picker.volumeName(0), "cache");
        QVERIFY(picker.isEphemeral(1));

        sandbox::SandboxSpec spec;
        QCOMPARE(picker.applyTo(spec), QString());
        // Ephemeral volumes have no name a spec could keep.
        QCOMPARE(spec.volumes.size(), 1);
        QCOMPARE(spec.volumes.at(0).name, "cache");
        QCOMPARE(spec.volumes.at(0).target, "/cache");
        QString error;
        ui::EphemeralVolumes scratch = picker.createEphemeralVolumes(spec, &error);
        QCOMPARE(error, QString());
        QCOMPARE(int(scratch.size()), 1);
        QCOMPARE(spec.volumes.size(), 2);
        QVERIFY(sandbox::Volumes::isEphemeralName(spec.volumes.at(1).name));
        QVERIFY(volumes.exists(spec.volumes.at(1).name));
        const QString ephemeral = spec.volumes.at(1).name;

        // As from the history: the ephemeral row comes back as one, and a
        // re-run gets a fresh volume instead of the gone one.
        ui::VolumesPicker restored(volumes);
        restored.restoreFrom(spec);
        QCOMPARE(restored.rowCount(), 2);
        QCOMPARE(restored.volumeName(0), "cache");
        QVERIFY(restored.isEphemeral(1));
        QCOMPARE(restored.containerEdit(1)->text(), "/scratch");
        scratch.clear();
        QVERIFY(!volumes.exists(ephemeral));
        ui::EphemeralVolumes renewed = ui::VolumesPicker::renewEphemeralVolumes(volumes, spec, &error);
        QCOMPARE(error, QString());
        QCOMPARE(int(renewed.size()), 1);
        QVERIFY(spec.volumes.at(1).name != ephemeral);
        QVERIFY(volumes.exists(spec.volumes.at(1).name));
    }

    // New Named Volume…: asks for the name, creates it, adds a row for it.
    void newNamedVolumeButton()
    {
        sandbox::Volumes volumes(m_volumesDir.path());
        ui::VolumesPicker picker(volumes);
        picker.show();
        QTimer::singleShot(0, &picker, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue("from-button");
            dialog->accept();
        });
        QTest::mouseClick(picker.createButton(), Qt::LeftButton);
        QVERIFY(volumes.exists("from-button"));
        QCOMPARE(picker.rowCount(), 1);
        QCOMPARE(picker.volumeName(0), "from-button");
    }

    void badRowsAreNamed_data()
    {
        QTest::addColumn<QStringList>("rows"); // volume ("" = ephemeral), path, ...
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative path") << QStringList{"cache", "cache"}
                                       << "Volumes, row 1: the sandbox path \"cache\" is relative";
        QTest::newRow("no path") << QStringList{"", ""} << "Volumes, row 1: enter the path inside";
        QTest::newRow("duplicate") << QStringList{"cache", "/a", "", "/a"} << "Volumes, row 2: /a is already used by row 1";
        QTest::newRow("missing volume") << QStringList{"gone-volume", "/g"}
                                        << "Volumes, row 1: no volume named gone-volume";
    }

    void badRowsAreNamed()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, expected);
        sandbox::Volumes volumes(m_volumesDir.path());
        volumes.create("cache");
        ui::VolumesPicker picker(volumes);
        for (qsizetype i = 0; i + 1 < rows.size(); i += 2)
            picker.addRow(rows.at(i), rows.at(i + 1));
        sandbox::SandboxSpec spec;
        const QString problem = picker.applyTo(spec);
        QVERIFY2(problem.startsWith(expected), qPrintable(problem));
        QVERIFY(spec.volumes.isEmpty());
    }

    // A mount and a volume at one place: refused before anything starts.
    void clashWithAMountIsRefused()
    {
        ui::MainWindow window;
        window.dataPanel()->mounts()->addRow(QDir::tempPath(), "/tmp");
        window.dataPanel()->volumes()->addRow({}, "/scratch");
        window.commandEdit()->setText("true");
        QString error;
        window.specFromForm(&error);
        QCOMPARE(error, QString());
        window.dataPanel()->volumes()->addRow({}, "/tmp");
        window.specFromForm(&error);
        QCOMPARE(error, "Volumes, row 2: /tmp is already used by a host mount");
    }

    void namedVolumeKeepsFilesBetweenRuns()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::VolumesPicker* picker = window.dataPanel()->volumes();
        QCOMPARE(picker->createVolume(m_volumeName), QString());
        QTest::mouseClick(picker->addButton(), Qt::LeftButton);
        QCOMPARE(picker->rowCount(), 1);
        picker->volumeBox(0)->setCurrentIndex(picker->volumeBox(0)->findData(m_volumeName));
        QTest::keyClicks(picker->containerEdit(0), "/state");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);

        const QString marker = QStringLiteral("kept-%1").arg(QDateTime::currentMSecsSinceEpoch());
        window.commandEdit()->setText(QStringLiteral("sh -c 'echo %1 > /state/file'").arg(marker));
        window.launch();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);

        window.commandEdit()->setText("cat /state/file");
        window.launch();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(marker), 5000);
    }

    void ephemeralVolumeLastsOneRun()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList before = ephemeralDirs();
        ui::VolumesPicker* picker = window.dataPanel()->volumes();
        picker->addRow({}, "/scratch");
        QVERIFY(picker->isEphemeral(0));
        window.commandEdit()->setText("sh -c 'echo one > /scratch/a; ls /scratch; sleep 3'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QSignalSpy stored(&window, &ui::MainWindow::historyUpdated);
        window.launch();
        QTRY_VERIFY_WITH_TIMEOUT(ephemeralDirs().size() == before.size() + 1, 60000);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);
        QCOMPARE(ephemeralDirs(), before);
        QVERIFY(stored.wait(10000));

        // Re-run from the history: a fresh ephemeral volume, the row back in
        // the form, and a volume that starts empty.
        picker->removeRow(0);
        QCOMPARE(picker->rowCount(), 0);
        window.commandEdit()->setText("unused");
        QVERIFY(!window.history().runs().isEmpty());
        sandbox::RunRecord record = window.history().runs().first();
        QCOMPARE(record.spec.volumes.size(), 1);
        record.spec.command = {"sh", "-c", "ls /scratch | wc -l; echo two > /scratch/b"};
        window.rerun(record.spec);
        QCOMPARE(picker->rowCount(), 1);
        QVERIFY(picker->isEphemeral(0));
        QCOMPARE(picker->containerEdit(0)->text(), "/scratch");
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().trimmed().startsWith("0"), 5000);
        QCOMPARE(ephemeralDirs(), before);
    }

    void cleanupTestCase()
    {
        if (m_volumeName.isEmpty())
            return;
        sandbox::Volumes volumes(sandbox::Paths::fromEnvironment().volumesDir());
        if (volumes.exists(m_volumeName))
            QCOMPARE(volumes.remove(m_volumeName), QString());
    }
};

QTEST_MAIN(TestVolumesPicker)
#include "tst_volumespicker.moc"
