#include "sandbox/Sandbox.h"

#include "runtime/OciConfig.h"
#include "runtime/OciRuntime.h"
#include "sandbox/Container.h"
#include "sandbox/Engine.h"
#include "sandbox/InitProtocol.h"
#include "sandbox/InputStream.h"
#include "sandbox/OutputStream.h"
#include "sandbox/Rootless.h"
#include "sandbox/RunSetup.h"
#include "sandbox/SandboxCgroup.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaMethod>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>

namespace sandbox {

namespace {

constexpr int kKillGraceMs = 3000;
// After the first process ended, the streams close as soon as the kernel
// has killed the rest; this only bounds a pathological wait.
constexpr int kDrainGraceMs = 2000;

QMap<QString, QString> containerEnvironment(const SandboxSpec& spec)
{
    QMap<QString, QString> env{
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")},
        {QStringLiteral("HOME"), QStringLiteral("/root")},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("TERM"), QStringLiteral("xterm-256color")},
    };
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace

Sandbox::Sandbox(QString id, SandboxSpec spec, QString lowerDir, Engine* engine, QObject* parent)
    : QObject(parent),
      m_id(std::move(id)),
      m_spec(std::move(spec)),
      m_lowerDir(std::move(lowerDir)),
      m_engine(engine),
      m_stdin(new InputStream(this)),
      m_stdout(new OutputStream(this)),
      m_stderr(new OutputStream(this))
{
    m_timeout.setSingleShot(true);
    m_killGrace.setSingleShot(true);
    m_drainGrace.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_pendingReason = EndReason::TimedOut;
        kill();
    });
    connect(&m_killGrace, &QTimer::timeout, this, &Sandbox::kill);
    connect(&m_drainGrace, &QTimer::timeout, this, [this] {
        m_stdout->drainAndClose();
        m_stderr->drainAndClose();
    });
    connect(m_stdout, &OutputStream::ended, this, &Sandbox::maybeEnd);
    connect(m_stderr, &OutputStream::ended, this, &Sandbox::maybeEnd);
}

Sandbox::~Sandbox()
{
    if (m_container) {
        m_container->disconnect(this);
        if (m_state == State::Running)
            m_container->signal(SIGKILL);
        delete m_container; // full teardown
        m_container = nullptr;
    }
    releaseRunSetup();
}

void Sandbox::connectNotify(const QMetaMethod& signal)
{
    // Chunks are passed on only once someone listens: a stream nobody
    // watches goes from the pipe to its spill file without a copy.
    if (signal == QMetaMethod::fromSignal(&Sandbox::stdoutReceived))
        connect(m_stdout, &OutputStream::chunkReceived, this, &Sandbox::stdoutReceived, Qt::UniqueConnection);
    else if (signal == QMetaMethod::fromSignal(&Sandbox::stderrReceived))
        connect(m_stderr, &OutputStream::chunkReceived, this, &Sandbox::stderrReceived, Qt::UniqueConnection);
}

void Sandbox::disconnectNotify(const QMetaMethod& signal)
{
    // The last receiver gone: the stream goes back to the spill file
    // without a copy through this process.
    const QMetaMethod out = QMetaMethod::fromSignal(&Sandbox::stdoutReceived);
    const QMetaMethod err = QMetaMethod::fromSignal(&Sandbox::stderrReceived);
    if ((!signal.isValid() || signal == out) && !isSignalConnected(out))
        disconnect(m_stdout, &OutputStream::chunkReceived, this, &Sandbox::stdoutReceived);
    if ((!signal.isValid() || signal == err) && !isSignalConnected(err))
        disconnect(m_stderr, &OutputStream::chunkReceived, this, &Sandbox::stderrReceived);
}

QStringList Sandbox::warnings() const
{
    QStringList all = m_setup ? m_setup->warnings() : QStringList();
    if (!m_engine->limitsNote().isEmpty() && !all.contains(m_engine->limitsNote()))
        all << m_engine->limitsNote();
    if (!m_diskNote.isEmpty())
        all << m_diskNote;
    return all;
}

QString Sandbox::describe(EndReason reason)
{
    switch (reason) {
    case EndReason::None:
        return tr("running");
    case EndReason::Exited:
        return tr("exited");
    case EndReason::TimedOut:
        return tr("timed out");
    case EndReason::OutOfMemory:
        return tr("out of memory");
    case EndReason::Terminated:
        return tr("terminated");
    case EndReason::FailedToStart:
        return tr("failed to start");
    }
    return {};
}

qint64 Sandbox::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

ResourceUsage Sandbox::resourceUsage() const
{
    if (m_state != State::Running || !m_container || !m_engine->limitsNote().isEmpty())
        return {};
    // The scope above the container's own cgroup counts all of the sandbox.
    return readCgroupUsage(QLatin1Char('/') + m_engine->paths().cgroupParent() + QLatin1Char('/') + m_container->id());
}

