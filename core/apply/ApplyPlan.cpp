#include "apply/ApplyPlan.h"

#include "apply/GitSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sandbox::apply {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::apply", text);
}

using Action = PlannedChange::Action;
using Kind = FileDelta::Kind;
using Content = FileDelta::Content;

PlannedChange make(Action action, const QString& reason = {})
{
    PlannedChange plan;
    plan.action = action;
    plan.reason = reason;
    return plan;
}

uint fileMode(const FileDelta& file, const CurrentEntry& current)
{
    const bool executable = gitMode(file, true) == 0100755;
    // The host's own bits stay unless the run changed the execute bit.
    if (current.exists && current.isFile && file.kind == Kind::Modified
        && (gitMode(file, false) == 0100755) == executable)
        return current.mode & 0777;
    return executable ? 0755 : 0644;
}

PlannedChange planLink(const FileDelta& file, const CurrentEntry& current)
{
    PlannedChange plan = make(Action::Symlink);
    plan.data = file.newData;
    if (!current.exists)
        return plan;
    if (current.isLink && current.data == file.newData)
        return make(Action::Nothing, tr("already so on the host"));
    const bool unchangedSinceLaunch = file.kind == Kind::Modified && current.data == file.oldData
                                      && current.isLink == (gitMode(file, false) == 0120000);
    if (unchangedSinceLaunch)
        return plan;
    return make(Action::Refuse, tr("the host has another file there since launch"));
}

PlannedChange planRemoval(const FileDelta& file, const CurrentEntry& current)
{
    if (!current.exists)
        return make(Action::Nothing, tr("already gone on the host"));
    if (file.content == Content::Directory)
        return current.isDirectory ? make(Action::RemoveDir) : make(Action::Refuse, tr("not a folder on the host"));
    const bool wasLink = file.content == Content::Symlink;
    if (current.isLink == wasLink && current.data == file.oldData)
        return make(Action::Remove);
    return make(Action::Refuse, tr("changed on the host since launch: not deleted"));
}

PlannedChange planContent(const FileDelta& file, const CurrentEntry& current)
{
    PlannedChange plan = make(Action::Write);
    plan.data = acceptedContent(file);
    plan.mode = fileMode(file, current);
    if (!current.exists) {
        if (file.kind == Kind::Modified)
            return make(Action::Refuse, tr("deleted on the host since launch"));
        return plan;
    }
    if (!current.isFile)
        return make(Action::Refuse, tr("not a regular file on the host"));
    if (current.data == plan.data)
        return (current.mode & 0777) == plan.mode ? make(Action::Nothing, tr("already so on the host")) : plan;
    if (file.kind == Kind::Added)
        return make(Action::Refuse, tr("the host has another file there since launch"));
    if (current.data == file.oldData)
        return plan;
    if (file.content != Content::Text)
        return make(Action::Refuse, tr("binary file changed on the host since launch"));
    QByteArray merged;
    if (!mergeText(file.oldData, current.data, plan.data, &merged))
        return make(Action::Refuse, tr("changed on the host since launch, and the accepted hunks overlap those edits"));
    plan.data = merged;
    plan.merged = true;
    return plan;
}

QString globToRegex(const QString& glob)
{
    QString out;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == QLatin1Char('*') && i + 1 < glob.size() && glob[i + 1] == QLatin1Char('*')) {
            out += QStringLiteral(".*");
            ++i;
            if (i + 1 < glob.size() && glob[i + 1] == QLatin1Char('/'))
                ++i, out += QStringLiteral("(?:/)?");
        } else if (c == QLatin1Char('*')) {
            out += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            out += QStringLiteral("[^/]");
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out;
}

bool matchesAny(const QString& path, const QStringList& globs)
{
    for (const QString& glob : globs) {
        const QString pattern = glob.contains(QLatin1Char('/')) ? QStringLiteral("^%1$").arg(globToRegex(glob))
                                                                : QStringLiteral("(^|/)%1$").arg(globToRegex(glob));
        if (QRegularExpression(pattern).match(path).hasMatch())
            return true;
    }
    return false;
}

} // namespace

PlannedChange planChange(const FileDelta& file, const CurrentEntry& current)
{
    if (file.outside)
        return make(Action::Outside, tr("outside the project: never applied"));
    if (!file.problem.isEmpty())
        return make(Action::Refuse, file.problem);
    if (!file.isTaken())
        return make(Action::NotAccepted, tr("not accepted"));
    if (!current.problem.isEmpty())
        return make(Action::Refuse, current.problem);
    if (file.kind == Kind::Deleted)
        return planRemoval(file, current);
    if (file.content == Content::Directory) {
        if (current.exists)
            return current.isDirectory ? make(Action::Nothing, tr("already so on the host"))
                                       : make(Action::Refuse, tr("the host has a file there"));
        return make(Action::MakeDir);
    }
    if (file.content == Content::Symlink)
        return planLink(file, current);
    return planContent(file, current);
}

int ApplyReport::count(ApplyOutcome::Result result) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [&](const ApplyOutcome& outcome) { return outcome.result == result; }));
}

QString ApplyReport::summary() const
{
    using Result = ApplyOutcome::Result;
    return QCoreApplication::translate(
               "sandbox::apply", "%1 applied, %2 merged, %3 unchanged, %4 not accepted, %5 refused, %6 outside the project")
        .arg(count(Result::Applied))
        .arg(count(Result::Merged))
        .arg(count(Result::Unchanged))
        .arg(count(Result::NotAccepted))
        .arg(count(Result::Refused))
        .arg(count(Result::Outside));
}

QString ApplyReport::details() const
{
    QStringList lines;
    for (const ApplyOutcome& outcome : outcomes) {
        QStringList why = outcome.notes;
        if (!outcome.reason.isEmpty())
            why.prepend(outcome.reason);
        if (outcome.result != ApplyOutcome::Result::Applied || !outcome.notes.isEmpty())
            lines << QStringLiteral("%1: %2").arg(outcome.path, why.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void ApplyReport::add(const FileDelta& file, const PlannedChange& plan)
{
    ApplyOutcome outcome;
    outcome.path = file.displayPath();
    outcome.reason = plan.reason;
    switch (plan.action) {
    case Action::Nothing:
        outcome.result = ApplyOutcome::Result::Unchanged;
        break;
    case Action::NotAccepted:
        outcome.result = ApplyOutcome::Result::NotAccepted;
        break;
    case Action::Refuse:
        outcome.result = ApplyOutcome::Result::Refused;
        break;
    case Action::Outside:
        outcome.result = ApplyOutcome::Result::Outside;
        break;
    default:
        outcome.result = plan.merged ? ApplyOutcome::Result::Merged : ApplyOutcome::Result::Applied;
        outcome.notes = file.notes;
        if (plan.merged)
            outcome.reason = QCoreApplication::translate("sandbox::apply", "changed on the host since launch: merged");
        break;
    }
    outcomes << outcome;
}

void selectByGlobs(ChangeSet* changes, const QStringList& includes, const QStringList& excludes)
{
    for (FileDelta& file : changes->files) {
        if (file.outside)
            continue;
        const QString path = file.displayPath();
        if ((!includes.isEmpty() && !matchesAny(path, includes)) || matchesAny(path, excludes))
            file.accepted = false;
    }
}

} // namespace sandbox::apply
