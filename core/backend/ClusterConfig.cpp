#include "backend/ClusterConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ClusterConfig", text);
}

const QString kName = QStringLiteral("name");
const QString kMode = QStringLiteral("mode");
const QString kSshHost = QStringLiteral("sshHost");
const QString kSshPort = QStringLiteral("sshPort");
const QString kSshUser = QStringLiteral("sshUser");
const QString kSshIdentityFile = QStringLiteral("sshIdentityFile");
const QString kSshKnownHostsFile = QStringLiteral("sshKnownHostsFile");
const QString kPartition = QStringLiteral("partition");
const QString kSharedVolumePath = QStringLiteral("sharedVolumePath");
const QString kNodeSandboxRun = QStringLiteral("nodeSandboxRun");
const QString kNodeDataDir = QStringLiteral("nodeDataDir");
const QString kDefaultCpus = QStringLiteral("defaultCpus");
const QString kDefaultMemoryMiB = QStringLiteral("defaultMemoryMiB");
const QString kStartupMinutes = QStringLiteral("startupMinutes");
const QString kMaxTimeMinutes = QStringLiteral("maxTimeMinutes");

bool isSafeWord(const QString& value)
{
    // Host, user and partition names end up on a command line: no spaces,
    // no leading dash (it would read as an option), no shell syntax.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.@:+-]*$"));
    return pattern.match(value).hasMatch();
}

} // namespace

QString ClusterConfig::modeName(Mode mode)
{
    return mode == Mode::Ssh ? QStringLiteral("ssh") : QStringLiteral("local-slurm");
}

QString ClusterConfig::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!namePattern.match(name).hasMatch())
        return tr("name: \"%1\" is not a valid cluster name (letters, digits, . _ -; up to 64)").arg(name);
    if (mode == Mode::Ssh) {
        if (!isSafeWord(sshHost))
            return tr("sshHost: \"%1\" is not a valid host name").arg(sshHost);
        if (sshPort < 1 || sshPort > 65535)
            return tr("sshPort: %1 is not a port number").arg(sshPort);
        if (!sshUser.isEmpty() && !isSafeWord(sshUser))
            return tr("sshUser: \"%1\" is not a valid user name").arg(sshUser);
    }
    if (!partition.isEmpty() && !isSafeWord(partition))
        return tr("partition: \"%1\" is not a valid partition name").arg(partition);
    for (const auto& [field, path] : {std::pair{kSharedVolumePath, sharedVolumePath}, std::pair{kNodeDataDir, nodeDataDir},
                                      std::pair{kSshIdentityFile, sshIdentityFile},
                                      std::pair{kSshKnownHostsFile, sshKnownHostsFile}}) {
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            return tr("%1: \"%2\" is not an absolute path").arg(field, path);
        // srun's --export list is comma-separated.
        if (path.contains(QLatin1Char(',')) || path.contains(QChar(0)))
            return tr("%1: \"%2\" contains a comma or a NUL character").arg(field, path);
    }
    if (nodeSandboxRun.isEmpty() || nodeSandboxRun.startsWith(QLatin1Char('-')))
        return tr("nodeSandboxRun: \"%1\" is not a program").arg(nodeSandboxRun);
    if (defaultCpus < 1)
        return tr("defaultCpus: %1 is less than 1").arg(defaultCpus);
    if (defaultMemoryMiB < 0)
        return tr("defaultMemoryMiB: %1 is negative").arg(defaultMemoryMiB);
    if (startupMinutes < 0)
        return tr("startupMinutes: %1 is negative").arg(startupMinutes);
    if (maxTimeMinutes < 0)
        return tr("maxTimeMinutes: %1 is negative").arg(maxTimeMinutes);
    return {};
}

