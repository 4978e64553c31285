#include "spec/SandboxSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QDir>
#include <QRegularExpression>

#include <cmath>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SandboxSpec", text);
}

bool isValidEnvName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Where a mount or volume may appear: an absolute, normalised path outside
// the kernel file systems the runtime sets up itself.
QString checkTarget(const QString& field, const QString& target)
{
    if (!target.startsWith(QLatin1Char('/')) || target.contains(QChar(0))
        || QDir::cleanPath(target) != target) {
        return tr("%1: \"%2\" is not a normalised absolute path").arg(field, target);
    }
    for (const char* reserved : {"/proc", "/sys", "/dev"}) {
        const QString prefix = QString::fromLatin1(reserved);
        if (target == prefix || target.startsWith(prefix + QLatin1Char('/')))
            return tr("%1: %2 is reserved for the sandbox's own %3").arg(field, target, prefix);
    }
    if (target == QLatin1String("/"))
        return tr("%1: cannot mount over the root directory").arg(field);
    return {};
}

QString checkGpu(const QString& gpu)
{
    if (gpu.isEmpty() || gpu == QLatin1String("any"))
        return {};
    bool isNumber = false;
    const int count = gpu.toInt(&isNumber);
    if (isNumber) {
        if (count < 1 || count > 64)
            return tr("gpu: %1 is not a GPU count between 1 and 64").arg(gpu);
        return {};
    }
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_./=:-]*$"));
    for (const QString& part : gpu.split(QLatin1Char(','))) {
        if (!id.match(part).hasMatch())
            return tr("gpu: \"%1\" is not \"any\", a count or a list of device ids").arg(gpu);
    }
    return {};
}

QString checkMountsAndStores(const SandboxSpec& spec)
{
    QStringList targets;
    for (const SandboxSpec::Mount& mount : spec.mounts) {
        if (!mount.source.startsWith(QLatin1Char('/')) || mount.source.contains(QChar(0)))
            return tr("mounts: the source \"%1\" is not an absolute path").arg(mount.source);
        if (const QString problem = checkTarget(QStringLiteral("mounts"), mount.target); !problem.isEmpty())
            return problem;
        targets << mount.target;
    }
    for (const SandboxSpec::VolumeMount& volume : spec.volumes) {
        if (!SandboxSpec::isValidStoreName(volume.name))
            return tr("volumes: \"%1\" is not a valid volume name").arg(volume.name);
        if (const QString problem = checkTarget(QStringLiteral("volumes"), volume.target); !problem.isEmpty())
            return problem;
        targets << volume.target;
    }
    for (const QString& target : std::as_const(targets)) {
        if (targets.count(target) > 1)
            return tr("mounts: two mounts or volumes at %1").arg(target);
    }
    for (const QString& name : spec.secrets) {
        if (!SandboxSpec::isValidStoreName(name))
            return tr("secrets: \"%1\" is not a valid secret name").arg(name);
        if (spec.secrets.count(name) > 1)
            return tr("secrets: %1 is listed twice").arg(name);
    }
    return {};
}

QString checkResources(const SandboxSpec& spec)
{
    if (!std::isfinite(spec.cpuCores) || spec.cpuCores < 0)
        return tr("cpu: %1 is not a positive number of cores").arg(spec.cpuCores);
    if (spec.cpuCores > 0 && spec.cpuCores < 0.01)
        return tr("cpu: %1 cores is below the smallest limit of 0.01").arg(spec.cpuCores);
    if (spec.cpuCores > SandboxSpec::kMaxCpuCores)
        return tr("cpu: %1 cores is absurd (at most %2)").arg(spec.cpuCores).arg(SandboxSpec::kMaxCpuCores);
    if (spec.memoryMiB < 0)
        return tr("memory: %1 MiB is negative").arg(spec.memoryMiB);
    if (spec.memoryMiB > 0 && spec.memoryMiB < SandboxSpec::kMinMemoryMiB)
        return tr("memory: %1 MiB is below the smallest limit of %2 MiB")
            .arg(spec.memoryMiB)
            .arg(SandboxSpec::kMinMemoryMiB);
    if (spec.diskMiB < 0)
        return tr("disk: %1 MiB is negative").arg(spec.diskMiB);
    if (spec.diskMiB > 0 && spec.diskMiB < SandboxSpec::kMinDiskMiB)
        return tr("disk: %1 MiB is below the smallest size of %2 MiB").arg(spec.diskMiB).arg(SandboxSpec::kMinDiskMiB);
    return {};
}

QString readMounts(const QJsonValue& value, SandboxSpec* spec)
{
    if (!value.isArray())
        return tr("mounts: must be an array of {\"source\", \"target\"} objects");
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        if (!entry.isObject() || object.size() != 2 || !object.value(QStringLiteral("source")).isString()
            || !object.value(QStringLiteral("target")).isString()) {
            return tr("mounts: must be an array of {\"source\", \"target\"} objects");
        }
        spec->mounts.append({object.value(QStringLiteral("source")).toString(),
                             object.value(QStringLiteral("target")).toString()});
    }
    return {};
}

