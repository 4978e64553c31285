#include "storage/SshVolumeStore.h"

#include "backend/SlurmMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace sandbox {

namespace {

constexpr int kTimeoutMs = 60000;
constexpr int kSshFailed = 255;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SshVolumeStore", text);
}

} // namespace

SshVolumeStore::SshVolumeStore(ClusterConfig cluster) : m_cluster(std::move(cluster)) {}

QString SshVolumeStore::location() const
{
    return QStringLiteral("ssh %1:%2").arg(m_cluster.sshHost, m_cluster.sharedVolumePath);
}

QByteArray SshVolumeStore::run(const QStringList& arguments, const QByteArray& input, QString* error) const
{
    // Only the volumes dir travels: the login node's sandbox-run works on
    // that path and nothing else of ours.
    const QStringList command = QStringList{QStringLiteral("SANDBOX_STUDIO_VOLUMES_DIR=") + m_cluster.sharedVolumePath,
                                            m_cluster.nodeSandboxRun, QStringLiteral("volumes")}
                                + arguments;
    const slurm::Invocation invocation = slurm::clientInvocation(m_cluster, QStringLiteral("env"), command);
    QProcess process;
    process.start(invocation.program, invocation.arguments);
    if (!process.waitForStarted(kTimeoutMs)) {
        *error = tr("cluster %1: cannot start %2: %3").arg(m_cluster.name, invocation.program, process.errorString());
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = tr("cluster %1: no answer from %2 in %3 s").arg(m_cluster.name, m_cluster.sshHost).arg(kTimeoutMs / 1000);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
        error->clear();
        return out;
    }
    // sandbox-run's own sentence names the volume and the problem.
    if (err.startsWith(QLatin1String("sandbox-run: ")))
        err = err.mid(13);
    if (process.exitCode() == kSshFailed)
        *error = tr("cluster %1: cannot reach %2 over ssh: %3").arg(m_cluster.name, m_cluster.sshHost, err);
    else if (err.isEmpty())
        *error = tr("cluster %1: sandbox-run volumes failed with exit code %2").arg(m_cluster.name).arg(process.exitCode());
    else
        *error = err;
    return {};
}

QStringList SshVolumeStore::list(QString* error)
{
    const QByteArray out = run({QStringLiteral("list")}, {}, error);
    return error->isEmpty() ? QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList{};
}

QString SshVolumeStore::create(const QString& name)
{
    QString error;
    run({QStringLiteral("create"), name}, {}, &error);
    return error;
}

QString SshVolumeStore::remove(const QString& name)
{
    QString error;
    run({QStringLiteral("rm"), name}, {}, &error);
    return error;
}

QList<Volumes::Entry> SshVolumeStore::listFiles(const QString& name, const QString& path, QString* error)
{
    const QByteArray out = run({QStringLiteral("ls"), QStringLiteral("--json"), name, path}, {}, error);
    QList<Volumes::Entry> entries;
    if (!error->isEmpty())
        return entries;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = tr("cluster %1: sandbox-run on %2 gave an unreadable listing (is it this version?)")
                     .arg(m_cluster.name, m_cluster.sshHost);
        return entries;
    }
    for (const QJsonValue& value : document.array()) {
        const QJsonObject entry = value.toObject();
        entries.append({entry.value(QStringLiteral("name")).toString(), entry.value(QStringLiteral("dir")).toBool(),
                        static_cast<qint64>(entry.value(QStringLiteral("size")).toDouble())});
    }
    return entries;
}

QByteArray SshVolumeStore::readFile(const QString& name, const QString& path, QString* error)
{
    return run({QStringLiteral("get"), name, path, QStringLiteral("-")}, {}, error);
}

QString SshVolumeStore::writeFile(const QString& name, const QString& path, const QByteArray& data)
{
    QString error;
    run({QStringLiteral("put"), name, QStringLiteral("-"), path}, data, &error);
    return error;
}

QString SshVolumeStore::removeFile(const QString& name, const QString& path)
{
    QString error;
    run({QStringLiteral("rm"), name, path}, {}, &error);
    return error;
}

} // namespace sandbox
