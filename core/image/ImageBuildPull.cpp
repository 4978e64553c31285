// ImageBuild's registry base: skopeo pulls the image into an OCI layout,
// and each of its layers is unpacked into a layer of its own.
#include "image/ImageBuild.h"

#include "image/RegistriesConf.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace sandbox {

namespace {

constexpr auto kRegistryTimeout = "120s";

bool isLoopbackRegistry(const QString& reference)
{
    const QString host = ImageRecipe::registryHost(reference).section(QLatin1Char(':'), 0, 0);
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("[::1]");
}

} // namespace

void ImageBuild::pullBase()
{
    LayerStore& store = *m_context.store;
    const QString reference = m_recipe.base.reference;
    if (const QString top = store.pulledTop(reference); store.hasLayer(top)) {
        report(100, tr("cached"));
        nextStage(top);
        return;
    }
    m_pullKey = LayerStore::keyFor(QStringLiteral("pull"), reference.toUtf8());
    if (!m_waitingNoted)
        report(0);
    if (!lockLayer(m_lock, m_pullKey))
        return;
    if (const QString top = store.pulledTop(reference); store.hasLayer(top)) {
        report(100, tr("cached"));
        nextStage(top);
        return;
    }
    store.discardStaging(m_pullKey);
    m_staging = store.stagingDir(m_pullKey);
    m_containerId.clear();
    m_tail.clear();
    if (!store.makeStaging(m_pullKey)) {
        failStage(tr("cannot create %1").arg(m_staging));
        return;
    }
    QStringList arguments{QStringLiteral("--command-timeout"), QString::fromLatin1(kRegistryTimeout),
                          QStringLiteral("copy"), QStringLiteral("--retry-times"), QStringLiteral("1")};
    // skopeo reads drop-ins and the user's file itself, but not
    // CONTAINERS_REGISTRIES_CONF: name the main file we resolved with.
    if (const QString conf = RegistriesConf::mainFile(); QFileInfo::exists(conf))
        arguments.prepend(QStringLiteral("--registries-conf=") + conf);
    // A registry on loopback serves plain HTTP (Debian's docker-registry).
    if (isLoopbackRegistry(reference))
        arguments << QStringLiteral("--src-tls-verify=false");
    arguments << QStringLiteral("docker://") + reference << QStringLiteral("oci:") + m_staging + QStringLiteral("/oci:image");
    QString detail = tr("downloading");
    QString confError;
    const RegistriesConf conf = RegistriesConf::load(&confError);
    if (const RegistryEntry* entry = conf.registryFor(reference); entry && !entry->mirrors.isEmpty()) {
        QStringList mirrors;
        for (const RegistryMirror& mirror : entry->mirrors)
            mirrors << mirror.location;
        detail = tr("downloading (mirrors from registries.conf: %1)").arg(mirrors.join(QStringLiteral(", ")));
    }
    report(5, detail);
    m_pullRecord = reference;
    runProcess(QStringLiteral("skopeo"), arguments, [this] { importLayout(m_staging + QStringLiteral("/oci")); });
}

void ImageBuild::importLayout(const QString& dir)
{
    QString error;
    const std::optional<OciImage> image = oci::readLayout(dir, &error);
    if (!image) {
        failStage(error);
        return;
    }
    m_pulled = *image;
    m_pullIndex = 0;
    m_currentKey.clear();
    unpackNextPulledLayer();
}

void ImageBuild::unpackNextPulledLayer()
{
    if (m_finished)
        return;
    LayerStore& store = *m_context.store;
    const int count = static_cast<int>(m_pulled.layerDigests.size());
    if (m_pullIndex >= count) {
        store.recordPull(m_pullRecord, m_currentKey);
        QDir(store.stagingDir(m_pullKey)).removeRecursively();
        m_staging.clear();
        report(100);
        nextStage(m_currentKey);
        return;
    }
    const bool top = m_pullIndex == count - 1;
    QByteArray material = "oci-layer\n" + m_pulled.layerDigests.at(m_pullIndex).toUtf8();
    if (top)
        material += '\n' + QJsonDocument(m_pulled.config.toJson()).toJson(QJsonDocument::Compact);
    const QString parent = m_currentKey;
    const QString key = LayerStore::keyFor(parent, material);
    report(10 + 90 * m_pullIndex / count, tr("layer %1/%2").arg(m_pullIndex + 1).arg(count));
    if (store.hasLayer(key)) {
        FileLock none;
        keepLayerLocked(key, none);
        m_currentKey = key;
        ++m_pullIndex;
        unpackNextPulledLayer();
        return;
    }
    // Another pull of a different reference may be unpacking this layer:
    // wait for it without blocking the event loop.
    if (!m_innerLock.lock(store.lockPath(key), FileLock::Mode::TryOnce)) {
        QTimer::singleShot(kLockRetryMs, this, &ImageBuild::unpackNextPulledLayer);
        return;
    }
    if (store.hasLayer(key)) {
        keepLayerLocked(key, m_innerLock);
        m_currentKey = key;
        ++m_pullIndex;
        unpackNextPulledLayer();
        return;
    }
    store.discardStaging(key);
    const QString layerStaging = store.stagingDir(key);
    m_innerStaging = layerStaging;
    if (!store.makeStaging(key, QStringLiteral("rootfs"))) {
        failStage(tr("cannot create %1").arg(layerStaging));
        return;
    }
    // GNU tar detects the compression itself.
    runProcess(QStringLiteral("tar"),
               {QStringLiteral("-xpf"), m_pulled.layerBlobs.at(m_pullIndex), QStringLiteral("-C"),
                layerStaging + QStringLiteral("/rootfs"), QStringLiteral("--numeric-owner"),
                QStringLiteral("--xattrs"), QStringLiteral("--xattrs-include=*")},
               [this, key, parent, top, layerStaging] {
                   LayerStore& layers = *m_context.store;
                   QString error = oci::convertWhiteouts(layerStaging + QStringLiteral("/rootfs"));
                   if (error.isEmpty()) {
                       LayerInfo info;
                       info.key = key;
                       info.parent = parent;
                       info.description = tr("%1 layer %2").arg(m_recipe.base.toString()).arg(m_pullIndex + 1);
                       info.config = top ? m_pulled.config : ImageConfig{};
                       error = layers.publish(layerStaging, info);
                   }
                   if (!error.isEmpty()) {
                       failStage(error);
                       return;
                   }
                   m_innerStaging.clear();
                   keepLayerLocked(key, m_innerLock);
                   m_currentKey = key;
                   ++m_pullIndex;
                   unpackNextPulledLayer();
               });
}

} // namespace sandbox
