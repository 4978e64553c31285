#include "cli/RunCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::RunCommandLine", text);
}

} // namespace

RunCommandLine RunCommandLine::parse(const QStringList& arguments)
{
    RunCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a command in a fresh, disposable Linux sandbox and streams its output.\n"
           "Usage: sandbox-run [options] -- COMMAND [ARG...]"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption imageOption(QStringLiteral("image"),
                                         tr("Image to run in (default: debian-slim)."),
                                         tr("name"), QStringLiteral("debian-slim"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"),
                                           tr("Working directory inside the sandbox (default: /)."),
                                           tr("path"), QStringLiteral("/"));
    const QCommandLineOption envOption({QStringLiteral("e"), QStringLiteral("env")},
                                       tr("Set an environment variable (repeatable)."),
                                       tr("KEY=VALUE"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Kill the sandbox after this many seconds (default: %1).").arg(SandboxSpec::kDefaultTimeoutSeconds),
        tr("seconds"));
    const QCommandLineOption runtimeOption(QStringLiteral("runtime"),
                                           tr("OCI runtime: runc, crun or runsc (default: detected)."),
                                           tr("name"));
    const QCommandLineOption ttyOption({QStringLiteral("t"), QStringLiteral("tty")},
                                       tr("Give the command a terminal (for interactive shells); "
                                          "needs one on stdin and stdout."));
    parser.addOptions({helpOption, versionOption, imageOption, workdirOption, envOption,
                       timeoutOption, runtimeOption, ttyOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command and its arguments."),
                                 QStringLiteral("-- COMMAND [ARG...]"));
    result.helpText = parser.helpText();

    // Everything after "--" belongs to the command, untouched.
    QStringList ownArguments = arguments;
    QStringList command;
    if (const qsizetype separator = arguments.indexOf(QStringLiteral("--")); separator >= 0) {
        ownArguments = arguments.mid(0, separator);
        command = arguments.mid(separator + 1);
    }
    if (!parser.parse(ownArguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    command = parser.positionalArguments() + command;
    if (command.isEmpty()) {
        result.error = tr("no command given; usage: sandbox-run [options] -- COMMAND [ARG...]");
        return result;
    }

    SandboxSpec& spec = result.spec;
    spec.command = command;
    spec.image = parser.value(imageOption);
    spec.workdir = parser.value(workdirOption);
    for (const QString& assignment : parser.values(envOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            result.error = tr("--env: \"%1\" is not of the form KEY=VALUE").arg(assignment);
            return result;
        }
        spec.env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok) {
            result.error = tr("--timeout: \"%1\" is not a whole number of seconds").arg(parser.value(timeoutOption));
            return result;
        }
        spec.timeoutSeconds = seconds;
    }
    result.runtime = parser.value(runtimeOption);
    result.terminal = parser.isSet(ttyOption);
    if (const QString problem = spec.validate(); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    result.action = Action::Run;
    return result;
}

} // namespace sandbox
