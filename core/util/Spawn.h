#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <utility>
#include <vector>

class QSocketNotifier;

namespace sandbox {

// A file descriptor owned by one object, closed when it goes.
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    ~UniqueFd() { reset(); }

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

// A close-on-exec pipe; false (errno set) on failure.
bool makePipe(UniqueFd* readEnd, UniqueFd* writeEnd);

// Starts `program` with the given descriptors as its fds 0, 1, 2, 3 ...
// (-1: /dev/null for 0-2, closed above). Nothing else is inherited.
// Returns the pid, or -1 with *error set.
pid_t spawnProcess(const QString& program, const QStringList& arguments, const std::vector<int>& fds,
                   QString* error);

// Waits for one child of this process without blocking the event loop
// (pidfd + notifier), then reaps it.
class ChildWatcher : public QObject
{
    Q_OBJECT

public:
    // Takes over `pid`, which must be a child of this process.
    explicit ChildWatcher(pid_t pid, QObject* parent = nullptr);
    ~ChildWatcher() override;

    pid_t pid() const { return m_pid; }
    bool hasExited() const { return m_exited; }
    // The wait status (see waitpid) once exited.
    int waitStatus() const { return m_status; }
    // Blocks until the child exits; false on timeout.
    bool waitForExit(int msecs);

Q_SIGNALS:
    void exited(int waitStatus);

private:
    bool reap(bool block);

    pid_t m_pid;
    UniqueFd m_pidfd;
    QSocketNotifier* m_notifier = nullptr;
    bool m_exited = false;
    int m_status = 0;
};

} // namespace sandbox
