#pragma once

// Shared by the apply-back tests: a git repository as a run's source, a
// real run with that source added at /workspace, copies of the source,
// and a comparison of two trees (paths, modes, link targets, contents).
#include "GitFixture.h"
#include "TestSupport.h"
#include "apply/ChangeSet.h"
#include "cli/ImageCommands.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>

namespace testsupport {

// 30 lines, "line 1" to "line 30": edits at 2, 15 and 28 make three hunks.
inline QByteArray numberedLines(int count = 30)
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    return text;
}

// A repository with a few files and one commit, its own user set.
inline bool makeSourceRepo(const QString& dir)
{
    bool ok = writeTree(dir, {{QStringLiteral("main.py"), numberedLines()},
                              {QStringLiteral("README.md"), "# project\n"},
                              {QStringLiteral("old.txt"), "to be deleted\n"},
                              {QStringLiteral("tool.sh"), "echo tool\n"},
                              {QStringLiteral("pkg/__init__.py"), ""}});
    ok = ok && !git(dir, {QStringLiteral("init"), QStringLiteral("-q")}).isNull();
    ok = ok && !git(dir, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Apply Tester")}).isNull();
    ok = ok && !git(dir, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("apply@example.invalid")})
                    .isNull();
    ok = ok && !git(dir, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(dir, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("base")}).isNull();
    return ok;
}

inline bool copyTree(const QString& from, const QString& to)
{
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
    return cp.waitForFinished(120000) && cp.exitCode() == 0;
}

// Every path below `root` but .git, with its type, mode and content hash.
inline QStringList treeListing(const QString& root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (relative == QLatin1String(".git") || relative.startsWith(QLatin1String(".git/")))
            continue;
        const QFileInfo info(path);
        QString line = relative;
        if (info.isSymLink()) {
            line += QStringLiteral(" -> ") + info.readSymLink();
        } else if (info.isDir()) {
            line += QLatin1Char('/');
        } else {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            line += QStringLiteral(" %1 %2")
                        .arg(info.permissions() & QFileDevice::ExeOwner ? QStringLiteral("x") : QStringLiteral("-"))
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16)));
        }
        lines << line;
    }
    lines.sort();
    return lines;
}

// Runs `script` with `source` added at /workspace (its working directory)
// and keeps its files; nullptr and *error otherwise.
inline std::unique_ptr<sandbox::Sandbox> runInProject(sandbox::Engine& engine, const QString& source,
                                                      const QString& script, QString* error)
{
    sandbox::SandboxSpec spec = shellSpec(script);
    spec.image.steps << sandbox::ImageStep::addLocalDir(source, QStringLiteral("/workspace"));
    spec.workdir = QStringLiteral("/workspace");
    spec.timeoutSeconds = 300;
    const sandbox::ResolvedImage image =
        sandbox::imagecommands::build(engine.images(), spec.image, [](const QString&) {}, error);
    if (!image.isValid())
        return nullptr;
    std::unique_ptr<sandbox::Sandbox> box(engine.createSandbox(spec, error));
    if (!box)
        return nullptr;
    box->setKeepAfterExit(true);
    box->start();
    if (!box->waitForFinished(300000) || box->returnCode() != 0) {
        *error = QStringLiteral("the run failed: %1 %2").arg(box->returnCode()).arg(box->errorString());
        return nullptr;
    }
    return box;
}

inline sandbox::apply::ChangeSet changesOf(const sandbox::Sandbox& box, QString* error)
{
    sandbox::apply::ChangeSet changes;
    sandbox::apply::readChangeSet({box.upperDir(), box.lowerDirs()}, QStringLiteral("/workspace"), &changes, error);
    return changes;
}

inline sandbox::apply::FileDelta* fileIn(sandbox::apply::ChangeSet& changes, const QByteArray& path)
{
    for (sandbox::apply::FileDelta& file : changes.files) {
        if (file.relativePath == path || file.sandboxPath == path)
            return &file;
    }
    return nullptr;
}

} // namespace testsupport
