#include "lifecycle/SnapshotLayer.h"

#include "image/ImageStore.h"
#include "image/LayerStore.h"
#include "spec/ImageRecipe.h"
#include "sandbox/Engine.h"
#include "util/Spawn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <sys/wait.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SnapshotLayer", text);
}

// cp -a keeps what overlayfs needs: whiteouts (0:0 character devices),
// opaque directories (trusted.overlay.* attributes), owners and modes.
bool copyTree(const QString& from, const QString& to, QString* error)
{
    const pid_t pid = spawnProcess(QStringLiteral("/bin/cp"),
                                   {QStringLiteral("-a"), QStringLiteral("--reflink=auto"),
                                    from + QStringLiteral("/."), to + QLatin1Char('/')},
                                   {}, error);
    if (pid < 0)
        return false;
    ChildWatcher watcher(pid);
    watcher.waitForExit(-1);
    const int status = watcher.waitStatus();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *error = tr("copying the sandbox's changes failed (cp exit status %1)").arg(status);
        return false;
    }
    return true;
}

} // namespace

QString snapshotToImage(Engine& engine, const QString& containerId, bool pause, const QString& upperDir,
                        const QString& lowerDirs, const QString& tag, QString* error)
{
    // Named as podman names committed images: a plain NAME is
    // localhost/NAME, a reference every image option takes and no registry
    // is ever asked for (the store knows it as pulled).
    const QString reference = tag.contains(QLatin1Char('/')) ? tag : QStringLiteral("localhost/") + tag;
    QString why;
    if (tag.isEmpty() || !ImageRecipe::isValidReference(reference, &why)) {
        *error = tr("snapshot: \"%1\" is not a valid image name: %2").arg(tag, why);
        return {};
    }
    LayerStore& layers = engine.images().layers();
    const QString topLower = lowerDirs.section(QLatin1Char(':'), 0, 0);
    const QString parentKey = QFileInfo(topLower).dir().dirName();
    const std::optional<LayerInfo> parent = layers.layer(parentKey);
    if (!parent) {
        *error = tr("snapshot: the sandbox's image layer %1 is gone").arg(parentKey);
        return {};
    }
    const QByteArray material = "snapshot " + containerId.toUtf8() + ' '
                                + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QString key = LayerStore::keyFor(parentKey, material);
    if (!layers.makeStaging(key, QStringLiteral("rootfs"))) {
        *error = tr("snapshot: cannot create a staging directory in %1").arg(layers.imagesDir());
        return {};
    }
    const QString staging = layers.stagingDir(key);
    if (pause && !engine.runtime().pause(containerId, true)) {
        layers.discardStaging(key);
        *error = tr("snapshot: the runtime could not pause the sandbox");
        return {};
    }
    const bool copied = copyTree(upperDir, staging + QStringLiteral("/rootfs"), error);
    if (pause)
        engine.runtime().pause(containerId, false);
    if (!copied) {
        layers.discardStaging(key);
        return {};
    }
    LayerInfo info;
    info.key = key;
    info.parent = parentKey;
    info.description = QStringLiteral("snapshot of %1").arg(containerId);
    info.config = parent->config;
    if (const QString problem = layers.publish(staging, info); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    // Named like a built image (LayerStore::recordImage's format).
    const QJsonObject ref{{QStringLiteral("name"), reference},
                          {QStringLiteral("recipe"), reference},
                          {QStringLiteral("top"), key},
                          {QStringLiteral("snapshot_of"), containerId},
                          {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QDir().mkpath(layers.imagesDir() + QStringLiteral("/refs"));
    for (const StoredImage& old : layers.images()) {
        if (old.name == reference) // the name moves to the new snapshot
            QFile::remove(layers.imagesDir() + QStringLiteral("/refs/") + old.topKey + QStringLiteral(".json"));
    }
    QSaveFile file(layers.imagesDir() + QStringLiteral("/refs/") + key + QStringLiteral(".json"));
    const QByteArray json = QJsonDocument(ref).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("snapshot: cannot name the image: %1").arg(file.errorString());
        return {};
    }
    if (!layers.recordPull(reference, key)) {
        *error = tr("snapshot: cannot record %1 in the image store").arg(reference);
        return {};
    }
    return key.left(12);
}

} // namespace sandbox
