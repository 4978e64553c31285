// The Data section's host mounts: a real run reads a mounted host directory
// and cannot write to it; bad rows are refused with their row named before
// anything starts.
#include "TestSupport.h"
#include "history/RunHistory.h"
#include "spec/SandboxSpec.h"
#include "ui/DataPanel.h"
#include "ui/MainWindow.h"
#include "ui/MountsEditor.h"
#include "ui/RunTab.h"
#include "ui/TerminalView.h"

#include <QDir>
#include <QPushButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>
#include <QToolButton>

class TestMountsEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_host;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings(m_config.path());
        QVERIFY(m_host.isValid());
        QFile file(m_host.filePath(QStringLiteral("hello.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mounted-content-42\n");
    }

    void init() { QSettings().clear(); }

    void rowsBecomeTheSpecsMounts()
    {
        ui::MountsEditor editor;
        QCOMPARE(editor.rowCount(), 0);
        editor.addRow(m_host.path(), "/data");
        editor.addRow("", "");  // blank rows are left out
        editor.addRow(m_host.filePath("hello.txt"), "/etc/hello.txt");
        QVERIFY(editor.chooseButton(0)->menu());
        sandbox::SandboxSpec spec;
        QCOMPARE(editor.applyTo(spec), QString());
        QCOMPARE(spec.mounts.size(), 2);
        QCOMPARE(spec.mounts.at(0).source, m_host.path());
        QCOMPARE(spec.mounts.at(0).target, "/data");
        QCOMPARE(spec.mounts.at(1).target, "/etc/hello.txt");

        editor.removeRow(1);
        QCOMPARE(editor.rowCount(), 2);
        QCOMPARE(editor.containerEdit(1)->text(), "/etc/hello.txt");

        ui::MountsEditor restored;
        restored.addRow("/old", "/old");
        restored.restoreFrom(spec);
        QCOMPARE(restored.rowCount(), 2);
        QCOMPARE(restored.hostEdit(1)->text(), m_host.filePath("hello.txt"));
        QCOMPARE(restored.containerEdit(0)->text(), "/data");
    }

    void badRowsAreNamedAndNothingStarts_data()
    {
        QTest::addColumn<QStringList>("rows"); // host, container, host, container...
        QTest::addColumn<QString>("expected");
        const QString host = m_host.path();
        QTest::newRow("nonexistent host path")
            << QStringList{host, "/data", "/no/such/dir-71", "/more"} << "Mounts, row 2: /no/such/dir-71 does not exist";
        QTest::newRow("relative host path") << QStringList{"some/dir", "/data"}
                                            << "Mounts, row 1: the host path \"some/dir\" is relative";
        QTest::newRow("no host path") << QStringList{"", "/data"} << "Mounts, row 1: choose a host path";
        QTest::newRow("relative container path")
            << QStringList{host, "data"} << "Mounts, row 1: the sandbox path \"data\" is relative";
        QTest::newRow("no container path") << QStringList{host, ""} << "Mounts, row 1: enter the path inside";
        QTest::newRow("not normalised") << QStringList{host, "/data/../etc"} << "is not normalised (write /etc)";
        QTest::newRow("reserved") << QStringList{host, "/proc/x"} << "Mounts, row 1: /proc/x is reserved";
        QTest::newRow("root") << QStringList{host, "/"} << "Mounts, row 1: cannot mount over";
        QTest::newRow("duplicate") << QStringList{host, "/data", "", "", host, "/data"}
                                   << "Mounts, row 3: /data is already used by row 1";
    }

    void badRowsAreNamedAndNothingStarts()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, expected);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::MountsEditor* editor = window.dataPanel()->mounts();
        for (qsizetype i = 0; i + 1 < rows.size(); i += 2)
            editor->addRow(rows.at(i), rows.at(i + 1));
        window.commandEdit()->setText("echo should-not-run");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY2(window.statusLabel()->text().contains(expected), qPrintable(window.statusLabel()->text()));
        QVERIFY(!window.isRunning());
        QCOMPARE(window.runTabs()->count(), 1);
        QCOMPARE(window.currentRunTab()->spec().command, QStringList());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
    }

    void mountedDirectoryIsReadOnly()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Through the form as a user would: the Data section, Add Mount.
        window.formSections()->setCurrentWidget(window.dataPanel());
        ui::MountsEditor* editor = window.dataPanel()->mounts();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->rowCount(), 1);
        QTest::keyClicks(editor->hostEdit(0), m_host.path());
        QTest::keyClicks(editor->containerEdit(0), "/data");
        window.commandEdit()->setText("sh -c 'cat /data/hello.txt; "
                                      "if echo x > /data/new 2>/dev/null; then echo WRITABLE; else echo refused-write; fi; "
                                      "rm /data/hello.txt 2>/dev/null && echo REMOVED'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QSignalSpy stored(&window, &ui::MainWindow::historyUpdated);
        window.launch();
        QVERIFY(finished.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains("refused-write"), 5000);
        const QString screen = window.terminal()->screenText();
        QVERIFY2(screen.contains("mounted-content-42"), qPrintable(screen));
        QVERIFY2(!screen.contains("WRITABLE") && !screen.contains("REMOVED"), qPrintable(screen));
        QVERIFY(!QFile::exists(m_host.filePath("new")));
        QVERIFY(QFile::exists(m_host.filePath("hello.txt")));
        QCOMPARE(window.currentRunTab()->spec().mounts.size(), 1);

        // Re-run from the history: the mount comes back into the form.
        QVERIFY(stored.count() > 0 || stored.wait(10000));
        const sandbox::RunRecord record = window.history().runs().first();
        QCOMPARE(record.spec.mounts.size(), 1);
        editor->removeRow(0);
        QCOMPARE(editor->rowCount(), 0);
        window.rerun(record.spec);
        QCOMPARE(editor->rowCount(), 1);
        QCOMPARE(editor->hostEdit(0)->text(), m_host.path());
        QCOMPARE(editor->containerEdit(0)->text(), "/data");
        QVERIFY(finished.wait(120000));
    }
};

QTEST_MAIN(TestMountsEditor)
#include "tst_mountseditor.moc"
