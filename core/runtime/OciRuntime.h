#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

// Which OCI runtime binary runs containers, and how it was chosen.
struct RuntimeInfo
{
    QString name;    // "runc", "crun" or "runsc"
    QString program; // absolute path
    QString version; // first line of `--version`
};

// A thin, stateless wrapper over the OCI runtime's command line. It builds
// argument lists and runs short administrative commands; the engine owns
// every piece of state (bundles, mounts, ids).
class OciRuntime
{
public:
    // Picks a runtime: `preferred` when given (runc, crun, runsc), else crun
    // on a pure cgroup v2 host and runc otherwise, since crun refuses hybrid
    // cgroup hierarchies. Returns an empty name and sets *error when none
    // fits. With `versionCacheFile`, a version already asked of the same
    // binary is taken from there (see RuntimeVersionCache.h).
    static RuntimeInfo detect(const QString& preferred, QString* error, const QString& versionCacheFile = {});
    static bool hostHasPureCgroupV2();

    OciRuntime(RuntimeInfo info, QString stateRoot);

    const RuntimeInfo& info() const { return m_info; }
    QString program() const { return m_info.program; }
    QString stateRoot() const { return m_stateRoot; }

    // Arguments for a foreground `run` whose stdio is the caller's.
    QStringList runArguments(const QString& bundleDir, const QString& containerId) const;

    // Arguments for `run --detach`: create and start in one runtime
    // process (not two), the container's stdio the runtime's own, not
    // copied. `extraFds` descriptors above stdio pass into the container
    // (runc, crun); `consoleSocket` receives the terminal's master when set.
    QStringList detachedRunArguments(const QString& bundleDir, const QString& containerId, const QString& pidFile,
                                     const QString& consoleSocket, int extraFds, const QString& logFile) const;
    QStringList deleteArguments(const QString& containerId) const;
    // runsc cannot pass extra descriptors into the container.
    bool canPassDescriptors() const { return m_info.name != QLatin1String("runsc"); }

    bool kill(const QString& containerId, const QString& signal) const;
    // Freezes every process of the container (cgroup freezer), or thaws it.
    bool pause(const QString& containerId, bool paused) const;
    // Kills whatever is left of the container and removes its runtime state.
    bool forceDelete(const QString& containerId) const;
    QStringList listContainerIds() const;

private:
    QStringList globalArguments() const;
    bool runQuietly(const QStringList& arguments, QByteArray* output = nullptr) const;

    RuntimeInfo m_info;
    QString m_stateRoot;
};

} // namespace sandbox
