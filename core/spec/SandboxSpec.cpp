#include "spec/SandboxSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

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

} // namespace

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
    return {};
}

QJsonObject SandboxSpec::toJson() const
{
    QJsonObject envJson;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envJson.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("command"), QJsonArray::fromStringList(command)},
        {QStringLiteral("image"), image.toJson()},
        {QStringLiteral("workdir"), workdir},
        {QStringLiteral("env"), envJson},
        {QStringLiteral("timeout"), timeoutSeconds},
    };
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
                                      QStringLiteral("timeout")};
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
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return spec;
}

} // namespace sandbox
