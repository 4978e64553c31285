#include "cli/LifecycleCommands.h"

#include "cli/ImageCommands.h"
#include "cli/RunCommandLine.h"
#include "image/ImageStore.h"
#include "lifecycle/ControlSocket.h"
#include "lifecycle/DetachedSandbox.h"
#include "lifecycle/ExecProcess.h"
#include "sandbox/Engine.h"
#include "sandbox/InitProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailed = 125;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox-run", text);
}

volatile sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

void out(const QString& line)
{
    cliio::writeAll(STDOUT_FILENO, line.toUtf8() + '\n');
}

// Splits "KEY=VALUE"; false when there is no '=' or no key.
bool splitAssignment(const QString& text, QMap<QString, QString>* into)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    into->insert(text.left(equals), text.mid(equals + 1));
    return true;
}

std::optional<DetachedSandbox> openOrSay(const QString& idOrName)
{
    QString error;
    std::optional<DetachedSandbox> box = DetachedSandbox::open(Paths::fromEnvironment(), idOrName, &error);
    if (!box)
        cliio::say(error);
    return box;
}

int create(const QStringList& arguments)
{
    Monitor::Request request;
    request.creator = QStringLiteral("cli");
    QStringList runArguments{arguments.value(0)};
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    const QStringList own = separator >= 0 ? arguments.mid(2, separator - 2) : arguments.mid(2);
    for (qsizetype i = 0; i < own.size(); ++i) {
        const QString& arg = own[i];
        auto value = [&]() { return i + 1 < own.size() ? own[++i] : QString(); };
        if (arg == QLatin1String("--name")) {
            request.name = value();
        } else if (arg == QLatin1String("--label")) {
            if (!splitAssignment(value(), &request.labels)) {
                cliio::say(tr("--label: expects KEY=VALUE"));
                return kExitUsage;
            }
        } else if (arg == QLatin1String("--idle-timeout")) {
            bool ok = false;
            request.idleTimeoutSeconds = value().toInt(&ok);
            if (!ok || request.idleTimeoutSeconds <= 0) {
                cliio::say(tr("--idle-timeout: expects a whole number of seconds above 0"));
                return kExitUsage;
            }
        } else if (arg == QLatin1String("--keep")) {
            request.keep = true;
        } else {
            runArguments << arg;
        }
    }
    // No command: the sandbox waits until it is stopped or times out.
    QStringList command = separator >= 0 ? arguments.mid(separator + 1) : QStringList();
    if (command.isEmpty())
        command = {initprotocol::containerPath(), QStringLiteral("--pause")};
    RunCommandLine commandLine = RunCommandLine::parse(runArguments + QStringList{QStringLiteral("--")} + command);
    if (commandLine.action == RunCommandLine::Action::ShowHelp) {
        out(tr("Usage: sandbox-run create [run options] [--name NAME] [--label KEY=VALUE]... [--idle-timeout S] "
               "[--keep] [-- COMMAND...]\nStarts a sandbox that stays up; prints its id. Run options as for "
               "sandbox-run (see sandbox-run --help)."));
        return 0;
    }
    if (commandLine.action != RunCommandLine::Action::Run || !commandLine.specSource.isEmpty()
        || !commandLine.cluster.isEmpty() || commandLine.terminal) {
        cliio::say(commandLine.action == RunCommandLine::Action::Invalid
                       ? commandLine.error
                       : tr("create: --spec -, --on and --tty do not apply (use exec -t for a shell)"));
        return kExitUsage;
    }
    request.spec = commandLine.spec;
    request.runtime = commandLine.runtime;
    // Build what the image lacks first, with progress, here.
    const Paths paths = Paths::fromEnvironment();
    ImageStore images(paths.imagesDir());
    if (!images.isBuilt(request.spec.image)) {
        Engine::Options options;
        options.warmContainers = 0;
        if (!request.runtime.isEmpty())
            options.runtime = request.runtime;
        Engine engine(options);
        QString error = engine.errorString();
        if (error.isEmpty()) {
            const auto err = [](const QString& line) { cliio::writeAll(STDERR_FILENO, line.toUtf8() + '\n'); };
            imagecommands::build(engine.images(), request.spec.image, err, &error);
        }
        if (!error.isEmpty()) {
            cliio::say(error);
            return kExitFailed;
        }
    }
    QString error;
    const QString id = DetachedSandbox::create(request, &error);
    if (id.isEmpty()) {
        cliio::say(error);
        return kExitFailed;
    }
    out(id);
    return 0;
}

QString formatAge(qint64 createdMs)
{
    const qint64 seconds = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - createdMs) / 1000);
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1h").arg(seconds / 3600);
}

