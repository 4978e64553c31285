#pragma once

// The loopback Slurm cluster that tests/slurm/slurm-cluster.sh starts (the
// ctest fixture slurm_cluster): its settings and ClusterConfigs that reach
// it through the local Slurm commands or over ssh. Needs SLURM_CLUSTER_DIR.
#include "TestSupport.h"
#include "backend/ClusterConfig.h"
#include "backend/SlurmBackend.h"

#include <QFile>
#include <QMap>

namespace testsupport {

struct SlurmFixture
{
    QMap<QString, QString> env; // cluster.env: SLURM_CONF, SSH_HOST, ...

    // Why the cluster cannot be used here, or empty. Sets SLURM_CONF for
    // this process (and the Slurm commands it starts).
    QString load()
    {
        if (const QString reason = containerSkipReason(); !reason.isEmpty())
            return reason;
        QFile envFile(QStringLiteral(SLURM_CLUSTER_DIR "/cluster.env"));
        if (!envFile.open(QIODevice::ReadOnly))
            return QStringLiteral("no Slurm cluster: the slurm_cluster fixture did not start one (see its log)");
        for (const QByteArray& line : envFile.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
        qputenv("SLURM_CONF", env.value(QStringLiteral("SLURM_CONF")).toUtf8());
        return {};
    }

    // The node's sandbox-run is this build's, its image cache the tests'.
    sandbox::ClusterConfig cluster(const QString& name, sandbox::ClusterConfig::Mode mode) const
    {
        sandbox::ClusterConfig config;
        config.name = name;
        config.mode = mode;
        config.nodeSandboxRun = QStringLiteral(SANDBOX_RUN_BINARY);
        config.nodeDataDir = qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR");
        config.startupMinutes = 2;
        if (mode == sandbox::ClusterConfig::Mode::Ssh) {
            config.sshHost = env.value(QStringLiteral("SSH_HOST"));
            config.sshPort = env.value(QStringLiteral("SSH_PORT")).toInt();
            config.sshUser = env.value(QStringLiteral("SSH_USER"));
            config.sshIdentityFile = env.value(QStringLiteral("SSH_KEY"));
            config.sshKnownHostsFile = env.value(QStringLiteral("SSH_KNOWN_HOSTS"));
        }
        return config;
    }
};

// `sh -c script` with `volume` at `target`, and time for a cluster run.
inline sandbox::SandboxSpec shellSpecWithVolume(const QString& volume, const QString& target, const QString& script)
{
    sandbox::SandboxSpec spec = shellSpec(script);
    spec.timeoutSeconds = 120;
    spec.volumes = {{volume, target}};
    return spec;
}

// What one cluster run produced.
struct ClusterRunResult
{
    QByteArray out;
    QByteArray err;
    int returnCode = -1;
    sandbox::Sandbox::EndReason reason = sandbox::Sandbox::EndReason::None;
    QString error; // createRun's refusal, or the run's own error
};

// Runs `spec` on the cluster with stdin closed, waiting up to 2 minutes.
inline ClusterRunResult runOnCluster(const sandbox::ClusterConfig& config, const sandbox::SandboxSpec& spec)
{
    ClusterRunResult result;
    sandbox::SlurmBackend backend(config);
    std::unique_ptr<sandbox::Run> run(backend.createRun(spec, &result.error));
    if (!run)
        return result;
    QObject::connect(run.get(), &sandbox::Run::stdoutReceived, [&](const QByteArray& data) { result.out += data; });
    QObject::connect(run.get(), &sandbox::Run::stderrReceived, [&](const QByteArray& data) { result.err += data; });
    run->start();
    run->closeStdin();
    result.error = run->waitForFinished(120000) ? run->errorString() : QStringLiteral("the run did not end in 120 s");
    result.returnCode = run->returnCode();
    result.reason = run->endReason();
    return result;
}

} // namespace testsupport
