// sandbox-init: the first process of every sandbox (PID 1 of its PID
// namespace). It runs the command as its child, reaps orphans, forwards
// signals, and tells the engine how the command ended. When it exits the
// kernel kills everything left in the namespace, so no grandchild survives.
//
// Built static: images may lack glibc. Uses libc only.
//
// Two ways to be told what to run:
//   pipe mode (default): fd 4 carries the command from the engine, fd 3 takes
//     the report ("exit N", "signal N" or "exec-error ERRNO"). When the engine
//     goes away (fd 3 reports POLLERR), the sandbox is killed.
//   argv mode: `sandbox-init -- COMMAND...` for runtimes that cannot pass
//     extra descriptors; the end is encoded in the exit code (128+N).
//   `sandbox-init --pause`: waits for a signal (the main command of a
//     sandbox created without one).
// When fd 5 is open in pipe mode (a detached sandbox's monitor), it is a
// SOCK_SEQPACKET socket on which the monitor asks for more processes (exec,
// see ExecService.h): they are this init's children, so they share the
// sandbox's namespaces, seccomp filter, capabilities and cgroup.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kStatusFd = 3;
constexpr int kCommandFd = 4;

// Signals passed on to the command; the rest keep their default meaning.
constexpr int kForwarded[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM,
                              SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGABRT};

struct Command
{
    std::string cwd = "/";
    std::vector<std::string> args;
    std::vector<std::string> env;
};

void noteAndExit(const char* what)
{
    dprintf(STDERR_FILENO, "sandbox-init: %s: %s\n", what, strerror(errno));
    _exit(127);
}

std::string readAll(int fd)
{
    std::string data;
    char buffer[8192];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0) {
            data.append(buffer, static_cast<size_t>(n));
        } else if (n == 0) {
            return data;
        } else if (errno != EINTR) {
            noteAndExit("reading the command");
        }
    }
}

// The command arrives as NUL-terminated fields: cwd, argc, args..., envc, env...
bool parseCommand(const std::string& data, Command* command)
{
    std::vector<std::string> fields;
    size_t start = 0;
    while (start < data.size()) {
        const size_t end = data.find('\0', start);
        if (end == std::string::npos)
            return false;
        fields.emplace_back(data, start, end - start);
        start = end + 1;
    }
    size_t i = 0;
    auto next = [&](std::string* out) {
        if (i >= fields.size())
            return false;
        *out = fields[i++];
        return true;
    };
    auto count = [&](size_t* out) {
        std::string text;
        if (!next(&text) || text.empty() || text.size() > 7)
            return false;
        char* endp = nullptr;
        *out = strtoul(text.c_str(), &endp, 10);
        return *endp == '\0';
    };
    size_t n = 0;
    if (!next(&command->cwd) || !count(&n) || n == 0)
        return false;
    command->args.resize(n);
    for (auto& arg : command->args) {
        if (!next(&arg))
            return false;
    }
    if (!count(&n))
        return false;
    command->env.resize(n);
    for (auto& entry : command->env) {
        if (!next(&entry))
            return false;
    }
    return i == fields.size();
}

void makeDirs(const std::string& path)
{
    for (size_t slash = path.find('/', 1); ; slash = path.find('/', slash + 1)) {
        const std::string prefix = path.substr(0, slash);
        if (!prefix.empty())
            mkdir(prefix.c_str(), 0755);
        if (slash == std::string::npos)
            return;
    }
}

