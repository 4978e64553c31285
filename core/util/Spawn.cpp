#include "util/Spawn.h"

#include <QFile>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sandbox {

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept
{
    if (this != &other)
        reset(other.release());
    return *this;
}

void UniqueFd::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

bool makePipe(UniqueFd* readEnd, UniqueFd* writeEnd)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    readEnd->reset(fds[0]);
    writeEnd->reset(fds[1]);
    return true;
}

pid_t spawnProcess(const QString& program, const QStringList& arguments, const std::vector<int>& fds,
                   QString* error)
{
    const QByteArray path = QFile::encodeName(program);
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<size_t>(arguments.size()) + 1);
    storage.push_back(path);
    for (const QString& argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);

    // Copies of the sources above every target, so that no dup2 onto a
    // target overwrites a source still needed; dup2 clears close-on-exec,
    // so only the mapped fds pass.
    const int count = static_cast<int>(fds.size());
    std::vector<UniqueFd> copies(fds.size());
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (int target = 0; target < std::max(count, 3); ++target) {
        const int source = target < count ? fds[static_cast<size_t>(target)] : -1;
        if (source >= 0) {
            copies[static_cast<size_t>(target)].reset(::fcntl(source, F_DUPFD_CLOEXEC, std::max(count, 3)));
            posix_spawn_file_actions_adddup2(&actions, copies[static_cast<size_t>(target)].get(), target);
        } else if (target <= 2) {
            posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_RDWR, 0);
        } else {
            posix_spawn_file_actions_addclose(&actions, target);
        }
    }

    pid_t pid = -1;
    const int result = ::posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (result != 0) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(program, QString::fromLocal8Bit(std::strerror(result)));
        return -1;
    }
    return pid;
}

ChildWatcher::ChildWatcher(pid_t pid, QObject* parent) : QObject(parent), m_pid(pid)
{
    m_pidfd.reset(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    if (!m_pidfd.isValid()) {
        reap(true); // no pidfd (very old kernel): fall back to waiting now
        return;
    }
    m_notifier = new QSocketNotifier(m_pidfd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (reap(false))
            Q_EMIT exited(m_status);
    });
}

ChildWatcher::~ChildWatcher()
{
    if (!m_exited) {
        ::kill(m_pid, SIGKILL);
        reap(true);
    }
}

bool ChildWatcher::reap(bool block)
{
    if (m_exited)
        return false;
    int status = 0;
    pid_t result;
    do {
        result = ::waitpid(m_pid, &status, block ? 0 : WNOHANG);
    } while (result < 0 && errno == EINTR);
    if (result == 0)
        return false;
    m_exited = true;
    m_status = result == m_pid ? status : (127 << 8);
    if (m_notifier)
        m_notifier->setEnabled(false);
    return true;
}

bool ChildWatcher::waitForExit(int msecs)
{
    if (m_exited)
        return true;
    if (m_pidfd.isValid()) {
        pollfd pfd{m_pidfd.get(), POLLIN, 0};
        int result;
        do {
            result = ::poll(&pfd, 1, msecs);
        } while (result < 0 && errno == EINTR);
        if (result <= 0)
            return false;
    }
    if (reap(true))
        Q_EMIT exited(m_status);
    return m_exited;
}

} // namespace sandbox
