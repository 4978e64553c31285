#pragma once

#include <QString>

namespace sandbox {

// Where the engine keeps what it owns. Everything lives under one data
// directory so that "remove everything" is one path and tests can use a
// private one (SANDBOX_STUDIO_DATA_DIR).
struct Paths
{
    QString dataDir;
    // What can be made again (clones of repositories): the XDG cache
    // directory, or SANDBOX_STUDIO_CACHE_DIR; with only
    // SANDBOX_STUDIO_DATA_DIR set, <data>/cache, so tests stay private.
    QString cacheDir;
    // Set inside a batch job whose cgroups must hold the sandboxes (see
    // backend/NodeCgroups.h); empty: the data directory's own cgroup.
    QString cgroupParentOverride;
    // $SANDBOX_STUDIO_VOLUMES_DIR: volumes kept elsewhere, e.g. on a path
    // every node of a cluster mounts; empty: <data>/volumes.
    QString volumesDirOverride;

    static Paths fromEnvironment();

    QString imagesDir() const { return dataDir + QStringLiteral("/images"); }
    QString sandboxesDir() const { return dataDir + QStringLiteral("/sandboxes"); }
    QString runtimeStateDir() const { return dataDir + QStringLiteral("/runtime"); }
    QString volumesDir() const
    {
        return volumesDirOverride.isEmpty() ? dataDir + QStringLiteral("/volumes") : volumesDirOverride;
    }
    QString historyDir() const { return dataDir + QStringLiteral("/history"); }
    QString clonesDir() const { return cacheDir + QStringLiteral("/sources"); }
    // The cgroup under which this data directory's sandboxes run. Engines
    // with different data directories (tests, several users) never share it.
    QString cgroupParent() const;
};

} // namespace sandbox
