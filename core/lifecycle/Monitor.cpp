#include "lifecycle/Monitor.h"

#include "lifecycle/ConfinedWrite.h"
#include "lifecycle/ControlSocket.h"
#include "lifecycle/ExecChannel.h"
#include "lifecycle/SnapshotLayer.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sandbox {

namespace {

QJsonObject makeEvent(const QString& name, const QJsonObject& fields = {})
{
    QJsonObject message = fields;
    message.insert(QStringLiteral("event"), name);
    return message;
}

QJsonObject failure(const QString& message)
{
    return makeEvent(QStringLiteral("error"), {{QStringLiteral("message"), message}});
}

} // namespace

struct Monitor::Connection
{
    UniqueFd socket;
    QSocketNotifier* notifier = nullptr;
    QString execId;       // the process this connection runs
    QTimer* execTimeout = nullptr;
    bool execTimedOut = false;
    bool attached = false; // gets the main command's output
    bool awaitsEnd = false;
};

QJsonObject Monitor::Request::toJson() const
{
    QJsonObject labelsJson;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelsJson.insert(it.key(), it.value());
    return {{QStringLiteral("spec"), spec.toJson()},       {QStringLiteral("name"), name},
            {QStringLiteral("labels"), labelsJson},         {QStringLiteral("idle_timeout"), idleTimeoutSeconds},
            {QStringLiteral("keep"), keep},                 {QStringLiteral("creator"), creator},
            {QStringLiteral("runtime"), runtime},           {QStringLiteral("data_dir"), dataDir}};
}

Monitor::Request Monitor::Request::fromJson(const QJsonObject& json, QString* error)
{
    Request request;
    request.spec = SandboxSpec::fromJson(json.value(QStringLiteral("spec")).toObject(), error);
    request.name = json.value(QStringLiteral("name")).toString();
    const QJsonObject labels = json.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        request.labels.insert(it.key(), it.value().toString());
    request.idleTimeoutSeconds = json.value(QStringLiteral("idle_timeout")).toInt();
    request.keep = json.value(QStringLiteral("keep")).toBool();
    request.creator = json.value(QStringLiteral("creator")).toString();
    request.runtime = json.value(QStringLiteral("runtime")).toString();
    request.dataDir = json.value(QStringLiteral("data_dir")).toString();
    return request;
}

Monitor::Monitor(Request request, QObject* parent) : QObject(parent), m_request(std::move(request))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_execConnections.isEmpty() || !m_box)
            return;
        m_idleTimedOut = true;
        m_box->terminate();
    });
}

Monitor::~Monitor()
{
    for (Connection* connection : std::as_const(m_connections))
        delete connection;
}

void Monitor::announce(const QByteArray& line)
{
    if (!m_ready.isValid())
        return;
    const QByteArray text = line + '\n';
    [[maybe_unused]] const ssize_t ignored = ::write(m_ready.get(), text.constData(), static_cast<size_t>(text.size()));
    m_ready.reset();
}

void Monitor::start(UniqueFd readyFd)
{
    m_ready = std::move(readyFd);
    if (const QString error = setUp(); !error.isEmpty()) {
        announce("error " + error.toUtf8());
        m_finished = true;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT done(125); }, Qt::QueuedConnection);
    }
}

void Monitor::stop()
{
    if (!m_finished && m_box && m_box->state() == Sandbox::State::Running) {
        m_box->terminate();
        return;
    }
    m_discarded = true;
    if (m_finished)
        finishIfDone();
}

