#include "sandbox/SandboxCgroup.h"

#include "runtime/OciRuntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace sandbox::cgroup {

namespace {

constexpr auto kRoot = "/sys/fs/cgroup";

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::cgroup", text);
}

QString scopeRelative(const QString& parent, const QString& id)
{
    return parent + QLatin1Char('/') + id;
}

// "key value" lines, as in memory.events and memory.oom_control.
qint64 counter(const QString& file, const QByteArray& key)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : in.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 2 && fields.first() == key)
            return fields.last().toLongLong();
    }
    return -1;
}

bool v2HasController(const QString& name)
{
    QFile controllers(QString::fromLatin1(kRoot) + QStringLiteral("/cgroup.controllers"));
    if (!controllers.open(QIODevice::ReadOnly))
        return false;
    return QString::fromLatin1(controllers.readAll()).simplified().split(QLatin1Char(' ')).contains(name);
}

} // namespace

QString containerPath(const QString& parent, const QString& id)
{
    return QLatin1Char('/') + scopeRelative(parent, id) + QStringLiteral("/container");
}

bool limitMemoryInScope(const QString& containerCgroupPath, qint64 bytes, QString* error)
{
    error->clear();
    if (OciRuntime::hostHasPureCgroupV2())
        return false;
    const QString scope = QString::fromLatin1(kRoot) + QStringLiteral("/memory")
                          + containerCgroupPath.section(QLatin1Char('/'), 0, -2);
    auto write = [&](const QString& file) {
        QFile out(scope + QLatin1Char('/') + file);
        return out.open(QIODevice::WriteOnly) && out.write(QByteArray::number(bytes)) > 0;
    };
    if (!QDir().mkpath(scope) || !write(QStringLiteral("memory.limit_in_bytes"))) {
        *error = tr("memory: cannot set the limit in %1").arg(scope);
        return true;
    }
    // Swap accounting may be off; then there is no swap to escape into.
    if (QFileInfo::exists(scope + QStringLiteral("/memory.memsw.limit_in_bytes")))
        write(QStringLiteral("memory.memsw.limit_in_bytes"));
    return true;
}

bool endedOutOfMemory(const QString& parent, const QString& id, int returnCode)
{
    const QString root = QString::fromLatin1(kRoot);
    if (OciRuntime::hostHasPureCgroupV2())
        return counter(root + QLatin1Char('/') + scopeRelative(parent, id) + QStringLiteral("/memory.events"), "oom_kill") > 0;
    if (returnCode != 128 + 9)
        return false;
    // Recent kernels keep failcnt at 0 here; the peak usage reaching the
    // limit (memory, or memory+swap which is charged first) is what remains.
    const QString scope = root + QStringLiteral("/memory/") + scopeRelative(parent, id) + QLatin1Char('/');
    auto read = [&](const char* name) {
        QFile file(scope + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    };
    const qint64 limit = read("memory.limit_in_bytes");
    constexpr qint64 slack = 256 * 1024;
    return limit > 0 && std::max(read("memory.max_usage_in_bytes"), read("memory.memsw.max_usage_in_bytes")) >= limit - slack;
}

namespace {

QString sandboxesLimitFile(const QString& parent)
{
    const QString root = QString::fromLatin1(kRoot);
    if (OciRuntime::hostHasPureCgroupV2())
        return root + QLatin1Char('/') + parent + QStringLiteral("/memory.max");
    return root + QStringLiteral("/memory/") + parent + QStringLiteral("/memory.limit_in_bytes");
}

} // namespace

QString limitSandboxesMemory(const QString& parent, qint64 bytes)
{
    const QString file = sandboxesLimitFile(parent);
    if (!QDir().mkpath(QFileInfo(file).path()))
        return tr("cannot create the cgroup %1").arg(QFileInfo(file).path());
    QFile out(file);
    // No memory controller there (a v2 host that does not delegate it):
    // nothing to bound with; the sandboxes' own limits are all there is.
    if (!out.exists())
        return {};
    // Unchanged: nothing to write (the common case, every start).
    if (out.open(QIODevice::ReadOnly) && out.readAll().trimmed().toLongLong() == bytes)
        return {};
    out.close();
    if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::number(bytes)) <= 0 || !out.flush())
        return tr("cannot set the sandboxes' memory bound in %1: %2").arg(file, out.errorString());
    return {};
}

qint64 sandboxesMemoryLimit(const QString& parent)
{
    QFile in(sandboxesLimitFile(parent));
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    const qint64 value = in.readAll().trimmed().toLongLong(); // "max" (v2) reads as 0
    // v1 writes "no limit" as a huge page-aligned number.
    return value >= (qint64(1) << 62) ? 0 : value;
}

void removeScope(const QString& parent, const QString& id)
{
    const QString root = QString::fromLatin1(kRoot);
    const QString relative = scopeRelative(parent, id);
    QStringList candidates{root + QLatin1Char('/') + relative};
    for (const QFileInfo& hierarchy : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        candidates << hierarchy.filePath() + QLatin1Char('/') + relative;
    // A cgroup directory goes with rmdir only, leaf first; the leaf the
    // runtime made is normally gone already.
    for (const QString& scope : std::as_const(candidates)) {
        QDir(scope).rmdir(QStringLiteral("container"));
        QDir().rmdir(scope);
    }
}

// An ordinary user cannot write cgroup v1 limits (runc fails the start);
// on v2 a delegated subtree may allow it.
QString rootlessV1Problem()
{
    if (::geteuid() != 0 && !OciRuntime::hostHasPureCgroupV2())
        return tr("an ordinary user cannot set cgroup v1 limits on this host");
    return {};
}

QString memoryLimitProblem()
{
    if (const QString problem = rootlessV1Problem(); !problem.isEmpty())
        return problem;
    const bool ok = OciRuntime::hostHasPureCgroupV2()
                        ? v2HasController(QStringLiteral("memory"))
                        : QFileInfo::exists(QString::fromLatin1(kRoot) + QStringLiteral("/memory/memory.limit_in_bytes"));
    return ok ? QString() : tr("the memory cgroup controller is not available on this host");
}

QString cpuLimitProblem()
{
    if (const QString problem = rootlessV1Problem(); !problem.isEmpty())
        return problem;
    const bool ok = OciRuntime::hostHasPureCgroupV2()
                        ? v2HasController(QStringLiteral("cpu"))
                        : QFileInfo::exists(QString::fromLatin1(kRoot) + QStringLiteral("/cpu/cpu.cfs_quota_us"));
    return ok ? QString() : tr("the cpu cgroup controller (CFS quota) is not available on this host");
}

} // namespace sandbox::cgroup
