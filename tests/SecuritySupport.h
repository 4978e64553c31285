#pragma once

// Shared by the security suites: running one sandbox to its end, and
// counting what the host has (mounts, descriptors, cgroups, processes,
// network namespaces, directories) so that a case can prove it leaked
// nothing.
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace securitysupport {

struct RunResult
{
    QByteArray out;
    QByteArray err;
    qint64 outBytes = 0; // all of stdout, even past the kept prefix
    int returnCode = -1;
    sandbox::Sandbox::EndReason reason = sandbox::Sandbox::EndReason::None;
    QString error;
    qint64 elapsedMs = 0;
};

// Runs `spec` to its end. Keeps at most `keepBytes` of each stream so
// that a flood cannot exhaust the test's memory.
inline RunResult runSpec(sandbox::Engine& engine, const sandbox::SandboxSpec& spec, qint64 keepBytes = 1 << 20)
{
    RunResult result;
    std::unique_ptr<sandbox::Sandbox> box(engine.createSandbox(spec, &result.error));
    if (!box)
        return result;
    QObject::connect(box.get(), &sandbox::Sandbox::stdoutReceived, box.get(), [&](const QByteArray& d) {
        result.outBytes += d.size();
        if (result.out.size() < keepBytes)
            result.out += d.left(keepBytes - result.out.size());
    });
    QObject::connect(box.get(), &sandbox::Sandbox::stderrReceived, box.get(), [&](const QByteArray& d) {
        if (result.err.size() < keepBytes)
            result.err += d.left(keepBytes - result.err.size());
    });
    box->start();
    box->closeStdin();
    box->waitForFinished((spec.timeoutSeconds + 60) * 1000);
    result.returnCode = box->returnCode();
    result.reason = box->endReason();
    result.elapsedMs = box->elapsedMs();
    if (result.error.isEmpty())
        result.error = box->errorString();
    return result;
}

inline sandbox::SandboxSpec scriptSpec(const QString& script, int timeoutSeconds = 60)
{
    sandbox::SandboxSpec spec;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    spec.timeoutSeconds = timeoutSeconds;
    return spec;
}

// Runs `script` with sh -c to its end (default options: pasta network).
inline RunResult runScript(sandbox::Engine& engine, const QString& script, int timeoutSeconds = 60,
                           qint64 keepBytes = 1 << 20)
{
    return runSpec(engine, scriptSpec(script, timeoutSeconds), keepBytes);
}

// A cold engine (no warm containers, so that counts of leftovers are
// exact) on the test data directory with the default image built; null
// with *problem set otherwise.
inline std::unique_ptr<sandbox::Engine> engineWithImage(QString* problem)
{
    return testsupport::readyEngine(0, problem);
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Host processes other than this one for which `matches(pid, command
// line, root directory)` holds, each as "pid command line".
template<typename Match>
QStringList hostProcesses(Match matches)
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit() || pid == self)
            continue;
        QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.replace('\0', ' ');
        const QString root = QFileInfo(QStringLiteral("/proc/%1/root").arg(pid)).symLinkTarget();
        if (matches(pid, cmdline, root))
            found << pid + QLatin1Char(' ') + QString::fromUtf8(cmdline.trimmed().left(120));
    }
    return found;
}

// Host processes that belong to sandboxes of `dataDir`: the runtime's and
// pasta's processes (their command line names the data dir), the containers'
// processes (they sit in the data dir's cgroup, or their root is a
// sandbox's rootfs), plus any whose command line holds `marker`.
inline QStringList sandboxProcesses(const QString& dataDir, const QByteArray& marker = {})
{
    const QByteArray dataDirBytes = QFile::encodeName(dataDir);
    sandbox::Paths paths;
    paths.dataDir = dataDir;
    const QByteArray cgroup = '/' + paths.cgroupParent().toUtf8() + '/';
    return hostProcesses([&](const QString& pid, const QByteArray& cmdline, const QString& root) {
        // The runtime's state and pasta's pid file both live in the data dir.
        const bool runtimeOfOurs = cmdline.contains(QByteArray(dataDirBytes + "/runtime"))
                                   || cmdline.contains(QByteArray(dataDirBytes + "/sandboxes/"));
        const bool inOurSandbox = root.startsWith(dataDir + QStringLiteral("/sandboxes/"))
                                  || readFile(QStringLiteral("/proc/%1/cgroup").arg(pid)).contains(cgroup);
        const bool marked = !marker.isEmpty() && cmdline.contains(marker);
        return runtimeOfOurs || inOurSandbox || marked;
    });
}

