#include "storage/VolumeStore.h"

#include "backend/ClusterConfig.h"
#include "storage/SshVolumeStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <unistd.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::VolumeStore", text);
}

} // namespace

LocalVolumeStore::LocalVolumeStore(QString volumesDir) : m_dir(volumesDir), m_volumes(std::move(volumesDir)) {}

QStringList LocalVolumeStore::list(QString* error)
{
    // A store nobody has used yet is empty, not broken.
    const QFileInfo dir(m_dir);
    if (dir.exists() && !dir.isDir()) {
        *error = tr("volumes: %1 is not a directory").arg(m_dir);
        return {};
    }
    error->clear();
    return m_volumes.list();
}

QString checkSharedVolumesDir(const QString& dir)
{
    const QString host = QSysInfo::machineHostName();
    if (!QFileInfo(dir).isDir())
        return tr("volumes dir %1 does not exist on %2; it must be a directory every node mounts").arg(dir, host);
    if (::access(QFile::encodeName(dir).constData(), W_OK | X_OK) != 0)
        return tr("volumes dir %1 on %2 is not writable by this user (uid %3)").arg(dir, host).arg(::getuid());
    return {};
}

std::unique_ptr<VolumeStore> clusterVolumeStore(const ClusterConfig& cluster, QString* error)
{
    if (cluster.sharedVolumePath.isEmpty()) {
        *error = tr("cluster %1 has no volumes dir; set one with: sandbox-run clusters add %1 --volumes-dir PATH")
                     .arg(cluster.name);
        return {};
    }
    error->clear();
    if (cluster.mode == ClusterConfig::Mode::Ssh)
        return std::make_unique<SshVolumeStore>(cluster);
    if (const QString problem = checkSharedVolumesDir(cluster.sharedVolumePath); !problem.isEmpty()) {
        *error = tr("cluster %1: %2").arg(cluster.name, problem);
        return {};
    }
    return std::make_unique<LocalVolumeStore>(cluster.sharedVolumePath);
}

std::unique_ptr<VolumeStore> clusterVolumeStore(const QString& clusterName, QString* error)
{
    ClusterStore store;
    if (!store.load(error))
        return {};
    const ClusterConfig* cluster = store.find(clusterName);
    if (!cluster) {
        *error = tr("no cluster named \"%1\" in %2 (add one with `sandbox-run clusters add`)")
                     .arg(clusterName, store.filePath());
        return {};
    }
    return clusterVolumeStore(*cluster, error);
}

} // namespace sandbox
