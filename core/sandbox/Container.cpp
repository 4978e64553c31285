#include "sandbox/Container.h"

#include "sandbox/SandboxCgroup.h"
#include "sandbox/StoppedContainer.h"

#include "net/PastaNetwork.h"
#include "runtime/OciRuntime.h"
#include "sandbox/Rootless.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox {

namespace {

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes all of `data` to a new file, or says why not; the runtime runs
// only after prepare() succeeded, so a short write never reaches it. No
// fsync (which QSaveFile does): the directory is removed after a crash
// anyway, and a sync per start queued crowds of sandboxes behind the disk.
QString writeWholeFile(const QString& path, const QByteArray& data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return lastError();
    QString error;
    for (qsizetype done = 0; done < data.size() && error.isEmpty();) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n > 0)
            done += n;
        else if (n == 0 || errno != EINTR)
            error = n == 0 ? QStringLiteral("short write") : lastError();
    }
    if (::close(fd) != 0 && error.isEmpty())
        error = lastError();
    return error;
}

// How long an asynchronous teardown waits for the container's init and
// for pasta to be gone before the blocking teardown forces them.
constexpr int kInitExitWaitMs = 5000;
constexpr int kPastaExitWaitMs = 1000;

// Bigger pipes for the output: fewer wake-ups under a flood.
constexpr int kOutputPipeSize = 1024 * 1024;

} // namespace

Container::Container(QString id, QString dir, QString lowerDir, QString cgroupParent, FileLock ownerLock,
                     const OciRuntime* runtime, QObject* parent)
    : QObject(parent),
      m_id(std::move(id)),
      m_dir(std::move(dir)),
      m_lowerDir(std::move(lowerDir)),
      m_cgroupParent(std::move(cgroupParent)),
      m_ownerLock(std::move(ownerLock)),
      m_runtime(runtime)
{
}

Container::~Container()
{
    tearDown(false);
}

