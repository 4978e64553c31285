#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace sandbox {
class EphemeralVolume;
class Volumes;
struct SandboxSpec;
} // namespace sandbox

namespace ui {

class FormRows;

// Ephemeral volumes made for one run; removed when released.
using EphemeralVolumes = std::vector<std::unique_ptr<sandbox::EphemeralVolume>>;

// Volumes in the form: rows of volume -> sandbox path, each volume a named
// one (kept between runs, see `sandbox-run volumes`) or an ephemeral one
// made for the run and removed after it. Named volumes can be created here.
// Ephemeral volumes have no name a spec could keep: specs and command lines
// leave them out, and each launch makes fresh ones.
class VolumesPicker : public QWidget
{
    Q_OBJECT

public:
    // `volumes` is not owned and must outlive the picker.
    explicit VolumesPicker(sandbox::Volumes& volumes, QWidget* parent = nullptr);

    // Appends a row for a named volume, or an ephemeral one when `name` is
    // empty; returns its index.
    int addRow(const QString& name = {}, const QString& containerPath = {});
    int rowCount() const;
    QComboBox* volumeBox(int row) const;
    QLineEdit* containerEdit(int row) const;
    void removeRow(int row);
    QPushButton* addButton() const { return m_add; }
    QPushButton* createButton() const { return m_create; }
    // The row's volume name; empty for an ephemeral one.
    QString volumeName(int row) const;
    bool isEphemeral(int row) const;

    // Creates a named volume and offers it in every row; empty on success,
    // otherwise why not (names the volume).
    QString createVolume(const QString& name);
    // Re-reads the named volumes, keeping each row's choice.
    void reload();

    // Adds the rows' named volumes to spec.volumes; returns the first
    // problem, naming its row, or an empty string (a path the spec's
    // mounts use is one). Ephemeral rows are checked but left out (see
    // createEphemeralVolumes).
    QString applyTo(sandbox::SandboxSpec& spec) const;
    // Makes a fresh ephemeral volume for each ephemeral row and adds it to
    // spec.volumes; they live as long as the returned objects.
    EphemeralVolumes createEphemeralVolumes(sandbox::SandboxSpec& spec, QString* error) const;
    // Shows the spec's volumes as the rows (a recorded ephemeral volume as
    // an ephemeral row).
    void restoreFrom(const sandbox::SandboxSpec& spec);

    // For a spec that ran before (history): replaces the ephemeral volumes
    // it names, long gone, with fresh ones.
    static EphemeralVolumes renewEphemeralVolumes(sandbox::Volumes& volumes, sandbox::SandboxSpec& spec,
                                                  QString* error);

private:
    void askForNewVolume();
    void fillChoices(QComboBox* box, const QString& selected) const;

    sandbox::Volumes& m_volumes;
    FormRows* m_rows = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace ui
