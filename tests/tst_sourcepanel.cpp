// The source form on a (virtual) display: cloning from a real git daemon
// on 127.0.0.1 through the form's fields and buttons, cancelling, errors,
// and pasted code saved as a host directory.
#include "GitFixture.h"
#include "ui/CloneSourcePage.h"
#include "ui/CodeEditor.h"
#include "ui/PasteSourcePage.h"
#include "ui/SourcePanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestSourcePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QTemporaryDir m_out;
    testsupport::GitDaemon m_daemon;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::gitSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(testsupport::makeSmallRepo(m_base.path(), "small"));
        QVERIFY(testsupport::makeBigRepo(m_base.path(), "big", 48, 512 * 1024));
        const QString error = m_daemon.start(m_base.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cloneThroughTheForm()
    {
        ui::SourcePanel panel;
        panel.setCloneBase(m_out.filePath("sources"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::mouseClick(panel.modeTabs()->tabBar(), Qt::LeftButton, {},
                          panel.modeTabs()->tabBar()->tabRect(1).center());
        QCOMPARE(panel.mode(), ui::SourcePanel::Mode::Clone);
        QCOMPARE(panel.suggestedCommand(), QStringList{"sh"});

        ui::CloneSourcePage* page = panel.clonePage();
        page->urlEdit()->setFocus();
        QTest::keyClicks(page->urlEdit(), m_daemon.url("small"));
        // The destination follows the URL until the user sets one.
        QCOMPARE(page->destinationEdit()->text(), m_out.filePath("sources/small"));
        page->depthBox()->setValue(0);

        QSignalSpy finished(page, &ui::CloneSourcePage::cloneFinished);
        QSignalSpy suggestion(&panel, &ui::SourcePanel::suggestedCommandChanged);
        QTest::mouseClick(page->cloneButton(), Qt::LeftButton);
        QVERIFY(!page->cloneButton()->isEnabled());
        QVERIFY(page->cancelButton()->isEnabled());
        QVERIFY(page->progressBar()->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->messageLabel()->text()));
        QVERIFY(page->cloneButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY(page->messageLabel()->text().contains("Cloned into"));
        QVERIFY(!suggestion.isEmpty());
        // tests/test_main.py in the repository: pytest.
        QCOMPARE(panel.suggestedCommand(), (QStringList{"python3", "-m", "pytest"}));
        QString error;
        const QString dir = panel.prepareSourceDirectory(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dir, m_out.filePath("sources/small"));
        QVERIFY(QFile::exists(dir + "/main.py"));

        // A second clone of the same URL gets a fresh destination.
        page->urlEdit()->clear();
        QTest::keyClicks(page->urlEdit(), m_daemon.url("small"));
        QCOMPARE(page->destinationEdit()->text(), m_out.filePath("sources/small-2"));
    }

    void cloneErrorsAreShown()
    {
        ui::SourcePanel panel;
        panel.setCloneBase(m_out.filePath("errors"));
        panel.setMode(ui::SourcePanel::Mode::Clone);
        panel.show();
        ui::CloneSourcePage* page = panel.clonePage();
        QSignalSpy finished(page, &ui::CloneSourcePage::cloneFinished);

        // Refused before anything starts.
        page->urlEdit()->setText("not a url");
        QTest::mouseClick(page->cloneButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(page->messageLabel()->text().contains("is not a git URL"), qPrintable(page->messageLabel()->text()));

        page->urlEdit()->setText(m_daemon.url("small"));
        page->destinationEdit()->setText(m_out.filePath("errors/nobranch"));
        page->branchEdit()->setText("no-such-branch");
        QTest::mouseClick(page->cloneButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(page->messageLabel()->text().contains("branch \"no-such-branch\" not found"),
                 qPrintable(page->messageLabel()->text()));
        QVERIFY(!QFileInfo::exists(m_out.filePath("errors/nobranch")));
        QString error;
        QVERIFY(panel.prepareSourceDirectory(&error).isEmpty());
        QVERIFY2(error.contains("clone the repository first"), qPrintable(error));
    }

    void cancelThroughTheForm()
    {
        ui::SourcePanel panel;
        panel.setCloneBase(m_out.filePath("cancel"));
        panel.setMode(ui::SourcePanel::Mode::Clone);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::CloneSourcePage* page = panel.clonePage();
        page->urlEdit()->setText(m_daemon.url("big"));
        page->destinationEdit()->setText(m_out.filePath("cancel/big"));
        QSignalSpy finished(page, &ui::CloneSourcePage::cloneFinished);
        bool clicked = false;
        // Cancel as soon as the first object count shows.
        connect(page->progressBar(), &QProgressBar::valueChanged, this, [&] {
            if (!clicked && page->progressBar()->maximum() > 0) {
                clicked = true;
                QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
            }
        });
        QTest::mouseClick(page->cloneButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(clicked);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(page->messageLabel()->text().contains("cancelled"), qPrintable(page->messageLabel()->text()));
        QVERIFY(!QFileInfo::exists(m_out.filePath("cancel/big")));
        QVERIFY(page->clonedDirectory().isEmpty());
    }

    void pastedCodeBecomesADirectory()
    {
        ui::SourcePanel panel;
        QString error;
        QCOMPARE(panel.prepareSourceDirectory(&error), QString()); // nothing pasted: no source
        QVERIFY(error.isEmpty());
        panel.pastePage()->editor()->setPlainText("print('from the editor')");
        panel.pastePage()->chooseLanguage("Python");
        const QString dir = panel.prepareSourceDirectory(&error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        QFile file(dir + "/main.py");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("print('from the editor')\n"));
        QCOMPARE(panel.suggestedCommand(), (QStringList{"python3", "main.py"}));
        // Each run gets its own copy.
        const QString second = panel.prepareSourceDirectory(&error);
        QVERIFY(second != dir && QFile::exists(second + "/main.py"));
    }
};

QTEST_MAIN(TestSourcePanel)
#include "tst_sourcepanel.moc"
