#pragma once

// What taking one accepted change means for a target that may have moved
// on since the run was launched (the host folder, or the commit the run
// started from): the same rules everywhere, so that Apply to source, the
// branch and `sandbox-run apply` agree. A file the target changed since
// launch is merged three ways (libgit2's git_merge_file) when the edits do
// not overlap, and refused with the reason otherwise: never overwritten.

#include "apply/ChangeSet.h"

namespace sandbox::apply {

// The target's entry at a path, as it is now.
struct CurrentEntry
{
    bool exists = false;
    bool isFile = false;
    bool isLink = false;
    bool isDirectory = false;
    QByteArray data; // content, or the link's target
    uint mode = 0;
    QString problem; // it cannot be read (a link on its path...)
};

struct PlannedChange
{
    enum class Action { Write, Symlink, Remove, MakeDir, RemoveDir, Nothing, NotAccepted, Refuse, Outside };
    Action action = Action::Nothing;
    QByteArray data; // what to write, or the link's target
    uint mode = 0644;
    bool merged = false;
    QString reason; // for Nothing, Refuse and Outside
};

PlannedChange planChange(const FileDelta& file, const CurrentEntry& current);

// What happened to one path.
struct ApplyOutcome
{
    enum class Result { Applied, Merged, Unchanged, NotAccepted, Refused, Outside };
    QString path;
    Result result = Result::Applied;
    QString reason;
    QStringList notes;
};

struct ApplyReport
{
    QList<ApplyOutcome> outcomes;

    int count(ApplyOutcome::Result result) const;
    // "3 applied, 1 merged, 2 refused, 4 outside the project"
    QString summary() const;
    // One line per path that was not simply applied, with the reason.
    QString details() const;
    void add(const FileDelta& file, const PlannedChange& plan);
};

// Leaves accepted only the files whose project path matches one of
// `includes` (all when empty) and none of `excludes` (shell wildcards,
// '*' not crossing '/', "**" crossing it; a pattern without '/' matches the
// file name anywhere).
void selectByGlobs(ChangeSet* changes, const QStringList& includes, const QStringList& excludes);

} // namespace sandbox::apply
