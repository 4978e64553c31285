#pragma once

#include "net/PastaNetwork.h"
#include "runtime/Cdi.h"
#include "runtime/OciConfig.h"
#include "spec/SandboxSpec.h"

#include <QTimer>

namespace sandbox {

class Volumes;

// What a spec's options mean on this host, worked out before anything
// starts: every path, volume, secret and GPU checked.
struct ResolvedOptions
{
    QList<OciBindMount> bindMounts;     // mounts (read-only) and volumes
    QMap<QString, QString> secretEnv;   // values: never logged, never in a spec
    CdiEdits gpu;
    qint64 memoryLimitBytes = 0;
    qint64 cpuQuotaMicros = 0;
    bool userModeNetwork = false;       // pasta
    QStringList warnings;               // limits this host cannot enforce
};

// Returns false with *error naming the field and the problem; creates
// nothing either way.
bool resolveOptions(const SandboxSpec& spec, const Volumes& volumes, ResolvedOptions* out, QString* error);

// The per-run side of the options, inside one sandbox's directory: the
// network namespace with pasta, and the OCI config that holds secret values
// (on a private tmpfs, removed as soon as the runtime has read it).
class RunSetup
{
public:
    explicit RunSetup(ResolvedOptions options);
    ~RunSetup();

    const QStringList& warnings() const { return m_options.warnings; }

    // Fills `input` and prepares what the run needs; returns an error or an
    // empty string.
    QString prepare(const QString& sandboxDir, OciConfigInput* input);
    // The directory the runtime takes as its bundle (holds config.json).
    QString bundleDir(const QString& sandboxDir) const;
    // Call right after the runtime starts: once it has created the
    // container (its state appears in `runtimeStateDir`), the config with
    // secret values is deleted.
    void forgetSecretsOnceCreated(const QString& runtimeStateDir, const QString& containerId);
    void tearDown();

private:
    void removeSecretConfig();

    ResolvedOptions m_options;
    PastaNetwork m_network;
    QString m_secretDir;
    QTimer m_secretWatch;
};

} // namespace sandbox
