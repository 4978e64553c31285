// Secrets in the window, through a real Secret Service (a private D-Bus
// session and a real gnome-keyring-daemon, QtKeychain in between): created
// in the editor, stored in the keyring, picked in the form, seen by a real
// sandbox's command, and never written to the history, the settings or the
// status line.
#include "SecretServiceFixture.h"
#include "TestFiles.h"
#include "TestSupport.h"
#include "history/RunHistory.h"
#include "storage/Secrets.h"
#include "ui/DataPanel.h"
#include "ui/MainWindow.h"
#include "ui/RunTab.h"
#include "ui/SecretEditorDialog.h"
#include "ui/SecretsPanel.h"
#include "ui/TerminalView.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBox>

namespace {

const QString kValue = QStringLiteral("s3cr3t-panel-value-5521");
// Set for the child run that checks a missing keyring.
constexpr char kNoKeyringEnv[] = "SANDBOX_TEST_NO_KEYRING";

QListWidgetItem* itemNamed(QListWidget* list, const QString& name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == name)
            return list->item(row);
    }
    return nullptr;
}

// Answers the next message box (a confirmation) with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

} // namespace

class TestSecretsPanel : public QObject
{
    Q_OBJECT

private:
    testsupport::SecretServiceFixture m_secretService;
    QTemporaryDir m_config;
    bool m_childRun = false;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings(m_config.path());
        m_childRun = qEnvironmentVariableIsSet(kNoKeyringEnv);
        if (m_childRun)
            return; // the bus address points nowhere on purpose
        if (const QString reason = testsupport::SecretServiceFixture::skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString problem = m_secretService.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        if (m_childRun && QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("keyringUnavailableChild"))
            QSKIP("only the keyring-less check runs in the child");
        QSettings().clear();
    }

