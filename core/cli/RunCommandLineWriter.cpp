#include "cli/RunCommandLineWriter.h"

#include "util/ShellWords.h"

namespace sandbox {

QStringList sandboxRunArguments(const SandboxSpec& spec, const QString& runtime)
{
    const SandboxSpec defaults;
    QStringList args{QStringLiteral("--image"), spec.image};
    if (spec.workdir != defaults.workdir)
        args << QStringLiteral("--workdir") << spec.workdir;
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        args << QStringLiteral("--env") << it.key() + QLatin1Char('=') + it.value();
    if (spec.timeoutSeconds != defaults.timeoutSeconds)
        args << QStringLiteral("--timeout") << QString::number(spec.timeoutSeconds);
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