int list(const QStringList& arguments)
{
    QMap<QString, QString> labels;
    bool json = false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--json")) {
            json = true;
        } else if (arguments[i] == QLatin1String("--label") && i + 1 < arguments.size()) {
            if (!splitAssignment(arguments[++i], &labels)) {
                cliio::say(tr("--label: expects KEY=VALUE"));
                return kExitUsage;
            }
        } else {
            cliio::say(tr("usage: sandbox-run ls [--label KEY=VALUE]... [--json]"));
            return arguments[i] == QLatin1String("--help") ? 0 : kExitUsage;
        }
    }
    const QList<SandboxStatus> all = DetachedSandbox::list(Paths::fromEnvironment(), labels);
    if (json) {
        QJsonArray array;
        for (const SandboxStatus& status : all) {
            QJsonObject entry = status.record.toJson();
            entry.insert(QStringLiteral("state"), status.state);
            entry.insert(QStringLiteral("cpu_ns"), status.cpuNanoseconds);
            entry.insert(QStringLiteral("memory_bytes"), status.memoryBytes);
            entry.insert(QStringLiteral("execs"), status.execs);
            if (!status.running)
                entry.insert(QStringLiteral("return_code"), status.returnCode);
            array.append(entry);
        }
        cliio::writeAll(STDOUT_FILENO, QJsonDocument(array).toJson());
        return 0;
    }
    const QString format = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9");
    out(format.arg(QStringLiteral("ID").leftJustified(19), QStringLiteral("NAME").leftJustified(16),
                   QStringLiteral("IMAGE").leftJustified(20), QStringLiteral("STATE").leftJustified(14),
                   QStringLiteral("AGE").leftJustified(5), QStringLiteral("CPU").leftJustified(8),
                   QStringLiteral("MEMORY").leftJustified(9), QStringLiteral("CREATOR").leftJustified(7),
                   QStringLiteral("LABELS")));
    for (const SandboxStatus& status : all) {
        QStringList labelText;
        for (auto it = status.record.labels.cbegin(); it != status.record.labels.cend(); ++it)
            labelText << it.key() + QLatin1Char('=') + it.value();
        const QString cpu = status.cpuNanoseconds >= 0
                                ? QString::number(double(status.cpuNanoseconds) / 1e9, 'f', 2) + QLatin1Char('s')
                                : QStringLiteral("-");
        const QString memory = status.memoryBytes >= 0
                                   ? QString::number(double(status.memoryBytes) / (1024 * 1024), 'f', 1)
                                         + QStringLiteral("MiB")
                                   : QStringLiteral("-");
        out(format.arg(status.record.id.leftJustified(19), status.record.name.leftJustified(16),
                       status.record.image.leftJustified(20), status.state.leftJustified(14),
                       formatAge(status.record.createdMs).leftJustified(5), cpu.leftJustified(8),
                       memory.leftJustified(9), status.record.creator.leftJustified(7),
                       labelText.join(QLatin1Char(','))));
    }
    return 0;
}

int logs(const DetachedSandbox& box)
{
    for (const QString& path : QStringList{box.logPath() + QStringLiteral(".1"), box.logPath()}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd())
            cliio::writeAll(STDOUT_FILENO, file.read(1024 * 1024));
    }
    return 0;
}

// Follows the main command's output until it ends or Ctrl+C (which only
// detaches).
int attach(const DetachedSandbox& box)
{
    QString error;
    const UniqueFd socket = box.connectControl(&error);
    if (!socket.isValid()) {
        cliio::say(error);
        return kExitFailed;
    }
    struct sigaction action{};
    action.sa_handler = onInterrupt; // no SA_RESTART: a read returns EINTR
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    control::send(socket.get(), QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("attach")}})
                                    .toJson(QJsonDocument::Compact));
    while (!g_interrupted) {
        QByteArray data;
        const qsizetype n = control::receive(socket.get(), &data, nullptr);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 0;
        if (data.startsWith('D')) {
            cliio::writeAll(STDOUT_FILENO, data.mid(1));
            continue;
        }
        const QJsonObject message = QJsonDocument::fromJson(data).object();
        if (message.value(QStringLiteral("event")).toString() == QLatin1String("ended")) {
            cliio::say(tr("the sandbox ended: %1").arg(message.value(QStringLiteral("state")).toString()));
            return 0;
        }
    }
    return 0;
}

int snapshot(const QStringList& arguments)
{
    const qsizetype tagAt = arguments.indexOf(QStringLiteral("--tag"));
    const QStringList rest = arguments.mid(2);
    if (tagAt < 0 || tagAt + 1 >= arguments.size() || rest.size() != 3) {
        cliio::say(tr("usage: sandbox-run snapshot ID|NAME --tag IMAGE-NAME"));
        return kExitUsage;
    }
    const QString target = tagAt == 2 ? arguments.value(4) : arguments.value(2);
    const std::optional<DetachedSandbox> box = openOrSay(target);
    if (!box)
        return kExitFailed;
    QString error;
    const QString image = box->snapshot(arguments[tagAt + 1], &error);
    if (image.isEmpty()) {
        cliio::say(error);
        return 1;
    }
    out(image);
    return 0;
}

bool copyData(int from, int to, QString* error)
{
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(from, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (n == 0)
            return true;
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(to, buffer + done, static_cast<size_t>(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                *error = QString::fromLocal8Bit(std::strerror(errno));
                return false;
            }
            done += w;
        }
    }
}

