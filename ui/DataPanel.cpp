#include "DataPanel.h"

#include "MountsEditor.h"
#include "SecretsPanel.h"
#include "VolumesPicker.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace ui {

namespace {

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

DataPanel::DataPanel(sandbox::Volumes& volumes, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataPanel"));
    m_secrets = new SecretsPanel(this);
    m_mounts = new MountsEditor(this);
    m_volumes = new VolumesPicker(volumes, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group(tr("Secrets"), m_secrets, this));
    layout->addWidget(group(tr("Host mounts (read-only)"), m_mounts, this));
    layout->addWidget(group(tr("Volumes (read-write)"), m_volumes, this));
    layout->addStretch(1);
}

QString DataPanel::applyTo(sandbox::SandboxSpec& spec) const
{
    if (const QString problem = m_mounts->applyTo(spec); !problem.isEmpty())
        return problem;
    if (const QString problem = m_volumes->applyTo(spec); !problem.isEmpty())
        return problem;
    m_secrets->applyTo(spec);
    return {};
}

void DataPanel::restoreFrom(const sandbox::SandboxSpec& spec)
{
    m_secrets->restoreFrom(spec);
    m_mounts->restoreFrom(spec);
    m_volumes->restoreFrom(spec);
}

} // namespace ui
