// sandbox-run: the command line. Runs one sandbox and behaves like the
// command inside it: its stdout, its stderr, its exit code.
#include "cli/RunCommandLine.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailedToStart = 125;
constexpr int kExitTimedOut = 124;

int g_signalPipe[2] = {-1, -1};

void writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDBOX_STUDIO_VERSION));
    sandbox::installTranslations();
    ::signal(SIGPIPE, SIG_IGN);

    const sandbox::RunCommandLine commandLine = sandbox::RunCommandLine::parse(app.arguments());
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
        break;
    }

    sandbox::Engine::Options options;
    options.warmContainers = 0; // one sandbox, then exit
    if (!commandLine.runtime.isEmpty())
        options.runtime = commandLine.runtime;
    sandbox::Engine engine(options);
    if (!engine.errorString().isEmpty()) {
        say(engine.errorString());
        return kExitFailedToStart;
    }

    if (!engine.limitsNote().isEmpty())
        say(QCoreApplication::translate("sandbox-run", "warning: %1").arg(engine.limitsNote()));

    // The first run builds the image; show how far along it is.
    if (const QString problem = sandbox::ImageStore::checkName(commandLine.spec.image); !problem.isEmpty()) {
        say(problem);
        return kExitUsage;
    }
    if (engine.images().rootfs(commandLine.spec.image).isEmpty()) {
        say(QCoreApplication::translate("sandbox-run", "preparing image %1 (first use, about a minute)")
                .arg(commandLine.spec.image));
        std::unique_ptr<sandbox::ImageBuild> build(engine.images().ensure(commandLine.spec.image));
        QObject::connect(build.get(), &sandbox::ImageBuild::progress, [](int percent, const QString& stage) {
            say(QStringLiteral("[%1%] %2").arg(percent, 3).arg(stage));
        });
        if (!build->waitForFinished()) {
            say(build->errorString());
            return kExitFailedToStart;
        }
    }

    QString error;
    std::unique_ptr<sandbox::Sandbox> box(engine.createSandbox(commandLine.spec, &error));
    if (!box) {
        say(error);
        return kExitFailedToStart;
    }
    // Pipes and files go straight to the sandbox, at full speed, with no
    // copy through this process. A terminal never does: a sandbox must not
    // hold the user's terminal (TIOCSTI, job control), so its bytes are
    // relayed instead.
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
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
    if (!commandLine.terminal && !::isatty(STDIN_FILENO) && !::isatty(STDOUT_FILENO) && !::isatty(STDERR_FILENO)) {
        box->setInheritedStdio(STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO);
        // A bigger pipe to the reader: fewer wake-ups for a flood of output.
        for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
            struct stat info;
            if (::fstat(fd, &info) == 0 && S_ISFIFO(info.st_mode))
                ::fcntl(fd, F_SETPIPE_SZ, 1024 * 1024);
        }
    } else {
        QObject::connect(box.get(), &sandbox::Sandbox::stdoutReceived,
                         [](const QByteArray& data) { writeAll(STDOUT_FILENO, data); });
        QObject::connect(box.get(), &sandbox::Sandbox::stderrReceived,
                         [](const QByteArray& data) { writeAll(STDERR_FILENO, data); });
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

    box->start();
    box->waitForFinished();
    rawTerminal.reset();
    switch (box->endReason()) {
    case sandbox::Sandbox::EndReason::FailedToStart:
        say(box->errorString());
        return kExitFailedToStart;
    case sandbox::Sandbox::EndReason::TimedOut:
        say(QCoreApplication::translate("sandbox-run", "timed out after %1 s; the sandbox was killed")
                .arg(commandLine.spec.timeoutSeconds));
        return kExitTimedOut;
    default:
        // The API says -N for signal N; a shell's convention is 128+N.
        return box->returnCode() < 0 ? 128 - box->returnCode() : box->returnCode();
    }
}
