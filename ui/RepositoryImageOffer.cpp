#include "RepositoryImageOffer.h"

#include "source/ImageFiles.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ui {

RepositoryImageOffer::RepositoryImageOffer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("repositoryImageOffer"));
    m_label = new QLabel(tr("From the cloned repository:"), this);
    m_dockerfile = new QPushButton(tr("Dockerfile in this repository"), this);
    m_dockerfile->setObjectName(QStringLiteral("useRepositoryDockerfile"));
    m_dockerfile->setToolTip(tr("Build the image from the repository's Dockerfile (buildah), with the repository "
                                "as its context"));
    m_requirements = new QPushButton(this);
    m_requirements->setObjectName(QStringLiteral("addRepositoryRequirements"));
    m_requirements->setToolTip(tr("Add a step that installs what this file lists; it is rebuilt when the file "
                                  "changes"));
    m_pyproject = new QPushButton(tr("Add pyproject.toml dependencies"), this);
    m_pyproject->setObjectName(QStringLiteral("addRepositoryPyproject"));
    m_pyproject->setToolTip(m_requirements->toolTip());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_dockerfile);
    layout->addWidget(m_requirements);
    layout->addWidget(m_pyproject);
    layout->addStretch(1);
    connect(m_dockerfile, &QPushButton::clicked, this, [this] { Q_EMIT dockerfileChosen(m_dockerfilePath, m_dir); });
    connect(m_requirements, &QPushButton::clicked, this, [this] { Q_EMIT pipFileChosen(m_requirementsPath); });
    connect(m_pyproject, &QPushButton::clicked, this, [this] { Q_EMIT pipFileChosen(m_pyprojectPath); });
    setRepository({});
}

void RepositoryImageOffer::setRepository(const QString& dir)
{
    const sandbox::RepositoryImageFiles files = sandbox::detectRepositoryImageFiles(dir);
    m_dir = dir;
    m_dockerfilePath = files.dockerfile;
    m_requirementsPath = files.requirements;
    m_pyprojectPath = files.pyproject;
    m_dockerfile->setVisible(!files.dockerfile.isEmpty());
    m_requirements->setText(tr("Add %1").arg(QFileInfo(files.requirements).fileName()));
    m_requirements->setVisible(!files.requirements.isEmpty());
    m_pyproject->setVisible(!files.pyproject.isEmpty());
    setVisible(!files.isEmpty());
}

} // namespace ui
