#include "backend/SlurmMapping.h"

#include "util/ShellWords.h"

#include <QCoreApplication>

#include <cmath>
#include <QMetaEnum>
#include <QRegularExpression>

namespace sandbox::slurm {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::slurm", text);
}

constexpr auto kStatusPrefix = "sandbox-run: status: ";
constexpr auto kFinished = "finished ";

} // namespace

int gpuCount(const QString& gpu)
{
    const QString trimmed = gpu.trimmed();
    if (trimmed.isEmpty())
        return 0;
    if (trimmed == QLatin1String("any"))
        return 1;
    bool isNumber = false;
    const int count = trimmed.toInt(&isNumber);
    if (isNumber && !trimmed.contains(QLatin1Char(',')))
        return count >= 0 ? count : -1;
    int ids = 0;
    for (const QString& id : trimmed.split(QLatin1Char(','))) {
        if (id.trimmed().isEmpty())
            return -1;
        ++ids;
    }
    return ids;
}

namespace {

// The spec's resource fields come from the sandbox options; read each one
// that this build's SandboxSpec has.
template <typename Spec>
void applySpecResources(const Spec& spec, Resources* resources)
{
    if constexpr (requires { spec.cpuCores; }) {
        if (spec.cpuCores > 0)
            resources->cpus = std::max(1, static_cast<int>(std::ceil(spec.cpuCores)));
    }
    if constexpr (requires { spec.memoryMiB; }) {
        if (spec.memoryMiB > 0)
            resources->memoryMiB = spec.memoryMiB;
    }
    if constexpr (requires { spec.gpu; }) {
        resources->gpus = std::max(0, gpuCount(spec.gpu));
    }
}

} // namespace

Resources resourcesFor(const SandboxSpec& spec, const ClusterConfig& cluster)
{
    Resources resources;
    resources.cpus = cluster.defaultCpus;
    resources.memoryMiB = cluster.defaultMemoryMiB;
    resources.gpus = 0;
    applySpecResources(spec, &resources);
    const int sandboxMinutes = (spec.timeoutSeconds + 59) / 60;
    resources.timeLimitMinutes = sandboxMinutes + cluster.startupMinutes;
    if (cluster.maxTimeMinutes > 0)
        resources.timeLimitMinutes = std::min(resources.timeLimitMinutes, cluster.maxTimeMinutes);
    resources.timeLimitMinutes = std::max(resources.timeLimitMinutes, 1);
    return resources;
}

QStringList srunArguments(const Resources& resources, const ClusterConfig& cluster, const QString& jobName)
{
    // -u: unbuffered, or a prompt without a newline waits for the job's end.
    // -v: the job id even when the job starts at once ("srun: jobid N: ...").
    QStringList args{QStringLiteral("-u"), QStringLiteral("-v"),
                     QStringLiteral("--job-name=") + jobName,
                     QStringLiteral("--nodes=1"), QStringLiteral("--ntasks=1"),
                     QStringLiteral("--cpus-per-task=%1").arg(resources.cpus),
                     QStringLiteral("--time=%1").arg(resources.timeLimitMinutes)};
    if (resources.memoryMiB > 0)
        args << QStringLiteral("--mem=%1M").arg(resources.memoryMiB);
    if (resources.gpus > 0)
        args << QStringLiteral("--gres=gpu:%1").arg(resources.gpus);
    if (!cluster.partition.isEmpty())
        args << QStringLiteral("--partition=") + cluster.partition;
    // Only what the node's sandbox-run needs: the caller's environment
    // (tokens, keys) stays on this side.
    QStringList exported{QStringLiteral("PATH"), QStringLiteral("LANG")};
    if (!cluster.nodeDataDir.isEmpty())
        exported << QStringLiteral("SANDBOX_STUDIO_DATA_DIR=") + cluster.nodeDataDir;
    if (!cluster.sharedVolumePath.isEmpty())
        exported << QStringLiteral("SANDBOX_STUDIO_VOLUMES_DIR=") + cluster.sharedVolumePath;
    args << QStringLiteral("--export=") + exported.join(QLatin1Char(','));
    args << cluster.nodeSandboxRun << QStringLiteral("--spec") << QStringLiteral("-")
         << QStringLiteral("--report-status");
    return args;
}