QString Monitor::setUp()
{
    Engine::Options options;
    options.warmContainers = 0;
    if (!m_request.runtime.isEmpty())
        options.runtime = m_request.runtime;
    if (!m_request.dataDir.isEmpty())
        options.paths.dataDir = m_request.dataDir;
    m_engine = std::make_unique<Engine>(options);
    if (!m_engine->errorString().isEmpty())
        return m_engine->errorString();
    if (m_engine->initBinary().isEmpty())
        return tr("long-lived sandboxes need a runtime that runs sandbox-init (runc or crun), not %1")
            .arg(m_engine->runtimeInfo().name);
    const Paths& paths = m_engine->paths();
    QString error;
    FileLock names;
    if (!records::lockNames(paths, &names, &error))
        return error;
    if (!m_request.name.isEmpty()) {
        for (const SandboxRecord& other : records::list(paths)) {
            if (other.name == m_request.name && control::connect(records::socketPath(paths, other.id), nullptr).isValid())
                return tr("the name %1 is taken by the sandbox %2").arg(m_request.name, other.id);
        }
    }
    m_box.reset(m_engine->createSandbox(m_request.spec, &error));
    if (!m_box)
        return error;
    m_execs = new ExecChannel(this);
    UniqueFd logWriter;
    UniqueFd nullInput(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (!m_execs->open(&error))
        return error;
    if (!makePipe(&m_logReader, &logWriter))
        return tr("cannot make the log pipe");
    m_execs->setHandlers([this](const QString& id, qint64 pid, UniqueFd terminal) { onExecStarted(id, pid, std::move(terminal)); },
                         [this](const QString& id, const QString& kind, int value) { onExecEnded(id, kind, value); });
    m_box->setExecChannel(m_execs->takeSandboxEnd());
    m_box->setInheritedStdio(nullInput.get(), logWriter.get(), logWriter.get());
    m_box->setKeepAfterExit(m_request.keep);
    connect(m_box.get(), &Sandbox::started, this, &Monitor::onStarted);
    connect(m_box.get(), &Sandbox::finished, this, &Monitor::onFinished, Qt::QueuedConnection);
    m_box->start();
    if (m_box->state() == Sandbox::State::Finished || m_box->rootfsDir().isEmpty())
        return m_box->errorString().isEmpty() ? tr("the sandbox did not start") : m_box->errorString();
    const QString id = m_box->id();
    m_log.reset(::open(QFile::encodeName(records::logPath(paths, id)).constData(),
                       O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    m_logNotifier = new QSocketNotifier(m_logReader.get(), QSocketNotifier::Read, this);
    connect(m_logNotifier, &QSocketNotifier::activated, this, &Monitor::onLogReadable);
    m_listener = control::listen(records::socketPath(paths, id), &error);
    if (!m_listener.isValid())
        return error;
    m_listenerNotifier = new QSocketNotifier(m_listener.get(), QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this, &Monitor::onAccept);
    m_record.id = id;
    m_record.name = m_request.name;
    m_record.image = m_request.spec.image.displayName();
    m_record.creator = m_request.creator;
    m_record.labels = m_request.labels;
    m_record.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_record.monitorPid = ::getpid();
    m_record.timeoutSeconds = m_request.spec.timeoutSeconds;
    m_record.idleTimeoutSeconds = m_request.idleTimeoutSeconds;
    m_record.keep = m_request.keep;
    m_record.rootfsDir = m_box->rootfsDir();
    m_record.upperDir = m_box->upperDir();
    m_record.lowerDirs = m_box->lowerDirs();
    if (!records::write(paths, m_record, &error))
        return error;
    return {};
}

void Monitor::onStarted()
{
    announce("ok " + m_box->id().toUtf8());
    touchIdle();
}

void Monitor::touchIdle()
{
    if (m_request.idleTimeoutSeconds > 0 && m_execConnections.isEmpty() && !m_finished)
        m_idle.start(m_request.idleTimeoutSeconds * 1000);
    else
        m_idle.stop();
}

void Monitor::onFinished()
{
    m_finished = true;
    m_idle.stop();
    if (m_box->endReason() == Sandbox::EndReason::FailedToStart)
        announce("error " + m_box->errorString().toUtf8());
    onLogReadable();
    const QJsonObject ended = makeEvent(QStringLiteral("ended"), status());
    const QList<Connection*> connections = m_connections;
    for (Connection* connection : connections) {
        if (!connection->execId.isEmpty()) {
            reply(connection, failure(tr("the sandbox ended")));
            closeConnection(connection);
        } else if (connection->attached || connection->awaitsEnd) {
            reply(connection, ended);
            closeConnection(connection);
        }
    }
    m_execConnections.clear();
    finishIfDone();
}

void Monitor::finishIfDone()
{
    const bool kept = m_request.keep && !m_discarded && m_box->filesAvailable();
    if (!m_finished || kept)
        return;
    m_box.reset(); // removes whatever is left
    QMetaObject::invokeMethod(this, [this] { Q_EMIT done(0); }, Qt::QueuedConnection);
}

void Monitor::onLogReadable()
{
    if (!m_logReader.isValid())
        return;
    char buffer[65536];
    for (int round = 0; round < 16; ++round) {
        const ssize_t n = ::read(m_logReader.get(), buffer, sizeof buffer);
        if (n > 0) {
            writeLog(QByteArray(buffer, n));
            if (n < static_cast<ssize_t>(sizeof buffer))
                return;
            continue;
        }
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        m_logNotifier->setEnabled(false);
        m_logReader.reset();
        return;
    }
}

void Monitor::writeLog(const QByteArray& data)
{
    const Paths& paths = m_engine->paths();
    if (m_logSize + data.size() > kLogBytes / 2 && m_log.isValid()) {
        const QString path = records::logPath(paths, m_record.id);
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
        m_log.reset(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
        m_logSize = 0;
    }
    if (m_log.isValid() && ::write(m_log.get(), data.constData(), static_cast<size_t>(data.size())) > 0)
        m_logSize += data.size();
    const QByteArray message = 'D' + data.left(control::kMaxMessage - 1);
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->attached) // a reader too slow for the output misses some
            ::send(connection->socket.get(), message.constData(), static_cast<size_t>(message.size()),
                   MSG_DONTWAIT | MSG_NOSIGNAL);
    }
}

void Monitor::onAccept()
{
    for (;;) {
        UniqueFd socket(::accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        if (!socket.isValid())
            return;
        if (!control::peerIsSameUser(socket.get()))
            continue; // another user: closed unanswered
        auto* connection = new Connection;
        connection->socket = std::move(socket);
        connection->notifier = new QSocketNotifier(connection->socket.get(), QSocketNotifier::Read, this);
        connect(connection->notifier, &QSocketNotifier::activated, this, [this, connection] { onRequest(connection); });
        m_connections.append(connection);
    }
}

void Monitor::onRequest(Connection* connection)
{
    QByteArray data;
    std::vector<UniqueFd> fds;
    const qsizetype n = control::receive(connection->socket.get(), &data, &fds, false);
    if (n < 0 && errno == EAGAIN)
        return;
    if (n <= 0) {
        closeConnection(connection);
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(data).object();
    handle(connection, request, std::move(fds));
}

void Monitor::handle(Connection* connection, const QJsonObject& request, std::vector<UniqueFd> fds)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    const bool running = !m_finished && m_box && m_box->state() == Sandbox::State::Running;
    if (op == QLatin1String("status")) {
        reply(connection, makeEvent(QStringLiteral("status"), status()));
    } else if (op == QLatin1String("exec")) {
        startExec(connection, request, std::move(fds));
    } else if (op == QLatin1String("signal") && !connection->execId.isEmpty()) {
        m_execs->signal(connection->execId, request.value(QStringLiteral("signal")).toInt());
    } else if (op == QLatin1String("attach")) {
        connection->attached = true;
        reply(connection, makeEvent(QStringLiteral("attached"), status()));
        if (!running) {
            reply(connection, makeEvent(QStringLiteral("ended"), status()));
            closeConnection(connection);
        }
    } else if (op == QLatin1String("stop") || op == QLatin1String("kill")) {
        if (running) {
            connection->awaitsEnd = true;
            op == QLatin1String("stop") ? m_box->terminate() : m_box->kill();
        } else {
            reply(connection, makeEvent(QStringLiteral("ended"), status()));
            m_discarded = true;
            finishIfDone();
        }
    } else if (op == QLatin1String("open")) {
        openFile(connection, request);
    } else if (op == QLatin1String("snapshot")) {
        snapshot(connection, request);
    } else {
        reply(connection, failure(tr("unknown request %1").arg(op)));
    }
}

void Monitor::startExec(Connection* connection, const QJsonObject& request, std::vector<UniqueFd> fds)
{
    if (m_finished || !m_box || m_box->state() != Sandbox::State::Running) {
        reply(connection, failure(tr("the sandbox %1 has ended").arg(m_record.id)));
        return;
    }
    if (!connection->execId.isEmpty()) {
        reply(connection, failure(tr("one exec per connection")));
        return;
    }
    ExecChannel::Request exec;
    exec.id = QStringLiteral("e%1").arg(++m_nextExec);
    for (const QJsonValue& arg : request.value(QStringLiteral("args")).toArray())
        exec.args << arg.toString();
    exec.env = m_box->execEnvironment();
    const QJsonObject env = request.value(QStringLiteral("env")).toObject();
    for (auto it = env.constBegin(); it != env.constEnd(); ++it)
        exec.env.insert(it.key(), it.value().toString());
    exec.workdir = request.value(QStringLiteral("workdir")).toString(m_box->spec().workdir);
    exec.terminal = request.value(QStringLiteral("tty")).toBool();
    exec.columns = request.value(QStringLiteral("columns")).toInt(80);
    exec.rows = request.value(QStringLiteral("rows")).toInt(24);
    std::vector<int> stdio;
    for (const UniqueFd& fd : fds)
        stdio.push_back(fd.get());
    if (exec.args.isEmpty() || exec.workdir.isEmpty() || !exec.workdir.startsWith(QLatin1Char('/'))
        || (!exec.terminal && stdio.size() != 3)) {
        reply(connection, failure(tr("malformed exec request (a command, an absolute workdir and three descriptors "
                                     "or a terminal are needed)")));
        return;
    }
    if (!m_execs->exec(exec, stdio)) {
        reply(connection, failure(tr("cannot pass the command to the sandbox (too large?)")));
        return;
    }
    connection->execId = exec.id;
    m_execConnections.insert(exec.id, connection);
    m_idle.stop();
    const int timeout = request.value(QStringLiteral("timeout")).toInt();
    if (timeout > 0) {
        connection->execTimeout = new QTimer(this);
        connection->execTimeout->setSingleShot(true);
        connect(connection->execTimeout, &QTimer::timeout, this, [this, connection] {
            connection->execTimedOut = true;
            m_execs->signal(connection->execId, SIGKILL);
        });
        connection->execTimeout->start(timeout * 1000);
    }
}

void Monitor::onExecStarted(const QString& id, qint64 pid, UniqueFd terminal)
{
    Connection* connection = m_execConnections.value(id);
    if (!connection) {
        m_execs->signal(id, SIGKILL); // its client left already
        return;
    }
    std::vector<int> fds;
    if (terminal.isValid())
        fds.push_back(terminal.get());
    reply(connection, makeEvent(QStringLiteral("started"), {{QStringLiteral("pid"), pid}}), fds);
}

void Monitor::onExecEnded(const QString& id, const QString& kind, int value)
{
    Connection* connection = m_execConnections.take(id);
    if (connection) {
        connection->execId.clear();
        if (connection->execTimeout)
            connection->execTimeout->stop();
        QJsonObject end{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}};
        if (connection->execTimedOut)
            end.insert(QStringLiteral("timed_out"), true);
        reply(connection, makeEvent(QStringLiteral("exit"), end));
    }
    touchIdle();
}

void Monitor::openFile(Connection* connection, const QJsonObject& request)
{
    const QString root = m_box ? m_box->rootfsDir() : QString();
    const QString path = request.value(QStringLiteral("path")).toString();
    if (root.isEmpty()) {
        reply(connection, failure(tr("the sandbox's files are not available")));
        return;
    }
    QString error;
    UniqueFd file;
    if (request.value(QStringLiteral("write")).toBool()) {
        const int mode = request.value(QStringLiteral("mode")).toInt(0644);
        file.reset(files::createForWriting(root, path, static_cast<mode_t>(mode), &error));
    } else {
        file.reset(files::openRegularFile(root, path, &error));
    }
    if (!file.isValid()) {
        reply(connection, failure(error));
        return;
    }
    reply(connection, makeEvent(QStringLiteral("opened")), {file.get()});
}

void Monitor::snapshot(Connection* connection, const QJsonObject& request)
{
    if (!m_box || !m_box->filesAvailable()) {
        reply(connection, failure(tr("the sandbox's files are not available")));
        return;
    }
    const bool running = !m_finished && m_box->state() == Sandbox::State::Running;
    QString error;
    const QString image = snapshotToImage(*m_engine, m_box->id(), running, m_box->upperDir(), m_box->lowerDirs(),
                                          request.value(QStringLiteral("tag")).toString(), &error);
    if (image.isEmpty())
        reply(connection, failure(error));
    else
        reply(connection, makeEvent(QStringLiteral("snapshot"), {{QStringLiteral("image"), image}}));
}

void Monitor::closeConnection(Connection* connection)
{
    if (!m_connections.removeOne(connection))
        return;
    if (!connection->execId.isEmpty()) {
        m_execs->signal(connection->execId, SIGKILL); // its client is gone
        m_execConnections.remove(connection->execId);
        touchIdle();
    }
    connection->notifier->setEnabled(false);
    connection->notifier->deleteLater();
    if (connection->execTimeout)
        connection->execTimeout->deleteLater();
    delete connection;
}

void Monitor::reply(Connection* connection, const QJsonObject& message, const std::vector<int>& fds)
{
    control::send(connection->socket.get(), QJsonDocument(message).toJson(QJsonDocument::Compact), fds);
}

QJsonObject Monitor::status() const
{
    QJsonObject result{{QStringLiteral("id"), m_record.id}, {QStringLiteral("execs"), m_execConnections.size()}};
    if (!m_box)
        return result;
    const bool running = !m_finished && m_box->state() == Sandbox::State::Running;
    QString state = running ? QStringLiteral("running") : Sandbox::describe(m_box->endReason());
    if (m_idleTimedOut && !running)
        state = QStringLiteral("idle timed out");
    result.insert(QStringLiteral("state"), state);
    result.insert(QStringLiteral("running"), running);
    result.insert(QStringLiteral("elapsed_ms"), m_box->elapsedMs());
    if (!running) {
        result.insert(QStringLiteral("return_code"), m_box->returnCode());
        result.insert(QStringLiteral("error"), m_box->errorString());
    }
    const ResourceUsage usage = m_box->resourceUsage();
    result.insert(QStringLiteral("cpu_ns"), usage.cpuNanoseconds);
    result.insert(QStringLiteral("memory_bytes"), usage.memoryBytes);
    return result;
}

} // namespace sandbox
