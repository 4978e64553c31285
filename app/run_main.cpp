// sandbox-run: the command line. Runs one sandbox and behaves like the
// command inside it: its stdout, its stderr, its exit code.
#include "backend/NodeCgroups.h"
#include "backend/SlurmMapping.h"
#include "cli/ClusterRun.h"
#include "cli/ClustersCommand.h"
#include "cli/RunCommandLine.h"
#include "cli/SpecInput.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
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

    sandbox::Engine::Options options;
    if (!commandLine.runtime.isEmpty())
        options.runtime = commandLine.runtime;
    // Inside a Slurm job, the job's limits must hold the sandbox too.
    if (qEnvironmentVariableIsSet("SLURM_JOB_ID")) {
        QFile self(QStringLiteral("/proc/self/cgroup"));
        if (self.open(QIODevice::ReadOnly))
            options.paths.cgroupParentOverride = sandbox::nodecgroups::jobCgroupParent(self.readAll());
    }
    const QString jobCgroupParent = options.paths.cgroupParentOverride;
    sandbox::Engine engine(options);
    if (!engine.errorString().isEmpty()) {
        say(engine.errorString());
        return kExitFailedToStart;
    }

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
    QObject::connect(box.get(), &sandbox::Sandbox::stdoutReceived,
                     [](const QByteArray& data) { writeAll(STDOUT_FILENO, data); });
    bool stderrAtLineStart = true;
    QObject::connect(box.get(), &sandbox::Sandbox::stderrReceived, [&](const QByteArray& data) {
        writeAll(STDERR_FILENO, data);
        stderrAtLineStart = data.endsWith('\n');
    });
    // --report-status: a cluster backend reads these lines from stderr and
    // needs them at the start of a line.
    auto reportStatus = [&](const QByteArray& line) {
        if (commandLine.reportStatus)
            writeAll(STDERR_FILENO, (stderrAtLineStart ? QByteArray() : QByteArray("\n")) + line + '\n');
        stderrAtLineStart = true;
    };
    QObject::connect(box.get(), &sandbox::Sandbox::started, [&] { reportStatus(sandbox::slurm::runningLine()); });

    // Forward our stdin to the sandbox, and EOF with it.
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
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
    stdinNotifier.setEnabled(false);
    QObject::connect(box.get(), &sandbox::Sandbox::started, [&] { stdinNotifier.setEnabled(true); });

    // Ctrl+C or a TERM to us stops the sandbox, cleanly.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        ::signal(SIGINT, onSignal);
        ::signal(SIGTERM, onSignal);
        ::signal(SIGHUP, onSignal);
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        char byte;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        box->terminate();
    });

    box->start();
    box->waitForFinished();
    // The container is torn down by now (before finished()).
    if (!jobCgroupParent.isEmpty())
        sandbox::nodecgroups::removeEmptyParents(jobCgroupParent);
    if (box->endReason() == sandbox::Sandbox::EndReason::FailedToStart)
        say(box->errorString());
    reportStatus(sandbox::slurm::statusLine(box->endReason(), box->returnCode()));
    switch (box->endReason()) {
    case sandbox::Sandbox::EndReason::FailedToStart:
        return kExitFailedToStart;
    case sandbox::Sandbox::EndReason::TimedOut:
        say(QCoreApplication::translate("sandbox-run", "timed out after %1 s; the sandbox was killed")
                .arg(commandLine.spec.timeoutSeconds));
        return kExitTimedOut;
    default:
        return box->returnCode();
    }
}
