#include "util/Paths.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace sandbox {

Paths Paths::fromEnvironment()
{
    Paths paths;
    paths.dataDir = qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR");
    if (paths.dataDir.isEmpty()) {
        paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/sandbox-studio");
    }
    paths.volumesDirOverride = qEnvironmentVariable("SANDBOX_STUDIO_VOLUMES_DIR");
    paths.cacheDir = qEnvironmentVariable("SANDBOX_STUDIO_CACHE_DIR");
    if (paths.cacheDir.isEmpty()) {
        if (qEnvironmentVariableIsEmpty("SANDBOX_STUDIO_DATA_DIR"))
            paths.cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                             + QStringLiteral("/sandbox-studio");
        else
            paths.cacheDir = paths.dataDir + QStringLiteral("/cache");
    }
    return paths;
}

QString Paths::cgroupParent() const
{
    if (!cgroupParentOverride.isEmpty())
        return cgroupParentOverride;
    const QByteArray hash = QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("sandbox-studio-") + QString::fromLatin1(hash.left(8));
}

} // namespace sandbox
