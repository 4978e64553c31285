#pragma once

#include "backend/ClusterConfig.h"
#include "sandbox/Sandbox.h"
#include "spec/SandboxSpec.h"

#include <QString>
#include <QStringList>

// Pure functions that translate between a sandbox run and Slurm: what to
// ask srun for, and what srun's ending means. No processes, unit-tested.
namespace sandbox::slurm {

// What one run asks the scheduler for.
struct Resources
{
    int cpus = 1;
    int memoryMiB = 0;   // 0: leave --mem out (the partition's default)
    int gpus = 0;        // 0: no --gres
    int timeLimitMinutes = 1;
};

// How many GPUs a spec's gpu field asks for: "" none, "any" one, "N" N,
// device ids ("0,1", "nvidia.com/gpu=0") one each. -1 when unreadable.
int gpuCount(const QString& gpu);

// The spec's resources (cpu cores rounded up, memory, GPUs), falling back
// to the cluster's defaults where the spec sets none. Slurm's
// limit is the sandbox's own timeout rounded up to whole minutes plus the
// cluster's startup allowance (a node may first have to build the image),
// capped at the cluster's maxTimeMinutes. The sandbox's timeout itself is
// enforced to the second by sandbox-run on the node; Slurm's is the
// backstop.
Resources resourcesFor(const SandboxSpec& spec, const ClusterConfig& cluster);

// srun's arguments (without the program "srun") for one run of the node's
// sandbox-run, which reads the spec from the first line of its stdin.
QStringList srunArguments(const Resources& resources, const ClusterConfig& cluster, const QString& jobName);

// The program and arguments that start the run: srun itself, or ssh to
// the login node running the same srun command line.
struct Invocation
{
    QString program;
    QStringList arguments;
};
Invocation launchInvocation(const ClusterConfig& cluster, const QStringList& srunArgs);
// The same for a Slurm client command such as scancel.
Invocation clientInvocation(const ClusterConfig& cluster, const QString& command, const QStringList& args);

// What sandbox-run --report-status prints on stderr (without '\n') just
// before the sandbox starts, and as its last line when it has ended.
QByteArray runningLine();
QByteArray statusLine(Sandbox::EndReason reason, int returnCode);
// Parses a status line; false when `line` is not one.
bool parseStatusLine(const QByteArray& line, Sandbox::EndReason* reason, int* returnCode);

// Job state changes srun reports on stderr.
struct JobEvent
{
    enum class Kind { None, Queued, Allocated };
    Kind kind = Kind::None;
    QString jobId;
};
// Recognises "srun: job 12 queued and waiting for resources",
// "srun: job 12 has been allocated resources" and, for a job that started
// at once, the verbose "srun: jobid 12: nodes(1):...".
JobEvent parseJobEvent(const QByteArray& diagnosticLine);

// Everything known when srun has exited.
struct Ending
{
    int srunExitCode = 0;
    bool srunCrashed = false;
    bool cancelRequested = false;
    bool sawStatus = false;         // sandbox-run reported its own ending
    Sandbox::EndReason statusReason = Sandbox::EndReason::None;
    int statusReturnCode = -1;
    QList<QByteArray> diagnostics;  // srun's and slurmstepd's lines
};
struct Outcome
{
    int returnCode = -1;
    Sandbox::EndReason reason = Sandbox::EndReason::None;
    QString error;                  // for FailedToStart
};
// Slurm's time limit and OOM kills take precedence over what sandbox-run
// reported (Slurm ends sandbox-run with a TERM, which it reports as
// "terminated"); then sandbox-run's own report; then a cancel; then srun's
// exit code.
Outcome classify(const Ending& ending);

} // namespace sandbox::slurm
