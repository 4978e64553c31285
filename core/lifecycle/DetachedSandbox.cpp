#include "lifecycle/DetachedSandbox.h"

#include "lifecycle/ControlSocket.h"
#include "lifecycle/ExecProcess.h"
#include "sandbox/InitProtocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::DetachedSandbox", text);
}

QByteArray readUntilClosed(int fd)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return data;
        data.append(buffer, n);
    }
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

SandboxStatus SandboxStatus::fromJson(const SandboxRecord& record, const QJsonObject& json)
{
    SandboxStatus status;
    status.record = record;
    status.reachable = !json.isEmpty();
    status.running = json.value(QStringLiteral("running")).toBool();
    status.state = json.value(QStringLiteral("state")).toString(status.reachable ? QString() : QStringLiteral("gone"));
    status.returnCode = json.value(QStringLiteral("return_code")).toInt(-1);
    status.cpuNanoseconds = json.value(QStringLiteral("cpu_ns")).toInteger(-1);
    status.memoryBytes = json.value(QStringLiteral("memory_bytes")).toInteger(-1);
    status.execs = json.value(QStringLiteral("execs")).toInt();
    return status;
}

QString locateMonitorBinary()
{
    QStringList candidates;
    if (const QString fromEnv = qEnvironmentVariable("SANDBOX_STUDIO_MONITOR"); !fromEnv.isEmpty())
        candidates << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/sandbox-monitor")
               << appDir + QStringLiteral("/../libexec/sandbox-studio/sandbox-monitor")
               << QStringLiteral(SANDBOX_STUDIO_MONITOR_BUILD_PATH);
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString DetachedSandbox::create(const Monitor::Request& asked, QString* error)
{
    Monitor::Request request = asked;
    if (request.spec.command.isEmpty()) // no command: it waits
        request.spec.command = {initprotocol::containerPath(), QStringLiteral("--pause")};
    if (!request.name.isEmpty() && !records::isValidName(request.name)) {
        *error = tr("--name: \"%1\" is not a valid name (letters, digits, '.', '_', '-'; at most 64)").arg(request.name);
        return {};
    }
    if (const QString invalid = request.spec.validate(); !invalid.isEmpty()) {
        *error = invalid;
        return {};
    }
    const QString monitor = locateMonitorBinary();
    if (monitor.isEmpty()) {
        *error = tr("sandbox-monitor was not found (looked next to this program, in ../libexec/sandbox-studio "
                    "and at $SANDBOX_STUDIO_MONITOR)");
        return {};
    }
    UniqueFd requestReader, requestWriter, readyReader, readyWriter;
    if (!makePipe(&requestReader, &requestWriter) || !makePipe(&readyReader, &readyWriter)) {
        *error = tr("cannot make a pipe to the monitor");
        return {};
    }
    const pid_t pid = spawnProcess(monitor, {}, {requestReader.get(), readyWriter.get(), -1}, error);
    requestReader.reset();
    readyWriter.reset();
    if (pid < 0)
        return {};
    // The monitor forks once and its first process exits at once: the
    // sandbox is nobody's child here.
    ChildWatcher watcher(pid);
    // The request may hold secrets' names, never values; it goes over a
    // pipe, not argv or a file.
    writeAll(requestWriter.get(), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    requestWriter.reset();
    const QByteArray answer = readUntilClosed(readyReader.get()).trimmed();
    watcher.waitForExit(5000);
    if (answer.startsWith("ok "))
        return QString::fromUtf8(answer.mid(3));
    *error = answer.startsWith("error ") ? QString::fromUtf8(answer.mid(6))
                                         : tr("the monitor ended before the sandbox ran");
    return {};
}

std::optional<DetachedSandbox> DetachedSandbox::open(const Paths& paths, const QString& idOrName, QString* error)
{
    QString problem;
    const QString id = records::resolve(paths, idOrName, &problem);
    std::optional<SandboxRecord> record = id.isEmpty() ? std::nullopt : records::read(paths, id);
    if (!record) {
        if (error)
            *error = problem.isEmpty() ? tr("no sandbox %1").arg(idOrName) : problem;
        return std::nullopt;
    }
    return DetachedSandbox(paths, *record);
}

QList<SandboxStatus> DetachedSandbox::list(const Paths& paths, const QMap<QString, QString>& labels)
{
    QList<SandboxStatus> result;
    for (const SandboxRecord& record : records::list(paths)) {
        if (!record.hasLabels(labels))
            continue;
        const DetachedSandbox box(paths, record);
        result.append(box.status());
    }
    return result;
}

QString DetachedSandbox::logPath() const
{
    return records::logPath(m_paths, m_record.id);
}

UniqueFd DetachedSandbox::connectControl(QString* error) const
{
    QString reason;
    UniqueFd socket = control::connect(records::socketPath(m_paths, m_record.id), &reason);
    if (!socket.isValid() && error)
        *error = tr("the sandbox %1 has ended (its monitor does not answer: %2)").arg(m_record.id, reason);
    return socket;
}

QJsonObject DetachedSandbox::request(const QJsonObject& message, std::vector<UniqueFd>* fds, QString* error) const
{
    const UniqueFd socket = connectControl(error);
    if (!socket.isValid())
        return {};
    if (!control::send(socket.get(), QJsonDocument(message).toJson(QJsonDocument::Compact))) {
        if (error)
            *error = tr("cannot reach the monitor of %1").arg(m_record.id);
        return {};
    }
    for (;;) {
        QByteArray data;
        const qsizetype n = control::receive(socket.get(), &data, fds);
        if (n <= 0) {
            if (error) // a monitor that closes unanswered refused us (another user)
                *error = tr("the monitor of %1 did not answer").arg(m_record.id);
            return {};
        }
        if (data.startsWith('D'))
            continue; // output of an attached session
        const QJsonObject answer = QJsonDocument::fromJson(data).object();
        if (answer.value(QStringLiteral("event")).toString() == QLatin1String("error")) {
            if (error)
                *error = answer.value(QStringLiteral("message")).toString();
            return {};
        }
        return answer;
    }
}

SandboxStatus DetachedSandbox::status(QString* error) const
{
    return SandboxStatus::fromJson(m_record, request({{QStringLiteral("op"), QStringLiteral("status")}}, nullptr, error));
}

bool DetachedSandbox::end(const QString& op, QString* error) const
{
    return !request({{QStringLiteral("op"), op}}, nullptr, error).isEmpty();
}

bool DetachedSandbox::stop(QString* error) const
{
    return end(QStringLiteral("stop"), error);
}

bool DetachedSandbox::kill(QString* error) const
{
    return end(QStringLiteral("kill"), error);
}

QString DetachedSandbox::snapshot(const QString& tag, QString* error) const
{
    const QJsonObject answer =
        request({{QStringLiteral("op"), QStringLiteral("snapshot")}, {QStringLiteral("tag"), tag}}, nullptr, error);
    return answer.value(QStringLiteral("image")).toString();
}

UniqueFd DetachedSandbox::openFile(const QString& path, bool write, int mode, QString* error) const
{
    std::vector<UniqueFd> fds;
    const QJsonObject answer = request({{QStringLiteral("op"), QStringLiteral("open")},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("write"), write},
                                        {QStringLiteral("mode"), mode}},
                                       &fds, error);
    if (answer.isEmpty() || fds.empty()) {
        if (error && error->isEmpty())
            *error = tr("the monitor sent no file");
        return {};
    }
    return std::move(fds.front());
}

ExecProcess* DetachedSandbox::exec(const QStringList& args, const ExecOptions& options, QObject* parent) const
{
    auto* process = new ExecProcess(parent);
    QString error;
    UniqueFd socket = connectControl(&error);
    if (!socket.isValid()) {
        process->failLater(error);
        return process;
    }
    process->begin(std::move(socket), args, options);
    return process;
}

} // namespace sandbox
