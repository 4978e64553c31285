#include "image/LayerStore.h"

#include "spec/ImageRecipe.h"
#include "image/ImageManifest.h"
#include "util/FileLock.h"
#include "util/TreeSize.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cstdio>
#include <sys/statvfs.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::LayerStore", text);
}

constexpr int kKeyLength = 32; // hex digits: short enough for many lowerdirs

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString hashOf(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(kKeyLength));
}

} // namespace

QJsonObject ImageConfig::toJson() const
{
    QJsonObject envJson;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envJson.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("env"), envJson},
                       {QStringLiteral("workdir"), workdir},
                       {QStringLiteral("entrypoint"), QJsonArray::fromStringList(entrypoint)},
                       {QStringLiteral("cmd"), QJsonArray::fromStringList(cmd)}};
}

ImageConfig ImageConfig::fromJson(const QJsonObject& json)
{
    ImageConfig config;
    const QJsonObject envJson = json.value(QStringLiteral("env")).toObject();
    for (auto it = envJson.begin(); it != envJson.end(); ++it)
        config.env.insert(it.key(), it.value().toString());
    config.workdir = json.value(QStringLiteral("workdir")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("entrypoint")).toArray())
        config.entrypoint << v.toString();
    for (const QJsonValue& v : json.value(QStringLiteral("cmd")).toArray())
        config.cmd << v.toString();
    return config;
}

QString ResolvedImage::checkStackable() const
{
    constexpr qsizetype kMaxLowerDirBytes = 3500; // of 4096, leaving room for upperdir and workdir
    if (QFile::encodeName(lowerDirOption()).size() <= kMaxLowerDirBytes)
        return {};
    return tr("image: its %1 layers are more than one overlay mount can stack; merge steps (fewer "
              "run_commands, add_local_* or apt_install steps)")
        .arg(lowerDirs.size());
}

bool isDiskFull(const QString& path)
{
    struct statvfs info{};
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_bsize) < 1024 * 1024;
}

LayerStore::LayerStore(QString imagesDir) : m_dir(std::move(imagesDir)) {}

QString LayerStore::layerDir(const QString& key) const
{
    return m_dir + QStringLiteral("/layers/") + key;
}

QString LayerStore::lockPath(const QString& key) const
{
    return m_dir + QStringLiteral("/locks/") + key + QStringLiteral(".lock");
}

QString LayerStore::stagingDir(const QString& key) const
{
    return m_dir + QStringLiteral("/staging/") + key;
}

