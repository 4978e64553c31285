#include "lifecycle/SandboxRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::records", text);
}

} // namespace

QJsonObject SandboxRecord::toJson() const
{
    QJsonObject labelsJson;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelsJson.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("image"), image},
            {QStringLiteral("creator"), creator},
            {QStringLiteral("labels"), labelsJson},
            {QStringLiteral("created_ms"), createdMs},
            {QStringLiteral("monitor_pid"), monitorPid},
            {QStringLiteral("timeout"), timeoutSeconds},
            {QStringLiteral("idle_timeout"), idleTimeoutSeconds},
            {QStringLiteral("keep"), keep},
            {QStringLiteral("rootfs"), rootfsDir},
            {QStringLiteral("upper"), upperDir},
            {QStringLiteral("lower"), lowerDirs}};
}

SandboxRecord SandboxRecord::fromJson(const QJsonObject& json)
{
    SandboxRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    record.name = json.value(QStringLiteral("name")).toString();
    record.image = json.value(QStringLiteral("image")).toString();
    record.creator = json.value(QStringLiteral("creator")).toString();
    const QJsonObject labels = json.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        record.labels.insert(it.key(), it.value().toString());
    record.createdMs = json.value(QStringLiteral("created_ms")).toInteger();
    record.monitorPid = json.value(QStringLiteral("monitor_pid")).toInteger();
    record.timeoutSeconds = json.value(QStringLiteral("timeout")).toInt();
    record.idleTimeoutSeconds = json.value(QStringLiteral("idle_timeout")).toInt();
    record.keep = json.value(QStringLiteral("keep")).toBool();
    record.rootfsDir = json.value(QStringLiteral("rootfs")).toString();
    record.upperDir = json.value(QStringLiteral("upper")).toString();
    record.lowerDirs = json.value(QStringLiteral("lower")).toString();
    return record;
}

bool SandboxRecord::hasLabels(const QMap<QString, QString>& wanted) const
{
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (labels.value(it.key(), QString()) != it.value() || !labels.contains(it.key()))
            return false;
    }
    return true;
}

namespace records {

QString dir(const Paths& paths, const QString& id)
{
    return paths.sandboxesDir() + QLatin1Char('/') + id;
}

QString recordPath(const Paths& paths, const QString& id)
{
    return dir(paths, id) + QStringLiteral("/detached.json");
}

QString socketPath(const Paths& paths, const QString& id)
{
    return dir(paths, id) + QStringLiteral("/control.sock");
}

QString logPath(const Paths& paths, const QString& id)
{
    return dir(paths, id) + QStringLiteral("/main.log");
}

bool isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool write(const Paths& paths, const SandboxRecord& record, QString* error)
{
    QSaveFile file(recordPath(paths, record.id));
    const QByteArray json = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<SandboxRecord> read(const Paths& paths, const QString& id)
{
    QFile file(recordPath(paths, id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    SandboxRecord record = SandboxRecord::fromJson(json);
    if (record.id != id)
        return std::nullopt;
    return record;
}

QList<SandboxRecord> list(const Paths& paths)
{
    QList<SandboxRecord> result;
    const QDir sandboxes(paths.sandboxesDir());
    for (const QString& id : sandboxes.entryList({QStringLiteral("ss-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (std::optional<SandboxRecord> record = read(paths, id))
            result.append(*record);
    }
    return result;
}

QString resolve(const Paths& paths, const QString& idOrName, QString* error)
{
    if (idOrName.startsWith(QLatin1String("ss-")) && read(paths, idOrName))
        return idOrName;
    QStringList matches;
    for (const SandboxRecord& record : list(paths)) {
        if (record.name == idOrName
            || (idOrName.size() >= 4 && (record.id.startsWith(idOrName) || record.id.mid(3).startsWith(idOrName))))
            matches << record.id;
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty() ? tr("no sandbox %1 (it ended, or never existed)").arg(idOrName)
                               : tr("%1 names more than one sandbox: %2").arg(idOrName, matches.join(QStringLiteral(", ")));
    return {};
}

bool lockNames(const Paths& paths, FileLock* lock, QString* error)
{
    if (!lock->lock(paths.dataDir + QStringLiteral("/sandbox-names.lock"), FileLock::Mode::Wait)) {
        *error = lock->errorString();
        return false;
    }
    return true;
}

} // namespace records
} // namespace sandbox
