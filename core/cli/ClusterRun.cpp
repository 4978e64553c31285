#include "cli/ClusterRun.h"

#include "backend/BackendFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kExitFailedToStart = 125;
constexpr int kExitTimedOut = 124;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox-run", text);
}

} // namespace

int runOnCluster(const SandboxSpec& spec, const QString& clusterName)
{
    QFile out;
    QFile err;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    auto say = [&err](const QString& message) { err.write("sandbox-run: " + message.toUtf8() + '\n'); };
    const bool interactive = ::isatty(STDERR_FILENO) != 0;

    QString error;
    const std::unique_ptr<Backend> backend = createBackend(clusterName, nullptr, &error);
    if (!backend) {
        say(error);
        return kExitFailedToStart;
    }
    std::unique_ptr<Run> run(backend->createRun(spec, &error));
    if (!run) {
        say(error);
        return kExitFailedToStart;
    }
    QObject::connect(run.get(), &Run::stdoutReceived, [&out](const QByteArray& data) { out.write(data); });
    QObject::connect(run.get(), &Run::stderrReceived, [&err](const QByteArray& data) { err.write(data); });
    QObject::connect(run.get(), &Run::stateChanged, [&](Run::State state) {
        if (interactive && (state == Run::State::Pending || state == Run::State::Running))
            say(tr("job %1 %2").arg(run->jobId(), Run::describe(state)));
    });
    QObject::connect(run.get(), &Run::diagnostic, [&](const QString& line) {
        if (!interactive)
            return;
        if (line.startsWith(QLatin1String("sandbox-run: ")))
            err.write(line.toUtf8() + '\n'); // the node's sandbox-run speaks for itself
        else
            say(line);
    });

    // Our stdin goes to the sandbox; its end closes the sandbox's stdin.
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, [&] {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            run->writeStdin(QByteArray(buffer, n));
        } else if (n == 0 || errno != EINTR) {
            stdinNotifier.setEnabled(false);
            run->closeStdin();
        }
    });

    // Ctrl+C, TERM or HUP cancel the job, through a signalfd so that the
    // cancel runs in the event loop.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&stopSignals, signal);
    ::sigprocmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = ::signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK);
    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        signalfd_siginfo info;
        while (::read(signalFd, &info, sizeof info) > 0) {
        }
        run->cancel();
    });

    run->start();
    run->waitForFinished();
    signalNotifier.setEnabled(false);
    ::close(signalFd);
    switch (run->endReason()) {
    case Sandbox::EndReason::FailedToStart:
        say(run->errorString());
        return kExitFailedToStart;
    case Sandbox::EndReason::TimedOut:
        say(tr("timed out on cluster %1 (job %2); the sandbox was killed").arg(clusterName, run->jobId()));
        return kExitTimedOut;
    case Sandbox::EndReason::OutOfMemory:
        say(tr("out of memory on cluster %1 (job %2)").arg(clusterName, run->jobId()));
        return run->returnCode();
    default:
        return run->returnCode();
    }
}

} // namespace sandbox
