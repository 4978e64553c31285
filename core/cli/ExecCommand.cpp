// `sandbox-run exec [-t] [-i] [-w DIR] [-e KEY=VALUE]... [--timeout S]
// ID|NAME -- COMMAND...`: one more process in a long-lived sandbox, with
// stdin, stdout, stderr and exit code as sandbox-run has them. Pipes and
// files are handed to the process as they are; a terminal never is (its
// bytes are relayed).
#include "cli/LifecycleCommands.h"

#include "lifecycle/DetachedSandbox.h"
#include "lifecycle/ExecProcess.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitTimedOut = 124;
constexpr int kExitFailed = 125;

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox-run", text);
}

struct ExecCommandLine
{
    QString target;
    QStringList command;
    ExecOptions options;
    bool interactive = false;
    QString error;
    bool help = false;
};

ExecCommandLine parse(const QStringList& arguments)
{
    ExecCommandLine result;
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    const QStringList own = separator >= 0 ? arguments.mid(2, separator - 2) : arguments.mid(2);
    result.command = separator >= 0 ? arguments.mid(separator + 1) : QStringList();
    for (qsizetype i = 0; i < own.size(); ++i) {
        const QString& arg = own[i];
        auto value = [&]() { return i + 1 < own.size() ? own[++i] : QString(); };
        if (arg == QLatin1String("-t") || arg == QLatin1String("--tty")) {
            result.options.terminal = true;
        } else if (arg == QLatin1String("-i") || arg == QLatin1String("--interactive")) {
            result.interactive = true;
        } else if (arg == QLatin1String("-it") || arg == QLatin1String("-ti")) {
            result.options.terminal = result.interactive = true;
        } else if (arg == QLatin1String("-w") || arg == QLatin1String("--workdir")) {
            result.options.workdir = value();
            if (!result.options.workdir.startsWith(QLatin1Char('/')))
                result.error = tr("-w: expects an absolute path inside the sandbox");
        } else if (arg == QLatin1String("-e") || arg == QLatin1String("--env")) {
            const QString assignment = value();
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0)
                result.error = tr("-e: \"%1\" is not of the form KEY=VALUE").arg(assignment);
            else
                result.options.env.insert(assignment.left(equals), assignment.mid(equals + 1));
        } else if (arg == QLatin1String("--timeout")) {
            bool ok = false;
            result.options.timeoutSeconds = value().toInt(&ok);
            if (!ok || result.options.timeoutSeconds <= 0)
                result.error = tr("--timeout: expects a whole number of seconds above 0");
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            result.help = true;
        } else if (!arg.startsWith(QLatin1Char('-')) && result.target.isEmpty()) {
            result.target = arg;
        } else {
            result.error = tr("exec: unknown option %1").arg(arg);
        }
    }
    if (result.error.isEmpty() && !result.help && (result.target.isEmpty() || result.command.isEmpty()))
        result.error = tr("usage: sandbox-run exec [-t] [-i] [-w DIR] [-e KEY=VALUE]... [--timeout S] ID|NAME -- COMMAND...");
    return result;
}

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

int exitCodeOf(const ExecProcess& process)
{
    if (process.timedOut()) {
        cliio::say(tr("exec timed out; the process was killed"));
        return kExitTimedOut;
    }
    if (process.failedToStart() || (!process.errorString().isEmpty() && process.returnCode() == -1)) {
        cliio::say(process.errorString());
        return kExitFailed;
    }
    return process.returnCode() < 0 ? 128 - process.returnCode() : process.returnCode();
}

} // namespace

int runExecCommand(const QStringList& arguments)
{
    ExecCommandLine commandLine = parse(arguments);
    if (commandLine.help || !commandLine.error.isEmpty()) {
        commandLine.help ? cliio::writeAll(STDOUT_FILENO, parse({}).error.toUtf8() + '\n') : cliio::say(commandLine.error);
        return commandLine.help ? 0 : kExitUsage;
    }
    QString error;
    const std::optional<DetachedSandbox> box = DetachedSandbox::open(Paths::fromEnvironment(), commandLine.target, &error);
    if (!box) {
        cliio::say(error);
        return kExitFailed;
    }
    ExecOptions& options = commandLine.options;
    std::unique_ptr<RawTerminal> raw;
    const bool anyTerminal = ::isatty(STDIN_FILENO) || ::isatty(STDOUT_FILENO) || ::isatty(STDERR_FILENO);
    const bool forwardStdin = commandLine.interactive || !::isatty(STDIN_FILENO);
    if (options.terminal) {
        if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
            cliio::say(tr("-t: stdin and stdout must be a terminal"));
            return kExitUsage;
        }
        const winsize size = terminalSize();
        options.columns = size.ws_col;
        options.rows = size.ws_row;
    } else if (!anyTerminal) {
        for (int fd = 0; fd < 3; ++fd)
            options.inherited[fd] = fd;
    }
    std::unique_ptr<ExecProcess> process(box->exec(commandLine.command, options));
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    stdinNotifier.setEnabled(false);
    const bool relay = options.inherited[0] < 0;
    if (relay) {
        QObject::connect(process.get(), &ExecProcess::stdoutReceived,
                         [](const QByteArray& data) { cliio::writeAll(STDOUT_FILENO, data); });
        QObject::connect(process.get(), &ExecProcess::stderrReceived,
                         [](const QByteArray& data) { cliio::writeAll(STDERR_FILENO, data); });
        QObject::connect(&stdinNotifier, &QSocketNotifier::activated, [&] {
            char buffer[65536];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                process->writeStdin(QByteArray(buffer, n));
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                stdinNotifier.setEnabled(false);
                process->closeStdin();
            }
        });
        QObject::connect(process.get(), &ExecProcess::started, [&] {
            if (forwardStdin || options.terminal)
                stdinNotifier.setEnabled(true);
            else
                process->closeStdin();
        });
    }
    if (options.terminal)
        raw = std::make_unique<RawTerminal>();
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGWINCH})
            ::signal(signal, onSignal);
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        char byte;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
            if (byte == SIGWINCH) {
                const winsize size = terminalSize();
                process->resize(size.ws_col, size.ws_row);
            } else {
                process->sendSignal(byte == SIGHUP ? SIGTERM : byte);
            }
        }
    });
    process->waitForFinished();
    raw.reset();
    return exitCodeOf(*process);
}

} // namespace sandbox