Invocation clientInvocation(const ClusterConfig& cluster, const QString& command, const QStringList& args)
{
    if (cluster.mode == ClusterConfig::Mode::LocalSlurm)
        return {command, args};
    QStringList ssh{QStringLiteral("-T"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                    QStringLiteral("-p"), QString::number(cluster.sshPort)};
    if (!cluster.sshIdentityFile.isEmpty())
        ssh << QStringLiteral("-i") << cluster.sshIdentityFile << QStringLiteral("-o")
            << QStringLiteral("IdentitiesOnly=yes");
    if (!cluster.sshKnownHostsFile.isEmpty())
        ssh << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + cluster.sshKnownHostsFile;
    if (!cluster.sshUser.isEmpty())
        ssh << QStringLiteral("-l") << cluster.sshUser;
    // The remote side runs the command through the user's shell: quote it.
    ssh << QStringLiteral("--") << cluster.sshHost << joinShellWords(QStringList{command} + args);
    return {QStringLiteral("ssh"), ssh};
}

Invocation launchInvocation(const ClusterConfig& cluster, const QStringList& srunArgs)
{
    return clientInvocation(cluster, QStringLiteral("srun"), srunArgs);
}

QByteArray runningLine()
{
    return QByteArray(kStatusPrefix) + "running";
}

QByteArray statusLine(Sandbox::EndReason reason, int returnCode)
{
    const char* key = QMetaEnum::fromType<Sandbox::EndReason>().valueToKey(static_cast<int>(reason));
    return QByteArray(kStatusPrefix) + kFinished + QByteArray(key ? key : "None") + ' '
           + QByteArray::number(returnCode);
}

bool parseStatusLine(const QByteArray& line, Sandbox::EndReason* reason, int* returnCode)
{
    const QByteArray prefix = QByteArray(kStatusPrefix) + kFinished;
    if (!line.startsWith(prefix))
        return false;
    const QList<QByteArray> words = line.mid(prefix.size()).trimmed().split(' ');
    if (words.size() != 2)
        return false;
    bool keyOk = false;
    const int value = QMetaEnum::fromType<Sandbox::EndReason>().keyToValue(words[0].constData(), &keyOk);
    bool codeOk = false;
    const int code = words[1].toInt(&codeOk);
    if (!keyOk || !codeOk)
        return false;
    *reason = static_cast<Sandbox::EndReason>(value);
    *returnCode = code;
    return true;
}

JobEvent parseJobEvent(const QByteArray& diagnosticLine)
{
    static const QRegularExpression queued(QStringLiteral("^srun: job (\\d+) queued and waiting for resources"));
    static const QRegularExpression allocated(QStringLiteral("^srun: job (\\d+) has been allocated resources"));
    static const QRegularExpression verbose(QStringLiteral("^srun: jobid (\\d+): "));
    const QString line = QString::fromUtf8(diagnosticLine);
    if (const auto match = queued.match(line); match.hasMatch())
        return {JobEvent::Kind::Queued, match.captured(1)};
    if (const auto match = allocated.match(line); match.hasMatch())
        return {JobEvent::Kind::Allocated, match.captured(1)};
    if (const auto match = verbose.match(line); match.hasMatch())
        return {JobEvent::Kind::Allocated, match.captured(1)};
    return {};
}

Outcome classify(const Ending& ending)
{
    auto anyLine = [&](std::initializer_list<const char*> needles) {
        for (const QByteArray& line : ending.diagnostics) {
            for (const char* needle : needles) {
                if (line.contains(needle))
                    return true;
            }
        }
        return false;
    };
    const int code = ending.sawStatus ? ending.statusReturnCode : ending.srunExitCode;
    if (anyLine({"DUE TO TIME LIMIT"}))
        return {code, Sandbox::EndReason::TimedOut, {}};
    if (anyLine({"Out Of Memory", "oom-kill", "OUT_OF_MEMORY"}))
        return {code, Sandbox::EndReason::OutOfMemory, {}};
    if (ending.sawStatus) {
        Outcome outcome{ending.statusReturnCode, ending.statusReason, {}};
        if (outcome.reason == Sandbox::EndReason::FailedToStart) {
            // sandbox-run said why just before its status line.
            for (qsizetype i = ending.diagnostics.size() - 1; i >= 0; --i) {
                const QByteArray& line = ending.diagnostics.at(i);
                if (line.startsWith("sandbox-run: ") && !line.startsWith(kStatusPrefix)) {
                    outcome.error = QString::fromUtf8(line.mid(13));
                    break;
                }
            }
        }
        return outcome;
    }
    if (ending.cancelRequested || anyLine({"CANCELLED"}))
        return {ending.srunExitCode, Sandbox::EndReason::Terminated, {}};
    // No report from the node: the sandbox never ran. Say what srun or
    // ssh said last.
    QString error;
    for (qsizetype i = ending.diagnostics.size() - 1; i >= 0 && error.isEmpty(); --i) {
        const QByteArray& line = ending.diagnostics.at(i);
        if (line.contains("error") || !line.startsWith("srun: "))
            error = QString::fromUtf8(line);
    }
    if (error.isEmpty()) {
        error = ending.srunCrashed ? tr("the cluster client ended abnormally")
                                   : tr("the cluster client exited with code %1 before the sandbox started")
                                         .arg(ending.srunExitCode);
    }
    return {-1, Sandbox::EndReason::FailedToStart, error};
}

} // namespace sandbox::slurm
