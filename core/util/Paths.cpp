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
