#pragma once

// Shared checks for tests that need real containers.
#include "runtime/OciRuntime.h"
#include "util/Mounts.h"
#include "util/Paths.h"

#include <QDir>
#include <QSettings>
#include <QString>

#include <unistd.h>

namespace testsupport {

// Why containers cannot run here, or an empty string when they can.
inline QString containerSkipReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (rootless sandboxes are not supported yet)");
    QString error;
    if (sandbox::OciRuntime::detect(qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME"), &error).name.isEmpty())
        return error;
    return {};
}

// Keeps a window test's settings and window state in a folder of its own.
inline void isolateSettings(const QString& dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
}

// What a finished sandbox must not leave: directories, mounts, containers.
inline QStringList leftovers(const sandbox::Paths& paths, const sandbox::OciRuntime& runtime)
{
    QStringList found;
    for (const QString& entry : QDir(paths.sandboxesDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        found << QStringLiteral("directory ") + entry;
    for (const QString& point : sandbox::mounts::mountPointsUnder(paths.sandboxesDir()))
        found << QStringLiteral("mount ") + point;
    for (const QString& id : runtime.listContainerIds())
        found << QStringLiteral("container ") + id;
    for (const QString& controller : {QStringLiteral("pids"), QStringLiteral("memory"), QStringLiteral("cpu")}) {
        const QString cgroup = QStringLiteral("/sys/fs/cgroup/%1/%2").arg(controller, paths.cgroupParent());
        for (const QString& entry : QDir(cgroup).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            found << QStringLiteral("cgroup %1/%2").arg(controller, entry);
    }
    return found;
}

} // namespace testsupport
