#pragma once

#include "runtime/OciConfig.h"
#include "runtime/OciRuntime.h"
#include "sandbox/DiskLimit.h"
#include "sandbox/Container.h"
#include "spec/SandboxSpec.h"
#include "util/Paths.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

namespace sandbox {

class ImageStore;
class Sandbox;
class Volumes;

// Owns the engine's state: the data directory, the chosen OCI runtime, the
// image store, and the sandboxes it created. At construction it cleans up
// what a crashed earlier process left behind.
class Engine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Paths paths = Paths::fromEnvironment();
        QString runtime = qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME");
        // Containers created and started ahead of need, each waiting for
        // its command: a sandbox like the last one starts without waiting
        // for the runtime. 0 for one-shot use (the command line).
        int warmContainers = 1;
        // Size cap of each sandbox's writable layer and of its /tmp (both
        // tmpfs, off the host's data disk) unless its spec sets `disk`; 0:
        // the layer on the data disk.
        qint64 sandboxDiskBytes = defaultSandboxDiskBytes();
        // The memory bound of all sandboxes of this data directory together
        // (the cgroup parent's limit, layers' pages included); 0: none.
        qint64 sandboxesMemoryBytes = defaultSandboxesMemoryBytes();
    };

    explicit Engine(QObject* parent = nullptr);
    explicit Engine(Options options, QObject* parent = nullptr);
    ~Engine() override;

    // Empty when the engine can run sandboxes; otherwise why not.
    QString errorString() const { return m_error; }
    const RuntimeInfo& runtimeInfo() const { return m_runtime->info(); }
    const Paths& paths() const { return m_paths; }
    ImageStore& images() { return *m_images; }
    Volumes& volumes() { return *m_volumes; }
    const OciRuntime& runtime() const { return *m_runtime; }
    // Empty when resource limits are enforced; otherwise why they are not
    // (say so to the user instead of pretending).
    QString limitsNote() const { return m_limitsNote; }
    bool isRootless() const;
    // Host path of sandbox-init (empty when the runtime runs without it).
    QString initBinary() const { return m_initBinary; }
    qint64 sandboxDiskBytes() const { return m_sandboxDiskBytes; }

    // Validates the spec and checks that its image is built; returns nullptr
    // and sets *error otherwise. Nothing is created on failure.
    Sandbox* createSandbox(const SandboxSpec& spec, QString* error, QObject* parent = nullptr);

    // Removes what dead processes left: containers, mounts, directories.
    // Returns how many orphaned sandboxes were cleaned.
    int cleanOrphans();

    // How many warm containers wait right now (for tests and tools).
    int warmContainerCount() const;
    // Ends the warm containers (they keep their image's layers mounted,
    // which a prune spares); the next sandbox starts cold and warms anew.
    void dropWarmContainers();

private:
    friend class Sandbox;
    // A container for one sandbox's start: a warm (prepared) one made from
    // the same input (only when `poolable`: the config needs nothing made
    // per run but, with `userModeNetwork`, its own pasta network), or a new,
    // unprepared one. nullptr and *error on failure.
    Container* takeContainer(const QString& id, const QString& lowerDir, const OciConfigInput& input,
                             bool userModeNetwork, Container::Stdio stdio, bool poolable, QString* error);
    // `layerBytes`: the tmpfs size of its writable layer (0: on the data disk).
    Container* newContainer(const QString& id, const QString& lowerDir, qint64 layerBytes, QString* error);
    void refillWarmPool();

    Paths m_paths;
    QString m_error;
    std::unique_ptr<OciRuntime> m_runtime;
    ImageStore* m_images = nullptr;
    std::unique_ptr<Volumes> m_volumes;
    QString m_initBinary;
    QString m_limitsNote;
    int m_warmTarget = 0;
    qint64 m_sandboxDiskBytes = 0;
    // What the warm containers are made like: the last sandbox's.
    QString m_warmLowerDir;
    QJsonObject m_warmConfig; // of m_warmInput, without per-container paths
    OciConfigInput m_warmInput;
    bool m_warmNetwork = false;
    QList<Container*> m_warm;
    bool m_warmFailed = false;
};

} // namespace sandbox
