#pragma once

#include "backend/Backend.h"
#include "backend/ClusterConfig.h"
#include "backend/SlurmMapping.h"
#include "backend/SrunStderrFilter.h"

#include <QProcess>
#include <QTimer>

namespace sandbox {

// Runs on a Slurm cluster: Slurm schedules, and sandbox-run on the node
// isolates the run exactly as it does here. Reaches the cluster through
// the local Slurm client commands or over ssh to a login node.
class SlurmBackend : public Backend
{
    Q_OBJECT

public:
    explicit SlurmBackend(ClusterConfig cluster, QObject* parent = nullptr);

    const ClusterConfig& cluster() const { return m_cluster; }
    QString displayName() const override { return m_cluster.name; }
    Run* createRun(const SandboxSpec& spec, QString* error, QObject* parent = nullptr) override;

private:
    // Volumes need the cluster's shared volumes dir; empty when fine.
    QString checkVolumes(const SandboxSpec& spec) const;

    ClusterConfig m_cluster;
};

// One srun (or ssh + srun) process. The spec travels as the first line of
// srun's stdin, so it never shows in ps or squeue; the rest of stdin is
// the sandbox's.
class SlurmRun : public Run
{
    Q_OBJECT

public:
    ~SlurmRun() override;

    QString jobName() const { return m_jobName; }
    // Milliseconds from start() until Slurm allocated the job; -1 before.
    qint64 queuedMs() const { return m_queuedMs; }

    void start() override;
    void writeStdin(const QByteArray& data) override;
    void closeStdin() override;
    // scancel; if the job never shows up, ends srun itself.
    void cancel() override;

private:
    friend class SlurmBackend;
    SlurmRun(ClusterConfig cluster, SandboxSpec spec, QObject* parent);
    void onStderr(const QByteArray& data);
    void handleFilterOutput(const slurm::SrunStderrFilter::Output& out);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void runScancel();

    ClusterConfig m_cluster;
    SandboxSpec m_spec;
    QString m_jobName;
    QProcess m_process;
    QProcess* m_scancel = nullptr;
    QTimer m_cancelGrace;
    slurm::SrunStderrFilter m_filter;
    slurm::Ending m_ending;
    qint64 m_queuedMs = -1;
};

} // namespace sandbox