    void badFormsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("rows"); // key, value, key, value...
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << "" << QStringList{"A", kValue} << "Name: enter a name";
        QTest::newRow("bad name") << "my secret" << QStringList{"A", kValue}
                                  << "Name: \"my secret\" is not a valid secret name";
        QTest::newRow("no variable name") << "s1" << QStringList{"", kValue} << "Variables, row 1: enter the variable";
        QTest::newRow("bad variable name") << "s1" << QStringList{"OK", "x", "1BAD", kValue}
                                           << "Variables, row 2: \"1BAD\" is not a valid variable name";
        QTest::newRow("twice") << "s1" << QStringList{"A", kValue, "", "", "A", "x"}
                               << "Variables, row 3: A is set twice";
        QTest::newRow("no rows") << "s1" << QStringList{"", ""} << "Variables: add at least one KEY=value";
    }

    void badFormsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, rows);
        QFETCH(QString, expected);
        ui::SecretEditorDialog dialog;
        dialog.nameEdit()->setText(name);
        for (qsizetype i = 0; i + 1 < rows.size(); i += 2) {
            const int row = i == 0 ? 0 : dialog.addRow();
            dialog.keyEdit(row)->setText(rows.at(i));
            dialog.valueEdit(row)->setText(rows.at(i + 1));
        }
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.errorLabel()->text().startsWith(expected), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.errorLabel()->text().contains(kValue));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QString error;
        QVERIFY(!sandbox::SecretStore().list(&error).contains("s1"));
        QCOMPARE(error, QString());
    }

    void createPickAndRun()
    {
        const QString name = QStringLiteral("api-%1").arg(QDateTime::currentMSecsSinceEpoch());
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Showing the Data section reads the names from the keyring.
        window.formSections()->setCurrentWidget(window.dataPanel());
        ui::SecretsPanel* panel = window.dataPanel()->secrets();
        QTRY_VERIFY(panel->isLoaded());
        QVERIFY2(!panel->messageLabel()->text().contains("unavailable"), qPrintable(panel->messageLabel()->text()));

        // New…: the editor, filled by typing.
        QTest::mouseClick(panel->newButton(), Qt::LeftButton);
        auto* dialog = qobject_cast<ui::SecretEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), name);
        QTest::keyClicks(dialog->keyEdit(0), "API_TOKEN");
        QTest::keyClicks(dialog->valueEdit(0), kValue);
        QCOMPARE(dialog->valueEdit(0)->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->valueEdit(0)->displayText().contains(kValue));
        dialog->revealBox()->click();
        QCOMPARE(dialog->valueEdit(0)->echoMode(), QLineEdit::Normal);
        QCOMPARE(dialog->valueEdit(0)->displayText(), kValue);
        dialog->revealBox()->click();
        QCOMPARE(dialog->valueEdit(0)->echoMode(), QLineEdit::Password);
        QTest::mouseClick(dialog->addRowButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->keyEdit(1), "API_USER");
        QTest::keyClicks(dialog->valueEdit(1), "robot");
        QSignalSpy changed(panel, &ui::SecretsPanel::secretsChanged);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);

        // In the keyring, listed and checked.
        QString error;
        const QMap<QString, QString> stored = sandbox::SecretStore().get(name, &error);
        QCOMPARE(error, QString());
        QCOMPARE(stored.value("API_TOKEN"), kValue);
        QCOMPARE(stored.value("API_USER"), "robot");
        QListWidgetItem* item = itemNamed(panel->list(), name);
        QVERIFY(item);
        QCOMPARE(item->checkState(), Qt::Checked);
        QCOMPARE(panel->checkedSecrets(), QStringList{name});
        QVERIFY(!panel->messageLabel()->text().contains(kValue));

        window.commandEdit()->setText("sh -c 'printf %s \"$API_TOKEN\" | sha256sum; echo user=$API_USER'");
        QString specError;
        const sandbox::SandboxSpec spec = window.specFromForm(&specError);
        QCOMPARE(specError, QString());
        QCOMPARE(spec.secrets, QStringList{name});
        QVERIFY(!QJsonDocument(spec.toJson()).toJson().contains(kValue.toUtf8()));

        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        QSignalSpy stored2(&window, &ui::MainWindow::historyUpdated);
        window.launch();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toInt(), 0);
        // The command saw the value: its hash, never the value, is shown.
        const QByteArray hash = QCryptographicHash::hash(kValue.toUtf8(), QCryptographicHash::Sha256).toHex();
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->screenText().contains(QString::fromLatin1(hash)), 5000);
        QVERIFY(window.terminal()->screenText().contains("user=robot"));
        QVERIFY(stored2.wait(10000));

        QVERIFY(!window.statusLabel()->text().contains(kValue));
        QVERIFY(!window.currentRunTab()->statusLabel()->text().contains(kValue));
        const sandbox::RunRecord record = window.history().runs().first();
        QCOMPARE(record.spec.secrets, QStringList{name});
        const QStringList leaks = testsupport::filesContaining(window.history().directory(), kValue.toUtf8())
                                  + testsupport::filesContaining(m_config.path(), kValue.toUtf8())
                                  + testsupport::filesContaining(sandbox::Paths::fromEnvironment().dataDir,
                                                                 kValue.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));

        // A run from the history ticks the secret again.
        item->setCheckState(Qt::Unchecked);
        window.rerun(record.spec);
        QCOMPARE(panel->checkedSecrets(), QStringList{name});
        QVERIFY(finished.wait(120000));
        QVERIFY(sandbox::SecretStore().remove(name).isEmpty());
    }

    void editRenameAndDelete()
    {
        const QString name = QStringLiteral("db-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString renamed = name + "-new";
        QVERIFY(sandbox::SecretStore().set(name, {{"PASS", kValue}}).isEmpty());
        ui::SecretsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.isLoaded());
        QListWidgetItem* item = itemNamed(panel.list(), name);
        QVERIFY(item);
        QCOMPARE(item->checkState(), Qt::Unchecked);
        item->setCheckState(Qt::Checked);
        panel.list()->setCurrentItem(item);

        // Edit: the stored value comes back masked; change it and rename.
        QTest::mouseClick(panel.editButton(), Qt::LeftButton);
        auto* dialog = qobject_cast<ui::SecretEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), name);
        QCOMPARE(dialog->rowCount(), 1);
        QCOMPARE(dialog->keyEdit(0)->text(), "PASS");
        QCOMPARE(dialog->valueEdit(0)->text(), kValue);
        QCOMPARE(dialog->valueEdit(0)->echoMode(), QLineEdit::Password);
        dialog->valueEdit(0)->setText("changed-value");
        dialog->nameEdit()->setText(renamed);
        QVERIFY(dialog->save());

        QString error;
        QCOMPARE(sandbox::SecretStore().get(renamed, &error).value("PASS"), "changed-value");
        QVERIFY(!sandbox::SecretStore().list(&error).contains(name));
        QVERIFY(!itemNamed(panel.list(), name));
        QCOMPARE(panel.checkedSecrets(), QStringList{renamed}); // the check follows the rename

        // A new secret may not take an existing name.
        ui::SecretsPanel other;
        ui::SecretEditorDialog* clash = other.createSecret();
        clash->nameEdit()->setText(renamed);
        clash->keyEdit(0)->setText("X");
        clash->valueEdit(0)->setText("y");
        QVERIFY(!clash->save());
        QVERIFY2(clash->errorLabel()->text().contains("exists already"), qPrintable(clash->errorLabel()->text()));
        clash->close();
        QCOMPARE(sandbox::SecretStore().get(renamed, &error).value("PASS"), "changed-value");

        // Delete asks first: No keeps it, Yes removes it from the keyring.
        panel.list()->setCurrentItem(itemNamed(panel.list(), renamed));
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
        QVERIFY(sandbox::SecretStore().list(&error).contains(renamed));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
        QVERIFY(!sandbox::SecretStore().list(&error).contains(renamed));
        QVERIFY(!itemNamed(panel.list(), renamed));
        QVERIFY(panel.checkedSecrets().isEmpty());
    }

    // A spec naming a secret the keyring lacks keeps it (marked missing),
    // so that the run says why instead of silently dropping it.
    void missingSecretStaysListed()
    {
        ui::SecretsPanel panel;
        QVERIFY(panel.refresh());
        sandbox::SandboxSpec spec;
        spec.secrets = {"never-stored"};
        panel.restoreFrom(spec);
        QListWidgetItem* item = itemNamed(panel.list(), "never-stored");
        QVERIFY(item);
        QVERIFY(item->text().contains("missing"));
        QCOMPARE(panel.checkedSecrets(), QStringList{"never-stored"});
    }

    // No Secret Service at all: said plainly, nothing stored, no hang. Runs
    // in a child process whose session bus address points nowhere.
    void keyringUnavailable()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kNoKeyringEnv), "1");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sandbox-test-bus");
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {"keyringUnavailableChild"});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0 && output.contains("PASS   : TestSecretsPanel::keyringUnavailableChild()"),
                 qPrintable(output));
    }

    void keyringUnavailableChild()
    {
        if (!m_childRun)
            QSKIP("runs in the child of keyringUnavailable()");
        ui::SecretsPanel panel;
        QVERIFY(!panel.refresh());
        QVERIFY2(panel.messageLabel()->text().contains("keyring is unavailable"),
                 qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.list()->count(), 0);
        ui::SecretEditorDialog dialog;
        dialog.nameEdit()->setText("offline");
        dialog.keyEdit(0)->setText("KEY");
        dialog.valueEdit(0)->setText(kValue);
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QVERIFY2(!dialog.errorLabel()->text().contains(kValue), qPrintable(dialog.errorLabel()->text()));
    }
};

QTEST_MAIN(TestSecretsPanel)
#include "tst_secretspanel.moc"