void Sandbox::setTerminal(int columns, int rows)
{
    if (m_state != State::Created)
        return;
    m_terminal = true;
    m_columns = qBound(1, columns, 4096);
    m_rows = qBound(1, rows, 4096);
}

void Sandbox::setInheritedStdio(int in, int out, int err)
{
    if (m_state != State::Created)
        return;
    m_inherit = true;
    m_inherited[0] = in;
    m_inherited[1] = out;
    m_inherited[2] = err;
}

OciConfigInput Sandbox::configInput() const
{
    OciConfigInput input;
    const bool usesInit = m_engine->runtime().canPassDescriptors();
    if (usesInit) {
        // The command, its environment and directory reach sandbox-init
        // over a pipe at start; the container itself is the same for all.
        input.args = {initprotocol::containerPath()};
        input.env = {{QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin")}};
        input.initBinary = m_engine->initBinary();
        input.initContainerPath = initprotocol::containerPath();
    } else {
        input.args = m_spec.command;
        input.env = containerEnvironment(m_spec);
        input.cwd = m_spec.workdir;
    }
    input.cgroupLimits = rootless::limitsUnenforcedReason().isEmpty();
    if (m_spec.diskMiB > 0)
        input.tmpBytes = qint64(m_spec.diskMiB) << 20;
    else if (m_engine->sandboxDiskBytes() > 0)
        input.tmpBytes = m_engine->sandboxDiskBytes();
    input.terminal = m_terminal;
    input.terminalColumns = m_columns;
    input.terminalRows = m_rows;
    if (input.cgroupLimits)
        input.cgroupsPath = cgroup::containerPath(m_engine->paths().cgroupParent(), m_id);
    return input;
}

QMap<QString, QString> Sandbox::commandEnvironment() const
{
    // Devices' and secrets' variables first: the spec's own env wins.
    QMap<QString, QString> env = m_setup ? m_setup->environment() : QMap<QString, QString>();
    env.insert(containerEnvironment(m_spec));
    return env;
}

QString Sandbox::applyRunSetup(OciConfigInput* input)
{
    if (!m_setup)
        return {};
    if (const QString error = m_setup->prepare(m_container->dir(), input); !error.isEmpty())
        return error;
    if (!m_engine->runtime().canPassDescriptors()) {
        // Without sandbox-init the environment is in the config on disk:
        // no secret may go there.
        if (m_setup->hasSecrets())
            return tr("secrets: the %1 runtime would need them written to disk; use runc or crun")
                .arg(m_engine->runtimeInfo().name);
        input->env = commandEnvironment();
    }
    return {};
}

void Sandbox::releaseRunSetup()
{
    if (m_setup)
        m_setup->tearDown();
}

void Sandbox::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Running;
    m_clock.start();
    const Container::Stdio stdio = m_terminal ? Container::Stdio::Terminal
                                   : m_inherit ? Container::Stdio::Inherited
                                               : Container::Stdio::Pipes;
    QString error;
    OciConfigInput input = configInput();
    // A warm container fits only a sandbox that needs nothing made for it
    // (but a network of its own, which the warm container brings).
    const bool poolable = (!m_setup || !m_setup->needsPerRunSetup()) && !m_execChannel.isValid();
    const bool userModeNetwork = m_setup && m_setup->usesUserModeNetwork();
    m_container = m_engine->takeContainer(m_id, m_lowerDir, input, userModeNetwork, stdio, poolable, &error);
    if (!m_container) {
        fail(error);
        return;
    }
    m_container->setParent(this);
    m_id = m_container->id(); // a warm container has its own
    if (m_execChannel.isValid())
        m_container->setExecChannel(std::move(m_execChannel));
    connect(m_container, &Container::failed, this, &Sandbox::fail);
    connect(m_container, &Container::exited, this, &Sandbox::onExited);
    if (!m_container->isPrepared()) {
        if (userModeNetwork) {
            // Pasta attaches while other sandboxes start, not one after another
            // on this thread; the container waits for it and removes it.
            error = m_container->startNetwork();
            joinUserModeNetwork(&input, m_container->networkNamespacePath(), m_container->resolvConfPath());
            m_setup->leaveNetworkToContainer();
        }
        if (error.isEmpty())
            error = applyRunSetup(&input);
    }
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (m_engine->runtime().canPassDescriptors()) {
        const QByteArray command = initprotocol::encodeCommand(m_spec.command, commandEnvironment(), m_spec.workdir);
        if (!m_container->isPrepared()) {
            error = m_container->prepare(buildOciConfig(input), stdio, true, m_inherited[0], m_inherited[1],
                                         m_inherited[2]);
        }
        if (error.isEmpty())
            error = m_container->sendCommand(command);
    } else {
        error = m_container->prepare(buildOciConfig(input), stdio, false, m_inherited[0], m_inherited[1],
                                     m_inherited[2]);
    }
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_timeout.start(m_spec.timeoutSeconds * 1000);
    if (m_container->isLaunched()) {
        onLaunched(); // a warm container: its init was waiting for the command
    } else {
        connect(m_container, &Container::launched, this, &Sandbox::onLaunched);
        m_container->launch();
    }
}

void Sandbox::onLaunched()
{
    if (m_state != State::Running || m_ending)
        return;
    const QString spillDir = m_container->dir();
    if (m_terminal) {
        UniqueFd terminal = m_container->takeTerminal();
        UniqueFd writer(::fcntl(terminal.get(), F_DUPFD_CLOEXEC, 3));
        m_stdin->attach(std::move(writer), QByteArray(1, '\x04'));
        m_stdout->attach(std::move(terminal), spillDir);
        m_stderr->drainAndClose();
    } else if (m_inherit) {
        m_stdin->close();
        m_stdout->drainAndClose();
        m_stderr->drainAndClose();
    } else {
        m_stdin->attach(m_container->takeStdinWriter());
        m_stdout->attach(m_container->takeStdoutReader(), spillDir);
        m_stderr->attach(m_container->takeStderrReader(), spillDir);
    }
    if (m_killWhenLaunched)
        kill();
    Q_EMIT started();
}

void Sandbox::writeStdin(const QByteArray& data)
{
    m_stdin->write(data);
}

void Sandbox::closeStdin()
{
    m_stdin->writeEof();
}

bool Sandbox::resize(int columns, int rows)
{
    // The terminal's descriptor belongs to stdout's stream, which closes it
    // at the end.
    if (!m_terminal || m_state != State::Running || m_ending || !m_container || m_container->terminalFd() < 0
        || m_stdout->atEnd()) {
        return false;
    }
    winsize size{};
    size.ws_col = static_cast<unsigned short>(qBound(1, columns, 4096));
    size.ws_row = static_cast<unsigned short>(qBound(1, rows, 4096));
    m_columns = size.ws_col;
    m_rows = size.ws_row;
    return ::ioctl(m_container->terminalFd(), TIOCSWINSZ, &size) == 0;
}

void Sandbox::terminate()
{
    if (m_state != State::Running || m_ending)
        return;
    if (m_pendingReason == EndReason::None)
        m_pendingReason = EndReason::Terminated;
    if (!m_container || !m_container->signal(SIGTERM))
        m_killWhenLaunched = true;
    m_killGrace.start(kKillGraceMs);
}

void Sandbox::kill()
{
    if (m_state != State::Running || m_ending)
        return;
    if (m_pendingReason == EndReason::None)
        m_pendingReason = EndReason::Terminated;
    if (!m_container || !m_container->signal(SIGKILL)) {
        m_killWhenLaunched = true;
        if (m_container)
            m_container->abortLaunch();
    }
}

void Sandbox::onExited()
{
    if (m_state != State::Running || m_ending)
        return;
    if (!m_container->isLaunched()) {
        return; // a failed create: failed() follows
    }
    m_stdin->close();
    // The kernel kills the rest of the sandbox with its first process; the
    // output pipes close right after.
    m_drainGrace.start(kDrainGraceMs);
    maybeEnd();
}

void Sandbox::maybeEnd()
{
    if (m_state != State::Running || m_ending || !m_container || !m_container->hasExited() || !m_stdout->atEnd()
        || !m_stderr->atEnd()) {
        return;
    }
    int code = -SIGKILL;
    if (m_container->usesInit()) {
        const initprotocol::Report& report = m_container->report();
        switch (report.kind) {
        case initprotocol::Report::Kind::Exited:
            code = report.value;
            break;
        case initprotocol::Report::Kind::Signaled:
            code = -report.value;
            break;
        case initprotocol::Report::Kind::ExecError:
            m_error = tr("cannot run %1: %2")
                          .arg(m_spec.command.value(0), QString::fromLocal8Bit(std::strerror(report.value)));
            end(-1, EndReason::FailedToStart);
            return;
        case initprotocol::Report::Kind::None:
            break; // the init itself was killed
        }
    } else {
        // Without an init the runtime's code is all there is: 128+N for
        // signal N, as the runtime reports it.
        const int status = m_container->foregroundWaitStatus();
        code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        if (code > 128 && code < 128 + 65)
            code = -(code - 128);
    }
    EndReason reason = m_pendingReason != EndReason::None ? m_pendingReason : EndReason::Exited;
    if (const qint64 bytes = m_container->writableLayerBytesIfFull(); bytes > 0) {
        m_diskNote = tr("the sandbox's file system was full (%1 MiB): writes failed with \"No space left on "
                        "device\"; --disk sets the size")
                         .arg(bytes >> 20);
    }
    // Read before teardown removes the cgroup scope that counts OOM kills.
    if (reason == EndReason::Exited && m_spec.memoryMiB > 0 && m_engine->limitsNote().isEmpty()
        && cgroup::endedOutOfMemory(m_engine->paths().cgroupParent(), m_container->id(), code == -SIGKILL ? 128 + SIGKILL : code))
        reason = EndReason::OutOfMemory;
    end(code, reason);
}

void Sandbox::fail(const QString& error)
{
    if (m_state == State::Finished || m_ending)
        return;
    m_error = error;
    // A launch aborted by the timeout (a hung runtime) timed out.
    end(-1, m_pendingReason == EndReason::TimedOut ? EndReason::TimedOut : EndReason::FailedToStart);
}

void Sandbox::end(int returnCode, EndReason reason)
{
    if (m_ending)
        return;
    m_ending = true;
    m_timeout.stop();
    m_killGrace.stop();
    m_drainGrace.stop();
    m_elapsedAtEnd = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_returnCode = returnCode;
    m_endReason = reason;
    m_stdin->close();
    if (!m_stdout->atEnd())
        m_stdout->drainAndClose();
    if (!m_stderr->atEnd())
        m_stderr->drainAndClose();
    auto announce = [this] {
        m_state = State::Finished;
        Q_EMIT finished(m_returnCode, m_endReason);
    };
    if (!m_container) {
        announce();
        return;
    }
    m_container->disconnect(this);
    const bool keep = m_keep && reason != EndReason::FailedToStart;
    connect(m_container, &Container::tornDown, this, [this, keep, announce] {
        releaseRunSetup();
        if (!keep) {
            m_container->deleteLater();
            m_container = nullptr;
        }
        announce();
    });
    m_container->tearDownAsync(keep);
}

QString Sandbox::rootfsDir() const
{
    return filesAvailable() ? m_container->rootfsDir() : QString();
}

bool Sandbox::filesAvailable() const
{
    return m_container && m_container->isPrepared() && !m_container->dir().isEmpty();
}

QString Sandbox::upperDir() const
{
    return filesAvailable() ? m_container->upperDir() : QString();
}

QString Sandbox::lowerDirs() const
{
    return filesAvailable() ? m_container->lowerDir() : QString();
}

QList<FileEntry> Sandbox::listFiles(const QString& path, QString* error) const
{
    if (!filesAvailable()) {
        if (error)
            *error = tr("the sandbox's files are not available (not started, or discarded)");
        return {};
    }
    return files::list(m_container->rootfsDir(), path, error);
}

QByteArray Sandbox::readFile(const QString& path, qint64 maxBytes, QString* error) const
{
    if (!filesAvailable()) {
        if (error)
            *error = tr("the sandbox's files are not available (not started, or discarded)");
        return {};
    }
    return files::read(m_container->rootfsDir(), path, maxBytes, error);
}

UniqueFd Sandbox::openFile(const QString& path, QString* error) const
{
    if (!filesAvailable()) {
        if (error)
            *error = tr("the sandbox's files are not available (not started, or discarded)");
        return {};
    }
    return UniqueFd(files::openRegularFile(m_container->rootfsDir(), path, error));
}

QList<FileChange> Sandbox::changes(QString* error) const
{
    if (!filesAvailable()) {
        if (error)
            *error = tr("the sandbox's files are not available (not started, or discarded)");
        return {};
    }
    return files::changes(m_container->upperDir(), m_container->lowerDir(), error);
}

QByteArray Sandbox::readOriginalFile(const QString& path, qint64 maxBytes, QString* error) const
{
    if (!filesAvailable()) {
        if (error)
            *error = tr("the sandbox's files are not available (not started, or discarded)");
        return {};
    }
    return files::readOriginal(m_container->lowerDir(), path, maxBytes, error);
}

void Sandbox::discard()
{
    if (m_state == State::Running) {
        m_keep = false;
        return; // torn down at the end anyway
    }
    delete m_container;
    m_container = nullptr;
}

bool Sandbox::waitForFinished(int msecs)
{
    if (m_state != State::Finished) {
        QEventLoop loop;
        connect(this, &Sandbox::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        if (msecs >= 0) {
            guard.setSingleShot(true);
            connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
            guard.start(msecs);
        }
        if (m_state != State::Finished)
            loop.exec();
    }
    return m_state == State::Finished;
}

} // namespace sandbox
