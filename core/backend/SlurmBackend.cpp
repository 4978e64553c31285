#include "backend/SlurmBackend.h"

#include "storage/VolumeStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <csignal>
#include <sys/prctl.h>

namespace sandbox {

namespace {

constexpr int kCancelGraceMs = 15000;

QString newJobName()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("ss-") + QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

} // namespace

SlurmBackend::SlurmBackend(ClusterConfig cluster, QObject* parent)
    : Backend(parent), m_cluster(std::move(cluster))
{
}

Run* SlurmBackend::createRun(const SandboxSpec& spec, QString* error, QObject* parent)
{
    QString problem = m_cluster.validate();
    if (!problem.isEmpty())
        problem = tr("cluster %1: %2").arg(m_cluster.name, problem);
    else
        problem = checkSpec(spec);
    if (problem.isEmpty())
        problem = checkVolumes(spec);
    if (error)
        *error = problem;
    return problem.isEmpty() ? new SlurmRun(m_cluster, spec, parent) : nullptr;
}

QString SlurmBackend::checkVolumes(const SandboxSpec& spec) const
{
    if (spec.volumes.isEmpty())
        return {};
    if (m_cluster.sharedVolumePath.isEmpty()) {
        return tr("volumes: cluster %1 has no volumes dir, so its nodes cannot share volume %2; set one with: "
                  "sandbox-run clusters add %1 --volumes-dir PATH (a directory every node mounts)")
            .arg(m_cluster.name, spec.volumes.constFirst().name);
    }
    // Where the volumes dir is mounted here too, a missing volume is known
    // before the job waits in the queue; otherwise the node says so itself.
    if (m_cluster.mode != ClusterConfig::Mode::LocalSlurm || !QFileInfo(m_cluster.sharedVolumePath).isDir())
        return {};
    QString problem;
    const std::unique_ptr<VolumeStore> store = clusterVolumeStore(m_cluster, &problem);
    if (!store)
        return problem;
    const QStringList existing = store->list(&problem);
    if (!problem.isEmpty())
        return problem;
    for (const SandboxSpec::VolumeMount& volume : spec.volumes) {
        if (!existing.contains(volume.name)) {
            return tr("volumes: cluster %1 has no volume named %2 (create it with: sandbox-run volumes --on %1 "
                      "create %2)")
                .arg(m_cluster.name, volume.name);
        }
    }
    return {};
}

SlurmRun::SlurmRun(ClusterConfig cluster, SandboxSpec spec, QObject* parent)
    : Run(parent), m_cluster(std::move(cluster)), m_spec(std::move(spec)), m_jobName(newJobName())
{
    m_cancelGrace.setSingleShot(true);
    connect(&m_cancelGrace, &QTimer::timeout, this, [this] {
        // scancel did not end srun: two interrupts make srun cancel its job.
        Q_EMIT diagnostic(tr("the job did not end after scancel; stopping srun"));
        m_process.terminate();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { Q_EMIT stdoutReceived(m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { onStderr(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &SlurmRun::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, Sandbox::EndReason::FailedToStart,
                   tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    // srun dying with us cancels its job (srun ends its job when killed).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

SlurmRun::~SlurmRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        const slurm::Invocation scancel =
            slurm::clientInvocation(m_cluster, QStringLiteral("scancel"), {QStringLiteral("--name=") + m_jobName});
        QProcess::execute(scancel.program, scancel.arguments);
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SlurmRun::start()
{
    if (state() != State::Created)
        return;
    startClock();
    setState(State::Preparing);
    const slurm::Resources resources = slurm::resourcesFor(m_spec, m_cluster);
    const slurm::Invocation invocation =
        slurm::launchInvocation(m_cluster, slurm::srunArguments(resources, m_cluster, m_jobName));
    m_process.start(invocation.program, invocation.arguments);
    if (state() == State::Finished)
        return; // could not start; already reported
    m_process.write(QJsonDocument(m_spec.toJson()).toJson(QJsonDocument::Compact) + '\n');
}

void SlurmRun::writeStdin(const QByteArray& data)
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.write(data);
}

void SlurmRun::closeStdin()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.closeWriteChannel();
}

void SlurmRun::cancel()
{
    if (state() == State::Finished || state() == State::Created || m_ending.cancelRequested)
        return;
    m_ending.cancelRequested = true;
    runScancel();
    m_cancelGrace.start(kCancelGraceMs);
}

void SlurmRun::runScancel()
{
    // By name: it works before srun has told us the job id, and the name
    // is this run's own.
    const QStringList args = jobId().isEmpty() ? QStringList{QStringLiteral("--name=") + m_jobName}
                                               : QStringList{jobId()};
    const slurm::Invocation invocation = slurm::clientInvocation(m_cluster, QStringLiteral("scancel"), args);
    if (m_scancel)
        m_scancel->deleteLater();
    m_scancel = new QProcess(this);
    m_scancel->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_scancel, &QProcess::finished, this, [this, process = m_scancel](int exitCode) {
        if (exitCode != 0) {
            const QString output = QString::fromUtf8(process->readAll()).trimmed();
            Q_EMIT diagnostic(tr("scancel failed (%1): %2").arg(exitCode).arg(output));
        }
    });
    m_scancel->start(invocation.program, invocation.arguments);
}

void SlurmRun::onStderr(const QByteArray& data)
{
    handleFilterOutput(m_filter.feed(data));
}

void SlurmRun::handleFilterOutput(const slurm::SrunStderrFilter::Output& out)
{
    if (!out.user.isEmpty())
        Q_EMIT stderrReceived(out.user);
    for (const QByteArray& line : out.diagnostics) {
        m_ending.diagnostics.append(line);
        Sandbox::EndReason reason;
        int code;
        if (slurm::parseStatusLine(line, &reason, &code)) {
            m_ending.sawStatus = true;
            m_ending.statusReason = reason;
            m_ending.statusReturnCode = code;
            continue; // ours, not the user's
        }
        const slurm::JobEvent event = slurm::parseJobEvent(line);
        if (event.kind == slurm::JobEvent::Kind::Queued) {
            setJobId(event.jobId);
            setState(State::Pending);
        } else if (event.kind == slurm::JobEvent::Kind::Allocated) {
            setJobId(event.jobId);
            if (m_queuedMs < 0)
                m_queuedMs = elapsedMs();
            setState(State::Running);
            // A cancel asked for before the job id was known: name it now.
            if (m_ending.cancelRequested)
                runScancel();
        }
        // srun -v chatter stays out of sight; errors and Slurm's notices
        // ("CANCELLED", "Exceeded job memory limit") are for the user. Job
        // events and the node's status lines show as state changes.
        if (event.kind == slurm::JobEvent::Kind::None && line != slurm::runningLine()
            && (line.contains("error") || !line.startsWith("srun: ")))
            Q_EMIT diagnostic(QString::fromUtf8(line));
    }
}

void SlurmRun::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (state() == State::Finished)
        return;
    m_cancelGrace.stop();
    if (const QByteArray out = m_process.readAllStandardOutput(); !out.isEmpty())
        Q_EMIT stdoutReceived(out);
    handleFilterOutput(m_filter.feed(m_process.readAllStandardError()));
    handleFilterOutput(m_filter.finish());
    m_ending.srunExitCode = exitCode;
    m_ending.srunCrashed = status != QProcess::NormalExit;
    const slurm::Outcome outcome = slurm::classify(m_ending);
    finish(outcome.returnCode, outcome.reason, outcome.error);
}

} // namespace sandbox