QJsonObject ClusterConfig::toJson() const
{
    QJsonObject json{{kName, name}, {kMode, modeName(mode)}};
    auto putString = [&json](const QString& key, const QString& value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    if (mode == Mode::Ssh) {
        putString(kSshHost, sshHost);
        json.insert(kSshPort, sshPort);
        putString(kSshUser, sshUser);
        putString(kSshIdentityFile, sshIdentityFile);
        putString(kSshKnownHostsFile, sshKnownHostsFile);
    }
    putString(kPartition, partition);
    putString(kSharedVolumePath, sharedVolumePath);
    putString(kNodeSandboxRun, nodeSandboxRun);
    putString(kNodeDataDir, nodeDataDir);
    json.insert(kDefaultCpus, defaultCpus);
    json.insert(kDefaultMemoryMiB, defaultMemoryMiB);
    json.insert(kStartupMinutes, startupMinutes);
    json.insert(kMaxTimeMinutes, maxTimeMinutes);
    return json;
}

ClusterConfig ClusterConfig::fromJson(const QJsonObject& json, QString* error)
{
    ClusterConfig cluster;
    QString problem;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return ClusterConfig{};
    };
    static const QStringList strings = {kName, kMode, kSshHost, kSshUser, kSshIdentityFile, kSshKnownHostsFile,
                                        kPartition, kSharedVolumePath, kNodeSandboxRun, kNodeDataDir};
    static const QStringList numbers = {kSshPort, kDefaultCpus, kDefaultMemoryMiB, kStartupMinutes, kMaxTimeMinutes};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (strings.contains(it.key()) && !it.value().isString())
            return fail(tr("%1: must be a string").arg(it.key()));
        if (numbers.contains(it.key())) {
            const double value = it.value().toDouble(-1);
            if (!it.value().isDouble() || value != static_cast<double>(static_cast<int>(value)))
                return fail(tr("%1: must be a whole number").arg(it.key()));
        }
        if (!strings.contains(it.key()) && !numbers.contains(it.key()))
            return fail(tr("cluster: unknown key \"%1\"").arg(it.key()));
    }
    const QString mode = json.value(kMode).toString(modeName(Mode::LocalSlurm));
    if (mode == modeName(Mode::Ssh))
        cluster.mode = Mode::Ssh;
    else if (mode != modeName(Mode::LocalSlurm))
        return fail(tr("mode: \"%1\" is neither local-slurm nor ssh").arg(mode));
    cluster.name = json.value(kName).toString();
    cluster.sshHost = json.value(kSshHost).toString();
    cluster.sshPort = json.value(kSshPort).toInt(cluster.sshPort);
    cluster.sshUser = json.value(kSshUser).toString();
    cluster.sshIdentityFile = json.value(kSshIdentityFile).toString();
    cluster.sshKnownHostsFile = json.value(kSshKnownHostsFile).toString();
    cluster.partition = json.value(kPartition).toString();
    cluster.sharedVolumePath = json.value(kSharedVolumePath).toString();
    cluster.nodeSandboxRun = json.value(kNodeSandboxRun).toString(cluster.nodeSandboxRun);
    cluster.nodeDataDir = json.value(kNodeDataDir).toString();
    cluster.defaultCpus = json.value(kDefaultCpus).toInt(cluster.defaultCpus);
    cluster.defaultMemoryMiB = json.value(kDefaultMemoryMiB).toInt(cluster.defaultMemoryMiB);
    cluster.startupMinutes = json.value(kStartupMinutes).toInt(cluster.startupMinutes);
    cluster.maxTimeMinutes = json.value(kMaxTimeMinutes).toInt(cluster.maxTimeMinutes);
    if (problem = cluster.validate(); !problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return cluster;
}

ClusterStore::ClusterStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString ClusterStore::defaultFilePath()
{
    if (const QString path = qEnvironmentVariable("SANDBOX_STUDIO_CLUSTERS_FILE"); !path.isEmpty())
        return path;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/sandbox-studio/clusters.json");
}

bool ClusterStore::load(QString* error)
{
    m_clusters.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    auto fail = [&](const QString& message) {
        m_clusters.clear();
        if (error)
            *error = tr("%1: %2").arg(m_filePath, message);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonValue list = document.object().value(QStringLiteral("clusters"));
    if (!document.isObject() || !list.isArray())
        return fail(tr("expected an object with a \"clusters\" array"));
    for (const QJsonValue& entry : list.toArray()) {
        QString problem;
        const ClusterConfig cluster = ClusterConfig::fromJson(entry.toObject(), &problem);
        if (!problem.isEmpty())
            return fail(problem);
        if (find(cluster.name))
            return fail(tr("cluster \"%1\" is defined twice").arg(cluster.name));
        m_clusters.append(cluster);
    }
    return true;
}

bool ClusterStore::save(QString* error) const
{
    QJsonArray list;
    for (const ClusterConfig& cluster : m_clusters)
        list.append(cluster.toJson());
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("clusters"), list}}).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

const ClusterConfig* ClusterStore::find(const QString& name) const
{
    for (const ClusterConfig& cluster : m_clusters) {
        if (cluster.name == name)
            return &cluster;
    }
    return nullptr;
}

bool ClusterStore::put(const ClusterConfig& cluster, QString* error)
{
    if (const QString problem = cluster.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    remove(cluster.name);
    m_clusters.append(cluster);
    return true;
}

bool ClusterStore::remove(const QString& name)
{
    return m_clusters.removeIf([&](const ClusterConfig& cluster) { return cluster.name == name; }) > 0;
}

} // namespace sandbox