QString readVolumes(const QString& key, const QJsonValue& value, SandboxSpec* spec)
{
    if (!value.isObject())
        return tr("%1: must be an object of container path -> volume name").arg(key);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return tr("%1: the volume for %2 must be a name").arg(key, it.key());
        spec->volumes.append({it.value().toString(), it.key()});
    }
    return {};
}

QString readGpu(const QJsonValue& value, SandboxSpec* spec)
{
    if (value.isNull() || value.isUndefined())
        spec->gpu.clear();
    else if (value.isString())
        spec->gpu = value.toString();
    else if (value.isDouble() && value.toDouble() == static_cast<double>(value.toInt(-1)))
        spec->gpu = QString::number(value.toInt());
    else if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue& id : value.toArray()) {
            if (!id.isString())
                return tr("gpu: device ids must be strings");
            ids << id.toString();
        }
        spec->gpu = ids.join(QLatin1Char(','));
    } else {
        return tr("gpu: must be null, \"any\", a count or a list of device ids");
    }
    return {};
}

QString readOptions(const QJsonObject& json, SandboxSpec* spec)
{
    if (json.contains(QStringLiteral("mounts"))) {
        if (const QString problem = readMounts(json.value(QStringLiteral("mounts")), spec); !problem.isEmpty())
            return problem;
    }
    // Modal's older name for volumes is accepted too.
    for (const char* name : {"volumes", "network_file_systems"}) {
        const QString key = QString::fromLatin1(name);
        if (!json.contains(key))
            continue;
        if (const QString problem = readVolumes(key, json.value(key), spec); !problem.isEmpty())
            return problem;
    }
    if (json.contains(QStringLiteral("secrets"))) {
        const QJsonValue value = json.value(QStringLiteral("secrets"));
        if (!value.isArray())
            return tr("secrets: must be an array of secret names");
        for (const QJsonValue& name : value.toArray()) {
            if (!name.isString())
                return tr("secrets: must be an array of secret names");
            spec->secrets << name.toString();
        }
    }
    if (json.contains(QStringLiteral("gpu"))) {
        if (const QString problem = readGpu(json.value(QStringLiteral("gpu")), spec); !problem.isEmpty())
            return problem;
    }
    if (json.contains(QStringLiteral("cpu"))) {
        const QJsonValue value = json.value(QStringLiteral("cpu"));
        if (!value.isDouble() && !value.isNull())
            return tr("cpu: must be a number of cores");
        spec->cpuCores = value.toDouble(0);
    }
    if (json.contains(QStringLiteral("memory"))) {
        const QJsonValue value = json.value(QStringLiteral("memory"));
        const double mib = value.toDouble(-1);
        if (value.isNull()) {
            spec->memoryMiB = 0;
        } else if (!value.isDouble() || mib != std::floor(mib) || std::fabs(mib) > 1e9) {
            return tr("memory: must be a whole number of MiB");
        } else {
            spec->memoryMiB = static_cast<int>(mib);
        }
    }
    if (json.contains(QStringLiteral("disk"))) {
        const QJsonValue value = json.value(QStringLiteral("disk"));
        const double mib = value.toDouble(-1);
        if (value.isNull())
            spec->diskMiB = 0;
        else if (!value.isDouble() || mib != std::floor(mib) || std::fabs(mib) > 1e9)
            return tr("disk: must be a whole number of MiB");
        else
            spec->diskMiB = static_cast<int>(mib);
    }
    if (json.contains(QStringLiteral("block_network"))) {
        if (!json.value(QStringLiteral("block_network")).isBool())
            return tr("block_network: must be true or false");
        spec->blockNetwork = json.value(QStringLiteral("block_network")).toBool();
    }
    return {};
}

} // namespace

bool SandboxSpec::isValidStoreName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString SandboxSpec::validate() const
{
    if (command.isEmpty() || command.first().isEmpty())
        return tr("command: no program given");
    for (const QString& arg : command) {
        if (arg.contains(QChar(0)))
            return tr("command: an argument contains a NUL character");
    }
    if (const QString problem = image.validate(); !problem.isEmpty())
        return problem;
    if (!workdir.startsWith(QLatin1Char('/')))
        return tr("workdir: \"%1\" is not an absolute path").arg(workdir);
    if (workdir.contains(QChar(0)))
        return tr("workdir: contains a NUL character");
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (!isValidEnvName(it.key()))
            return tr("env: \"%1\" is not a valid variable name").arg(it.key());
        if (it.value().contains(QChar(0)))
            return tr("env: the value of %1 contains a NUL character").arg(it.key());
    }
    if (timeoutSeconds <= 0)
        return tr("timeout: %1 s is not a positive number of seconds").arg(timeoutSeconds);
    if (timeoutSeconds > kMaxTimeoutSeconds)
        return tr("timeout: %1 s is more than the maximum of %2 s")
            .arg(timeoutSeconds)
            .arg(kMaxTimeoutSeconds);
    if (const QString problem = checkMountsAndStores(*this); !problem.isEmpty())
        return problem;
    if (const QString problem = checkGpu(gpu); !problem.isEmpty())
        return problem;
    return checkResources(*this);
}

