// sandbox-run: the command line. Runs one sandbox and behaves like the
// command inside it: its stdout, its stderr, its exit code.
#include "apply/GitOutputs.h"
#include "apply/KeptRuns.h"
#include "backend/NodeCgroups.h"
#include "backend/SlurmMapping.h"
#include "cli/ClusterRun.h"
#include "cli/ApplyCommands.h"
#include "cli/ClustersCommand.h"
#include "cli/ImageCommands.h"
#include "cli/LifecycleCommands.h"
#include "cli/RunCommandLine.h"
#include "cli/SpecInput.h"
#include "cli/StoreCommands.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "storage/Secrets.h"
#include "storage/VolumeStore.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <memory>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailedToStart = 125;
constexpr int kExitTimedOut = 124;

int g_signalPipe[2] = {-1, -1};

// Writes `data` to `fd`, waiting for a slow reader, but never past
// `deadline` and never through a signal: a reader that stalls (a pipe
// nobody drains) must not hold the event loop, and with it the sandbox's
// timeout and Ctrl+C. What cannot be written by then is dropped.
void writeAll(int fd, const QByteArray& data, const QDeadlineTimer& deadline = QDeadlineTimer(QDeadlineTimer::Forever))
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        pollfd fds[2] = {{fd, POLLOUT, 0}, {g_signalPipe[0], POLLIN, 0}};
        const int timeout = deadline.isForever() ? -1 : static_cast<int>(deadline.remainingTime());
        const int ready = ::poll(fds, g_signalPipe[0] >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0 || (fds[1].revents & POLLIN))
            return; // stalled past the deadline, or a signal to handle
        // At most PIPE_BUF once writable, so that the write cannot block.
        const ssize_t n = ::write(fd, p, static_cast<size_t>(std::min<qsizetype>(left, PIPE_BUF)));
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return; // reader went away: drop output, the sandbox keeps running
        }
        p += n;
        left -= n;
    }
}

void say(const QString& message)
{
    writeAll(STDERR_FILENO, "sandbox-run: " + message.toUtf8() + '\n');
}

// Puts the caller's terminal in raw mode for --tty (every key, Ctrl+C
// included, goes to the sandbox) and restores it on the way out.
class RawTerminal
{
public:
    RawTerminal()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    RawTerminal(const RawTerminal&) = delete;
    RawTerminal& operator=(const RawTerminal&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

winsize terminalSize()
{
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) {
        size.ws_col = 80;
        size.ws_row = 24;
    }
    return size;
}

void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

QByteArray readAllStdin()
{
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return data;
        data.append(buffer, n);
    }
}

// $SANDBOX_STUDIO_VOLUMES_DIR names a cluster's shared volumes dir: it
// must be there already, or volumes would land on this node's own disk.
QString checkVolumesDirOverride()
{
    const QString dir = sandbox::Paths::fromEnvironment().volumesDirOverride;
    return dir.isEmpty() ? QString() : sandbox::checkSharedVolumesDir(dir);
}

