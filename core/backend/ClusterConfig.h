#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// One cluster the user can run sandboxes on: how to reach its Slurm client
// commands and what the nodes look like. Pure data with a JSON form.
struct ClusterConfig
{
    enum class Mode { LocalSlurm, Ssh };

    QString name;
    Mode mode = Mode::LocalSlurm;

    // Ssh mode: the login node. Empty user/identity/known hosts fall back
    // to the user's own ssh configuration.
    QString sshHost;
    int sshPort = 22;
    QString sshUser;
    QString sshIdentityFile;
    QString sshKnownHostsFile;

    QString partition;            // empty: the cluster's default partition
    QString sharedVolumePath;     // a directory every node mounts, for volumes
    QString nodeSandboxRun = QStringLiteral("sandbox-run"); // sandbox-run on the nodes
    QString nodeDataDir;          // node-local image cache; empty: sandbox-run's default

    // What a run asks for when its spec says nothing.
    int defaultCpus = 1;
    int defaultMemoryMiB = 0;     // 0: the partition's default
    // Minutes added to the run's own timeout for preparing the image on a
    // node that has not cached it yet.
    int startupMinutes = 5;
    // Caps --time for partitions with a MaxTime; 0 = no cap.
    int maxTimeMinutes = 0;

    static QString modeName(Mode mode);

    // Empty when valid, otherwise a sentence naming the field at fault.
    QString validate() const;
    QJsonObject toJson() const;
    // Unknown keys are an error, as in SandboxSpec.
    static ClusterConfig fromJson(const QJsonObject& json, QString* error);
};

// The user's configured clusters, kept in one JSON file:
// $SANDBOX_STUDIO_CLUSTERS_FILE, else $XDG_CONFIG_HOME/sandbox-studio/clusters.json.
class ClusterStore
{
public:
    explicit ClusterStore(QString filePath = defaultFilePath());

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // A missing file is an empty list, not an error.
    bool load(QString* error);
    bool save(QString* error) const;

    const QList<ClusterConfig>& clusters() const { return m_clusters; }
    const ClusterConfig* find(const QString& name) const;
    // Adds or replaces by name; the config must be valid.
    bool put(const ClusterConfig& cluster, QString* error);
    bool remove(const QString& name);

private:
    QString m_filePath;
    QList<ClusterConfig> m_clusters;
};

} // namespace sandbox
