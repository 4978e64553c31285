#include "apply/ApplyBack.h"

#include "util/ConfinedOpen.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox::apply {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::apply", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString pathProblem(int code)
{
    if (code == ELOOP || code == EXDEV)
        return tr("a symbolic link on the host is in its way: not followed");
    if (code == ENOTDIR)
        return tr("a file on the host is where a folder should be");
    return QString::fromLocal8Bit(std::strerror(code));
}

QByteArray readAllFrom(int fd, qint64 size)
{
    QByteArray data(qsizetype(qMin<qint64>(size, kMaxApplyBytes)), Qt::Uninitialized);
    qint64 got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    data.truncate(qsizetype(got));
    return data;
}

CurrentEntry readCurrent(int rootFd, const QByteArray& path)
{
    CurrentEntry current;
    const UniqueFd handle(confined::openBeneath(rootFd, path, O_PATH | O_NOFOLLOW));
    if (!handle.isValid()) {
        if (errno != ENOENT)
            current.problem = pathProblem(errno);
        return current;
    }
    struct stat info;
    if (::fstat(handle.get(), &info) != 0) {
        current.problem = systemError();
        return current;
    }
    current.exists = true;
    current.mode = info.st_mode & 07777;
    current.isDirectory = S_ISDIR(info.st_mode);
    current.isLink = S_ISLNK(info.st_mode);
    current.isFile = S_ISREG(info.st_mode);
    if (current.isLink) {
        char target[4096];
        const ssize_t n = ::readlinkat(handle.get(), "", target, sizeof target);
        current.data = n > 0 ? QByteArray(target, n) : QByteArray();
    } else if (current.isFile) {
        if (info.st_size > kMaxApplyBytes) {
            current.problem = tr("the host's file is too large to compare");
            return current;
        }
        const QByteArray reopen = "/proc/self/fd/" + QByteArray::number(handle.get());
        const UniqueFd file(::open(reopen.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
        if (!file.isValid()) {
            current.problem = systemError();
            return current;
        }
        current.data = readAllFrom(file.get(), info.st_size);
    }
    return current;
}

// The folder of `path` (made as needed when `create`), every step below
// the root and no link followed; -1 with *error otherwise.
int openParent(int rootFd, const QByteArray& path, bool create, QString* error)
{
    int fd = ::dup(rootFd);
    QList<QByteArray> parts = path.split('/');
    parts.removeLast();
    for (const QByteArray& part : std::as_const(parts)) {
        int next = confined::openBeneath(fd, part, O_PATH | O_DIRECTORY);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(fd, part.constData(), 0755) != 0 && errno != EEXIST) {
                *error = systemError();
                ::close(fd);
                return -1;
            }
            next = confined::openBeneath(fd, part, O_PATH | O_DIRECTORY);
        }
        const int code = errno;
        ::close(fd);
        if (next < 0) {
            *error = pathProblem(code);
            return -1;
        }
        fd = next;
    }
    return fd;
}

// The folders files go into, the last one kept open: thousands of files
// in one folder then cost one walk down to it.
class Parents
{
public:
    explicit Parents(int rootFd) : m_root(rootFd) {}
    ~Parents() { forget(); }
    Parents(const Parents&) = delete;
    Parents& operator=(const Parents&) = delete;

    int open(const QByteArray& path, bool create, QString* error)
    {
        const qsizetype slash = path.lastIndexOf('/');
        const QByteArray dir = slash < 0 ? QByteArray() : path.left(slash);
        if (m_fd >= 0 && dir == m_dir)
            return m_fd;
        forget();
        m_fd = openParent(m_root, path, create, error);
        m_dir = dir;
        return m_fd;
    }
    void forget()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_root;
    int m_fd = -1;
    QByteArray m_dir;
};

