// sandbox-init's exec service: more processes in a running sandbox, asked
// for by its monitor (core/lifecycle/ExecChannel.h speaks the other end).
// Included once by sandbox-init.cpp after its helpers; libc only.
//
// Messages are SOCK_SEQPACKET datagrams of NUL-terminated fields.
//   monitor -> init: exec ID MODE COLS ROWS CWD ARGC ARG... ENVC ENV...
//                    (MODE "p": three descriptors attached, the process's
//                    stdin, stdout and stderr; MODE "t": a new terminal)
//                    kill ID SIGNAL
//   init -> monitor: started ID PID (the terminal's master attached in
//                    mode "t"), exit ID CODE, signal ID SIGNAL,
//                    exec-error ID ERRNO
// An exec'd process is a child of this init: it inherits the sandbox's
// namespaces, seccomp filter, capabilities, no_new_privs and cgroup, and
// dies with the sandbox.
#pragma once

#include <sys/ioctl.h>
#include <sys/uio.h>

#include <map>

namespace {

constexpr int kExecFd = 5;
constexpr size_t kMaxExecMessage = 256 * 1024;

class ExecService
{
public:
    ExecService(int fd, const sigset_t& original) : m_original(original)
    {
        if (fd >= 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) == 0)
            m_fd = fd;
    }

    int fd() const { return m_fd; }

    void serve()
    {
        std::string data(kMaxExecMessage, '\0');
        int fds[3] = {-1, -1, -1};
        const ssize_t n = receive(&data[0], data.size(), fds);
        if (n <= 0)
            return;
        data.resize(static_cast<size_t>(n));
        std::vector<std::string> fields;
        size_t start = 0;
        while (start < data.size() && fields.size() < 5) {
            const size_t end = data.find('\0', start);
            if (end == std::string::npos)
                break;
            fields.emplace_back(data, start, end - start);
            start = end + 1;
        }
        if (fields.size() >= 3 && fields[0] == "kill") {
            const auto it = m_pids.find(fields[1]);
            if (it != m_pids.end())
                kill(it->second, atoi(fields[2].c_str()));
        } else if (fields.size() == 5 && fields[0] == "exec") {
            Command command;
            if (parseCommand(data.substr(start), &command))
                spawn(fields[1], fields[2] == "t", atoi(fields[3].c_str()), atoi(fields[4].c_str()), command, fds);
            else
                reply("exec-error", fields[1], EINVAL);
        }
        for (int fd : fds) {
            if (fd >= 0)
                close(fd);
        }
    }

    // A child of init ended: tell the monitor when it was an exec'd one.
    void reaped(pid_t pid, int status)
    {
        for (auto it = m_pids.begin(); it != m_pids.end(); ++it) {
            if (it->second != pid)
                continue;
            if (WIFEXITED(status))
                reply("exit", it->first, WEXITSTATUS(status));
            else
                reply("signal", it->first, WTERMSIG(status));
            m_pids.erase(it);
            return;
        }
    }

private:
    ssize_t receive(char* buffer, size_t size, int* fds)
    {
        iovec io{buffer, size};
        alignas(cmsghdr) char control[CMSG_SPACE(3 * sizeof(int))];
        msghdr message{};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        ssize_t n;
        do {
            n = recvmsg(m_fd, &message, MSG_CMSG_CLOEXEC | MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
        for (cmsghdr* c = CMSG_FIRSTHDR(&message); n > 0 && c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
                continue;
            const size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < count; ++i) {
                int fd = -1;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
                if (i < 3)
                    fds[i] = fd;
                else
                    close(fd);
            }
        }
        if (n > 0 && (message.msg_flags & MSG_TRUNC))
            return 0;
        return n;
    }

    void reply(const char* word, const std::string& id, long value, int fd = -1)
    {
        std::string text = std::string(word) + '\0' + id + '\0' + std::to_string(value) + '\0';
        iovec io{&text[0], text.size()};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr message{};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        if (fd >= 0) {
            message.msg_control = control;
            message.msg_controllen = sizeof control;
            cmsghdr* c = CMSG_FIRSTHDR(&message);
            c->cmsg_level = SOL_SOCKET;
            c->cmsg_type = SCM_RIGHTS;
            c->cmsg_len = CMSG_LEN(sizeof(int));
            memcpy(CMSG_DATA(c), &fd, sizeof fd);
        }
        while (sendmsg(m_fd, &message, MSG_NOSIGNAL) < 0 && errno == EINTR) {
        }
    }

    void spawn(const std::string& id, bool terminal, int columns, int rows, const Command& command, const int* fds)
    {
        if (m_pids.count(id) || (!terminal && (fds[0] < 0 || fds[1] < 0 || fds[2] < 0))) {
            reply("exec-error", id, EINVAL);
            return;
        }
        int master = -1;
        char slaveName[128] = {};
        if (terminal) {
            master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
            if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0
                || ptsname_r(master, slaveName, sizeof slaveName) != 0) {
                reply("exec-error", id, errno);
                if (master >= 0)
                    close(master);
                return;
            }
            winsize size{};
            size.ws_col = static_cast<unsigned short>(columns > 0 ? columns : 80);
            size.ws_row = static_cast<unsigned short>(rows > 0 ? rows : 24);
            ioctl(master, TIOCSWINSZ, &size);
        }
        int errorPipe[2];
        if (pipe2(errorPipe, O_CLOEXEC) != 0) {
            reply("exec-error", id, errno);
            if (master >= 0)
                close(master);
            return;
        }
        const pid_t pid = fork();
        if (pid == 0) {
            setsid();
            if (terminal) {
                const int slave = open(slaveName, O_RDWR);
                if (slave < 0 || ioctl(slave, TIOCSCTTY, 0) != 0)
                    _exit(127);
                for (int i = 0; i < 3; ++i)
                    dup2(slave, i);
                if (slave > 2)
                    close(slave);
            } else {
                for (int i = 0; i < 3; ++i)
                    dup2(fds[i], i);
            }
            runChild(command, m_original, errorPipe[1], false);
        }
        close(errorPipe[1]);
        int execError = pid < 0 ? errno : 0;
        if (pid > 0) {
            ssize_t got;
            do {
                got = read(errorPipe[0], &execError, sizeof execError);
            } while (got < 0 && errno == EINTR);
            if (got != static_cast<ssize_t>(sizeof execError))
                execError = 0;
        }
        close(errorPipe[0]);
        if (execError != 0) {
            reply("exec-error", id, execError);
        } else {
            m_pids[id] = pid;
            reply("started", id, pid, master);
        }
        if (master >= 0)
            close(master);
    }

    int m_fd = -1;
    sigset_t m_original;
    std::map<std::string, pid_t> m_pids; // a failed exec's child is reaped as an orphan
};

} // namespace
