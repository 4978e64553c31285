#include "lifecycle/ExecProcess.h"

#include "lifecycle/ControlSocket.h"
#include "sandbox/InputStream.h"
#include "sandbox/OutputStream.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kDrainGraceMs = 2000;

// Runs the event loop until `done` holds, the process finishes or `msecs` pass.
template <typename Done>
bool waitUntil(const ExecProcess* process, Done done, int msecs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(process, &ExecProcess::started, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(process, &ExecProcess::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    if (msecs >= 0) {
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(msecs);
    }
    loop.exec();
    return done();
}

} // namespace

ExecProcess::ExecProcess(QObject* parent)
    : QObject(parent), m_stdin(new InputStream(this)), m_stdout(new OutputStream(this)), m_stderr(new OutputStream(this))
{
    m_drainGrace.setSingleShot(true);
    connect(&m_drainGrace, &QTimer::timeout, this, [this] {
        m_stdout->drainAndClose();
        m_stderr->drainAndClose();
    });
    connect(m_stdout, &OutputStream::chunkReceived, this, &ExecProcess::stdoutReceived);
    connect(m_stderr, &OutputStream::chunkReceived, this, &ExecProcess::stderrReceived);
    connect(m_stdout, &OutputStream::ended, this, &ExecProcess::maybeFinish);
    connect(m_stderr, &OutputStream::ended, this, &ExecProcess::maybeFinish);
}

ExecProcess::~ExecProcess() = default;

void ExecProcess::failLater(const QString& error)
{
    QMetaObject::invokeMethod(this, [this, error] { finish(-1, error); }, Qt::QueuedConnection);
}

void ExecProcess::begin(UniqueFd socket, const QStringList& args, const ExecOptions& options)
{
    m_socket = std::move(socket);
    m_terminalMode = options.terminal;
    QJsonObject envJson;
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        envJson.insert(it.key(), it.value());
    QJsonObject request{{QStringLiteral("op"), QStringLiteral("exec")},
                        {QStringLiteral("args"), QJsonArray::fromStringList(args)},
                        {QStringLiteral("env"), envJson},
                        {QStringLiteral("tty"), options.terminal},
                        {QStringLiteral("columns"), options.columns},
                        {QStringLiteral("rows"), options.rows},
                        {QStringLiteral("timeout"), options.timeoutSeconds}};
    if (!options.workdir.isEmpty())
        request.insert(QStringLiteral("workdir"), options.workdir);
    // Theirs: what the process gets; ours: what this object reads and writes.
    UniqueFd theirs[3];
    UniqueFd ours[3];
    m_inherited = options.inherited[0] >= 0 || options.inherited[1] >= 0 || options.inherited[2] >= 0;
    bool ok = true;
    if (!options.terminal) {
        for (int i = 0; i < 3; ++i) {
            if (m_inherited) {
                theirs[i].reset(options.inherited[i] >= 0 ? ::fcntl(options.inherited[i], F_DUPFD_CLOEXEC, 3)
                                                         : ::open("/dev/null", i == 0 ? O_RDONLY : O_WRONLY | O_CLOEXEC));
            } else {
                ok = ok && (i == 0 ? makePipe(&theirs[0], &ours[0]) : makePipe(&ours[i], &theirs[i]));
            }
            ok = ok && theirs[i].isValid();
        }
    }
    std::vector<int> fds;
    for (const UniqueFd& fd : theirs) {
        if (fd.isValid())
            fds.push_back(fd.get());
    }
    if (!ok || !control::send(m_socket.get(), QJsonDocument(request).toJson(QJsonDocument::Compact), fds)) {
        failLater(tr("cannot pass the command to the sandbox's monitor"));
        return;
    }
    if (!options.terminal && !m_inherited) {
        const QString spillDir = QDir::tempPath();
        m_stdin->attach(std::move(ours[0]));
        m_stdout->attach(std::move(ours[1]), spillDir);
        m_stderr->attach(std::move(ours[2]), spillDir);
    }
    m_notifier = new QSocketNotifier(m_socket.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ExecProcess::onMessage);
}

void ExecProcess::onMessage()
{
    QByteArray data;
    std::vector<UniqueFd> fds;
    const qsizetype n = control::receive(m_socket.get(), &data, &fds, false);
    if (n < 0 && errno == EAGAIN)
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        if (!m_exited)
            finish(-1, tr("the sandbox ended"));
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(data).object();
    const QString event = message.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("started")) {
        onStartedEvent(std::move(fds), message.value(QStringLiteral("pid")).toInteger());
    } else if (event == QLatin1String("exit")) {
        const QString kind = message.value(QStringLiteral("kind")).toString();
        const int value = message.value(QStringLiteral("value")).toInt();
        m_timedOut = message.value(QStringLiteral("timed_out")).toBool();
        if (kind == QLatin1String("exec-error")) {
            finish(-1, tr("cannot run the command: %1").arg(QString::fromLocal8Bit(std::strerror(value))));
            return;
        }
        m_exited = true;
        m_exitCode = kind == QLatin1String("signal") ? -value : value;
        m_stdin->close();
        m_drainGrace.start(kDrainGraceMs);
        maybeFinish();
    } else if (event == QLatin1String("error")) {
        finish(-1, message.value(QStringLiteral("message")).toString());
    }
}

