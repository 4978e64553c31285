// The form's Resources section: host limits, what it writes into the spec,
// and a real run that a 64 MiB limit stops as "out of memory".
#include "TestSupport.h"
#include "spec/SandboxSpec.h"
#include "ui/MainWindow.h"
#include "ui/ResourcesPanel.h"
#include "ui/TerminalView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

class TestResourcesPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(m_config.path()); }

    void defaultsAndHostLimits()
    {
        ui::ResourcesPanel panel;
        QCOMPARE(panel.gpuBox()->currentText(), "None");
        QVERIFY(!panel.gpuCountBox()->isEnabled());
        QCOMPARE(panel.cpuCoresBox()->value(), 0);
        QCOMPARE(panel.cpuCoresBox()->text(), "No limit");
        QCOMPARE(panel.cpuCoresBox()->maximum(), QThread::idealThreadCount());
        QCOMPARE(panel.memoryBox()->value(), 0);
        // The kernel's count of physical pages, independently of /proc/meminfo.
        const qint64 hostMiB = qint64(::sysconf(_SC_PHYS_PAGES)) * ::sysconf(_SC_PAGESIZE) / (1024 * 1024);
        QVERIFY2(qAbs(panel.memoryBox()->maximum() - hostMiB) <= 1,
                 qPrintable(QString::number(panel.memoryBox()->maximum())));
        QCOMPARE(panel.diskBox()->value(), 0);
        QVERIFY2(panel.diskBox()->text().startsWith("Default ("), qPrintable(panel.diskBox()->text()));
        QCOMPARE(panel.timeoutBox()->value(), sandbox::SandboxSpec::kDefaultTimeoutSeconds);
        QVERIFY(!panel.blockNetworkBox()->isChecked());

        sandbox::SandboxSpec spec;
        panel.applyTo(spec);
        QCOMPARE(spec.toJson(), sandbox::SandboxSpec().toJson());
    }

    void choicesReachTheSpec_data()
    {
        QTest::addColumn<int>("gpu");
        QTest::addColumn<int>("gpuCount");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("memory");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<bool>("blockNetwork");
        QTest::addColumn<QString>("expectedGpu");
        QTest::newRow("none") << int(ui::ResourcesPanel::GpuChoice::None) << 1 << 1 << 64 << 10 << true << "";
        QTest::newRow("any") << int(ui::ResourcesPanel::GpuChoice::Any) << 3 << 0 << 0 << 300 << false << "any";
        QTest::newRow("count") << int(ui::ResourcesPanel::GpuChoice::Count) << 2 << 1 << 128 << 60 << false << "2";
    }

    void choicesReachTheSpec()
    {
        QFETCH(int, gpu);
        QFETCH(int, gpuCount);
        QFETCH(int, cpus);
        QFETCH(int, memory);
        QFETCH(int, timeout);
        QFETCH(bool, blockNetwork);
        QFETCH(QString, expectedGpu);
        ui::ResourcesPanel panel;
        panel.setGpuChoice(ui::ResourcesPanel::GpuChoice(gpu));
        QCOMPARE(panel.gpuCountBox()->isEnabled(), gpu == int(ui::ResourcesPanel::GpuChoice::Count));
        panel.gpuCountBox()->setValue(gpuCount);
        panel.cpuCoresBox()->setValue(cpus);
        panel.memoryBox()->setValue(memory);
        panel.diskBox()->setValue(memory * 4);
        panel.timeoutBox()->setValue(timeout);
        panel.blockNetworkBox()->setChecked(blockNetwork);
        sandbox::SandboxSpec spec;
        panel.applyTo(spec);
        QCOMPARE(spec.gpu, expectedGpu);
        QCOMPARE(spec.cpuCores, double(cpus));
        QCOMPARE(spec.memoryMiB, memory);
        QCOMPARE(spec.diskMiB, memory * 4);
        QCOMPARE(spec.timeoutSeconds, timeout);
        QCOMPARE(spec.blockNetwork, blockNetwork);
    }

    // Too little memory to run at all is refused, naming the field.
    void tooLittleMemoryIsRefused()
    {
        ui::MainWindow window;
        window.resourcesPanel()->memoryBox()->setValue(sandbox::SandboxSpec::kMinMemoryMiB - 1);
        window.commandEdit()->setText("true");
        QString error;
        window.specFromForm(&error);
        QVERIFY2(error.contains("memory"), qPrintable(error));
    }

    void memoryLimitStopsAHog()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resourcesPanel()->memoryBox()->setValue(64);
        window.commandEdit()->setText("python3 -c 'x = bytearray(512 * 1024 * 1024); print(len(x))'");
        QSignalSpy finished(&window, &ui::MainWindow::runFinished);
        window.launch();
        QVERIFY(finished.wait(180000));
        const QString status = window.statusLabel()->text();
        if (status.contains("not enforced"))
            QSKIP(qPrintable(status));
        QVERIFY2(status.contains("out of memory"), qPrintable(status));
        QVERIFY(!window.terminal()->screenText().contains("536870912"));
    }
};

QTEST_MAIN(TestResourcesPanel)
#include "tst_resourcespanel.moc"
