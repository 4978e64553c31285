#include "backend/NodeCgroups.h"

#include <QDir>

#include <unistd.h>

namespace sandbox::nodecgroups {

QString jobCgroupParent(const QByteArray& procSelfCgroup)
{
    for (const QByteArray& line : procSelfCgroup.split('\n')) {
        // "4:memory:/slurm_node1/uid_0/job_7/step_0/task_0"
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() < 3 || !fields.at(1).split(',').contains("memory"))
            continue;
        const QString path = QString::fromUtf8(fields.mid(2).join(':'));
        if (path.size() <= 1 || !path.startsWith(QLatin1Char('/')))
            return {};
        return path.mid(1) + QStringLiteral("/sandbox-studio");
    }
    return {};
}

void removeEmptyParents(const QString& parent, const QString& cgroupRoot)
{
    const QDir root(cgroupRoot);
    for (const QString& controller : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        QString relative = parent;
        while (!relative.isEmpty()) {
            const QString path = root.filePath(controller + QLatin1Char('/') + relative);
            if (::rmdir(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
                break; // in use (or the job's own): so are its ancestors
            const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
            relative = slash > 0 ? relative.left(slash) : QString();
        }
    }
}

} // namespace sandbox::nodecgroups
