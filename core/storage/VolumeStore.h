#pragma once

#include "storage/Volumes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sandbox {

struct ClusterConfig;

// The named volumes of one place: this computer's store, or a cluster's
// volumes dir read directly or through its ssh login. The volumes command
// and the window's volumes browser use this one interface. Paths inside a
// volume never lead outside it (see Volumes).
class VolumeStore
{
public:
    virtual ~VolumeStore() = default;

    // Where the volumes live, for the user ("/srv/volumes",
    // "ssh login.example:/shared/volumes").
    virtual QString location() const = 0;

    // Errors: an empty string on success, otherwise a sentence naming the
    // volume (or the place) and the problem.
    virtual QStringList list(QString* error) = 0;
    virtual QString create(const QString& name) = 0;
    virtual QString remove(const QString& name) = 0;
    virtual QList<Volumes::Entry> listFiles(const QString& name, const QString& path, QString* error) = 0;
    virtual QByteArray readFile(const QString& name, const QString& path, QString* error) = 0;
    virtual QString writeFile(const QString& name, const QString& path, const QByteArray& data) = 0;
    virtual QString removeFile(const QString& name, const QString& path) = 0;
};

// A volumes directory on this computer (or mounted here).
class LocalVolumeStore : public VolumeStore
{
public:
    explicit LocalVolumeStore(QString volumesDir);

    QString location() const override { return m_dir; }
    QStringList list(QString* error) override;
    QString create(const QString& name) override { return m_volumes.create(name); }
    QString remove(const QString& name) override { return m_volumes.remove(name); }
    QList<Volumes::Entry> listFiles(const QString& name, const QString& path, QString* error) override
    {
        return m_volumes.listFiles(name, path, error);
    }
    QByteArray readFile(const QString& name, const QString& path, QString* error) override
    {
        return m_volumes.readFile(name, path, error);
    }
    QString writeFile(const QString& name, const QString& path, const QByteArray& data) override
    {
        return m_volumes.writeFile(name, path, data);
    }
    QString removeFile(const QString& name, const QString& path) override { return m_volumes.removeFile(name, path); }

private:
    QString m_dir;
    Volumes m_volumes;
};

// Empty when `dir` can hold a cluster's volumes here: an existing
// directory this user may write to. A missing mount must not silently turn
// into a node-local directory.
QString checkSharedVolumesDir(const QString& dir);

// The store for a cluster's volumes dir: read directly when the cluster's
// Slurm commands run on this computer (it is a submit host and mounts the
// path), otherwise through `sandbox-run volumes ...` on its ssh login.
// nullptr with *error when the cluster has no volumes dir.
std::unique_ptr<VolumeStore> clusterVolumeStore(const ClusterConfig& cluster, QString* error);
// The same for a cluster in the user's cluster file.
std::unique_ptr<VolumeStore> clusterVolumeStore(const QString& clusterName, QString* error);

} // namespace sandbox