// Copies between a host descriptor and a file in a running sandbox: a
// process exec'd inside it (sandbox-init --read/--write) opens the file,
// so the sandbox's own root and mounts apply and no path can lead out.
bool copyInside(const DetachedSandbox& box, const QString& path, bool write, int hostFd, int mode, QString* error)
{
    ExecOptions options;
    options.inherited[0] = write ? hostFd : -1;
    options.inherited[1] = write ? -1 : hostFd;
    options.inherited[2] = STDERR_FILENO;
    QStringList args{initprotocol::containerPath(), write ? QStringLiteral("--write") : QStringLiteral("--read"), path};
    if (write)
        args << QString::number(mode, 8);
    std::unique_ptr<ExecProcess> process(box.exec(args, options));
    process->waitForFinished();
    if (process->returnCode() != 0)
        *error = process->errorString().isEmpty() ? tr("copying %1 failed").arg(path) : process->errorString();
    return process->returnCode() == 0;
}

// The same for a kept, finished sandbox: its monitor opens the file from
// the host, confined to the sandbox's root (openat2 RESOLVE_IN_ROOT).
bool copyKept(const DetachedSandbox& box, const QString& path, bool write, int hostFd, int mode, QString* error)
{
    const UniqueFd file = box.openFile(path, write, mode, error);
    return file.isValid() && copyData(write ? hostFd : file.get(), write ? file.get() : hostFd, error);
}

// cp HOST-FILE ID:PATH or cp ID:PATH HOST-PATH: one regular file.
int copy(const QStringList& arguments)
{
    if (arguments.size() != 4) {
        cliio::say(tr("usage: sandbox-run cp HOST-FILE ID:PATH | cp ID:PATH HOST-PATH"));
        return kExitUsage;
    }
    const QString source = arguments[2];
    const QString target = arguments[3];
    auto isRemote = [](const QString& arg) { return arg.contains(QLatin1Char(':')) && !arg.startsWith(QLatin1Char('/')) && !arg.startsWith(QLatin1Char('.')); };
    if (isRemote(source) == isRemote(target)) {
        cliio::say(tr("cp: exactly one side must be ID:PATH"));
        return kExitUsage;
    }
    const bool into = isRemote(target);
    const QString remote = into ? target : source;
    const qsizetype colon = remote.indexOf(QLatin1Char(':'));
    const std::optional<DetachedSandbox> box = openOrSay(remote.left(colon));
    if (!box)
        return kExitFailed;
    QString inside = remote.mid(colon + 1);
    QString host = into ? source : target;
    if (into && inside.endsWith(QLatin1Char('/')))
        inside += QFileInfo(source).fileName();
    if (!into && QFileInfo(host).isDir())
        host += QLatin1Char('/') + QFileInfo(inside).fileName();
    struct stat info{};
    const UniqueFd hostFd(into ? ::open(QFile::encodeName(host).constData(), O_RDONLY | O_CLOEXEC)
                               : ::open(QFile::encodeName(host).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!hostFd.isValid() || ::fstat(hostFd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        cliio::say(tr("cp: cannot open %1 (a regular file)").arg(host));
        return 1;
    }
    const int mode = static_cast<int>(info.st_mode & 0777);
    QString error;
    const bool ok = box->status().running ? copyInside(*box, inside, into, hostFd.get(), mode, &error)
                                          : copyKept(*box, inside, into, hostFd.get(), mode, &error);
    if (!ok) {
        if (!into)
            QFile::remove(host);
        cliio::say(tr("cp: %1").arg(error));
        return 1;
    }
    return 0;
}

} // namespace

namespace cliio {

void writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd wait{fd, POLLOUT, 0};
            ::poll(&wait, 1, 1000);
            continue;
        }
        if (n <= 0)
            return;
        done += n;
    }
}

void say(const QString& message)
{
    writeAll(STDERR_FILENO, "sandbox-run: " + message.toUtf8() + '\n');
}

} // namespace cliio

int runLifecycleCommand(const QStringList& arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("create"))
        return create(arguments);
    if (verb == QLatin1String("exec"))
        return runExecCommand(arguments);
    if (verb == QLatin1String("ls"))
        return list(arguments);
    if (verb == QLatin1String("snapshot"))
        return snapshot(arguments);
    if (verb == QLatin1String("cp"))
        return copy(arguments);
    if (verb != QLatin1String("logs") && verb != QLatin1String("attach") && verb != QLatin1String("stop")
        && verb != QLatin1String("kill")) {
        return -1;
    }
    if (arguments.size() != 3 || arguments[2].startsWith(QLatin1Char('-'))) {
        cliio::say(tr("usage: sandbox-run %1 ID|NAME").arg(verb));
        return arguments.value(2) == QLatin1String("--help") ? 0 : kExitUsage;
    }
    const std::optional<DetachedSandbox> box = openOrSay(arguments[2]);
    if (!box)
        return kExitFailed;
    if (verb == QLatin1String("logs"))
        return logs(*box);
    if (verb == QLatin1String("attach"))
        return attach(*box);
    QString error;
    const bool ok = verb == QLatin1String("stop") ? box->stop(&error) : box->kill(&error);
    if (!ok) {
        cliio::say(error);
        return kExitFailed;
    }
    return 0;
}

} // namespace sandbox