QByteArray baseName(const QByteArray& path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QByteArray temporaryName(const QByteArray& name)
{
    return '.' + name.left(200) + ".sandbox-apply-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

bool writeFile(int parentFd, const QByteArray& name, const PlannedChange& plan, QString* error)
{
    const QByteArray temporary = temporaryName(name);
    const UniqueFd file(::openat(parentFd, temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                 0600));
    if (!file.isValid()) {
        *error = systemError();
        return false;
    }
    qsizetype written = 0;
    while (written < plan.data.size()) {
        const ssize_t n = ::write(file.get(), plan.data.constData() + written, size_t(plan.data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = systemError();
            ::unlinkat(parentFd, temporary.constData(), 0);
            return false;
        }
        written += n;
    }
    if (::fchmod(file.get(), plan.mode & 0777) != 0
        || ::renameat(parentFd, temporary.constData(), parentFd, name.constData()) != 0) {
        *error = systemError();
        ::unlinkat(parentFd, temporary.constData(), 0);
        return false;
    }
    return true;
}

bool carryOut(Parents& parents, const QByteArray& path, const PlannedChange& plan, QString* error)
{
    using Action = PlannedChange::Action;
    const bool create = plan.action == Action::Write || plan.action == Action::Symlink || plan.action == Action::MakeDir;
    const int parent = parents.open(path, create, error);
    if (parent < 0)
        return false;
    const QByteArray name = baseName(path);
    switch (plan.action) {
    case Action::Write:
        return writeFile(parent, name, plan, error);
    case Action::Symlink: {
        const QByteArray temporary = temporaryName(name);
        if (::symlinkat(plan.data.constData(), parent, temporary.constData()) != 0
            || ::renameat(parent, temporary.constData(), parent, name.constData()) != 0) {
            *error = systemError();
            ::unlinkat(parent, temporary.constData(), 0);
            return false;
        }
        return true;
    }
    case Action::Remove:
        if (::unlinkat(parent, name.constData(), 0) != 0) {
            *error = systemError();
            return false;
        }
        return true;
    case Action::MakeDir:
        if (::mkdirat(parent, name.constData(), 0755) != 0 && errno != EEXIST) {
            *error = systemError();
            return false;
        }
        return true;
    case Action::RemoveDir:
        if (::unlinkat(parent, name.constData(), AT_REMOVEDIR) != 0) {
            *error = errno == ENOTEMPTY ? tr("kept: the host's folder is not empty") : systemError();
            return false;
        }
        return true;
    default:
        return true;
    }
}

} // namespace

bool applyToDirectory(const ChangeSet& changes, const QString& directory, bool checkOnly, ApplyReport* report,
                      QString* error)
{
    const UniqueFd root(::open(QFile::encodeName(directory).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!root.isValid()) {
        *error = tr("%1: %2").arg(directory, systemError());
        return false;
    }
    report->outcomes.clear();
    Parents parents(root.get());
    QList<std::pair<qsizetype, PlannedChange>> folderRemovals;
    for (qsizetype i = 0; i < changes.files.size(); ++i) {
        const FileDelta& file = changes.files[i];
        const CurrentEntry current = file.canApply() && file.isTaken() ? readCurrent(root.get(), file.relativePath)
                                                                       : CurrentEntry();
        PlannedChange plan = planChange(file, current);
        // Folders go last, deepest first, once the files in them are gone.
        if (plan.action == PlannedChange::Action::RemoveDir && !checkOnly) {
            folderRemovals.append({i, plan});
            continue;
        }
        QString problem;
        if (!checkOnly && !carryOut(parents, file.relativePath, plan, &problem))
            plan = PlannedChange{PlannedChange::Action::Refuse, {}, 0, false, problem};
        report->add(file, plan);
    }
    for (auto it = folderRemovals.crbegin(); it != folderRemovals.crend(); ++it) {
        const FileDelta& file = changes.files[it->first];
        PlannedChange plan = it->second;
        QString problem;
        if (!carryOut(parents, file.relativePath, plan, &problem))
            plan = PlannedChange{PlannedChange::Action::Refuse, {}, 0, false, problem};
        report->add(file, plan);
    }
    error->clear();
    return true;
}

} // namespace sandbox::apply
