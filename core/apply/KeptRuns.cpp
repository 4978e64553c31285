#include "apply/KeptRuns.h"

#include "sandbox/Sandbox.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sandbox::apply {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::apply", text);
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

QString keptRunsDir(const Paths& paths)
{
    return paths.dataDir + QStringLiteral("/kept");
}

bool keepRun(const Paths& paths, const KeptRun& run, QString* error)
{
    if (!isValidId(run.id)) {
        *error = tr("not a sandbox id: %1").arg(run.id);
        return false;
    }
    const QString dir = keptRunsDir(paths) + QLatin1Char('/') + run.id;
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return false;
    }
    QJsonObject record{{QStringLiteral("id"), run.id},
                       {QStringLiteral("lowerDirs"), run.layers.lowerDirs},
                       {QStringLiteral("projectMount"), run.projectMount},
                       {QStringLiteral("sourceDir"), run.sourceDir},
                       {QStringLiteral("baseCommit"), run.baseCommit}};
    QSaveFile file(dir + QStringLiteral("/run.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        QDir(dir).removeRecursively();
        return false;
    }
    const QString target = dir + QStringLiteral("/upper");
    if (std::rename(QFile::encodeName(run.layers.upperDir).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    // A writable layer on a tmpfs cannot be moved: copied whole instead,
    // whiteouts (devices) and opaque marks (xattrs) included.
    const int code = errno;
    if (code == EXDEV) {
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), run.layers.upperDir, target});
        if (copy.waitForFinished(-1) && copy.exitStatus() == QProcess::NormalExit && copy.exitCode() == 0)
            return true;
    }
    const QString problem = QString::fromLocal8Bit(std::strerror(code));
    *error = tr("cannot keep the sandbox's files: %1").arg(problem);
    mounts::removeTreeSafely(dir);
    return false;
}

QString sourceDirOf(const Sandbox& sandbox)
{
    QString source;
    for (const ImageStep& step : sandbox.spec().image.steps) {
        if (step.kind == ImageStep::Kind::AddLocalDir && QDir::cleanPath(step.path) == QLatin1String("/workspace"))
            source = step.source;
    }
    return source;
}

QString keepFinishedSandbox(const Sandbox& sandbox, const Paths& paths, const QString& baseCommit, QString* error)
{
    if (!sandbox.filesAvailable()) {
        *error = tr("the sandbox's files are not available to keep");
        return {};
    }
    KeptRun run;
    run.id = sandbox.id();
    run.layers = {sandbox.upperDir(), sandbox.lowerDirs()};
    run.sourceDir = sourceDirOf(sandbox);
    run.baseCommit = baseCommit;
    return keepRun(paths, run, error) ? run.id : QString();
}

bool openSandboxById(const Paths& paths, const QString& id, KeptRun* out, QString* error)
{
    const QString dir = keptRunsDir(paths) + QLatin1Char('/') + id;
    QFile file(dir + QStringLiteral("/run.json"));
    if (!isValidId(id) || !file.open(QIODevice::ReadOnly)) {
        *error = tr("no kept sandbox with the id %1 (keep one with sandbox-run --keep)").arg(id);
        return false;
    }
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    out->id = id;
    out->layers.upperDir = dir + QStringLiteral("/upper");
    out->layers.lowerDirs = record.value(QStringLiteral("lowerDirs")).toString();
    out->projectMount = record.value(QStringLiteral("projectMount")).toString(QStringLiteral("/workspace"));
    out->sourceDir = record.value(QStringLiteral("sourceDir")).toString();
    out->baseCommit = record.value(QStringLiteral("baseCommit")).toString();
    const QStringList lowers = out->layers.lowerDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString& lower : lowers) {
        if (!QFileInfo(lower).isDir()) {
            *error = tr("the image sandbox %1 ran on is gone (%2): its changes cannot be compared").arg(id, lower);
            return false;
        }
    }
    return true;
}

bool removeKeptRun(const Paths& paths, const QString& id, QString* error)
{
    const QString dir = keptRunsDir(paths) + QLatin1Char('/') + id;
    if (!isValidId(id) || !QFileInfo(dir).isDir()) {
        *error = tr("no kept sandbox with the id %1").arg(id);
        return false;
    }
    if (!mounts::removeTreeSafely(dir) && QFileInfo::exists(dir)) {
        *error = tr("cannot remove %1").arg(dir);
        return false;
    }
    return true;
}

} // namespace sandbox::apply
