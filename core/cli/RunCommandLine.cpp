#include "cli/RunCommandLine.h"

#include "cli/ImageOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::RunCommandLine", text);
}

// "A:B" split at the first colon, both sides non-empty.
bool splitPair(const QString& value, QString* left, QString* right)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == value.size() - 1)
        return false;
    *left = value.left(colon);
    *right = value.mid(colon + 1);
    return true;
}

// The sandbox options (mounts ... network), in the order given.
QString parseOptions(const QCommandLineParser& parser, const QList<QCommandLineOption>& options, SandboxSpec* spec)
{
    const auto& [mount, volume, secret, gpu, cpu, memory, blockNetwork, disk] =
        std::tie(options[0], options[1], options[2], options[3], options[4], options[5], options[6], options[7]);
    for (const QString& value : parser.values(mount)) {
        SandboxSpec::Mount entry;
        if (!splitPair(value, &entry.source, &entry.target))
            return tr("--mount: \"%1\" is not of the form SRC:DST").arg(value);
        spec->mounts.append(entry);
    }
    for (const QString& value : parser.values(volume)) {
        SandboxSpec::VolumeMount entry;
        if (!splitPair(value, &entry.name, &entry.target))
            return tr("--volume: \"%1\" is not of the form NAME:PATH").arg(value);
        spec->volumes.append(entry);
    }
    spec->secrets += parser.values(secret);
    if (parser.isSet(gpu))
        spec->gpu = parser.value(gpu);
    if (parser.isSet(cpu)) {
        bool ok = false;
        spec->cpuCores = parser.value(cpu).toDouble(&ok);
        if (!ok)
            return tr("--cpu: \"%1\" is not a number of cores").arg(parser.value(cpu));
    }
    if (parser.isSet(memory)) {
        bool ok = false;
        spec->memoryMiB = parser.value(memory).toInt(&ok);
        if (!ok)
            return tr("--memory: \"%1\" is not a whole number of MiB").arg(parser.value(memory));
    }
    if (parser.isSet(disk)) {
        bool ok = false;
        spec->diskMiB = parser.value(disk).toInt(&ok);
        if (!ok)
            return tr("--disk: \"%1\" is not a whole number of MiB").arg(parser.value(disk));
    }
    if (parser.isSet(blockNetwork))
        spec->blockNetwork = true;
    return {};
}

} // namespace