QJsonObject SandboxSpec::toJson() const
{
    QJsonObject envJson;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envJson.insert(it.key(), it.value());
    QJsonArray mountsJson;
    for (const Mount& mount : mounts)
        mountsJson.append(QJsonObject{{QStringLiteral("source"), mount.source}, {QStringLiteral("target"), mount.target}});
    // Modal's shape: container path -> volume name.
    QJsonObject volumesJson;
    for (const VolumeMount& volume : volumes)
        volumesJson.insert(volume.target, volume.name);
    QJsonObject json{
        {QStringLiteral("command"), QJsonArray::fromStringList(command)},
        {QStringLiteral("image"), image.toJson()},
        {QStringLiteral("workdir"), workdir},
        {QStringLiteral("env"), envJson},
        {QStringLiteral("timeout"), timeoutSeconds},
        {QStringLiteral("mounts"), mountsJson},
        {QStringLiteral("volumes"), volumesJson},
        {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
        {QStringLiteral("gpu"), gpu.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gpu)},
        {QStringLiteral("cpu"), cpuCores},
        {QStringLiteral("memory"), memoryMiB},
        {QStringLiteral("block_network"), blockNetwork},
    };
    if (diskMiB > 0) // only when set: specs written before it stay the same
        json.insert(QStringLiteral("disk"), diskMiB);
    return json;
}

SandboxSpec SandboxSpec::fromJson(const QJsonObject& json, QString* error)
{
    SandboxSpec spec;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return SandboxSpec{};
    };
    static const QStringList known = {QStringLiteral("command"), QStringLiteral("image"),
                                      QStringLiteral("workdir"), QStringLiteral("env"),
                                      QStringLiteral("timeout"), QStringLiteral("mounts"),
                                      QStringLiteral("volumes"), QStringLiteral("network_file_systems"),
                                      QStringLiteral("secrets"), QStringLiteral("gpu"),
                                      QStringLiteral("cpu"), QStringLiteral("memory"),
                                      QStringLiteral("disk"), QStringLiteral("block_network")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("spec: unknown key \"%1\"").arg(it.key()));
    }
    if (json.contains(QStringLiteral("command"))) {
        const QJsonValue value = json.value(QStringLiteral("command"));
        if (!value.isArray())
            return fail(tr("command: must be an array of strings"));
        spec.command.clear();
        for (const QJsonValue& arg : value.toArray()) {
            if (!arg.isString())
                return fail(tr("command: must be an array of strings"));
            spec.command << arg.toString();
        }
    }
    if (json.contains(QStringLiteral("image"))) {
        QString problem;
        spec.image = ImageRecipe::fromJson(json.value(QStringLiteral("image")), &problem);
        if (!problem.isEmpty())
            return fail(problem);
    }
    if (json.contains(QStringLiteral("workdir"))) {
        if (!json.value(QStringLiteral("workdir")).isString())
            return fail(tr("workdir: must be a string"));
        spec.workdir = json.value(QStringLiteral("workdir")).toString();
    }
    if (json.contains(QStringLiteral("env"))) {
        const QJsonValue value = json.value(QStringLiteral("env"));
        if (!value.isObject())
            return fail(tr("env: must be an object of strings"));
        const QJsonObject envJson = value.toObject();
        for (auto it = envJson.begin(); it != envJson.end(); ++it) {
            if (!it.value().isString())
                return fail(tr("env: the value of %1 must be a string").arg(it.key()));
            spec.env.insert(it.key(), it.value().toString());
        }
    }
    if (json.contains(QStringLiteral("timeout"))) {
        const QJsonValue value = json.value(QStringLiteral("timeout"));
        const double seconds = value.toDouble(-1);
        if (!value.isDouble() || seconds != static_cast<double>(static_cast<qint64>(seconds)))
            return fail(tr("timeout: must be a whole number of seconds"));
        if (seconds > kMaxTimeoutSeconds || seconds <= 0)
            return fail(tr("timeout: %1 s is out of range (1 to %2)").arg(seconds).arg(kMaxTimeoutSeconds));
        spec.timeoutSeconds = static_cast<int>(seconds);
    }
    if (const QString problem = readOptions(json, &spec); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return spec;
}

} // namespace sandbox
