#pragma once

#include "backend/ClusterConfig.h"
#include "storage/VolumeStore.h"

namespace sandbox {

// A cluster's volumes dir seen through its ssh login: each call runs
// `sandbox-run volumes ...` there (the login node mounts the same path as
// the nodes). Blocking; each call is one ssh round trip.
class SshVolumeStore : public VolumeStore
{
public:
    explicit SshVolumeStore(ClusterConfig cluster);

    QString location() const override;
    QStringList list(QString* error) override;
    QString create(const QString& name) override;
    QString remove(const QString& name) override;
    QList<Volumes::Entry> listFiles(const QString& name, const QString& path, QString* error) override;
    QByteArray readFile(const QString& name, const QString& path, QString* error) override;
    QString writeFile(const QString& name, const QString& path, const QByteArray& data) override;
    QString removeFile(const QString& name, const QString& path) override;

private:
    // Runs `sandbox-run volumes <arguments>` on the login node; its stdout,
    // or {} with *error set to what went wrong.
    QByteArray run(const QStringList& arguments, const QByteArray& input, QString* error) const;

    ClusterConfig m_cluster;
};

} // namespace sandbox
