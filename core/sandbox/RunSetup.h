#pragma once

#include "net/PastaNetwork.h"
#include "runtime/Cdi.h"
#include "runtime/OciConfig.h"
#include "spec/SandboxSpec.h"


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

// Joins the namespace pasta serves, with pasta's DNS address in resolv.conf.
void joinUserModeNetwork(OciConfigInput* input, const QString& namespacePath, const QString& resolvConfPath);

// Returns false with *error naming the field and the problem; creates
// nothing either way.
bool resolveOptions(const SandboxSpec& spec, const Volumes& volumes, ResolvedOptions* out, QString* error);

// The per-run side of the options, inside one sandbox's directory: the
// network namespace with pasta, mounts, devices and limits. Secret values
// never go into the OCI config: they reach the command through
// sandbox-init's pipe, with environment().
class RunSetup
{
public:
    explicit RunSetup(ResolvedOptions options);
    ~RunSetup();

    const QStringList& warnings() const { return m_options.warnings; }

    // Whether the container's config depends on this run (anything beyond
    // the defaults and the network); such a sandbox cannot take a
    // pre-created container.
    bool needsPerRunSetup() const;
    // A network namespace with pasta: a pre-created container can have its
    // own made ahead of need.
    bool usesUserModeNetwork() const { return m_options.userModeNetwork; }
    // The container brings the network (Container::startNetwork()).
    void leaveNetworkToContainer() { m_options.userModeNetwork = false; }
    bool hasSecrets() const { return !m_options.secretEnv.isEmpty(); }
    // What devices and secrets add to the command's environment.
    QMap<QString, QString> environment() const;

    // Fills `input` and prepares what the run needs; returns an error or an
    // empty string.
    QString prepare(const QString& sandboxDir, OciConfigInput* input);
    void tearDown();

private:
    ResolvedOptions m_options;
    PastaNetwork m_network;
};

} // namespace sandbox
