// The image form and what a cloned repository offers it: "Dockerfile in
// this repository", its requirements file and pyproject.toml, and the
// resolved reference of a short registry name.
#include "source/ImageFiles.h"
#include "ui/ImagePanel.h"
#include "ui/RepositoryImageOffer.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

class TestRepositoryImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void touch(const QString& name)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void detectsWhatTheRepositoryStates()
    {
        QVERIFY(detectRepositoryImageFiles(m_dir.path()).isEmpty());
        touch("requirements-dev.txt");
        QCOMPARE(detectRepositoryImageFiles(m_dir.path()).requirements, m_dir.filePath("requirements-dev.txt"));
        touch("requirements.txt");
        touch("Dockerfile");
        touch("pyproject.toml");
        const RepositoryImageFiles files = detectRepositoryImageFiles(m_dir.path());
        QCOMPARE(files.requirements, m_dir.filePath("requirements.txt"));
        QCOMPARE(files.dockerfile, m_dir.filePath("Dockerfile"));
        QCOMPARE(files.pyproject, m_dir.filePath("pyproject.toml"));
    }

    void panelOffersAndAppliesThem()
    {
        ui::ImagePanel panel;
        panel.show();
        QVERIFY(!panel.repositoryOffer()->isVisibleTo(&panel));
        panel.offerRepository(m_dir.path());
        ui::RepositoryImageOffer* offer = panel.repositoryOffer();
        QVERIFY(offer->isVisibleTo(&panel));
        QCOMPARE(offer->requirementsButton()->text(), QStringLiteral("Add requirements.txt"));
        QCOMPARE(offer->dockerfileButton()->text(), QStringLiteral("Dockerfile in this repository"));
        panel.aptEdit()->setText(QStringLiteral("jq"));

        // The requirements step goes under the form's own steps.
        offer->requirementsButton()->click();
        QString error;
        ImageRecipe recipe = panel.recipe(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recipe.steps.size(), 2);
        QCOMPARE(recipe.steps.at(0).kind, ImageStep::Kind::PipRequirements);
        QCOMPARE(recipe.steps.at(0).source, m_dir.filePath("requirements.txt"));
        QCOMPARE(recipe.steps.at(1).describe(), QStringLiteral("apt_install jq"));
        offer->requirementsButton()->click(); // not twice
        QCOMPARE(panel.recipe(&error).steps.size(), 2);

        offer->dockerfileButton()->click();
        recipe = panel.recipe(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recipe.base.kind, ImageBase::Kind::Dockerfile);
        QCOMPARE(recipe.base.path, m_dir.filePath("Dockerfile"));
        QCOMPARE(recipe.base.context, m_dir.path());
        QCOMPARE(recipe.steps.size(), 1);
        offer->pyprojectButton()->click();
        QCOMPARE(panel.recipe(&error).steps.first().kind, ImageStep::Kind::PipPyproject);

        panel.offerRepository({});
        QVERIFY(!offer->isVisibleTo(&panel));
    }

    void shortNameShowsWhatItResolvesTo()
    {
        const QString conf = m_dir.filePath("registries.conf");
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unqualified-search-registries = [\"registry.example.org\"]\n");
        file.close();
        qputenv("CONTAINERS_REGISTRIES_CONF", QFile::encodeName(conf));
        ui::ImagePanel panel;
        panel.show();
        panel.setBaseKind(ui::ImagePanel::BaseKind::Registry);
        panel.referenceEdit()->setText(QStringLiteral("zz-tool:1"));
        QTRY_VERIFY(panel.resolvedReferenceLabel()->isVisibleTo(&panel));
        QVERIFY2(panel.resolvedReferenceLabel()->text().contains("registry.example.org/zz-tool:1"),
                 qPrintable(panel.resolvedReferenceLabel()->text()));
        QString error;
        QCOMPARE(panel.recipe(&error).base.reference, QStringLiteral("registry.example.org/zz-tool:1"));
        panel.referenceEdit()->setText(QStringLiteral("localhost:5000/a/b"));
        QTRY_VERIFY(!panel.resolvedReferenceLabel()->isVisibleTo(&panel));
        qunsetenv("CONTAINERS_REGISTRIES_CONF");
    }
};

QTEST_MAIN(TestRepositoryImage)
#include "tst_repositoryimage.moc"
