#include "sandbox/CgroupDelegation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC 0x63677270
#endif

namespace sandbox::cgroup {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::cgroup", text);
}

bool ownedBy(const QString& path, uid_t uid)
{
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && info.st_uid == uid;
}

// Owned by `uid` and writable by its owner: what systemd hands over.
bool writableBy(const QString& path, uid_t uid)
{
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && info.st_uid == uid
           && (info.st_mode & S_IWUSR) != 0;
}

QStringList words(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(in.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList requiredControllers()
{
    return {QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("pids")};
}

QString ownCgroupFromProcFile(const QByteArray& procSelfCgroup)
{
    for (const QByteArray& line : procSelfCgroup.split('\n')) {
        if (line.startsWith("0::"))
            return QString::fromUtf8(line.mid(3)).trimmed();
    }
    return {};
}

Delegation findDelegation(const QString& root, const QString& ownCgroup, uid_t uid)
{
    Delegation result;
    const QString rootPath = QDir::cleanPath(root);
    const QString own = QDir::cleanPath(QLatin1Char('/') + ownCgroup);
    if (ownCgroup.isEmpty() || own.contains(QLatin1String("/../")) || own.endsWith(QLatin1String("/.."))) {
        result.problem = tr("this process is in no cgroup v2 hierarchy");
        return result;
    }
    // Topmost directory on the way up that the user still owns.
    QString found;
    for (QString relative = own; relative != QLatin1String("/") && !relative.isEmpty();
         relative = QFileInfo(relative).path()) {
        const QString dir = rootPath + relative;
        if (!QFileInfo(dir).isDir() || !ownedBy(dir, uid))
            break;
        found = dir;
    }
    if (found.isEmpty()) {
        result.problem = tr("no cgroup on the way from %1 up is delegated to this user").arg(own);
        return result;
    }
    for (const char* file : {"cgroup.procs", "cgroup.subtree_control"}) {
        const QString path = found + QLatin1Char('/') + QLatin1String(file);
        if (!writableBy(path, uid)) {
            result.problem = tr("%1 is not writable by this user").arg(path);
            return result;
        }
    }
    const QStringList offered = words(found + QStringLiteral("/cgroup.controllers"));
    QStringList missing;
    for (const QString& controller : requiredControllers()) {
        if (!offered.contains(controller))
            missing << controller;
    }
    if (!missing.isEmpty()) {
        result.problem = tr("the delegated cgroup %1 lacks the controllers %2")
                             .arg(found, missing.join(QStringLiteral(", ")));
        return result;
    }
    result.path = found;
    result.relativePath = found.mid(rootPath.size() + 1);
    return result;
}

QString prepareDelegatedParent(const Delegation& delegation, const QString& root, const QString& parent)
{
    if (!delegation.isValid())
        return delegation.problem;
    const QString dir = QDir::cleanPath(root) + QLatin1Char('/') + parent;
    if (!dir.startsWith(delegation.path + QLatin1Char('/')))
        return tr("%1 is not below the delegated cgroup %2").arg(dir, delegation.path);
    const bool made = !QFileInfo(dir).isDir();
    if (made && !QDir().mkpath(dir))
        return tr("cannot create the cgroup %1").arg(dir);
    QByteArray enable;
    for (const QString& controller : requiredControllers())
        enable += '+' + controller.toLatin1() + ' ';
    enable.chop(1);
    // Every level from the delegation down hands the controllers on.
    for (QString level = delegation.path; ; ) {
        QFile control(level + QStringLiteral("/cgroup.subtree_control"));
        if (!control.open(QIODevice::WriteOnly) || control.write(enable) != enable.size() || !control.flush()) {
            const QString error = tr("cannot enable %1 in %2: %3")
                                      .arg(QString::fromLatin1(enable), control.fileName(), control.errorString());
            if (made)
                QDir().rmdir(dir);
            return error;
        }
        if (level == dir)
            break;
        level += QLatin1Char('/') + dir.mid(level.size() + 1).section(QLatin1Char('/'), 0, 0);
    }
    return {};
}

Delegation detectDelegation()
{
    const QString root = QStringLiteral("/sys/fs/cgroup");
    struct statfs fs{};
    if (::statfs(QFile::encodeName(root).constData(), &fs) != 0 || fs.f_type != CGROUP2_SUPER_MAGIC) {
        Delegation none;
        none.problem = tr("this host does not run cgroup v2 alone (cgroup v1 or hybrid)");
        return none;
    }
    QFile self(QStringLiteral("/proc/self/cgroup"));
    if (!self.open(QIODevice::ReadOnly)) {
        Delegation none;
        none.problem = self.errorString();
        return none;
    }
    return findDelegation(root, ownCgroupFromProcFile(self.readAll()), ::getuid());
}

} // namespace sandbox::cgroup
