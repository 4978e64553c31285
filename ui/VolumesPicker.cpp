#include "VolumesPicker.h"

#include "FormRows.h"
#include "spec/SandboxSpec.h"
#include "storage/Volumes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// One row's fields: the volume and where it appears.
class VolumeRow : public QWidget
{
public:
    explicit VolumeRow(QWidget* parent) : QWidget(parent)
    {
        volume = new QComboBox(this);
        volume->setObjectName(QStringLiteral("volumeChoice"));
        volume->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        volume->setMinimumContentsLength(8);
        volume->setToolTip(VolumesPicker::tr("A named volume keeps its files between runs; an ephemeral one is "
                                             "made for the run and removed after it"));
        target = new QLineEdit(this);
        target->setObjectName(QStringLiteral("volumeContainerPath"));
        target->setPlaceholderText(VolumesPicker::tr("Path in the sandbox, e.g. /cache"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(volume, 1);
        layout->addWidget(new QLabel(QStringLiteral("→"), this));
        layout->addWidget(target, 1);
    }

    QComboBox* volume = nullptr;
    QLineEdit* target = nullptr;
};

// Item data of the ephemeral choice; a named volume's is its name.
constexpr int kEphemeralRole = Qt::UserRole + 1;

} // namespace

VolumesPicker::VolumesPicker(sandbox::Volumes& volumes, QWidget* parent) : QWidget(parent), m_volumes(volumes)
{
    setObjectName(QStringLiteral("volumesPicker"));
    m_rows = new FormRows(this);
    m_add = new QPushButton(tr("Add &Volume"), this);
    m_add->setObjectName(QStringLiteral("addVolume"));
    m_add->setToolTip(tr("Mount a volume read-write in the sandbox"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow(m_volumes.list().value(0));
        containerEdit(row)->setFocus();
    });
    m_create = new QPushButton(tr("&New Named Volume…"), this);
    m_create->setObjectName(QStringLiteral("createVolume"));
    m_create->setToolTip(tr("Create a volume that keeps its files between runs"));
    connect(m_create, &QPushButton::clicked, this, &VolumesPicker::askForNewVolume);
    auto* note = new QLabel(tr("Read-write storage: named volumes keep their files between runs; "
                               "ephemeral ones are removed when the run ends."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_rows);
    layout->addLayout(buttons);
}

void VolumesPicker::fillChoices(QComboBox* box, const QString& selected) const
{
    box->clear();
    QStringList names = m_volumes.list();
    for (const QString& name : std::as_const(names))
        box->addItem(name, name);
    if (!selected.isEmpty() && !names.contains(selected)) {
        // Gone since (or from another machine's history): shown, refused at launch.
        box->addItem(tr("%1 (missing)").arg(selected), selected);
    }
    box->addItem(tr("Ephemeral"), QString());
    box->setItemData(box->count() - 1, true, kEphemeralRole);
    box->setCurrentIndex(selected.isEmpty() ? box->count() - 1 : box->findData(selected));
}

int VolumesPicker::addRow(const QString& name, const QString& containerPath)
{
    auto* row = new VolumeRow(this);
    fillChoices(row->volume, name);
    row->target->setText(containerPath);
    return m_rows->append(row);
}

int VolumesPicker::rowCount() const
{
    return m_rows->count();
}

QComboBox* VolumesPicker::volumeBox(int row) const
{
    return m_rows->field(row, &VolumeRow::volume);
}

QLineEdit* VolumesPicker::containerEdit(int row) const
{
    return m_rows->field(row, &VolumeRow::target);
}

void VolumesPicker::removeRow(int row)
{
    m_rows->removeAt(row);
}

QString VolumesPicker::volumeName(int row) const
{
    return volumeBox(row)->currentData().toString();
}

bool VolumesPicker::isEphemeral(int row) const
{
    return volumeBox(row)->currentData(kEphemeralRole).toBool();
}

QString VolumesPicker::createVolume(const QString& name)
{
    if (const QString problem = m_volumes.create(name); !problem.isEmpty())
        return problem;
    reload();
    return {};
}

void VolumesPicker::reload()
{
    for (int row = 0; row < rowCount(); ++row)
        fillChoices(volumeBox(row), isEphemeral(row) ? QString() : volumeName(row));
}

void VolumesPicker::askForNewVolume()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New named volume"),
                                               tr("Name (letters, digits, '.', '_', '-'):"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const QString problem = createVolume(name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("New named volume"), problem);
        return;
    }
    const int row = addRow(name);
    containerEdit(row)->setFocus();
}

QString VolumesPicker::applyTo(sandbox::SandboxSpec& spec) const
{
    const QString section = tr("Volumes");
    QStringList targets;
    QList<sandbox::SandboxSpec::VolumeMount> named;
    for (int row = 0; row < rowCount(); ++row) {
        const QString target = containerEdit(row)->text().trimmed();
        if (!isEphemeral(row) && !m_volumes.exists(volumeName(row)))
            return rowProblem(section, row,
                              tr("no volume named %1 (create it with New Named Volume…)").arg(volumeName(row)));
        if (const QString problem = containerPathProblem(target); !problem.isEmpty())
            return rowProblem(section, row, problem);
        if (const qsizetype earlier = targets.indexOf(target); earlier >= 0)
            return rowProblem(section, row, tr("%1 is already used by row %2").arg(target).arg(earlier + 1));
        for (const sandbox::SandboxSpec::Mount& mount : std::as_const(spec.mounts)) {
            if (mount.target == target)
                return rowProblem(section, row, tr("%1 is already used by a host mount").arg(target));
        }
        targets << target;
        if (!isEphemeral(row))
            named.append({volumeName(row), target});
    }
    spec.volumes += named;
    return {};
}

EphemeralVolumes VolumesPicker::createEphemeralVolumes(sandbox::SandboxSpec& spec, QString* error) const
{
    EphemeralVolumes made;
    for (int row = 0; row < rowCount(); ++row) {
        if (!isEphemeral(row))
            continue;
        std::unique_ptr<sandbox::EphemeralVolume> volume = m_volumes.createEphemeral(error);
        if (!volume)
            return {};
        spec.volumes.append({volume->name(), containerEdit(row)->text().trimmed()});
        made.push_back(std::move(volume));
    }
    error->clear();
    return made;
}

EphemeralVolumes VolumesPicker::renewEphemeralVolumes(sandbox::Volumes& volumes, sandbox::SandboxSpec& spec,
                                                      QString* error)
{
    EphemeralVolumes made;
    for (sandbox::SandboxSpec::VolumeMount& mount : spec.volumes) {
        if (!sandbox::Volumes::isEphemeralName(mount.name))
            continue;
        std::unique_ptr<sandbox::EphemeralVolume> volume = volumes.createEphemeral(error);
        if (!volume)
            return {};
        mount.name = volume->name();
        made.push_back(std::move(volume));
    }
    error->clear();
    return made;
}

void VolumesPicker::restoreFrom(const sandbox::SandboxSpec& spec)
{
    m_rows->clear();
    for (const sandbox::SandboxSpec::VolumeMount& mount : spec.volumes)
        addRow(sandbox::Volumes::isEphemeralName(mount.name) ? QString() : mount.name, mount.target);
}

} // namespace ui
