#include "sandbox/Rootless.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox::rootless {

namespace {

bool g_active = false;
bool g_limitsDelegated = false;
bool g_attempted = false;
QString g_error;
QString g_mapping;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::rootless", text);
}

// The first range in /etc/subuid (or subgid) for this user: "start count".
QPair<qint64, qint64> subordinateRange(const QString& file, const QString& user, uid_t id)
{
    QFile ranges(file);
    if (!ranges.open(QIODevice::ReadOnly))
        return {0, 0};
    for (const QByteArray& line : ranges.readAll().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() != 3 || (QString::fromUtf8(fields[0]) != user && fields[0] != QByteArray::number(id)))
            continue;
        bool okStart = false;
        bool okCount = false;
        const qint64 start = fields[1].toLongLong(&okStart);
        const qint64 count = fields[2].toLongLong(&okCount);
        if (okStart && okCount && count > 0)
            return {start, count};
    }
    return {0, 0};
}

bool writeFile(const char* path, const QByteArray& content)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    ::close(fd);
    return ok;
}

int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Starts a child that stays outside the namespace and, once told through
// `goPipe`, maps `pid` with newuidmap and newgidmap; its exit status says
// whether both worked. Returns its pid, or -1.
pid_t mapWithHelpers(pid_t pid, uid_t uid, gid_t gid, QPair<qint64, qint64> uids, QPair<qint64, qint64> gids,
                     int goPipe)
{
    const QByteArray pidText = QByteArray::number(pid);
    const QByteArray uidText = QByteArray::number(uid);
    const QByteArray gidText = QByteArray::number(gid);
    const QByteArray uidStart = QByteArray::number(uids.first);
    const QByteArray uidCount = QByteArray::number(uids.second);
    const QByteArray gidStart = QByteArray::number(gids.first);
    const QByteArray gidCount = QByteArray::number(gids.second);
    const QByteArray newuidmap = QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("newuidmap")));
    const QByteArray newgidmap = QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("newgidmap")));
    if (newuidmap.isEmpty() || newgidmap.isEmpty())
        return -1;
    const pid_t helper = ::fork();
    if (helper < 0)
        return -1;
    if (helper == 0) {
        // Wait until the parent has its new namespace, then map it.
        char byte;
        if (::read(goPipe, &byte, 1) != 1)
            _exit(1);
        auto run = [](const QByteArray& program, const char* const* argv) {
            const pid_t child = ::fork();
            if (child == 0) {
                // A failure is expected where setuid helpers cannot work
                // (no_new_privs); the single mapping follows quietly.
                const int null = ::open("/dev/null", O_WRONLY);
                ::dup2(null, STDERR_FILENO);
                ::execv(program.constData(), const_cast<char* const*>(argv));
                _exit(127);
            }
            int status = 0;
            return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        };
        const char* uidArgs[] = {"newuidmap", pidText.constData(), "0", uidText.constData(), "1", "1",
                                 uidStart.constData(), uidCount.constData(), nullptr};
        const char* gidArgs[] = {"newgidmap", pidText.constData(), "0", gidText.constData(), "1", "1",
                                 gidStart.constData(), gidCount.constData(), nullptr};
        _exit(run(newuidmap, uidArgs) && run(newgidmap, gidArgs) ? 0 : 1);
    }
    return helper;
}

QString enterOnce();

} // namespace

QString enterUserNamespace()
{
    if (g_active || ::geteuid() == 0)
        return {};
    if (g_attempted)
        return g_error; // the first attempt's reason, not "too late now"
    g_attempted = true;
    g_error = enterOnce();
    return g_error;
}

namespace {

QString enterOnce()
{
    if (threadCount() > 1)
        return tr("rootless: the engine must start before any thread (it enters a user namespace)");
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    const passwd* account = ::getpwuid(uid);
    const QString user = account ? QString::fromLocal8Bit(account->pw_name) : QString();
    const auto uids = subordinateRange(QStringLiteral("/etc/subuid"), user, uid);
    const auto gids = subordinateRange(QStringLiteral("/etc/subgid"), user, uid);

    int go[2] = {-1, -1};
    pid_t helper = -1;
    if (uids.second > 0 && gids.second > 0 && ::pipe2(go, O_CLOEXEC) == 0)
        helper = mapWithHelpers(::getpid(), uid, gid, uids, gids, go[0]);
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (go[1] >= 0) {
            ::close(go[1]); // the helper reads EOF and gives up
            ::close(go[0]);
        }
        if (helper > 0)
            ::waitpid(helper, nullptr, 0);
        return tr("rootless: cannot create a user namespace (%1); enable unprivileged user namespaces "
                  "(kernel.unprivileged_userns_clone=1) or run as root")
            .arg(reason);
    }
    bool mapped = false;
    if (helper > 0) {
        [[maybe_unused]] const ssize_t sent = ::write(go[1], "g", 1);
        int status = 0;
        pid_t reaped;
        do {
            reaped = ::waitpid(helper, &status, 0);
        } while (reaped < 0 && errno == EINTR);
        mapped = reaped == helper && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    if (go[1] >= 0) {
        ::close(go[1]);
        ::close(go[0]);
    }
    if (mapped) {
        g_mapping = QStringLiteral("0 %1 1, 1 %2 %3").arg(uid).arg(uids.first).arg(uids.second);
    } else {
        // Only our own ids: enough for most programs, not for apt's
        // privilege drop (see the README).
        if (!writeFile("/proc/self/setgroups", "deny")
            || !writeFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1\n")
            || !writeFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1\n")) {
            return tr("rootless: cannot map this user into its user namespace: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        g_mapping = QStringLiteral("0 %1 1").arg(uid);
    }
    g_active = true;
    return {};
}

} // namespace

bool isActive()
{
    return g_active;
}

QString mappingDescription()
{
    return g_mapping;
}

void setLimitsDelegated(bool delegated)
{
    g_limitsDelegated = delegated;
}

QString limitsUnenforcedReason()
{
    if (!g_active || g_limitsDelegated)
        return {};
    return tr("resource limits are not enforced: running without root, the engine has no cgroup of its "
              "own to limit sandboxes with (run as root, or on a cgroup v2 host that delegates a cgroup "
              "to this user)");
}

} // namespace sandbox::rootless
