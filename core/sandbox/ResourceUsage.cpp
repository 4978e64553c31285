#include "sandbox/ResourceUsage.h"

#include <QFile>

namespace sandbox {

namespace {

QByteArray readSmall(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

qint64 readNumber(const QString& path)
{
    bool ok = false;
    const qint64 value = readSmall(path).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

// "usage_usec 1234" from a cgroup v2 cpu.stat.
qint64 readV2CpuNanoseconds(const QString& path)
{
    const QList<QByteArray> lines = readSmall(path).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("usage_usec ")) {
            bool ok = false;
            const qint64 usec = line.mid(11).trimmed().toLongLong(&ok);
            return ok ? usec * 1000 : -1;
        }
    }
    return -1;
}

} // namespace

ResourceUsage readCgroupUsage(const QString& cgroupPath, const QString& root)
{
    ResourceUsage usage;
    if (QFile::exists(root + QStringLiteral("/cgroup.controllers"))) { // pure v2
        const QString dir = root + cgroupPath;
        usage.cpuNanoseconds = readV2CpuNanoseconds(dir + QStringLiteral("/cpu.stat"));
        usage.memoryBytes = readNumber(dir + QStringLiteral("/memory.current"));
        return usage;
    }
    usage.cpuNanoseconds = readNumber(root + QStringLiteral("/cpuacct") + cgroupPath + QStringLiteral("/cpuacct.usage"));
    usage.memoryBytes =
        readNumber(root + QStringLiteral("/memory") + cgroupPath + QStringLiteral("/memory.usage_in_bytes"));
    return usage;
}

} // namespace sandbox