// `sandbox-run volumes ...` / `sandbox-run secrets ...`; -1 when neither.
int runStoreCommand(const QStringList& arguments)
{
    const sandbox::StoreCommandIo io{readAllStdin, [](const QByteArray& data) { writeAll(STDOUT_FILENO, data); }, say};
    if (arguments.value(1) == QLatin1String("volumes")) {
        QString error;
        std::unique_ptr<sandbox::VolumeStore> volumes;
        QStringList rest = arguments.mid(2);
        if (rest.value(0) == QLatin1String("--on")) {
            volumes = sandbox::clusterVolumeStore(rest.value(1), &error);
            rest = rest.mid(2);
        } else if (const QString problem = checkVolumesDirOverride(); !problem.isEmpty()) {
            error = problem;
        } else {
            volumes = std::make_unique<sandbox::LocalVolumeStore>(sandbox::Paths::fromEnvironment().volumesDir());
        }
        if (!volumes) {
            say(error);
            return 1;
        }
        return sandbox::runVolumesCommand(rest, *volumes, io);
    }
    if (arguments.value(1) == QLatin1String("secrets")) {
        sandbox::SecretStore secrets;
        return sandbox::runSecretsCommand(arguments.mid(2), secrets, io);
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDBOX_STUDIO_VERSION));
    sandbox::installTranslations();
    ::signal(SIGPIPE, SIG_IGN);

    if (const int code = runStoreCommand(app.arguments()); code >= 0)
        return code;
    if (const int code = sandbox::runLifecycleCommand(app.arguments()); code >= 0)
        return code;
    if (sandbox::isApplyCommand(app.arguments())) {
        const sandbox::ApplyCommandIo io{[](const QByteArray& data) { writeAll(STDOUT_FILENO, data); }, say};
        return sandbox::runApplyCommand(app.arguments(), sandbox::Paths::fromEnvironment(), io);
    }
    if (app.arguments().value(1) == QLatin1String("clusters")) {
        QString out;
        QString err;
        const int code = sandbox::runClustersCommand(app.arguments().mid(2), &out, &err);
        writeAll(STDOUT_FILENO, out.toUtf8());
        writeAll(STDERR_FILENO, err.toUtf8());
        return code;
    }

    sandbox::RunCommandLine commandLine = sandbox::RunCommandLine::parse(app.arguments());
    switch (commandLine.action) {
    case sandbox::RunCommandLine::Action::ShowHelp:
        writeAll(STDOUT_FILENO, commandLine.helpText.toUtf8());
        return 0;
    case sandbox::RunCommandLine::Action::ShowVersion:
        writeAll(STDOUT_FILENO, QByteArrayLiteral("sandbox-run " SANDBOX_STUDIO_VERSION "\n"));
        return 0;
    case sandbox::RunCommandLine::Action::Invalid:
        say(commandLine.error);
        return kExitUsage;
    case sandbox::RunCommandLine::Action::Run:
    case sandbox::RunCommandLine::Action::ImagesList:
    case sandbox::RunCommandLine::Action::ImagesBuild:
    case sandbox::RunCommandLine::Action::ImagesRemove:
    case sandbox::RunCommandLine::Action::ImagesPrune:
        break;
    }
    if (!commandLine.specSource.isEmpty()) {
        QString error;
        commandLine.spec = sandbox::readSpec(commandLine.specSource, &error);
        if (!error.isEmpty()) {
            say(error);
            return kExitUsage;
        }
    }
    if (!commandLine.cluster.isEmpty())
        return sandbox::runOnCluster(commandLine.spec, commandLine.cluster);
    const auto out = [](const QString& line) { writeAll(STDOUT_FILENO, line.toUtf8() + '\n'); };
    const auto err = [](const QString& line) { writeAll(STDERR_FILENO, line.toUtf8() + '\n'); };

    sandbox::Engine::Options options;
    options.warmContainers = 0; // one sandbox, then exit
    if (!commandLine.runtime.isEmpty())
        options.runtime = commandLine.runtime;
    // Inside a Slurm job, the job's limits must hold the sandbox too.
    if (qEnvironmentVariableIsSet("SLURM_JOB_ID")) {
        QFile self(QStringLiteral("/proc/self/cgroup"));
        if (self.open(QIODevice::ReadOnly))
            options.paths.cgroupParentOverride = sandbox::nodecgroups::jobCgroupParent(self.readAll());
    }
    const QString jobCgroupParent = options.paths.cgroupParentOverride;
    // With --report-status, a cluster backend takes the line before the
    // status line as the reason.
    auto failBeforeStart = [&](const QString& problem) {
        say(problem);
        if (commandLine.reportStatus)
            writeAll(STDERR_FILENO, sandbox::slurm::statusLine(sandbox::Sandbox::EndReason::FailedToStart, -1) + '\n');
        return kExitFailedToStart;
    };
    if (const QString problem = checkVolumesDirOverride(); !problem.isEmpty())
        return failBeforeStart(problem);
    sandbox::Engine engine(options);
    if (!engine.errorString().isEmpty())
        return failBeforeStart(engine.errorString());

    if (!engine.limitsNote().isEmpty())
        say(QCoreApplication::translate("sandbox-run", "warning: %1").arg(engine.limitsNote()));
    switch (commandLine.action) {
    case sandbox::RunCommandLine::Action::ImagesList:
        sandbox::imagecommands::list(engine.images().layers(), out);
        return 0;
    case sandbox::RunCommandLine::Action::ImagesRemove:
        return sandbox::imagecommands::remove(engine.images().layers(), commandLine.imageIds, out, say) ? 0 : 1;
    case sandbox::RunCommandLine::Action::ImagesPrune:
        sandbox::imagecommands::prune(engine.images().layers(), out);
        return 0;
    default:
        break;
    }

    // Build what the image lacks (nothing when cached), showing each step.
    QString buildError;
    const sandbox::ResolvedImage image =
        sandbox::imagecommands::build(engine.images(), commandLine.spec.image, err, &buildError);
    if (!image.isValid()) {
        say(buildError);
        return kExitFailedToStart;
    }
    if (commandLine.action == sandbox::RunCommandLine::Action::ImagesBuild) {
        out(image.id());
        return 0;
    }

    QString error;
    std::unique_ptr<sandbox::Sandbox> box(engine.createSandbox(commandLine.spec, &error));
    if (!box) {
        say(error);
        return kExitFailedToStart;
    }
    for (const QString& warning : box->warnings()) {
        if (warning != engine.limitsNote())
            say(QCoreApplication::translate("sandbox-run", "warning: %1").arg(warning));
    }
    bool stderrAtLineStart = true;
    // --report-status: a cluster backend reads these lines from stderr and
    // needs them at the start of a line.
    auto reportStatus = [&](const QByteArray& line) {
        if (commandLine.reportStatus)
            writeAll(STDERR_FILENO, (stderrAtLineStart ? QByteArray() : QByteArray("\n")) + line + '\n');
        stderrAtLineStart = true;
    };
    QObject::connect(box.get(), &sandbox::Sandbox::started, [&] { reportStatus(sandbox::slurm::runningLine()); });

    // Pipes and files go straight to the sandbox, at full speed, with no
    // copy through this process. A terminal never does: a sandbox must not
    // hold the user's terminal (TIOCSTI, job control), so its bytes are
    // relayed instead.
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QDeadlineTimer outputDeadline(QDeadlineTimer::Forever);
    stdinNotifier.setEnabled(false);
    std::unique_ptr<RawTerminal> rawTerminal;
    if (commandLine.terminal) {
        if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
            say(QCoreApplication::translate("sandbox-run", "--tty: stdin and stdout must be a terminal"));
            return kExitUsage;
        }
        const winsize size = terminalSize();
        box->setTerminal(size.ws_col, size.ws_row);
        rawTerminal = std::make_unique<RawTerminal>();
    }
    // Status lines must be placed between the sandbox's stderr lines, so
    // --report-status relays too.
    if (!commandLine.terminal && !commandLine.reportStatus && !::isatty(STDIN_FILENO) && !::isatty(STDOUT_FILENO)
        && !::isatty(STDERR_FILENO)) {
        box->setInheritedStdio(STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO);
        // A bigger pipe to the reader: fewer wake-ups for a flood of output.
        for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
            struct stat info;
            if (::fstat(fd, &info) == 0 && S_ISFIFO(info.st_mode))
                ::fcntl(fd, F_SETPIPE_SZ, 1024 * 1024);
        }
    } else {
        // Output waits for a slow reader only until the sandbox's timeout.
        QObject::connect(box.get(), &sandbox::Sandbox::stdoutReceived,
                         [&](const QByteArray& data) { writeAll(STDOUT_FILENO, data, outputDeadline); });
        QObject::connect(box.get(), &sandbox::Sandbox::stderrReceived, [&](const QByteArray& data) {
            writeAll(STDERR_FILENO, data, outputDeadline);
            stderrAtLineStart = data.endsWith('\n');
        });
        // Forward our stdin to the sandbox, and EOF with it.
        QObject::connect(&stdinNotifier, &QSocketNotifier::activated, [&] {
            char buffer[65536];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                box->writeStdin(QByteArray(buffer, n));
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                stdinNotifier.setEnabled(false);
                box->closeStdin();
            }
        });
        QObject::connect(box.get(), &sandbox::Sandbox::started, [&] { stdinNotifier.setEnabled(true); });
    }

    // Ctrl+C or a TERM to us stops the sandbox, cleanly; a resized
    // terminal resizes the sandbox's.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        ::signal(SIGINT, onSignal);
        ::signal(SIGTERM, onSignal);
        ::signal(SIGHUP, onSignal);
        if (commandLine.terminal)
            ::signal(SIGWINCH, onSignal);
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        char byte;
        bool stop = false;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
            if (byte == SIGWINCH) {
                const winsize size = terminalSize();
                box->resize(size.ws_col, size.ws_row);
            } else {
                stop = true;
            }
        }
        if (stop)
            box->terminate();
    });

    outputDeadline.setRemainingTime(qint64(commandLine.spec.timeoutSeconds) * 1000);
    box->setKeepAfterExit(commandLine.keep);
    const QString sourceDir = commandLine.keep ? sandbox::apply::sourceDirOf(*box) : QString();
    const QString launchCommit = sourceDir.isEmpty() ? QString() : sandbox::apply::headCommit(sourceDir);
    box->start();
    box->waitForFinished();
    rawTerminal.reset();
    if (commandLine.keep && box->endReason() != sandbox::Sandbox::EndReason::FailedToStart) {
        QString keepError;
        const QString id = sandbox::apply::keepFinishedSandbox(*box, engine.paths(), launchCommit, &keepError);
        say(id.isEmpty() ? keepError : QCoreApplication::translate("sandbox-run", "kept: %1").arg(id));
    }
    // The container is torn down by now (before finished()).
    if (!jobCgroupParent.isEmpty())
        sandbox::nodecgroups::removeEmptyParents(jobCgroupParent);
    if (box->endReason() == sandbox::Sandbox::EndReason::FailedToStart)
        say(box->errorString());
    for (const QString& warning : box->warnings()) {
        if (warning == box->diskNote()) // the rest were said at the start
            say(QCoreApplication::translate("sandbox-run", "warning: %1").arg(warning));
    }
    reportStatus(sandbox::slurm::statusLine(box->endReason(), box->returnCode()));
    switch (box->endReason()) {
    case sandbox::Sandbox::EndReason::FailedToStart:
        return kExitFailedToStart;
    case sandbox::Sandbox::EndReason::TimedOut:
        say(QCoreApplication::translate("sandbox-run", "timed out after %1 s; the sandbox was killed")
                .arg(commandLine.spec.timeoutSeconds));
        return kExitTimedOut;
    case sandbox::Sandbox::EndReason::OutOfMemory:
        say(QCoreApplication::translate("sandbox-run", "out of memory: the sandbox hit its %1 MiB limit")
                .arg(commandLine.spec.memoryMiB));
        return box->returnCode() < 0 ? 128 - box->returnCode() : box->returnCode();
    default:
        // The API says -N for signal N; a shell's convention is 128+N.
        return box->returnCode() < 0 ? 128 - box->returnCode() : box->returnCode();
    }
}