void ExecProcess::onStartedEvent(std::vector<UniqueFd> fds, qint64 pid)
{
    m_pid = pid;
    m_started = true;
    if (m_terminalMode && !fds.empty()) {
        UniqueFd master = std::move(fds.front());
        m_terminal.reset(::fcntl(master.get(), F_DUPFD_CLOEXEC, 3));
        m_stdin->attach(UniqueFd(::fcntl(master.get(), F_DUPFD_CLOEXEC, 3)), QByteArray(1, '\x04'));
        m_stdout->attach(std::move(master), QDir::tempPath());
        m_stderr->drainAndClose();
    } else if (m_inherited) {
        m_stdin->close();
        m_stdout->drainAndClose();
        m_stderr->drainAndClose();
    }
    Q_EMIT started();
}

void ExecProcess::maybeFinish()
{
    if (m_exited && !m_finished && m_stdout->atEnd() && m_stderr->atEnd())
        finish(m_exitCode, {});
}

void ExecProcess::finish(int returnCode, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_drainGrace.stop();
    m_returnCode = returnCode;
    m_error = error;
    m_stdin->close();
    if (!m_stdout->atEnd())
        m_stdout->drainAndClose();
    if (!m_stderr->atEnd())
        m_stderr->drainAndClose();
    m_terminal.reset();
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_socket.reset();
    Q_EMIT finished(m_returnCode);
}

void ExecProcess::writeStdin(const QByteArray& data)
{
    m_stdin->write(data);
}

void ExecProcess::closeStdin()
{
    m_stdin->writeEof();
}

bool ExecProcess::resize(int columns, int rows)
{
    if (!m_terminal.isValid())
        return false;
    winsize size{};
    size.ws_col = static_cast<unsigned short>(qBound(1, columns, 4096));
    size.ws_row = static_cast<unsigned short>(qBound(1, rows, 4096));
    return ::ioctl(m_terminal.get(), TIOCSWINSZ, &size) == 0;
}

void ExecProcess::sendSignal(int signal)
{
    if (m_socket.isValid() && !m_finished) {
        control::send(m_socket.get(), QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("signal")},
                                                                {QStringLiteral("signal"), signal}})
                                          .toJson(QJsonDocument::Compact));
    }
}

void ExecProcess::terminate()
{
    sendSignal(SIGTERM);
}

void ExecProcess::kill()
{
    sendSignal(SIGKILL);
}

bool ExecProcess::waitForStarted(int msecs)
{
    return waitUntil(this, [this] { return m_started || m_finished; }, msecs) && m_started;
}

bool ExecProcess::waitForFinished(int msecs)
{
    return waitUntil(this, [this] { return m_finished; }, msecs);
}

} // namespace sandbox
