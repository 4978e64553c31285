// sandbox-monitor: the per-sandbox monitor of a long-lived sandbox (see
// core/lifecycle/Monitor.h). DetachedSandbox::create starts it: it reads
// its request (JSON) on stdin, answers "ok ID" or "error ..." on stdout,
// then stays with its sandbox until the sandbox ends.
#include "lifecycle/Monitor.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

QByteArray readStdin()
{
    QByteArray data;
    char buffer[65536];
    ssize_t n;
    while ((n = ::read(STDIN_FILENO, buffer, sizeof buffer)) != 0) {
        if (n > 0)
            data.append(buffer, n);
        else if (errno != EINTR)
            break;
    }
    return data;
}

} // namespace

int main(int argc, char* argv[])
{
    // Out of the creator's process tree and session: the creator reaps this
    // first process at once, and no terminal's hangup reaches the sandbox.
    const pid_t pid = ::fork();
    if (pid < 0)
        return 125;
    if (pid > 0)
        ::_exit(0);
    ::setsid();
    [[maybe_unused]] const int ignored = ::chdir("/");
    ::signal(SIGPIPE, SIG_IGN);
    ::signal(SIGHUP, SIG_IGN);
    const QByteArray requestJson = readStdin();
    sandbox::UniqueFd ready(::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3));
    const int null = ::open("/dev/null", O_RDWR);
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(null, fd);
    if (null > 2)
        ::close(null);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    sandbox::installTranslations();
    QString error;
    const sandbox::Monitor::Request request =
        sandbox::Monitor::Request::fromJson(QJsonDocument::fromJson(requestJson).object(), &error);
    if (!error.isEmpty()) {
        const QByteArray line = "error " + error.toUtf8() + '\n';
        [[maybe_unused]] const ssize_t written = ::write(ready.get(), line.constData(), static_cast<size_t>(line.size()));
        return 125;
    }
    sandbox::Monitor monitor(request);
    QObject::connect(&monitor, &sandbox::Monitor::done, &app, &QCoreApplication::exit);
    // TERM or INT: end the sandbox cleanly, as `sandbox-run stop` does.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        ::signal(SIGTERM, onSignal);
        ::signal(SIGINT, onSignal);
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        char byte;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        monitor.stop();
    });
    monitor.start(std::move(ready));
    return app.exec();
}
