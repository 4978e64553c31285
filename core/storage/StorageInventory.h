#pragma once

#include "util/Paths.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// One thing Sandbox Studio created on this computer.
struct StorageItem
{
    enum class Kind { Image, Sandbox, Volume, History, Clone, Settings, Clusters, Secret };
    Kind kind = Kind::Image;
    QString name;      // what identifies it within its kind (image id, volume name, ...)
    QString path;      // on disk; empty for secrets (they live in the keyring)
    qint64 bytes = -1; // -1: unknown (secrets)

    static QString kindName(Kind kind);
};

// Everything the app keeps under the XDG data, config and cache
// directories (and the keyring), listed with sizes, and removal of one
// item at a time. Removal refuses what a live sandbox may use: while any
// sandbox of this data directory runs (its owner lock is held, in this
// process or another), images, volumes, clones and history stay; a
// sandbox's own directory stays while it runs.
class StorageInventory
{
public:
    struct Locations
    {
        Paths paths;
        QString settingsFile;  // the app's QSettings file
        QString clustersFile;  // ClusterStore::defaultFilePath()
        QString secretService; // empty: secrets are not listed
    };

    explicit StorageInventory(Locations locations);

    // *warning is set (listing continues) when the keyring cannot be read.
    QList<StorageItem> list(QString* warning) const;
    // Empty on success; otherwise a sentence naming the item and why not.
    QString remove(const StorageItem& item) const;
    // Ids of sandboxes whose owner is alive.
    QStringList liveSandboxes() const;

private:
    Locations m_locations;
};

} // namespace sandbox
