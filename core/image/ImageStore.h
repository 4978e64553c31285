#pragma once

#include "image/ImageBuild.h"
#include "image/LayerStore.h"
#include "spec/ImageRecipe.h"

#include <QObject>
#include <QString>

namespace sandbox {

class OciRuntime;

// The images this machine has: recipes resolved to layer stacks in a
// content-addressed LayerStore. Resolving a built recipe reads a few small
// files and starts no process; building runs what is missing.
class ImageStore : public QObject
{
    Q_OBJECT

public:
    explicit ImageStore(QString imagesDir, QObject* parent = nullptr);

    // Steps that run commands need the OCI runtime; without one they fail
    // with a clear error.
    void setBuildRuntime(const OciRuntime* runtime, const QString& cgroupParent);

    LayerStore& layers() { return m_layers; }

    // Removes what killed builds left: staging directories and their build
    // containers (ids "ssb-<key prefix>" among `liveContainers`). Returns
    // how many builds were cleaned.
    int cleanOrphans(const QStringList& liveContainers);

    // The layer stack of a built recipe, or an invalid image when some
    // layer is missing (*error then says why when the recipe is at fault).
    ResolvedImage resolve(const ImageRecipe& recipe, QString* error = nullptr) const;
    bool isBuilt(const ImageRecipe& recipe) const { return resolve(recipe).isValid(); }
    // The bottom layer of a built image: its whole root filesystem when it
    // has a single layer (debian-slim); empty when not built. For tools and
    // tests that need the image's own files.
    QString rootfs(const ImageRecipe& recipe) const
    {
        const QStringList dirs = resolve(recipe).lowerDirs;
        return dirs.isEmpty() ? QString() : dirs.last();
    }

    // Starts building what is missing; the returned job is owned by the
    // caller and always ends with finished(). When the image is built
    // already it is finished on return (no process, no event loop needed).
    ImageBuild* ensure(const ImageRecipe& recipe);

    // Layer keys: hash of the parent key and what makes the layer. Host
    // files (local bases, add_local_*) are hashed into the key. An empty key
    // and *error set when a host file is missing.
    // `digestCache` remembers tarball hashes (see localfiles::fileDigest).
    static QString baseKey(const ImageBase& base, QString* error, const QString& digestCache = {});
    static QString stepKey(const QString& parent, const ImageStep& step, QString* error);
    // Under what LayerStore::recordPull() keeps a registry or Dockerfile
    // base: the reference, or a hash of what a Dockerfile build reads.
    static QString pullRecord(const ImageBase& base, QString* error);
    QString digestCacheDir() const { return m_layers.imagesDir() + QStringLiteral("/digests"); }
    // The package list of debian-slim; part of its key.
    static QString debianSlimPackages();

private:
    enum class DamageCheck { On, Off };
    ResolvedImage resolveLayers(const ImageRecipe& recipe, QString* error, DamageCheck checkDamage) const;

    LayerStore m_layers;
    ImageBuild::Context m_context;
};

} // namespace sandbox
