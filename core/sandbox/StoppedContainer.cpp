#include "sandbox/StoppedContainer.h"

#include "runtime/OciRuntime.h"
#include "sandbox/Rootless.h"
#include "sandbox/SandboxCgroup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace sandbox::stoppedcontainer {

namespace {

constexpr auto kCgroupRoot = "/sys/fs/cgroup";

} // namespace

bool canRemoveDirectly(const OciRuntime& runtime, const QString& cgroupParent, bool hasHooks)
{
    return runtime.info().name == QLatin1String("runc") && ::geteuid() == 0 && !rootless::isActive()
           && !cgroupParent.isEmpty() && !hasHooks;
}

bool remove(const OciRuntime& runtime, const QString& id, const QString& cgroupParent)
{
    // The container's own cgroup in every hierarchy (cgroup v1 has one per
    // controller), then the scope above it. An rmdir fails while a task is
    // left: then the runtime deals with it.
    const QString relative = cgroup::containerPath(cgroupParent, id);
    QStringList leaves{QString::fromLatin1(kCgroupRoot) + relative};
    for (const QFileInfo& hierarchy : QDir(QString::fromLatin1(kCgroupRoot)).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        leaves << hierarchy.filePath() + relative;
    bool gone = true;
    for (const QString& leaf : std::as_const(leaves)) {
        const QByteArray path = QFile::encodeName(leaf);
        if (::rmdir(path.constData()) != 0 && errno != ENOENT)
            gone = false;
    }
    if (!gone)
        return false;
    // runc's record of the container: once it is gone, runc knows no such
    // container (a `runc delete` would say so and do nothing else).
    const QString state = runtime.stateRoot() + QLatin1Char('/') + id;
    return !QFileInfo::exists(state) || QDir(state).removeRecursively();
}

} // namespace sandbox::stoppedcontainer