bool LayerStore::makeStaging(const QString& key, const QString& subdir) const
{
    const QString parent = m_dir + QStringLiteral("/staging");
    if (!QDir().mkpath(parent)
        || !QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return false;
    return QDir().mkpath(subdir.isEmpty() ? stagingDir(key) : stagingDir(key) + QLatin1Char('/') + subdir);
}

QString LayerStore::keyFor(const QString& parent, const QByteArray& material)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(parent.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(material);
    return QString::fromLatin1(hash.result().toHex().left(kKeyLength));
}

bool LayerStore::hasLayer(const QString& key) const
{
    return !key.isEmpty() && QFileInfo::exists(layerDir(key) + QStringLiteral("/layer.json"));
}

std::optional<LayerInfo> LayerStore::layer(const QString& key) const
{
    const QJsonObject json = readJson(layerDir(key) + QStringLiteral("/layer.json"));
    if (json.isEmpty())
        return std::nullopt;
    LayerInfo info;
    info.key = key;
    info.parent = json.value(QStringLiteral("parent")).toString();
    info.description = json.value(QStringLiteral("description")).toString();
    info.config = ImageConfig::fromJson(json.value(QStringLiteral("config")).toObject());
    info.empty = json.value(QStringLiteral("empty")).toBool();
    return info;
}

ResolvedImage LayerStore::resolve(const QString& topKey) const
{
    ResolvedImage image;
    QString key = topKey;
    bool first = true;
    for (int depth = 0; !key.isEmpty(); ++depth) {
        const std::optional<LayerInfo> info = layer(key);
        if (!info || depth > 500)
            return {};
        if (first)
            image.config = info->config;
        first = false;
        if (!info->empty)
            image.lowerDirs << layerDir(key) + QStringLiteral("/rootfs");
        key = info->parent;
    }
    if (image.lowerDirs.isEmpty())
        return {};
    image.topKey = topKey;
    return image;
}

namespace {

QString manifestOf(const QString& layerRootfs)
{
    return QFileInfo(layerRootfs).path() + QStringLiteral("/manifest");
}

} // namespace

QString LayerStore::damage(const ResolvedImage& image, QString* layerRootfs) const
{
    for (const QString& rootfs : image.lowerDirs) {
        if (!QFileInfo::exists(manifestOf(rootfs))) {
            // A layer published before manifests existed gets one on first
            // use (trust on first use: damage done before now cannot be
            // told). Layers without programs or libraries get none, and a
            // read-only store stays as it is.
            imagemanifest::write(rootfs, manifestOf(rootfs));
            continue;
        }
        if (const QString damaged = imagemanifest::verify(rootfs, manifestOf(rootfs)); !damaged.isEmpty()) {
            if (layerRootfs)
                *layerRootfs = rootfs;
            return damaged;
        }
    }
    return {};
}

bool LayerStore::discardLayer(const QString& layerRootfs) const
{
    const QString layer = QFileInfo(layerRootfs).path();
    // Aside first, so that no sandbox starting meanwhile picks up half of it.
    const QString aside = layer + QStringLiteral(".damaged-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    if (::rename(QFile::encodeName(layer).constData(), QFile::encodeName(aside).constData()) != 0)
        return false;
    return mounts::removeTreeSafely(aside);
}

QString LayerStore::publish(const QString& staging, const LayerInfo& info) const
{
    // A record of the programs and libraries, checked before each sandbox;
    // a layer with none of them has no manifest.
    if (!info.empty)
        imagemanifest::write(staging + QStringLiteral("/rootfs"), staging + QStringLiteral("/manifest"));
    const QJsonObject json{{QStringLiteral("parent"), info.parent},
                           {QStringLiteral("description"), info.description},
                           {QStringLiteral("config"), info.config.toJson()},
                           {QStringLiteral("empty"), info.empty},
                           {QStringLiteral("created"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QString error;
    QFile file(staging + QStringLiteral("/layer.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.flush()) {
        error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    } else {
        file.close();
        QDir().mkpath(m_dir + QStringLiteral("/layers"));
        const QString target = layerDir(info.key);
        if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(target).constData()) != 0)
            error = tr("cannot move the layer into place at %1").arg(target);
        else
            return {};
    }
    QDir(staging).removeRecursively();
    return error;
}

void LayerStore::discardStaging(const QString& key) const
{
    const QString staging = stagingDir(key);
    if (!QFileInfo::exists(staging))
        return;
    mounts::removeTreeSafely(staging);
}

QStringList LayerStore::deadStaging() const
{
    QStringList dead;
    const QStringList entries = QDir(m_dir + QStringLiteral("/staging")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& key : entries) {
        FileLock lock;
        // Pruned layers are removed under the lock of the layer itself.
        const QString lockKey = key.startsWith(QLatin1String("pruned-")) ? key.mid(7) : key;
        if (!lock.lock(lockPath(lockKey), FileLock::Mode::TryOnce))
            continue; // a live build
        dead << key;
    }
    return dead;
}

bool LayerStore::writeFileAtomically(const QString& path, const QByteArray& data) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

QString LayerStore::pulledTop(const QString& reference) const
{
    const QJsonObject json = readJson(m_dir + QStringLiteral("/pulls/") + hashOf(reference) + QStringLiteral(".json"));
    return json.value(QStringLiteral("top")).toString();
}

bool LayerStore::recordPull(const QString& reference, const QString& topKey) const
{
    const QJsonObject json{{QStringLiteral("reference"), reference}, {QStringLiteral("top"), topKey}};
    return writeFileAtomically(m_dir + QStringLiteral("/pulls/") + hashOf(reference) + QStringLiteral(".json"),
                               QJsonDocument(json).toJson());
}

bool LayerStore::recordImage(const ImageRecipe& recipe, const QString& topKey) const
{
    const QString path = m_dir + QStringLiteral("/refs/") + topKey + QStringLiteral(".json");
    if (QFileInfo::exists(path))
        return true;
    const QJsonObject json{{QStringLiteral("name"), recipe.displayName()},
                           {QStringLiteral("recipe"), recipe.toJson()},
                           {QStringLiteral("top"), topKey},
                           {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return writeFileAtomically(path, QJsonDocument(json).toJson());
}

QList<StoredImage> LayerStore::images() const
{
    QList<StoredImage> list;
    QDir refs(m_dir + QStringLiteral("/refs"));
    for (const QString& entry : refs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QJsonObject json = readJson(refs.filePath(entry));
        StoredImage image;
        image.topKey = json.value(QStringLiteral("top")).toString();
        image.id = image.topKey.left(12);
        image.name = json.value(QStringLiteral("name")).toString();
        image.created = json.value(QStringLiteral("created")).toString();
        image.recipe = json.value(QStringLiteral("recipe"));
        for (QString key = image.topKey; !key.isEmpty();) {
            const std::optional<LayerInfo> info = layer(key);
            if (!info)
                break;
            ++image.layers;
            image.bytes += treeBytes(layerDir(key));
            key = info->parent;
        }
        list << image;
    }
    return list;
}

QString LayerStore::removeImage(const QString& idOrName, QString* error) const
{
    QList<StoredImage> matches;
    for (const StoredImage& image : images()) {
        if (image.name == idOrName || (idOrName.size() >= 4 && image.topKey.startsWith(idOrName)))
            matches << image;
    }
    if (matches.isEmpty()) {
        *error = tr("images: no image matches \"%1\"").arg(idOrName);
        return {};
    }
    if (matches.size() > 1) {
        *error = tr("images: \"%1\" matches %2 images; give more of the id").arg(idOrName).arg(matches.size());
        return {};
    }
    if (!QFile::remove(m_dir + QStringLiteral("/refs/") + matches.first().topKey + QStringLiteral(".json"))) {
        *error = tr("images: cannot remove %1").arg(matches.first().id);
        return {};
    }
    return matches.first().id;
}

QStringList LayerStore::reachableKeys() const
{
    QStringList keys;
    for (const StoredImage& image : images()) {
        for (QString key = image.topKey; !key.isEmpty() && !keys.contains(key);) {
            keys << key;
            const std::optional<LayerInfo> info = layer(key);
            key = info ? info->parent : QString();
        }
    }
    return keys;
}

int LayerStore::prune(qint64* bytesFreed) const
{
    const QStringList reachable = reachableKeys();
    const QSet<QString> keep(reachable.cbegin(), reachable.cend());
    // A running sandbox's overlay may still use a layer no image lists.
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    const QByteArray mounted = mountinfo.open(QIODevice::ReadOnly) ? mountinfo.readAll() : QByteArray();
    int removed = 0;
    qint64 bytes = 0;
    QDir layers(m_dir + QStringLiteral("/layers"));
    for (const QString& key : layers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (keep.contains(key) || mounted.contains(QFile::encodeName(layerDir(key) + QLatin1Char('/'))))
            continue;
        // A build holding the layer's lock may be about to use it.
        FileLock lock;
        if (!lock.lock(lockPath(key), FileLock::Mode::TryOnce))
            continue;
        bytes += treeBytes(layers.filePath(key));
        // Rename first so that no reader ever sees a half-removed layer.
        const QString doomed = stagingDir(QStringLiteral("pruned-") + key);
        QDir().mkpath(QFileInfo(doomed).absolutePath());
        if (::rename(QFile::encodeName(layers.filePath(key)).constData(), QFile::encodeName(doomed).constData()) == 0) {
            QDir(doomed).removeRecursively();
            ++removed;
        }
    }
    // Pull records whose layers are gone are stale.
    QDir pulls(m_dir + QStringLiteral("/pulls"));
    for (const QString& entry : pulls.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (!hasLayer(readJson(pulls.filePath(entry)).value(QStringLiteral("top")).toString()))
            QFile::remove(pulls.filePath(entry));
    }
    if (bytesFreed)
        *bytesFreed = bytes;
    return removed;
}

} // namespace sandbox
