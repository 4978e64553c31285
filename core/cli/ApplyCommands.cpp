#include "cli/ApplyCommands.h"

#include "apply/ApplyBack.h"
#include "apply/GitOutputs.h"
#include "apply/KeptRuns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox", text);
}

constexpr int kUsage = 2;

// "path | 12 ++++----" as git's --stat.
QByteArray statOf(const apply::ChangeSet& changes)
{
    QByteArray out;
    int files = 0;
    int added = 0;
    int removed = 0;
    for (const apply::FileDelta& file : changes.files) {
        if (!file.isTaken())
            continue;
        ++files;
        int plus = 0;
        int minus = 0;
        for (const apply::Hunk& hunk : file.hunks) {
            for (const QByteArray& line : hunk.text.split('\n')) {
                plus += line.startsWith('+') ? 1 : 0;
                minus += line.startsWith('-') ? 1 : 0;
            }
        }
        added += plus;
        removed += minus;
        const QByteArray bar = file.content == apply::FileDelta::Content::Text
                                   ? QByteArray::number(plus + minus) + ' ' + QByteArray(qMin(plus, 40), '+')
                                         + QByteArray(qMin(minus, 40), '-')
                                   : QByteArrayLiteral("Bin");
        out += ' ' + file.relativePath + " | " + bar + '\n';
    }
    out += ' ' + QByteArray::number(files) + " files changed, " + QByteArray::number(added) + " insertions(+), "
           + QByteArray::number(removed) + " deletions(-)\n";
    return out;
}

void reportOutside(const apply::ChangeSet& changes, const ApplyCommandIo& io)
{
    for (const apply::FileDelta& file : changes.files) {
        if (file.outside)
            io.sayError(tr("outside the project, never applied: %1").arg(file.displayPath()));
        else if (!file.problem.isEmpty())
            io.sayError(tr("not applied: %1: %2").arg(file.displayPath(), file.problem));
    }
}

bool load(const QString& id, const Paths& paths, const QString& mount, apply::KeptRun* run, apply::ChangeSet* changes,
          QString* error)
{
    if (!apply::openSandboxById(paths, id, run, error))
        return false;
    return apply::readChangeSet(run->layers, mount.isEmpty() ? run->projectMount : mount, changes, error);
}

int runDiff(QCommandLineParser& parser, const Paths& paths, const ApplyCommandIo& io)
{
    const QStringList args = parser.positionalArguments();
    apply::KeptRun run;
    apply::ChangeSet changes;
    QString error;
    if (!load(args.value(0), paths, parser.value(QStringLiteral("from")), &run, &changes, &error)) {
        io.sayError(error);
        return 1;
    }
    apply::selectByGlobs(&changes, args.mid(1), {});
    reportOutside(changes, io);
    if (parser.isSet(QStringLiteral("stat"))) {
        io.writeOut(statOf(changes));
        return 0;
    }
    const QByteArray patch = apply::writePatch(changes, &error);
    if (!error.isEmpty()) {
        io.sayError(error);
        return 1;
    }
    io.writeOut(patch);
    return 0;
}

int runApply(QCommandLineParser& parser, const Paths& paths, const ApplyCommandIo& io)
{
    const QStringList args = parser.positionalArguments();
    const QString to = parser.value(QStringLiteral("to"));
    const QString branch = parser.value(QStringLiteral("branch"));
    if (args.size() != 1 || to.isEmpty() == branch.isEmpty()) {
        io.sayError(tr("apply: give one sandbox id and either --to DIR or --branch NAME"));
        return kUsage;
    }
    apply::KeptRun run;
    apply::ChangeSet changes;
    QString error;
    if (!load(args.first(), paths, parser.value(QStringLiteral("from")), &run, &changes, &error)) {
        io.sayError(error);
        return 1;
    }
    apply::selectByGlobs(&changes, parser.values(QStringLiteral("include")), parser.values(QStringLiteral("exclude")));
    apply::ApplyReport report;
    bool ok = true;
    if (!to.isEmpty()) {
        ok = apply::applyToDirectory(changes, to, parser.isSet(QStringLiteral("check")), &report, &error);
    } else {
        apply::BranchRequest request;
        request.repository = run.sourceDir.isEmpty() ? QDir::currentPath() : run.sourceDir;
        request.branch = branch;
        request.baseCommit = run.sourceDir.isEmpty() ? QString() : run.baseCommit;
        request.message = parser.isSet(QStringLiteral("message"))
                              ? parser.value(QStringLiteral("message"))
                              : tr("Changes kept from sandbox %1").arg(run.id);
        const QString commit = apply::commitToBranch(changes, request, &report, &error);
        ok = !commit.isEmpty();
        if (ok)
            io.writeOut((branch + QLatin1Char(' ') + commit + QLatin1Char('\n')).toUtf8());
    }
    if (!ok) {
        io.sayError(error);
        return 1;
    }
    if (const QString details = report.details(); !details.isEmpty())
        io.sayError(details);
    io.sayError(report.summary());
    return report.count(apply::ApplyOutcome::Result::Refused) > 0 ? 1 : 0;
}

} // namespace

bool isApplyCommand(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    return command == QLatin1String("diff") || command == QLatin1String("apply") || command == QLatin1String("rm");
}

int runApplyCommand(const QStringList& arguments, const Paths& paths, const ApplyCommandIo& io)
{
    const QString command = arguments.value(1);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("stat"), tr("diff: a summary per file instead of the patch.")},
                       {QStringLiteral("from"), tr("Where the project is in the sandbox (default: /workspace)."),
                        tr("path")},
                       {QStringLiteral("to"), tr("apply: write the changes into this folder."), tr("dir")},
                       {QStringLiteral("branch"), tr("apply: commit the changes to this new branch."), tr("name")},
                       {QStringLiteral("message"), tr("apply --branch: the commit message."), tr("text")},
                       {QStringLiteral("include"), tr("apply: only paths matching this glob (repeatable)."),
                        tr("glob")},
                       {QStringLiteral("exclude"), tr("apply: leave out paths matching this glob (repeatable)."),
                        tr("glob")},
                       {QStringLiteral("check"), tr("apply --to: only say what would happen.")}});
    if (!parser.parse(arguments.mid(1))) {
        io.sayError(parser.errorText());
        return kUsage;
    }
    // The command's name stands where the program's would.
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        io.sayError(tr("%1: give a sandbox id").arg(command));
        return kUsage;
    }
    if (command == QLatin1String("rm")) {
        QString error;
        for (const QString& id : args) {
            if (!apply::removeKeptRun(paths, id, &error)) {
                io.sayError(error);
                return 1;
            }
        }
        return 0;
    }
    return command == QLatin1String("diff") ? runDiff(parser, paths, io) : runApply(parser, paths, io);
}

} // namespace sandbox
