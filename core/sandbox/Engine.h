#pragma once

#include "runtime/OciRuntime.h"
#include "spec/SandboxSpec.h"
#include "util/Paths.h"

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

    // Validates the spec and checks that its image is built; returns nullptr
    // and sets *error otherwise. Nothing is created on failure.
    Sandbox* createSandbox(const SandboxSpec& spec, QString* error, QObject* parent = nullptr);

    // Removes what dead processes left: containers, mounts, directories.
    // Returns how many orphaned sandboxes were cleaned.
    int cleanOrphans();

private:
    Paths m_paths;
    QString m_error;
    std::unique_ptr<OciRuntime> m_runtime;
    ImageStore* m_images = nullptr;
    std::unique_ptr<Volumes> m_volumes;
};

} // namespace sandbox
