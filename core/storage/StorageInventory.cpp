#include "storage/StorageInventory.h"

#include "image/LayerStore.h"
#include "storage/Secrets.h"
#include "storage/Volumes.h"
#include "util/FileLock.h"
#include "util/Mounts.h"
#include "util/TreeSize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::StorageInventory", text);
}

// The lock a live sandbox's owner holds (see Engine::createContainer).
constexpr auto kOwnerLockName = "owner.lock";

QStringList subdirectories(const QString& dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void addFile(QList<StorageItem>* items, StorageItem::Kind kind, const QString& name, const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        items->append(StorageItem{kind, name, path, info.size()});
}

} // namespace

QString StorageItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return tr("Image");
    case Kind::Sandbox:
        return tr("Sandbox");
    case Kind::Volume:
        return tr("Volume");
    case Kind::History:
        return tr("Run history");
    case Kind::Clone:
        return tr("Cloned repository (cache)");
    case Kind::Settings:
        return tr("Settings");
    case Kind::Clusters:
        return tr("Clusters");
    case Kind::Secret:
        return tr("Secret (keyring)");
    }
    return {};
}

StorageInventory::StorageInventory(Locations locations) : m_locations(std::move(locations)) {}

QStringList StorageInventory::liveSandboxes() const
{
    QStringList live;
    const QString dir = m_locations.paths.sandboxesDir();
    for (const QString& id : subdirectories(dir)) {
        FileLock owner;
        const QString lockFile = dir + QLatin1Char('/') + id + QLatin1Char('/') + QLatin1String(kOwnerLockName);
        // No lock file: a directory being set up or torn down; count it.
        if (!QFileInfo::exists(lockFile) || !owner.lock(lockFile, FileLock::Mode::TryOnce))
            live << id;
    }
    return live;
}

QList<StorageItem> StorageInventory::list(QString* warning) const
{
    warning->clear();
    const Paths& paths = m_locations.paths;
    QList<StorageItem> items;
    const LayerStore layers(paths.imagesDir());
    for (const StoredImage& image : layers.images()) {
        const QString name = image.name.isEmpty() ? image.id : image.name + QStringLiteral(" (") + image.id + QLatin1Char(')');
        items << StorageItem{StorageItem::Kind::Image, name, layers.layerDir(image.topKey), image.bytes};
    }
    for (const QString& id : subdirectories(paths.sandboxesDir())) {
        const QString dir = paths.sandboxesDir() + QLatin1Char('/') + id;
        items << StorageItem{StorageItem::Kind::Sandbox, id, dir, treeBytes(dir)};
    }
    const Volumes volumes(paths.volumesDir());
    for (const QString& name : volumes.list())
        items << StorageItem{StorageItem::Kind::Volume, name, volumes.hostPath(name), treeBytes(volumes.hostPath(name))};
    if (QFileInfo(paths.historyDir()).isDir())
        items << StorageItem{StorageItem::Kind::History, tr("all runs"), paths.historyDir(), treeBytes(paths.historyDir())};
    // Clones made before they moved to the cache directory, too.
    for (const QString& base : QStringList{paths.clonesDir(), paths.dataDir + QStringLiteral("/sources")}) {
        for (const QString& name : subdirectories(base)) {
            const QString dir = base + QLatin1Char('/') + name;
            items << StorageItem{StorageItem::Kind::Clone, name, dir, treeBytes(dir)};
        }
    }
    addFile(&items, StorageItem::Kind::Settings, QFileInfo(m_locations.settingsFile).fileName(),
            m_locations.settingsFile);
    addFile(&items, StorageItem::Kind::Clusters, QFileInfo(m_locations.clustersFile).fileName(),
            m_locations.clustersFile);
    if (!m_locations.secretService.isEmpty()) {
        QString error;
        const QStringList secrets = SecretStore(m_locations.secretService).list(&error);
        if (!error.isEmpty())
            *warning = error;
        for (const QString& name : secrets)
            items << StorageItem{StorageItem::Kind::Secret, name, QString(), -1};
    }
    return items;
}

QString StorageInventory::remove(const StorageItem& item) const
{
    const Paths& paths = m_locations.paths;
    const QString what = StorageItem::kindName(item.kind) + QStringLiteral(" \"") + item.name + QLatin1Char('"');
    const QStringList live = liveSandboxes();
    auto refuseWhileRunning = [&]() -> QString {
        return live.isEmpty()
                   ? QString()
                   : tr("%1 may be in use: a sandbox is running or its files are kept for viewing (%2); "
                        "stop it, or close its tab, first")
                         .arg(what, live.join(QStringLiteral(", ")));
    };
    // Only paths the inventory itself lists, so a crafted item cannot
    // point removal elsewhere.
    auto isUnder = [](const QString& path, const QString& base) {
        return !base.isEmpty() && QDir::cleanPath(path).startsWith(QDir::cleanPath(base) + QLatin1Char('/'));
    };
    switch (item.kind) {
    case StorageItem::Kind::Image: {
        if (QString busy = refuseWhileRunning(); !busy.isEmpty())
            return busy;
        const LayerStore layers(paths.imagesDir());
        const QString id = QFileInfo(item.path).fileName().left(12);
        QString error;
        if (layers.removeImage(id, &error).isEmpty())
            return error;
        layers.prune(nullptr);
        return {};
    }
    case StorageItem::Kind::Sandbox: {
        if (live.contains(item.name))
            return tr("%1 is running; stop it first").arg(what);
        const QString dir = paths.sandboxesDir() + QLatin1Char('/') + item.name;
        if (item.name.contains(QLatin1Char('/')) || !QFileInfo(dir).isDir() || !mounts::removeTreeSafely(dir))
            return tr("cannot remove %1 (%2)").arg(what, dir);
        return {};
    }
    case StorageItem::Kind::Volume:
        if (QString busy = refuseWhileRunning(); !busy.isEmpty())
            return busy;
        return Volumes(paths.volumesDir()).remove(item.name);
    case StorageItem::Kind::History:
    case StorageItem::Kind::Clone: {
        if (QString busy = refuseWhileRunning(); !busy.isEmpty())
            return busy;
        const bool listed = item.kind == StorageItem::Kind::History
                                ? QDir::cleanPath(item.path) == QDir::cleanPath(paths.historyDir())
                                : isUnder(item.path, paths.clonesDir())
                                      || isUnder(item.path, paths.dataDir + QStringLiteral("/sources"));
        if (!listed || item.name.contains(QLatin1Char('/')) || !QDir(item.path).removeRecursively())
            return tr("cannot remove %1 (%2)").arg(what, item.path);
        return {};
    }
    case StorageItem::Kind::Settings:
    case StorageItem::Kind::Clusters: {
        const QString expected =
            item.kind == StorageItem::Kind::Settings ? m_locations.settingsFile : m_locations.clustersFile;
        if (expected.isEmpty() || item.path != expected || !QFile::remove(expected))
            return tr("cannot remove %1 (%2)").arg(what, item.path);
        return {};
    }
    case StorageItem::Kind::Secret:
        if (m_locations.secretService.isEmpty())
            return tr("cannot remove %1: no keyring service configured").arg(what);
        return SecretStore(m_locations.secretService).remove(item.name);
    }
    return {};
}

} // namespace sandbox
