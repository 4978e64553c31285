#include "cli/ClustersCommand.h"

#include "backend/ClusterConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace sandbox {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailed = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ClustersCommand", text);
}

QString usage()
{
    return tr("usage: sandbox-run clusters list\n"
              "       sandbox-run clusters add NAME [--ssh [USER@]HOST] [--port N] [--identity FILE]\n"
              "              [--known-hosts FILE] [--partition NAME] [--volumes-dir DIR]\n"
              "              [--node-sandbox-run PATH] [--node-data-dir DIR] [--cpus N]\n"
              "              [--memory MIB] [--startup-minutes N] [--max-time MINUTES]\n"
              "       sandbox-run clusters rm NAME\n");
}

QString describe(const ClusterConfig& cluster)
{
    QString where = cluster.mode == ClusterConfig::Mode::Ssh
                        ? QStringLiteral("ssh %1%2:%3")
                              .arg(cluster.sshUser.isEmpty() ? QString() : cluster.sshUser + QLatin1Char('@'),
                                   cluster.sshHost)
                              .arg(cluster.sshPort)
                        : QStringLiteral("local-slurm");
    QString line = QStringLiteral("%1\t%2").arg(cluster.name, where);
    if (!cluster.partition.isEmpty())
        line += QStringLiteral("\tpartition=") + cluster.partition;
    if (!cluster.sharedVolumePath.isEmpty())
        line += QStringLiteral("\tvolumes-dir=") + cluster.sharedVolumePath;
    return line + QLatin1Char('\n');
}

bool parseAdd(const QStringList& arguments, ClusterConfig* cluster, QString* error)
{
    QCommandLineParser parser;
    const QCommandLineOption ssh(QStringLiteral("ssh"), QString(), QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("n"));
    const QCommandLineOption identity(QStringLiteral("identity"), QString(), QStringLiteral("file"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QString(), QStringLiteral("file"));
    const QCommandLineOption partition(QStringLiteral("partition"), QString(), QStringLiteral("name"));
    // --shared-path: the option's first name, still accepted.
    const QCommandLineOption sharedPath(QStringList{QStringLiteral("volumes-dir"), QStringLiteral("shared-path")},
                                        QString(), QStringLiteral("dir"));
    const QCommandLineOption nodeSandboxRun(QStringLiteral("node-sandbox-run"), QString(), QStringLiteral("path"));
    const QCommandLineOption nodeDataDir(QStringLiteral("node-data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption cpus(QStringLiteral("cpus"), QString(), QStringLiteral("n"));
    const QCommandLineOption memory(QStringLiteral("memory"), QString(), QStringLiteral("mib"));
    const QCommandLineOption startup(QStringLiteral("startup-minutes"), QString(), QStringLiteral("n"));
    const QCommandLineOption maxTime(QStringLiteral("max-time"), QString(), QStringLiteral("minutes"));
    parser.addOptions({ssh, port, identity, knownHosts, partition, sharedPath, nodeSandboxRun, nodeDataDir, cpus,
                       memory, startup, maxTime});
    if (!parser.parse(QStringList{QStringLiteral("clusters-add")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        *error = tr("clusters add: give exactly one cluster name");
        return false;
    }
    cluster->name = parser.positionalArguments().constFirst();
    if (parser.isSet(ssh)) {
        cluster->mode = ClusterConfig::Mode::Ssh;
        const QString destination = parser.value(ssh);
        const qsizetype at = destination.indexOf(QLatin1Char('@'));
        cluster->sshUser = at >= 0 ? destination.left(at) : QString();
        cluster->sshHost = destination.mid(at + 1);
    }
    auto absolute = [](const QString& path) { return path.isEmpty() ? path : QDir(path).absolutePath(); };
    cluster->sshIdentityFile = absolute(parser.value(identity));
    cluster->sshKnownHostsFile = absolute(parser.value(knownHosts));
    cluster->partition = parser.value(partition);
    cluster->sharedVolumePath = parser.value(sharedPath);
    if (parser.isSet(nodeSandboxRun))
        cluster->nodeSandboxRun = parser.value(nodeSandboxRun);
    cluster->nodeDataDir = parser.value(nodeDataDir);
    const std::initializer_list<std::pair<const QCommandLineOption*, int*>> numbers = {
        {&port, &cluster->sshPort}, {&cpus, &cluster->defaultCpus}, {&memory, &cluster->defaultMemoryMiB},
        {&startup, &cluster->startupMinutes}, {&maxTime, &cluster->maxTimeMinutes}};
    for (const auto& [option, target] : numbers) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok) {
            *error = tr("--%1: \"%2\" is not a whole number").arg(option->names().constFirst(), parser.value(*option));
            return false;
        }
    }
    *error = cluster->validate();
    return error->isEmpty();
}

} // namespace

int runClustersCommand(const QStringList& arguments, QString* out, QString* err)
{
    const QString verb = arguments.value(0);
    ClusterStore store;
    QString error;
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        *(verb.isEmpty() ? err : out) = usage();
        return verb.isEmpty() ? kExitUsage : 0;
    }
    if (verb != QLatin1String("list") && verb != QLatin1String("add") && verb != QLatin1String("rm")) {
        *err = tr("clusters: unknown command \"%1\"\n").arg(verb) + usage();
        return kExitUsage;
    }
    if (!store.load(&error)) {
        *err = error + QLatin1Char('\n');
        return kExitFailed;
    }
    if (verb == QLatin1String("list")) {
        for (const ClusterConfig& cluster : store.clusters())
            out->append(describe(cluster));
        return 0;
    }
    if (verb == QLatin1String("rm")) {
        if (arguments.size() != 2) {
            *err = tr("clusters rm: give exactly one cluster name\n");
            return kExitUsage;
        }
        if (!store.remove(arguments.at(1))) {
            *err = tr("clusters rm: no cluster named \"%1\"\n").arg(arguments.at(1));
            return kExitFailed;
        }
    } else {
        ClusterConfig cluster;
        if (!parseAdd(arguments.mid(1), &cluster, &error)) {
            *err = error + QLatin1Char('\n');
            return kExitUsage;
        }
        store.put(cluster, &error);
    }
    if (!store.save(&error)) {
        *err = error + QLatin1Char('\n');
        return kExitFailed;
    }
    return 0;
}

} // namespace sandbox
