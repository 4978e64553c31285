// Runs in the real window are kept across restarts; the history panel
// re-runs them, copies the equivalent sandbox-run line, exports the spec.
#include "TestSupport.h"
#include "cli/RunCommandLine.h"
#include "spec/SpecFile.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/TerminalView.h"
#include "util/ShellWords.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
    }

    void runsSurviveARestartAndRerun()
    {
        const QString marker = QStringLiteral("history-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString command = QStringLiteral("sh -c 'echo %1; echo oops >&2; exit 4'").arg(marker);
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.commandEdit()->setText(command);
            QSignalSpy stored(&window, &ui::MainWindow::historyUpdated);
            window.launch();
            QVERIFY(stored.wait(120000));
        }

        // A new window, as after a restart: the run is listed first.
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::HistoryPanel* panel = window.historyPanel();
        QVERIFY(panel->list()->topLevelItemCount() >= 1);
        QTreeWidgetItem* top = panel->list()->topLevelItem(0);
        QCOMPARE(top->text(1), command);
        QCOMPARE(top->text(2), "4");
        QCOMPARE(top->text(3), "exited");
        QVERIFY(top->text(4).endsWith(" s"));
        panel->list()->setCurrentItem(top);
        QVERIFY(panel->outputView()->toPlainText().contains(marker));
        QVERIFY(panel->outputView()->toPlainText().contains("oops"));
        QVERIFY(!panel->outputView()->toPlainText().contains("\x1b")); // colour escapes stripped

        sandbox::RunRecord record;
        QVERIFY(panel->selectedRecord(&record));
        QCOMPARE(record.exitCode, 4);
        QVERIFY(record.durationMs > 0);
        QCOMPARE(window.history().output(record.id), QByteArray(marker.toUtf8() + "\n\x1b[31moops\n\x1b[0m"));

        // Copy: the clipboard holds a line sandbox-run parses back to the spec.
        QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
        const QString line = QApplication::clipboard()->text();
        QVERIFY2(line.startsWith("sandbox-run --image debian-slim -- sh -c "), qPrintable(line));
        const sandbox::RunCommandLine parsed = sandbox::RunCommandLine::parse(sandbox::splitShellWords(line));
        QCOMPARE(parsed.action, sandbox::RunCommandLine::Action::Run);
        QCOMPARE(QJsonDocument(parsed.spec.toJson()).toJson(), QJsonDocument(record.spec.toJson()).toJson());

        // Export: what the button's dialog writes, read back.
        QTemporaryDir out;
        QString error;
        QVERIFY(sandbox::writeSpecFile(record.spec, out.filePath("spec.json"), &error));
        const sandbox::SandboxSpec exported = sandbox::readSpecFile(out.filePath("spec.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(exported.command, record.spec.command);
        QVERIFY(!sandbox::writeSpecFile(record.spec, "/proc/no/such/dir/spec.json", &error));
        QVERIFY(error.contains("/proc/no/such/dir/spec.json"));

        // Re-run: the same spec runs again and a second entry appears.
        const int before = panel->list()->topLevelItemCount();
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QSignalSpy stored(&window, &ui::MainWindow::historyUpdated);
        QTest::mouseClick(panel->rerunButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toInt(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(marker), 5000);
        QVERIFY(stored.size() == 1 || stored.wait(30000));
        QCOMPARE(panel->list()->topLevelItemCount(), std::min(before + 1, int(sandbox::RunHistory::kMaxRuns)));
        QCOMPARE(panel->list()->topLevelItem(0)->text(1), command);
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
