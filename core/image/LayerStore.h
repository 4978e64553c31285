#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

class ImageRecipe;

// What a sandbox started from an image gets by default: the image's
// environment, working directory and, for registry images, its command.
struct ImageConfig
{
    QMap<QString, QString> env;
    QString workdir;
    QStringList entrypoint;
    QStringList cmd;

    QJsonObject toJson() const;
    static ImageConfig fromJson(const QJsonObject& json);
};

// One finished, read-only layer: layers/<key>/{rootfs/,layer.json}.
struct LayerInfo
{
    QString key;
    QString parent; // empty for a base layer
    QString description;
    ImageConfig config; // the image's config as of this layer
    bool empty = false; // adds no files (env, workdir-only)
};

// A built image: the layers an overlay mounts, top first.
struct ResolvedImage
{
    QString topKey;
    QStringList lowerDirs; // top first, empty layers left out
    ImageConfig config;

    bool isValid() const { return !topKey.isEmpty(); }
    QString id() const { return topKey.left(12); }
    // The overlay lowerdir= value: top:...:base.
    QString lowerDirOption() const { return lowerDirs.join(QLatin1Char(':')); }
    // Empty when one overlay mount can stack these layers (its options must
    // fit in a page); otherwise the reason.
    QString checkStackable() const;
};

// An image the store knows by name, for `images list`.
struct StoredImage
{
    QString id;
    QString name;
    QString topKey;
    QString created;
    int layers = 0;
    qint64 bytes = 0;
    QJsonValue recipe; // what it was built from (ImageRecipe::toJson)
};

// The content-addressed layer store under <data>/images. A layer's key is
// the hash of its parent's key and what made it, so equal recipes share
// layers. Layers appear only by an atomic rename of a finished directory;
// refs/ names built images (prune keeps what they reach); pulls/ remembers
// which layers a registry reference was unpacked into; locks/ holds one
// flock per layer being built.
class LayerStore
{
public:
    explicit LayerStore(QString imagesDir);

    QString imagesDir() const { return m_dir; }
    QString layerDir(const QString& key) const;
    QString lockPath(const QString& key) const;
    // Where a layer is assembled before it is published.
    QString stagingDir(const QString& key) const;
    // Creates stagingDir(key)/`subdir` inside a staging directory only root
    // can enter (build configs there may hold pip credentials for a moment).
    bool makeStaging(const QString& key, const QString& subdir = {}) const;

    static QString keyFor(const QString& parent, const QByteArray& material);

    bool hasLayer(const QString& key) const;
    std::optional<LayerInfo> layer(const QString& key) const;
    // Follows parents from `topKey`; invalid when a layer is missing.
    ResolvedImage resolve(const QString& topKey) const;
    // The first damaged layer of `image` (a recorded program or library
    // truncated, changed or deleted, see ImageManifest): what changed, and
    // its rootfs in *layerRootfs; empty when whole. A layer published
    // before manifests existed gets its manifest here, on first use.
    QString damage(const ResolvedImage& image, QString* layerRootfs = nullptr) const;
    // Moves a damaged layer aside and removes it, so that a build makes it
    // again; false when it could not.
    bool discardLayer(const QString& layerRootfs) const;

    // Writes layer.json into `staging` (holding rootfs/) and renames it to
    // layers/<key>. On failure removes `staging` and returns the reason.
    QString publish(const QString& staging, const LayerInfo& info) const;
    // Removes a staging directory a dead build left (mounts included).
    void discardStaging(const QString& key) const;
    // Staging directories whose build is dead (their layer lock is free).
    QStringList deadStaging() const;

    QString pulledTop(const QString& reference) const;
    bool recordPull(const QString& reference, const QString& topKey) const;

    bool recordImage(const ImageRecipe& recipe, const QString& topKey) const;
    QList<StoredImage> images() const;
    // By id (a prefix of the top key) or by name; returns the removed id.
    QString removeImage(const QString& idOrName, QString* error) const;
    // Removes layers no image reaches; returns how many.
    int prune(qint64* bytesFreed) const;

private:
    bool writeFileAtomically(const QString& path, const QByteArray& data) const;
    QStringList reachableKeys() const;

    QString m_dir;
};

// Where a failure came from when the store's file system is full.
bool isDiskFull(const QString& path);

} // namespace sandbox
