// Help > About in the real window: the app's version, the OCI runtime the
// engine detected with its real version (checked against the runtime's own
// `--version`, run here), and the libraries' and tools' versions.
#include "TestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QMap<QString, QStringList> m_rows; // component → built, running
    QString m_text;

    static QString firstLineOf(const QString& program)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, {"--version"});
        if (!process.waitForFinished(10000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).section('\n', 0, 0).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        testsupport::isolateSettings(m_config.path());
        QSettings().clear();

        // Open it the user's way, from the Help menu; read it while it is up.
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* about = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == "&About Sandbox Studio")
                    about = action;
            }
        }
        QVERIFY(about);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::AboutDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            m_text = dialog->findChild<QLabel*>("aboutText")->text();
            QTreeWidget* table = dialog->versionTable();
            for (int i = 0; i < table->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* row = table->topLevelItem(i);
                m_rows.insert(row->text(0), {row->text(1), row->text(2)});
            }
            dialog->reject();
        });
        about->trigger();
        QVERIFY(seen);
    }

    void showsTheAppVersion() { QVERIFY2(m_text.contains(SANDBOX_STUDIO_VERSION), qPrintable(m_text)); }

    void showsTheDetectedRuntimeAndItsRealVersion()
    {
        QString error;
        const sandbox::RuntimeInfo runtime =
            sandbox::OciRuntime::detect(qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME"), &error);
        QVERIFY2(!runtime.name.isEmpty(), qPrintable(error));
        const QString running = m_rows.value("OCI runtime").value(1);
        // What the runtime itself says, e.g. "runc version 1.1.15".
        const QString own = firstLineOf(runtime.name);
        QVERIFY2(own.contains(runtime.name) && own.contains(QRegularExpression("\\d+\\.\\d+")), qPrintable(own));
        QVERIFY2(running.startsWith(own), qPrintable(running + " vs " + own));
        QVERIFY2(running.contains(QStandardPaths::findExecutable(runtime.name)), qPrintable(running));
    }

    void showsLibraryVersions_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("running");
        QTest::newRow("Qt") << "Qt" << QString::fromLatin1(qVersion());
        QTest::newRow("QTermWidget") << "QTermWidget" << "";
        QTest::newRow("KSyntaxHighlighting") << "KSyntaxHighlighting (KF6)" << "";
        QTest::newRow("libgit2") << "libgit2" << "";
        QTest::newRow("QtKeychain") << "QtKeychain" << "";
    }

    void showsLibraryVersions()
    {
        QFETCH(QString, component);
        QFETCH(QString, running);
        QVERIFY2(m_rows.contains(component), qPrintable(m_rows.keys().join(", ")));
        const QStringList row = m_rows.value(component);
        const QRegularExpression version("^\\d+\\.\\d+(\\.\\d+)?$");
        QVERIFY2(version.match(row.at(1)).hasMatch(), qPrintable(component + ": " + row.at(1)));
        if (!running.isEmpty())
            QCOMPARE(row.at(1), running);
        // Where the build knows its version, a matching library runs
        // (same major.minor; Debian keeps the ABI within one).
        if (component != "QtKeychain")
            QCOMPARE(row.at(0).section('.', 0, 1), row.at(1).section('.', 0, 1));
    }

    void showsHelperToolVersions_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("package");
        QTest::newRow("mmdebstrap") << "mmdebstrap" << "mmdebstrap";
        QTest::newRow("skopeo") << "skopeo" << "skopeo";
        QTest::newRow("pasta") << "pasta" << "passt";
    }

    void showsHelperToolVersions()
    {
        QFETCH(QString, tool);
        QFETCH(QString, package);
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("not installed here");
        const QString shown = m_rows.value(tool).value(1);
        if (const QString own = firstLineOf(tool); !own.isEmpty()) {
            QCOMPARE(shown, own);
            return;
        }
        // A tool that prints no version off a terminal (pasta): its package's.
        QProcess dpkg;
        dpkg.start("dpkg-query", {"-W", "-f=${Version}", package});
        QVERIFY(dpkg.waitForFinished(10000));
        const QString version = QString::fromUtf8(dpkg.readAllStandardOutput()).trimmed();
        QVERIFY(!version.isEmpty());
        QVERIFY2(shown.contains(version), qPrintable(shown + " vs " + version));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
