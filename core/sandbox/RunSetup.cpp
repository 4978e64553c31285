#include "sandbox/RunSetup.h"

#include "sandbox/SandboxCgroup.h"
#include "storage/Secrets.h"
#include "storage/Volumes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <sys/mount.h>
#include <unistd.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::RunSetup", text);
}

qint64 hostMemoryMiB()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
        if (line.startsWith("MemTotal:"))
            return line.simplified().split(' ').value(1).toLongLong() / 1024;
    }
    return 0;
}

bool resolveResources(const SandboxSpec& spec, ResolvedOptions* out, QString* error)
{
    if (spec.cpuCores > 0) {
        const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
        if (cores > 0 && spec.cpuCores > static_cast<double>(cores)) {
            *error = tr("cpu: %1 cores asked for, but this machine has %2").arg(spec.cpuCores).arg(cores);
            return false;
        }
        constexpr qint64 period = 100000;
        // A limit the runtime cannot set would fail the start: say so and
        // run without it instead.
        if (const QString problem = cgroup::cpuLimitProblem(); !problem.isEmpty())
            out->warnings << tr("cpu limit not enforced: %1").arg(problem);
        else
            out->cpuQuotaMicros = std::llround(spec.cpuCores * period);
    }
    if (spec.memoryMiB > 0) {
        const qint64 hostMiB = hostMemoryMiB();
        if (hostMiB > 0 && spec.memoryMiB > hostMiB) {
            *error = tr("memory: %1 MiB asked for, but this machine has %2 MiB").arg(spec.memoryMiB).arg(hostMiB);
            return false;
        }
        if (const QString problem = cgroup::memoryLimitProblem(); !problem.isEmpty())
            out->warnings << tr("memory limit not enforced: %1").arg(problem);
        else
            out->memoryLimitBytes = qint64(spec.memoryMiB) * 1024 * 1024;
    }
    return true;
}

} // namespace

bool resolveOptions(const SandboxSpec& spec, const Volumes& volumes, ResolvedOptions* out, QString* error)
{
    *out = ResolvedOptions{};
    for (const SandboxSpec::Mount& mount : spec.mounts) {
        const QFileInfo source(mount.source);
        if (!source.exists()) {
            *error = tr("mounts: %1 does not exist").arg(mount.source);
            return false;
        }
        out->bindMounts.append({source.canonicalFilePath(), mount.target, true});
    }
    for (const SandboxSpec::VolumeMount& volume : spec.volumes) {
        if (!volumes.exists(volume.name)) {
            *error = tr("volumes: no volume named %1 (create it with: sandbox-run volumes create %1)").arg(volume.name);
            return false;
        }
        out->bindMounts.append({volumes.hostPath(volume.name), volume.target, false});
    }
    if (!spec.secrets.isEmpty()) {
        const SecretStore store;
        for (const QString& name : spec.secrets) {
            const QMap<QString, QString> values = store.get(name, error);
            if (!error->isEmpty())
                return false;
            out->secretEnv.insert(values);
        }
    }
    if (!spec.gpu.isEmpty()) {
        out->gpu = CdiRegistry::load(CdiRegistry::defaultDirs()).resolveGpu(spec.gpu, error);
        if (!error->isEmpty())
            return false;
        out->bindMounts += out->gpu.mounts;
    }
    if (!resolveResources(spec, out, error))
        return false;
    if (!spec.blockNetwork) {
        if (PastaNetwork::findPasta().isEmpty()) {
            *error = tr("network: pasta (Debian package passt) is not installed; install it or block the network");
            return false;
        }
        out->userModeNetwork = true;
    }
    error->clear();
    return true;
}

void joinUserModeNetwork(OciConfigInput* input, const QString& namespacePath, const QString& resolvConfPath)
{
    input->networkNamespacePath = namespacePath;
    input->bindMounts.append({resolvConfPath, QStringLiteral("/etc/resolv.conf"), true});
}

RunSetup::RunSetup(ResolvedOptions options) : m_options(std::move(options)) {}

RunSetup::~RunSetup()
{
    tearDown();
}

bool RunSetup::needsPerRunSetup() const
{
    return !m_options.bindMounts.isEmpty() || !m_options.gpu.devices.isEmpty() || !m_options.gpu.hooks.isEmpty()
           || !m_options.gpu.env.isEmpty() || m_options.memoryLimitBytes > 0 || m_options.cpuQuotaMicros > 0
           || !m_options.secretEnv.isEmpty();
}

QMap<QString, QString> RunSetup::environment() const
{
    QMap<QString, QString> env = m_options.gpu.env;
    env.insert(m_options.secretEnv);
    return env;
}

QString RunSetup::prepare(const QString& sandboxDir, OciConfigInput* input)
{
    input->bindMounts += m_options.bindMounts;
    input->devices += m_options.gpu.devices;
    input->hooks += m_options.gpu.hooks;
    if (m_options.memoryLimitBytes > 0) {
        QString error;
        if (!cgroup::limitMemoryInScope(input->cgroupsPath, m_options.memoryLimitBytes, &error))
            input->memoryLimitBytes = m_options.memoryLimitBytes;
        if (!error.isEmpty())
            return error;
    }
    input->cpuQuotaMicros = m_options.cpuQuotaMicros;
    if (m_options.userModeNetwork) {
        if (const QString error = m_network.setUp(sandboxDir); !error.isEmpty())
            return error;
        joinUserModeNetwork(input, m_network.namespacePath(), m_network.resolvConfPath());
    }
    return {};
}

void RunSetup::tearDown()
{
    m_network.tearDown();
}

} // namespace sandbox
