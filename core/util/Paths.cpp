#include "util/Paths.h"

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
    return paths;
}

} // namespace sandbox
