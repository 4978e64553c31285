#include "ResourcesPanel.h"

#include "sandbox/DiskLimit.h"
#include "spec/SandboxSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QThread>

#include <algorithm>
#include <limits>

namespace ui {

namespace {

constexpr int kMaxGpus = 64;
// Without /proc/meminfo the limit is still bounded, just not by this host.
constexpr int kFallbackMaxMemoryMiB = 1024 * 1024;
constexpr int kMaxDiskMiB = 1024 * 1024;

} // namespace

int ResourcesPanel::hostCpuCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int ResourcesPanel::hostMemoryMiB()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        // "MemTotal:       16314260 kB"
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool ok = false;
        const qint64 kib = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : 0;
        return ok ? int(std::min<qint64>(kib / 1024, std::numeric_limits<int>::max())) : 0;
    }
    return 0;
}

ResourcesPanel::ResourcesPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resourcesPanel"));
    const int cpus = hostCpuCount();
    const int memory = hostMemoryMiB();

    m_gpu = new QComboBox(this);
    m_gpu->setObjectName(QStringLiteral("gpuChoice"));
    m_gpu->addItem(tr("None"), int(GpuChoice::None));
    m_gpu->addItem(tr("Any one"), int(GpuChoice::Any));
    m_gpu->addItem(tr("Count"), int(GpuChoice::Count));
    m_gpuCount = new QSpinBox(this);
    m_gpuCount->setObjectName(QStringLiteral("gpuCount"));
    m_gpuCount->setRange(1, kMaxGpus);
    m_gpuCount->setEnabled(false);
    connect(m_gpu, &QComboBox::currentIndexChanged, this, [this] {
        m_gpuCount->setEnabled(m_gpu->currentData().toInt() == int(GpuChoice::Count));
    });
    auto* gpuRow = new QHBoxLayout;
    gpuRow->setContentsMargins(0, 0, 0, 0);
    gpuRow->addWidget(m_gpu, 1);
    gpuRow->addWidget(m_gpuCount);

    m_cpu = new QSpinBox(this);
    m_cpu->setObjectName(QStringLiteral("cpuCores"));
    m_cpu->setRange(0, cpus);
    m_cpu->setSpecialValueText(tr("No limit"));
    m_cpu->setToolTip(tr("CPU cores the sandbox may use (this computer has %n)", nullptr, cpus));

    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("memoryMiB"));
    m_memory->setRange(0, memory > 0 ? memory : kFallbackMaxMemoryMiB);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSpecialValueText(tr("No limit"));
    m_memory->setToolTip(memory > 0 ? tr("Memory limit (this computer has %1 MiB; at least %2 MiB)")
                                          .arg(memory)
                                          .arg(sandbox::SandboxSpec::kMinMemoryMiB)
                                    : tr("Memory limit (at least %1 MiB)").arg(sandbox::SandboxSpec::kMinMemoryMiB));

    m_disk = new QSpinBox(this);
    m_disk->setObjectName(QStringLiteral("diskMiB"));
    m_disk->setRange(0, kMaxDiskMiB);
    m_disk->setSingleStep(256);
    m_disk->setSuffix(tr(" MiB"));
    const qint64 defaultDiskMiB = sandbox::defaultSandboxDiskBytes() >> 20;
    m_disk->setSpecialValueText(tr("Default (%1 MiB)").arg(defaultDiskMiB));
    m_disk->setToolTip(tr("How much the sandbox may write to its file system and to /tmp, each (at least %1 MiB); "
                          "a full one gives \"No space left on device\" inside")
                           .arg(sandbox::SandboxSpec::kMinDiskMiB));

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSeconds"));
    m_timeout->setRange(1, sandbox::SandboxSpec::kMaxTimeoutSeconds);
    m_timeout->setValue(sandbox::SandboxSpec::kDefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The run is stopped after this long"));

    m_blockNetwork = new QCheckBox(tr("Block network access"), this);
    m_blockNetwork->setObjectName(QStringLiteral("blockNetwork"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&GPU:"), gpuRow);
    form->addRow(tr("&CPU cores:"), m_cpu);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&Disk:"), m_disk);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(QString(), m_blockNetwork);
}

void ResourcesPanel::setGpuChoice(GpuChoice choice)
{
    m_gpu->setCurrentIndex(m_gpu->findData(int(choice)));
}

void ResourcesPanel::applyTo(sandbox::SandboxSpec& spec) const
{
    switch (GpuChoice(m_gpu->currentData().toInt())) {
    case GpuChoice::None:
        spec.gpu.clear();
        break;
    case GpuChoice::Any:
        spec.gpu = QStringLiteral("any");
        break;
    case GpuChoice::Count:
        spec.gpu = QString::number(m_gpuCount->value());
        break;
    }
    spec.cpuCores = m_cpu->value();
    spec.memoryMiB = m_memory->value();
    spec.diskMiB = m_disk->value();
    spec.timeoutSeconds = m_timeout->value();
    spec.blockNetwork = m_blockNetwork->isChecked();
}

void ResourcesPanel::showSpec(const sandbox::SandboxSpec& spec)
{
    bool isCount = false;
    const int count = spec.gpu.toInt(&isCount);
    if (spec.gpu.isEmpty()) {
        setGpuChoice(GpuChoice::None);
    } else if (isCount) {
        setGpuChoice(GpuChoice::Count);
        m_gpuCount->setValue(count);
    } else {
        setGpuChoice(GpuChoice::Any);
    }
    m_cpu->setValue(static_cast<int>(spec.cpuCores + 0.5));
    m_memory->setValue(spec.memoryMiB);
    m_disk->setValue(spec.diskMiB);
    m_timeout->setValue(spec.timeoutSeconds);
    m_blockNetwork->setChecked(spec.blockNetwork);
}

} // namespace ui
