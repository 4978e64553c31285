#include "image/OciLayout.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace sandbox::oci {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::OciLayout", text);
}

QString blobPath(const QString& layoutDir, const QString& digest)
{
    return layoutDir + QStringLiteral("/blobs/") + digest.section(QLatin1Char(':'), 0, 0) + QLatin1Char('/')
           + digest.section(QLatin1Char(':'), 1);
}

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

std::optional<OciImage> readLayout(const QString& layoutDir, QString* error)
{
    const QJsonArray manifests = readObject(layoutDir + QStringLiteral("/index.json")).value(QStringLiteral("manifests")).toArray();
    if (manifests.isEmpty()) {
        *error = tr("the pulled image has no manifest");
        return std::nullopt;
    }
    const QString manifestDigest = manifests.first().toObject().value(QStringLiteral("digest")).toString();
    const QJsonObject manifest = readObject(blobPath(layoutDir, manifestDigest));
    const QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
    const QString configDigest = manifest.value(QStringLiteral("config")).toObject().value(QStringLiteral("digest")).toString();
    if (layers.isEmpty() || configDigest.isEmpty()) {
        *error = tr("the pulled image's manifest lists no layers or no config");
        return std::nullopt;
    }
    OciImage image;
    for (const QJsonValue& layer : layers) {
        const QString digest = layer.toObject().value(QStringLiteral("digest")).toString();
        const QString mediaType = layer.toObject().value(QStringLiteral("mediaType")).toString();
        if (mediaType.contains(QLatin1String("nondistributable")) || !QFile::exists(blobPath(layoutDir, digest))) {
            *error = tr("the layer %1 of the pulled image is missing").arg(digest);
            return std::nullopt;
        }
        image.layerDigests << digest;
        image.layerBlobs << blobPath(layoutDir, digest);
    }
    const QJsonObject config = readObject(blobPath(layoutDir, configDigest)).value(QStringLiteral("config")).toObject();
    for (const QJsonValue& entry : config.value(QStringLiteral("Env")).toArray()) {
        const QString assignment = entry.toString();
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals > 0)
            image.config.env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    image.config.workdir = config.value(QStringLiteral("WorkingDir")).toString();
    for (const QJsonValue& v : config.value(QStringLiteral("Entrypoint")).toArray())
        image.config.entrypoint << v.toString();
    for (const QJsonValue& v : config.value(QStringLiteral("Cmd")).toArray())
        image.config.cmd << v.toString();
    return image;
}

QString convertWhiteouts(const QString& rootfs)
{
    QStringList whiteouts;
    QDirIterator it(rootfs, {QStringLiteral(".wh.*")}, QDir::AllEntries | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        whiteouts << it.next();
    for (const QString& path : std::as_const(whiteouts)) {
        const QString dir = path.section(QLatin1Char('/'), 0, -2);
        const QString name = path.section(QLatin1Char('/'), -1);
        if (::unlink(QFile::encodeName(path).constData()) != 0)
            return tr("cannot remove the whiteout %1: %2").arg(path, errnoText());
        if (name == QLatin1String(".wh..wh..opq")) {
            if (::setxattr(QFile::encodeName(dir).constData(), "trusted.overlay.opaque", "y", 1, 0) != 0)
                return tr("cannot mark %1 opaque: %2").arg(dir, errnoText());
            continue;
        }
        const QString hidden = dir + QLatin1Char('/') + name.mid(4);
        if (::mknod(QFile::encodeName(hidden).constData(), S_IFCHR | 0600, makedev(0, 0)) != 0)
            return tr("cannot create the whiteout for %1: %2").arg(hidden, errnoText());
    }
    return {};
}

} // namespace sandbox::oci
