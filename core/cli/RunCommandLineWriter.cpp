#include "cli/RunCommandLineWriter.h"

#include "util/ShellWords.h"

#include <QJsonDocument>

namespace sandbox {

QStringList sandboxRunArguments(const SandboxSpec& spec, const QString& runtime)
{
    const SandboxSpec defaults;
    QStringList args;
    // A bare base is its short form; steps need the recipe's JSON.
    if (spec.image.steps.isEmpty() && spec.image.base.kind != ImageBase::Kind::Dockerfile) {
        args << QStringLiteral("--image") << spec.image.base.toString();
    } else {
        const QJsonValue recipe = spec.image.toJson();
        args << QStringLiteral("--recipe")
             << QString::fromUtf8(QJsonDocument(recipe.toObject()).toJson(QJsonDocument::Compact));
    }
    if (spec.workdir != defaults.workdir)
        args << QStringLiteral("--workdir") << spec.workdir;
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        args << QStringLiteral("--env") << it.key() + QLatin1Char('=') + it.value();
    if (spec.timeoutSeconds != defaults.timeoutSeconds)
        args << QStringLiteral("--timeout") << QString::number(spec.timeoutSeconds);
    for (const SandboxSpec::Mount& mount : spec.mounts)
        args << QStringLiteral("--mount") << mount.source + QLatin1Char(':') + mount.target;
    for (const SandboxSpec::VolumeMount& volume : spec.volumes)
        args << QStringLiteral("--volume") << volume.name + QLatin1Char(':') + volume.target;
    // Secret names only: their values never leave the keyring.
    for (const QString& secret : spec.secrets)
        args << QStringLiteral("--secret") << secret;
    if (!spec.gpu.isEmpty())
        args << QStringLiteral("--gpu") << spec.gpu;
    if (spec.cpuCores > 0)
        args << QStringLiteral("--cpu") << QString::number(spec.cpuCores);
    if (spec.memoryMiB > 0)
        args << QStringLiteral("--memory") << QString::number(spec.memoryMiB);
    if (spec.diskMiB > 0)
        args << QStringLiteral("--disk") << QString::number(spec.diskMiB);
    if (spec.blockNetwork)
        args << QStringLiteral("--block-network");
    if (!runtime.isEmpty())
        args << QStringLiteral("--runtime") << runtime;
    args << QStringLiteral("--");
    args << spec.command;
    return args;
}

QString sandboxRunCommandLine(const SandboxSpec& spec, const QString& runtime)
{
    return joinShellWords(QStringList{QStringLiteral("sandbox-run")} + sandboxRunArguments(spec, runtime));
}

} // namespace sandbox
