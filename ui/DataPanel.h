#pragma once

#include <QWidget>

namespace sandbox {
class Volumes;
struct SandboxSpec;
} // namespace sandbox

namespace ui {

class MountsEditor;
class SecretsPanel;
class VolumesPicker;

// The form's "Data" section: the secrets a run gets, host paths mounted
// read-only and volumes mounted read-write.
class DataPanel : public QWidget
{
    Q_OBJECT

public:
    // `volumes` is not owned and must outlive the panel.
    explicit DataPanel(sandbox::Volumes& volumes, QWidget* parent = nullptr);

    SecretsPanel* secrets() const { return m_secrets; }
    MountsEditor* mounts() const { return m_mounts; }
    VolumesPicker* volumes() const { return m_volumes; }

    // Writes the chosen secrets, mounts and named volumes into the spec;
    // returns the first problem (naming the section and row) or an empty
    // string.
    QString applyTo(sandbox::SandboxSpec& spec) const;
    // Shows the spec's secrets, mounts and volumes (a run from the history).
    void restoreFrom(const sandbox::SandboxSpec& spec);

private:
    SecretsPanel* m_secrets = nullptr;
    MountsEditor* m_mounts = nullptr;
    VolumesPicker* m_volumes = nullptr;
};

} // namespace ui