void writeAll(int fd, const char* text)
{
    size_t left = strlen(text);
    while (left > 0) {
        const ssize_t n = write(fd, text, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        text += n;
        left -= static_cast<size_t>(n);
    }
}

[[noreturn]] void runChild(const Command& command, const sigset_t& original, int errorPipe, bool terminal)
{
    for (int sig : kForwarded)
        signal(sig, SIG_DFL);
    sigprocmask(SIG_SETMASK, &original, nullptr);
    if (terminal) {
        // Its own process group in the terminal's foreground, so that
        // Ctrl+C reaches the command and not this init.
        setpgid(0, 0);
        signal(SIGTTOU, SIG_IGN);
        tcsetpgrp(STDIN_FILENO, getpid());
        signal(SIGTTOU, SIG_DFL);
    }
    makeDirs(command.cwd);
    int failure = 0;
    if (chdir(command.cwd.c_str()) != 0) {
        failure = errno;
    } else {
        clearenv();
        for (const auto& entry : command.env)
            putenv(const_cast<char*>(entry.c_str()));
        std::vector<char*> argv;
        for (const auto& arg : command.args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        failure = errno;
    }
    [[maybe_unused]] ssize_t ignored = write(errorPipe, &failure, sizeof failure);
    _exit(127);
}

// `--read PATH` copies a file to stdout, `--write PATH MODE` stdin to a new
// or truncated file (never through a symbolic link): `sandbox-run cp`,
// exec'd inside the sandbox so that its own mounts and root apply.
int copyFile(bool write, const char* path, const char* mode)
{
    const int fd = write ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                                static_cast<mode_t>(strtoul(mode, nullptr, 8) & 07777))
                         : open(path, O_RDONLY | O_CLOEXEC);
    struct stat info{};
    if (fd < 0 || fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        dprintf(STDERR_FILENO, "%s: %s\n", path, fd < 0 ? strerror(errno) : "not a regular file");
        return 1;
    }
    const int from = write ? STDIN_FILENO : fd;
    const int to = write ? fd : STDOUT_FILENO;
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(from, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            noteAndExit("reading");
        if (n == 0)
            return close(fd) == 0 ? 0 : 1;
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(to, buffer + done, static_cast<size_t>(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                noteAndExit("writing");
            done += w;
        }
    }
}

} // namespace

#include "ExecService.h"

int main(int argc, char* argv[])
{
    if (argc == 2 && strcmp(argv[1], "--pause") == 0) {
        for (;;)
            pause();
    }
    if (argc >= 3 && (strcmp(argv[1], "--read") == 0 || strcmp(argv[1], "--write") == 0))
        return copyFile(argv[1][2] == 'w', argv[2], argc > 3 ? argv[3] : "644");
    const bool argvMode = argc > 2 && strcmp(argv[1], "--") == 0;
    Command command;
    if (argvMode) {
        for (int i = 2; i < argc; ++i)
            command.args.emplace_back(argv[i]);
        for (char** entry = environ; *entry; ++entry)
            command.env.emplace_back(*entry);
        if (char* cwd = getcwd(nullptr, 0)) {
            command.cwd = cwd;
            free(cwd);
        }
    } else {
        if (fcntl(kStatusFd, F_SETFD, FD_CLOEXEC) != 0 || fcntl(kCommandFd, F_GETFD) < 0) {
            dprintf(STDERR_FILENO, "sandbox-init: started without its engine descriptors\n");
            return 127;
        }
        const std::string data = readAll(kCommandFd);
        close(kCommandFd);
        if (data.empty())
            return 0; // discarded before use
        if (!parseCommand(data, &command)) {
            dprintf(STDERR_FILENO, "sandbox-init: malformed command\n");
            return 127;
        }
    }
    const bool terminal = isatty(STDIN_FILENO);

    sigset_t handled;
    sigset_t original;
    sigemptyset(&handled);
    sigaddset(&handled, SIGCHLD);
    for (int sig : kForwarded)
        sigaddset(&handled, sig);
    sigprocmask(SIG_BLOCK, &handled, &original);
    const int signals = signalfd(-1, &handled, SFD_CLOEXEC);
    if (signals < 0)
        noteAndExit("signalfd");

    int errorPipe[2];
    if (pipe2(errorPipe, O_CLOEXEC) != 0)
        noteAndExit("pipe");
    const pid_t child = fork();
    if (child < 0)
        noteAndExit("fork");
    if (child == 0)
        runChild(command, original, errorPipe[1], terminal);
    close(errorPipe[1]);
    int execError = 0;
    ssize_t got;
    do {
        got = read(errorPipe[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    close(errorPipe[0]);
    if (got == static_cast<ssize_t>(sizeof execError)) {
        int ignored = 0;
        waitpid(child, &ignored, 0);
        if (argvMode) {
            dprintf(STDERR_FILENO, "sandbox-init: cannot run %s: %s\n", command.args[0].c_str(),
                    strerror(execError));
            return 127;
        }
        char report[64];
        snprintf(report, sizeof report, "exec-error %d\n", execError);
        writeAll(kStatusFd, report);
        return 127;
    }

    ExecService execs(argvMode ? -1 : kExecFd, original);
    for (;;) {
        pollfd fds[3] = {{signals, POLLIN, 0}, {argvMode ? -1 : kStatusFd, 0, 0}, {execs.fd(), POLLIN, 0}};
        if (poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            noteAndExit("poll");
        }
        if (fds[1].revents & (POLLERR | POLLHUP)) {
            // The engine is gone: nobody can read the output or stop us.
            kill(child, SIGKILL);
            return 137;
        }
        if (fds[2].revents & (POLLERR | POLLHUP)) {
            kill(child, SIGKILL); // the monitor is gone
            return 137;
        }
        if (fds[2].revents & POLLIN)
            execs.serve();
        if (!(fds[0].revents & POLLIN))
            continue;
        signalfd_siginfo info;
        if (read(signals, &info, sizeof info) != static_cast<ssize_t>(sizeof info))
            continue;
        if (info.ssi_signo != SIGCHLD) {
            kill(child, static_cast<int>(info.ssi_signo));
            continue;
        }
        int status = 0;
        pid_t pid;
        while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
            if (pid != child) {
                execs.reaped(pid, status); // an exec'd process, or an orphan we inherited
                continue;
            }
            if (argvMode)
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            char report[64];
            if (WIFEXITED(status))
                snprintf(report, sizeof report, "exit %d\n", WEXITSTATUS(status));
            else
                snprintf(report, sizeof report, "signal %d\n", WTERMSIG(status));
            writeAll(kStatusFd, report);
            return 0;
        }
    }
}