QString Container::prepare(const QJsonObject& config, Stdio stdio, bool usesInit, int inheritedIn,
                           int inheritedOut, int inheritedErr)
{
    m_config = config;
    m_prepared = true;
    m_stdio = stdio;
    m_usesInit = usesInit;
    for (const QString& dir : QStringList{scratchDir(), rootfsDir()}) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
            return tr("cannot create %1: %2").arg(dir, lastError());
    }
    if (m_writableLayerBytes > 0) {
        // A disk-filling loop then ends in ENOSPC inside the sandbox, not
        // on the host's data disk; the pages count against its memory.
        if (const QString error = mounts::mountTmpfs(scratchDir(), m_writableLayerBytes); !error.isEmpty())
            return tr("cannot mount the sandbox's writable layer (tmpfs): %1").arg(error);
        m_mounted = true;
    }
    // The upper dir's mode becomes that of the sandbox's "/": 0755, so that
    // unprivileged users inside can use it (the scratch dir stays 0700).
    const QString workDir = scratchDir() + QStringLiteral("/work");
    for (const QString& dir : QStringList{upperDir(), workDir}) {
        if (::mkdir(QFile::encodeName(dir).constData(), dir == workDir ? 0700 : 0755) != 0 && errno != EEXIST)
            return tr("cannot create %1: %2").arg(dir, lastError());
    }
    if (const QString error = mounts::mountOverlay(m_lowerDir, upperDir(), workDir,
                                                   rootfsDir(), rootless::isActive());
        !error.isEmpty()) {
        return tr("cannot mount the sandbox's file system (overlayfs): %1").arg(error);
    }
    m_mounted = true;
    QJsonObject withCgroup = config;
    if (!m_cgroupParent.isEmpty()) {
        QJsonObject linux = withCgroup.value(QStringLiteral("linux")).toObject();
        linux.insert(QStringLiteral("cgroupsPath"), cgroup::containerPath(m_cgroupParent, m_id));
        withCgroup.insert(QStringLiteral("linux"), linux);
    }
    // All or nothing: on a full disk a half-written config must not reach
    // the runtime (it would fail with a puzzling parse error).
    const QByteArray json = QJsonDocument(withCgroup).toJson(QJsonDocument::Compact);
    if (const QString error = writeWholeFile(m_dir + QStringLiteral("/config.json"), json); !error.isEmpty())
        return tr("cannot write the container config: %1").arg(error);

    bool ok = true;
    if (usesInit)
        ok = makePipe(&m_statusReader, &m_statusWriter) && makePipe(&m_commandReader, &m_commandWriter);
    switch (stdio) {
    case Stdio::Pipes:
        ok = ok && makePipe(&m_containerStdin, &m_stdinWriter) && makePipe(&m_stdoutReader, &m_containerStdout)
             && makePipe(&m_stderrReader, &m_containerStderr);
        if (ok) {
            ::fcntl(m_stdoutReader.get(), F_SETPIPE_SZ, kOutputPipeSize);
            ::fcntl(m_stderrReader.get(), F_SETPIPE_SZ, kOutputPipeSize);
        }
        break;
    case Stdio::Inherited:
        // Copies, so that the caller's descriptors stay the caller's.
        m_containerStdin.reset(inheritedIn >= 0 ? ::fcntl(inheritedIn, F_DUPFD_CLOEXEC, 3) : -1);
        m_containerStdout.reset(inheritedOut >= 0 ? ::fcntl(inheritedOut, F_DUPFD_CLOEXEC, 3) : -1);
        m_containerStderr.reset(inheritedErr >= 0 ? ::fcntl(inheritedErr, F_DUPFD_CLOEXEC, 3) : -1);
        break;
    case Stdio::Terminal: {
        m_consoleListener.reset(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(m_dir + QStringLiteral("/console.sock"));
        if (path.size() >= static_cast<qsizetype>(sizeof address.sun_path))
            return tr("the data directory's path is too long for the terminal socket: %1").arg(m_dir);
        std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
        ok = ok && m_consoleListener.isValid()
             && ::bind(m_consoleListener.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
             && ::listen(m_consoleListener.get(), 1) == 0;
        break;
    }
    }
    if (!ok)
        return tr("cannot set up the sandbox's descriptors: %1").arg(lastError());
    if (usesInit) {
        m_statusNotifier = new QSocketNotifier(m_statusReader.get(), QSocketNotifier::Read, this);
        m_statusNotifier->setEnabled(false);
        connect(m_statusNotifier, &QSocketNotifier::activated, this, &Container::onStatusReadable);
    }
    return {};
}

qint64 Container::writableLayerBytesIfFull() const
{
    struct statvfs info{};
    if (m_writableLayerBytes <= 0 || !m_mounted || ::statvfs(QFile::encodeName(scratchDir()).constData(), &info) != 0)
        return 0;
    // Less than a MiB (or 1 %) left: the last write cannot have fit.
    const qint64 left = qint64(info.f_bavail) * qint64(info.f_frsize);
    return left < std::max<qint64>(qint64(1) << 20, m_writableLayerBytes / 100) ? m_writableLayerBytes : 0;
}

QString Container::startNetwork()
{
    auto network = std::make_unique<PastaNetwork>();
    QString error;
    const pid_t pid = network->beginSetUp(m_dir, &error);
    if (pid < 0)
        return error;
    m_network = std::move(network);
    m_networkStart = new ChildWatcher(pid, this);
    connect(m_networkStart, &ChildWatcher::exited, this, [this](int status) {
        m_networkStart->deleteLater();
        m_networkStart = nullptr;
        if (const QString problem = m_network->finishSetUp(status); !problem.isEmpty()) {
            m_launchWhenNetworkReady = false;
            Q_EMIT failed(problem);
            return;
        }
        if (std::exchange(m_launchWhenNetworkReady, false))
            launch();
        if (!m_pendingCommand.isEmpty()) {
            if (const QString problem = writeCommand(std::exchange(m_pendingCommand, {})); !problem.isEmpty()) {
                Q_EMIT failed(problem);
                return;
            }
        }
        if (std::exchange(m_announceWhenNetworkReady, false))
            announceLaunched();
    });
    return {};
}

QString Container::networkNamespacePath() const
{
    return m_network ? m_network->namespacePath() : QString();
}

QString Container::resolvConfPath() const
{
    return PastaNetwork::resolvConfPathIn(m_dir);
}

void Container::launch()
{
    // With sandbox-init, the container is made while pasta configures its
    // network: the init gets its command once the network is up. Without
    // it, the command starts with the container, which waits.
    if (m_networkStart && !m_usesInit) {
        m_launchWhenNetworkReady = true;
        return;
    }
    std::vector<int> fds{m_containerStdin.get(), m_containerStdout.get(), m_containerStderr.get()};
    QStringList arguments;
    if (m_usesInit) {
        fds.push_back(m_statusWriter.get());
        fds.push_back(m_commandReader.get());
        if (m_execChannel.isValid())
            fds.push_back(m_execChannel.get());
        arguments = m_runtime->detachedRunArguments(
            m_dir, m_id, m_dir + QStringLiteral("/init.pid"),
            m_stdio == Stdio::Terminal ? m_dir + QStringLiteral("/console.sock") : QString(),
            static_cast<int>(fds.size()) - 3,
            m_dir + QStringLiteral("/runtime.log"));
    } else {
        arguments = m_runtime->runArguments(m_dir, m_id);
    }
    QString error;
    const pid_t pid = spawnProcess(m_runtime->program(), arguments, fds, &error);
    // The runtime holds its copies now; ours would keep the pipes open.
    for (UniqueFd* end : {&m_containerStdin, &m_containerStdout, &m_containerStderr, &m_statusWriter,
                          &m_execChannel}) {
        end->reset();
    }
    // Until the command is written (later, with a network starting), ours
    // keeps the write from failing (SIGPIPE) when the runtime already quit.
    if (!m_networkStart || !m_commandWriter.isValid())
        m_commandReader.reset();
    if (pid < 0) {
        Q_EMIT failed(tr("cannot start the OCI runtime %1").arg(error));
        return;
    }
    m_step = new ChildWatcher(pid, this);
    if (m_usesInit) {
        connect(m_step, &ChildWatcher::exited, this, &Container::onCreated);
        return;
    }
    // A foreground run: the runtime's exit is the container's.
    m_created = true;
    m_launched = true;
    connect(m_step, &ChildWatcher::exited, this, [this](int status) {
        m_foregroundStatus = status;
        m_runtimeGone = true; // a foreground run removes its container itself
        markExited();
    });
    Q_EMIT launched();
}

QString Container::runtimeError(const QString& step, int waitStatus) const
{
    QString reason;
    QFile log(m_dir + QStringLiteral("/runtime.log"));
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : log.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QStringLiteral("level")).toString() == QLatin1String("error"))
                reason = entry.value(QStringLiteral("msg")).toString();
        }
    }
    if (reason.isEmpty()) {
        reason = WIFEXITED(waitStatus) ? tr("exit code %1").arg(WEXITSTATUS(waitStatus))
                                       : tr("killed by signal %1").arg(WTERMSIG(waitStatus));
    }
    return tr("the OCI runtime %1 failed to %2 the container: %3").arg(m_runtime->info().name, step, reason);
}

