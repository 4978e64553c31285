#pragma once

// The two git-shaped ways of keeping a run's accepted changes: a patch in
// git's format (what `git diff --binary` writes, which `git apply` takes
// in the source folder) and one commit on a new branch of the source
// repository, made with libgit2 without touching its work tree, index or
// current branch.

#include "apply/ApplyPlan.h"

namespace sandbox::apply {

// The accepted changes of the project against the source as it was at
// launch; empty with *error set when libgit2 fails, empty with no error
// when nothing is accepted.
QByteArray writePatch(const ChangeSet& changes, QString* error);

struct BranchRequest
{
    QString repository; // the source folder, a git work tree
    QString branch;     // must not exist yet
    QString message;
    QString baseCommit; // the commit the run was launched from; empty: HEAD
};

// The commit the repository's HEAD names now, as hex; empty when the
// folder is not a git repository (or has no commit yet).
QString headCommit(const QString& repository);

// One commit with the accepted changes on top of the base commit, under a
// new branch; author and committer from the repository's git config. A
// file the base commit has other than the run saw it is merged three ways
// or refused, as for Apply to source. Returns the commit's id, or an empty
// string with *error.
QString commitToBranch(const ChangeSet& changes, const BranchRequest& request, ApplyReport* report, QString* error);

// A branch name made from a run's id: "sandbox/<id>".
QString branchNameFor(const QString& runId);

} // namespace sandbox::apply
