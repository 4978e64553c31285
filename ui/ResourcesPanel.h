#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace sandbox {
struct SandboxSpec;
} // namespace sandbox

namespace ui {

// The form's "Resources" section: GPU, CPU cores, memory, disk, timeout
// and network. The spin boxes stop at what this host has; 0 means no limit.
class ResourcesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class GpuChoice { None, Any, Count };

    explicit ResourcesPanel(QWidget* parent = nullptr);

    QComboBox* gpuBox() const { return m_gpu; }
    QSpinBox* gpuCountBox() const { return m_gpuCount; }
    QSpinBox* cpuCoresBox() const { return m_cpu; }
    QSpinBox* memoryBox() const { return m_memory; }
    QSpinBox* diskBox() const { return m_disk; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QCheckBox* blockNetworkBox() const { return m_blockNetwork; }

    void setGpuChoice(GpuChoice choice);
    // Writes the chosen limits into the spec (the rest of it stays).
    void applyTo(sandbox::SandboxSpec& spec) const;
    // Shows a spec's limits (a saved spec opened with --run); device ids
    // the panel cannot show become "any" in the view only.
    void showSpec(const sandbox::SandboxSpec& spec);

    // This host's logical CPUs and total memory (MiB, from /proc/meminfo;
    // 0 when unknown).
    static int hostCpuCount();
    static int hostMemoryMiB();

private:
    QComboBox* m_gpu = nullptr;
    QSpinBox* m_gpuCount = nullptr;
    QSpinBox* m_cpu = nullptr;
    QSpinBox* m_memory = nullptr;
    QSpinBox* m_disk = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_blockNetwork = nullptr;
};

} // namespace ui