void Container::onCreated(int waitStatus)
{
    // `run --detach` created and started the container: its init runs (and
    // waits for its command) by now.
    m_step->deleteLater();
    m_step = nullptr;
    if (!WIFEXITED(waitStatus) || WEXITSTATUS(waitStatus) != 0) {
        Q_EMIT failed(runtimeError(tr("create"), waitStatus));
        return;
    }
    m_created = true;
    QFile pidFile(m_dir + QStringLiteral("/init.pid"));
    const pid_t pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toInt() : 0;
    if (pid > 0)
        m_initPidfd.reset(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    QString error;
    if (m_stdio == Stdio::Terminal && !receiveTerminal(&error)) {
        Q_EMIT failed(error);
        return;
    }
    if (m_networkStart) {
        m_announceWhenNetworkReady = true; // launched once the command is in
        return;
    }
    announceLaunched();
}

void Container::announceLaunched()
{
    m_launched = true;
    m_statusNotifier->setEnabled(true);
    Q_EMIT launched();
}

bool Container::receiveTerminal(QString* error)
{
    // runc connected and sent the master during create; it waits in the
    // listener's queue.
    const UniqueFd connection(::accept4(m_consoleListener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
    m_consoleListener.reset();
    if (!connection.isValid()) {
        *error = tr("the OCI runtime did not hand over the terminal: %1").arg(lastError());
        return false;
    }
    char byte[256];
    iovec io{byte, sizeof byte};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    if (::recvmsg(connection.get(), &message, MSG_CMSG_CLOEXEC) < 0) {
        *error = tr("cannot receive the terminal: %1").arg(lastError());
        return false;
    }
    const cmsghdr* header = CMSG_FIRSTHDR(&message);
    if (!header || header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) {
        *error = tr("the OCI runtime sent no terminal");
        return false;
    }
    int fd = -1;
    std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
    m_terminal.reset(fd);
    m_terminalFd = fd;
    return true;
}

QString Container::sendCommand(const QByteArray& encodedCommand)
{
    if (!m_commandWriter.isValid() || !m_pendingCommand.isEmpty())
        return tr("the container has already been given a command");
    // The whole command must fit the pipe, which the init reads only once.
    if (::fcntl(m_commandWriter.get(), F_SETPIPE_SZ, static_cast<int>(encodedCommand.size())) < 0
        && encodedCommand.size() > 65536) {
        return tr("command: too long (%1 bytes)").arg(encodedCommand.size());
    }
    if (m_networkStart) {
        m_pendingCommand = encodedCommand; // written once the network is up
        return {};
    }
    return writeCommand(encodedCommand);
}

QString Container::writeCommand(const QByteArray& encodedCommand)
{
    const ssize_t written = ::write(m_commandWriter.get(), encodedCommand.constData(),
                                    static_cast<size_t>(encodedCommand.size()));
    m_commandWriter.reset();
    if (m_step || m_created) // the runtime has its copy already
        m_commandReader.reset();
    if (written != encodedCommand.size())
        return tr("cannot pass the command to the sandbox: %1").arg(lastError());
    return {};
}

void Container::onStatusReadable()
{
    char buffer[256];
    const ssize_t n = ::read(m_statusReader.get(), buffer, sizeof buffer);
    if (n > 0) {
        m_reportText.append(buffer, n);
        return;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    m_statusNotifier->setEnabled(false);
    m_statusReader.reset();
    m_report = initprotocol::parseReport(m_reportText);
    markExited();
}

void Container::waitForInitExit(int msecs)
{
    if (m_statusNotifier)
        m_statusNotifier->setEnabled(false);
    QElapsedTimer clock;
    clock.start();
    while (m_statusReader.isValid() && clock.elapsed() < msecs) {
        pollfd pfd{m_statusReader.get(), POLLIN, 0};
        if (::poll(&pfd, 1, static_cast<int>(msecs - clock.elapsed())) <= 0)
            continue;
        char buffer[256];
        const ssize_t n = ::read(m_statusReader.get(), buffer, sizeof buffer);
        if (n > 0) {
            m_reportText.append(buffer, n);
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            m_statusReader.reset();
            m_report = initprotocol::parseReport(m_reportText);
            m_exited = true;
        }
    }
}

void Container::markExited()
{
    if (m_exited)
        return;
    m_exited = true;
    Q_EMIT exited();
}

bool Container::abortLaunch()
{
    if (m_created || !m_step || m_step->hasExited())
        return false;
    // A runtime that hangs in create must not hold the sandbox past its
    // timeout: kill it; the step then fails and teardown removes the rest.
    return ::kill(m_step->pid(), SIGKILL) == 0;
}

bool Container::signal(int signal)
{
    if (m_exited || !m_created)
        return false;
    if (m_initPidfd.isValid())
        return ::syscall(SYS_pidfd_send_signal, m_initPidfd.get(), signal, nullptr, 0) == 0;
    return m_runtime->kill(m_id, QString::number(signal));
}

void Container::tearDownAsync(bool keepFiles)
{
    if (m_step || !m_created || m_runtimeGone || !m_exited) {
        tearDown(keepFiles);
        Q_EMIT tornDown();
        return;
    }
    // The sandbox is gone: pasta's exit overlaps the runtime's delete.
    if (m_network)
        m_network->beginTearDown();
    if (!m_initPidfd.isValid()
        || !stoppedcontainer::canRemoveDirectly(*m_runtime, m_cgroupParent, m_config.contains(QStringLiteral("hooks")))) {
        deleteInRuntime(keepFiles);
        return;
    }
    // Without a runtime process: once the init is gone (and with it, by
    // the pid namespace, every process of the container), its cgroups and
    // runc's record go; the report pipe closes a moment before that.
    whenReadable(m_initPidfd.get(), kInitExitWaitMs, [this, keepFiles] {
        m_initPidfd.reset();
        if (!stoppedcontainer::remove(*m_runtime, m_id, m_cgroupParent)) {
            deleteInRuntime(keepFiles);
            return;
        }
        m_runtimeGone = true;
        finishTearDownAsync(keepFiles);
    });
}

void Container::deleteInRuntime(bool keepFiles)
{
    QString error;
    const pid_t pid = spawnProcess(m_runtime->program(), m_runtime->deleteArguments(m_id), {}, &error);
    if (pid <= 0) {
        tearDown(keepFiles);
        Q_EMIT tornDown();
        return;
    }
    m_deleting = true;
    m_step = new ChildWatcher(pid, this);
    connect(m_step, &ChildWatcher::exited, this, [this, keepFiles](int status) {
        m_step->deleteLater();
        m_step = nullptr;
        m_deleting = false;
        m_runtimeGone = status == 0;
        finishTearDownAsync(keepFiles); // a failed delete is forced there
    });
}

void Container::finishTearDownAsync(bool keepFiles)
{
    // pasta leaves when asked, once the kernel has dismantled its device:
    // waited for here, not slept through on this thread.
    UniqueFd pasta = m_network ? m_network->openPastaPidfd() : UniqueFd();
    const int fd = pasta.get();
    whenReadable(fd, kPastaExitWaitMs, [this, keepFiles, pasta = std::make_shared<UniqueFd>(std::move(pasta))] {
        pasta->reset();
        tearDown(keepFiles);
        Q_EMIT tornDown();
    });
}

void Container::whenReadable(int fd, int msecs, std::function<void()> then)
{
    pollfd pfd{fd, POLLIN, 0};
    if (fd < 0 || ::poll(&pfd, 1, 0) != 0) {
        then();
        return;
    }
    m_teardownWait = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    auto done = [this, then = std::move(then)] {
        if (!m_teardownWait)
            return;
        m_teardownWait->setEnabled(false);
        std::exchange(m_teardownWait, nullptr)->deleteLater();
        then();
    };
    connect(m_teardownWait, &QSocketNotifier::activated, this, done);
    // A bound, not the usual way: what is left then is teardown's to force.
    QTimer::singleShot(msecs, m_teardownWait, done);
}

void Container::tearDown(bool keepFiles)
{
    delete std::exchange(m_teardownWait, nullptr); // an asynchronous teardown waiting: this one does it
    if (m_step) {
        // A runtime step in flight: let it finish (killing runc midway can
        // leave state behind), then remove whatever it made.
        m_step->waitForExit(30000);
        const bool deleted = m_deleting && m_step->hasExited() && m_step->waitStatus() == 0;
        delete m_step;
        m_step = nullptr;
        if (deleted)
            m_runtimeGone = true;
        else if (m_usesInit)
            m_created = true;
    }
    // (Not launched: the init never ran and waits on the runtime; the
    // forced delete below ends it.)
    if (m_created && m_launched && !m_runtimeGone && !m_exited && m_usesInit && m_statusReader.isValid()) {
        // Still running (or a warm container never used): end it, and wait
        // for the init to go, so that the runtime can remove a stopped
        // container (cgroups included) instead of racing a dying one.
        if (m_commandWriter.isValid())
            m_commandWriter.reset(); // an unused init exits on an empty command
        else
            signal(SIGKILL);
        waitForInitExit(5000);
    }
    if (m_created && !m_runtimeGone) {
        if (m_exited) {
            // The usual case: a plain delete of a stopped container.
            QString error;
            const pid_t pid = spawnProcess(m_runtime->program(), m_runtime->deleteArguments(m_id), {}, &error);
            bool deleted = false;
            if (pid > 0) {
                ChildWatcher watcher(pid);
                deleted = watcher.waitForExit(30000) && watcher.waitStatus() == 0;
            }
            if (!deleted)
                m_runtime->forceDelete(m_id);
        } else {
            m_runtime->forceDelete(m_id);
        }
    }
    m_runtimeGone = true;
    m_created = false;
    if (m_networkStart) {
        m_networkStart->waitForExit(10000);
        delete m_networkStart;
        m_networkStart = nullptr;
    }
    if (m_network)
        m_network->tearDown();
    // The runtime removed the container's own cgroup; the scope above it
    // (where a memory limit and its OOM count live) is ours to remove.
    if (!m_cgroupParent.isEmpty())
        cgroup::removeScope(m_cgroupParent, m_id);
    if (m_statusNotifier)
        m_statusNotifier->setEnabled(false);
    if (keepFiles || m_dir.isEmpty())
        return;
    for (UniqueFd* fd : {&m_stdinWriter, &m_stdoutReader, &m_stderrReader, &m_terminal, &m_statusReader,
                         &m_commandWriter, &m_commandReader, &m_consoleListener}) {
        fd->reset();
    }
    // Never follows into a mount the sandbox's files might still reach.
    mounts::removeTreeSafely(m_dir);
    m_mounted = false;
    m_ownerLock.unlock();
    m_dir.clear();
}

} // namespace sandbox