// Network namespaces held by this data directory's sandboxes (distinct
// namespaces of their processes) plus those `ip netns` names. Other
// processes on the machine (other users' containers) do not count.
inline int networkNamespaceCount(const QString& dataDir)
{
    QSet<QString> inodes;
    for (const QString& entry : sandboxProcesses(dataDir)) {
        const QString pid = entry.section(QLatin1Char(' '), 0, 0);
        // The raw link ("net:[4026531840]"); QFileInfo would make it a path.
        char target[64] = {};
        const QByteArray link = QFile::encodeName(QStringLiteral("/proc/%1/ns/net").arg(pid));
        if (::readlink(link.constData(), target, sizeof target - 1) > 0)
            inodes.insert(QString::fromLatin1(target));
    }
    return static_cast<int>(inodes.size()) + static_cast<int>(QDir(QStringLiteral("/run/netns")).entryList(QDir::Files).size());
}

// What this process's descriptors point at, to name a leak.
inline QStringList openDescriptors()
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot))
        targets << fd + QLatin1Char('=') + QFile::symLinkTarget(fds.filePath(fd)).section(QLatin1Char('/'), -2);
    return targets;
}

// What a case may leave behind, counted on the host.
struct HostCounts
{
    int mounts = 0;
    int fds = 0;
    int cgroups = 0;
    int processes = 0;
    int networkNamespaces = 0;
    int sandboxDirs = 0;
    QStringList processList;

    static HostCounts take(const sandbox::Paths& paths)
    {
        HostCounts counts;
        counts.mounts = static_cast<int>(readFile(QStringLiteral("/proc/self/mountinfo")).count('\n'));
        counts.fds = static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot).size());
        for (const QString& controller : QDir(QStringLiteral("/sys/fs/cgroup")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDirIterator it(QStringLiteral("/sys/fs/cgroup/%1/%2").arg(controller, paths.cgroupParent()),
                            QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++counts.cgroups;
            }
        }
        counts.processList = sandboxProcesses(paths.dataDir);
        counts.processes = static_cast<int>(counts.processList.size());
        counts.networkNamespaces = networkNamespaceCount(paths.dataDir);
        counts.sandboxDirs = static_cast<int>(QDir(paths.sandboxesDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
        return counts;
    }

    QString describe() const
    {
        return QStringLiteral("mounts %1, fds %2, cgroups %3, sandbox processes %4, network namespaces %5, sandbox dirs %6")
            .arg(mounts).arg(fds).arg(cgroups).arg(processes).arg(networkNamespaces).arg(sandboxDirs);
    }

    // What grew from `before` to this.
    QStringList leakedSince(const HostCounts& before) const
    {
        QStringList leaks;
        auto check = [&](const char* what, int was, int now) {
            if (now > was)
                leaks << QStringLiteral("%1: %2 -> %3").arg(QLatin1String(what)).arg(was).arg(now);
        };
        check("mounts", before.mounts, mounts);
        check("fds", before.fds, fds);
        check("cgroups", before.cgroups, cgroups);
        check("sandbox processes", before.processes, processes);
        check("network namespaces", before.networkNamespaces, networkNamespaces);
        check("sandbox dirs", before.sandboxDirs, sandboxDirs);
        if (processes > before.processes)
            leaks << processList;
        if (fds > before.fds)
            leaks << QStringLiteral("open descriptors now: ") + openDescriptors().join(QStringLiteral(", "));
        return leaks;
    }
};

// A cheap fingerprint of a directory tree: every entry's path, type, mode,
// size and mtime. Any write through to an image's lower layer changes it.
inline QByteArray treeFingerprint(const QString& root)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    QStringList lines;
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st{};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        lines << QStringLiteral("%1 %2 %3 %4.%5")
                     .arg(path.mid(root.size()))
                     .arg(st.st_mode, 0, 8)
                     .arg(st.st_size)
                     .arg(st.st_mtim.tv_sec)
                     .arg(st.st_mtim.tv_nsec);
    }
    lines.sort();
    hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
    return hash.result().toHex();
}

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value) : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

// One line per case, as the issue asks: what was tried, what stopped it.
inline void reportContained(const QString& tried, const QString& stoppedBy)
{
    qInfo().noquote() << QStringLiteral("CONTAINED: %1 — stopped by %2").arg(tried, stoppedBy);
}

} // namespace securitysupport