RunCommandLine RunCommandLine::parse(const QStringList& arguments)
{
    RunCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a command in a fresh, disposable Linux sandbox and streams its output.\n"
           "Usage: sandbox-run [options] -- COMMAND [ARG...]\n"
           "       sandbox-run images list | build [image options] | rm ID... | prune\n"
           "       sandbox-run volumes ... | secrets ... | clusters list|add|rm ...   (see the README)\n"
           "       sandbox-run create | exec | ls | logs | attach | stop | kill | cp | snapshot ...   "
           "(long-lived sandboxes, see the README)"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
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
    const QCommandLineOption specOption(
        QStringLiteral("spec"),
        tr("Read the sandbox spec as JSON from a file (other options add to it), or from the first line of "
           "stdin (-)."),
        tr("file"));
    const QCommandLineOption reportStatusOption(QStringLiteral("report-status"),
                                                tr("Print machine-readable status lines on stderr."));
    const QCommandLineOption onOption(QStringLiteral("on"), tr("Run on a configured cluster (see `clusters list`)."),
                                      tr("cluster"));
    const QCommandLineOption mountOption(QStringLiteral("mount"),
                                         tr("Mount a host file or directory read-only (repeatable)."),
                                         tr("SRC:DST"));
    const QCommandLineOption volumeOption({QStringLiteral("volume"), QStringLiteral("network-file-system")},
                                          tr("Mount a named volume read-write (repeatable)."), tr("NAME:PATH"));
    const QCommandLineOption secretOption(QStringLiteral("secret"),
                                          tr("Inject a stored secret as environment variables (repeatable)."),
                                          tr("NAME"));
    const QCommandLineOption gpuOption(QStringLiteral("gpu"), tr("GPUs: any, a count, or device ids (CDI)."),
                                       tr("SPEC"));
    const QCommandLineOption cpuOption(QStringLiteral("cpu"), tr("CPU limit in cores (fractions allowed)."),
                                       tr("cores"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"), tr("Memory limit in MiB."), tr("MiB"));
    const QCommandLineOption diskOption(QStringLiteral("disk"),
                                        tr("How much the sandbox may write (writable layer, and /tmp), in MiB."),
                                        tr("MiB"));
    const QCommandLineOption blockNetworkOption(QStringLiteral("block-network"),
                                                tr("No network but loopback inside the sandbox."));
    const QCommandLineOption ttyOption({QStringLiteral("t"), QStringLiteral("tty")},
                                       tr("Give the command a terminal (for interactive shells); "
                                          "needs one on stdin and stdout."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        tr("Keep the sandbox's files after exit under its id (printed on stderr), for `sandbox-run diff ID` and "
           "`sandbox-run apply ID`, until `sandbox-run rm ID`."));
    parser.addOptions({helpOption, versionOption, workdirOption, envOption, timeoutOption, runtimeOption,
                       specOption, mountOption, volumeOption, secretOption, gpuOption, cpuOption,
                       memoryOption, diskOption, blockNetworkOption, reportStatusOption, onOption, ttyOption, keepOption});
    const ImageOptions imageOptions;
    imageOptions.addTo(parser);
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
    const QStringList positional = parser.positionalArguments();
    QString imageError;
    const ImageRecipe recipe = imageOptions.recipe(parser, ownArguments.mid(1), &imageError);
    if (command.isEmpty() && !positional.isEmpty() && positional.first() == QLatin1String("images")) {
        const QString verb = positional.value(1);
        result.runtime = parser.value(runtimeOption);
        if (verb == QLatin1String("list") && positional.size() == 2) {
            result.action = Action::ImagesList;
        } else if (verb == QLatin1String("prune") && positional.size() == 2) {
            result.action = Action::ImagesPrune;
        } else if (verb == QLatin1String("rm") && positional.size() > 2) {
            result.action = Action::ImagesRemove;
            result.imageIds = positional.mid(2);
        } else if (verb == QLatin1String("build") && positional.size() == 2) {
            if (!imageError.isEmpty()) {
                result.error = imageError;
                return result;
            }
            result.spec.image = recipe;
            result.action = Action::ImagesBuild;
        } else {
            result.error = tr("images: usage: sandbox-run images list | build [image options] | rm ID... | prune");
        }
        return result;
    }
    if (!imageError.isEmpty()) {
        result.error = imageError;
        return result;
    }
    command = positional + command;
    result.reportStatus = parser.isSet(reportStatusOption);
    result.keep = parser.isSet(keepOption);
    result.cluster = parser.value(onOption);
    SandboxSpec& spec = result.spec;
    if (parser.value(specOption) == QLatin1String("-")) {
        // The whole spec on stdin's first line (cluster nodes): main() reads
        // it, and nothing else may add to it.
        result.runtime = parser.value(runtimeOption);
        if (!command.isEmpty() || imageOptions.isSet(parser)) {
            result.error = tr("--spec -: cannot be combined with a command or image options");
            return result;
        }
        result.specSource = parser.value(specOption);
        result.action = Action::Run;
        return result;
    }
    if (parser.isSet(specOption)) {
        QFile file(parser.value(specOption));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("--spec: cannot read %1: %2").arg(file.fileName(), file.errorString());
            return result;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.error = tr("--spec: %1 is not a JSON object: %2").arg(file.fileName(), parseError.errorString());
            return result;
        }
        // A command on the command line replaces the file's.
        QJsonObject json = document.object();
        if (!command.isEmpty())
            json.insert(QStringLiteral("command"), QJsonArray::fromStringList(command));
        QString error;
        spec = SandboxSpec::fromJson(json, &error);
        if (!error.isEmpty()) {
            result.error = tr("--spec: %1").arg(error);
            return result;
        }
        command = spec.command;
    }
    if (command.isEmpty()) {
        result.error = tr("no command given; usage: sandbox-run [options] -- COMMAND [ARG...]");
        return result;
    }

    spec.command = command;
    if (imageOptions.isSet(parser) || !parser.isSet(specOption))
        spec.image = recipe;
    if (parser.isSet(workdirOption) || !parser.isSet(specOption))
        spec.workdir = parser.value(workdirOption);
    if (const QString problem = parseOptions(parser, {mountOption, volumeOption, secretOption, gpuOption, cpuOption,
                                                      memoryOption, blockNetworkOption, diskOption}, &spec);
        !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
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
