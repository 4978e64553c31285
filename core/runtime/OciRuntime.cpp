#include "runtime/OciRuntime.h"

#include "runtime/RuntimeVersionCache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::OciRuntime", text);
}

QString firstLineOfVersion(const QString& program)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, {QStringLiteral("--version")});
    if (!process.waitForFinished(5000)) {
        process.kill(); // a hung runtime must not hang the engine
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

bool OciRuntime::hostHasPureCgroupV2()
{
    return QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"));
}

RuntimeInfo OciRuntime::detect(const QString& preferred, QString* error, const QString& versionCacheFile)
{
    static const QStringList supported = {QStringLiteral("runc"), QStringLiteral("crun"),
                                          QStringLiteral("runsc")};
    QStringList candidates;
    if (!preferred.isEmpty()) {
        if (!supported.contains(preferred)) {
            if (error)
                *error = tr("runtime: \"%1\" is not supported (choose runc, crun or runsc)").arg(preferred);
            return {};
        }
        if (preferred == QLatin1String("crun") && !hostHasPureCgroupV2()) {
            if (error)
                *error = tr("runtime: crun does not support this host's hybrid cgroup hierarchy; use runc");
            return {};
        }
        candidates << preferred;
    } else if (hostHasPureCgroupV2()) {
        candidates << QStringLiteral("crun") << QStringLiteral("runc");
    } else {
        candidates << QStringLiteral("runc");
    }
    QStringList broken;
    for (const QString& name : std::as_const(candidates)) {
        const QString program = QStandardPaths::findExecutable(name);
        if (program.isEmpty())
            continue;
        QString version = runtimeversioncache::lookup(versionCacheFile, program);
        if (version.isEmpty()) {
            version = firstLineOfVersion(program);
            if (version.isEmpty()) {
                broken << program; // present but broken: try the next one
                continue;
            }
            runtimeversioncache::store(versionCacheFile, program, version);
        }
        return RuntimeInfo{name, program, version};
    }
    if (error && !broken.isEmpty()) {
        *error = tr("runtime: %1 does not work (\"--version\" failed or hung); reinstall it or choose another runtime")
                     .arg(broken.join(QStringLiteral(", ")));
    } else if (error) {
        *error = tr("runtime: no working OCI runtime found (looked for %1 on PATH); install runc")
                     .arg(candidates.join(QStringLiteral(", ")));
    }
    return {};
}

OciRuntime::OciRuntime(RuntimeInfo info, QString stateRoot)
    : m_info(std::move(info)), m_stateRoot(std::move(stateRoot))
{
}

QStringList OciRuntime::globalArguments() const
{
    QStringList args{QStringLiteral("--root"), m_stateRoot};
    if (m_info.name == QLatin1String("runsc")) {
        // systrap works without KVM or ptrace; gVisor's own network stack
        // stays off as the sandbox's network namespace is empty anyway.
        args << QStringLiteral("--platform=systrap") << QStringLiteral("--network=none");
    }
    return args;
}

QStringList OciRuntime::runArguments(const QString& bundleDir, const QString& containerId) const
{
    return globalArguments() + QStringList{QStringLiteral("run"), QStringLiteral("--bundle"),
                                           bundleDir, containerId};
}

QStringList OciRuntime::detachedRunArguments(const QString& bundleDir, const QString& containerId,
                                             const QString& pidFile, const QString& consoleSocket, int extraFds,
                                             const QString& logFile) const
{
    QStringList args = globalArguments();
    if (!logFile.isEmpty())
        args << QStringLiteral("--log") << logFile << QStringLiteral("--log-format") << QStringLiteral("json");
    args << QStringLiteral("run") << QStringLiteral("--detach") << QStringLiteral("--bundle") << bundleDir
         << QStringLiteral("--pid-file") << pidFile;
    if (!consoleSocket.isEmpty())
        args << QStringLiteral("--console-socket") << consoleSocket;
    if (extraFds > 0)
        args << QStringLiteral("--preserve-fds") << QString::number(extraFds);
    args << containerId;
    return args;
}

QStringList OciRuntime::deleteArguments(const QString& containerId) const
{
    return globalArguments() + QStringList{QStringLiteral("delete"), containerId};
}

bool OciRuntime::runQuietly(const QStringList& arguments, QByteArray* output) const
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_info.program, globalArguments() + arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool OciRuntime::kill(const QString& containerId, const QString& signal) const
{
    return runQuietly({QStringLiteral("kill"), containerId, signal});
}

bool OciRuntime::pause(const QString& containerId, bool paused) const
{
    return runQuietly({paused ? QStringLiteral("pause") : QStringLiteral("resume"), containerId});
}

bool OciRuntime::forceDelete(const QString& containerId) const
{
    return runQuietly({QStringLiteral("delete"), QStringLiteral("--force"), containerId});
}

QStringList OciRuntime::listContainerIds() const
{
    QByteArray output;
    if (!runQuietly({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, &output))
        return {};
    QStringList ids;
    const QJsonArray containers = QJsonDocument::fromJson(output).array();
    for (const QJsonValue& container : containers)
        ids << container.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace sandbox
