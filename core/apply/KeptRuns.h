#pragma once

// Finished runs whose files are kept under their id after the program that
// ran them exits (`sandbox-run --keep`), for `sandbox-run diff` and `apply`
// later: DATA/kept/<id>/ holds the run's writable layer ("upper", moved
// there from the sandbox's directory) and run.json (the image's layers it
// lay on, where the project was, the source folder and its commit at
// launch). openSandboxById() is the one place an id becomes files: a
// long-lived sandbox's lookup goes there too.

#include "apply/ChangeSet.h"
#include "util/Paths.h"

namespace sandbox {
class Sandbox;
}

namespace sandbox::apply {

struct KeptRun
{
    QString id;
    Layers layers;
    QString projectMount = QStringLiteral("/workspace");
    QString sourceDir;  // the host folder the project came from; may be empty
    QString baseCommit; // its HEAD at launch when it is a git repository
};

QString keptRunsDir(const Paths& paths);

// Moves a finished sandbox's writable layer under its id and records the
// rest; the sandbox's own directory can then go. False with *error when
// the layer cannot be moved (a writable layer on a tmpfs, for one).
bool keepRun(const Paths& paths, const KeptRun& run, QString* error);

// The host folder an image step of the sandbox's spec added at
// /workspace: the project's source; empty when none.
QString sourceDirOf(const Sandbox& sandbox);

// keepRun() for a finished sandbox kept after exit, with the source's HEAD
// as it was at launch (`baseCommit`). Returns the id, or empty with *error.
QString keepFinishedSandbox(const Sandbox& sandbox, const Paths& paths, const QString& baseCommit, QString* error);

// The files of the sandbox with this id: a kept run. False with *error
// naming the id when there is none.
bool openSandboxById(const Paths& paths, const QString& id, KeptRun* out, QString* error);

// Removes a kept run's files.
bool removeKeptRun(const Paths& paths, const QString& id, QString* error);

} // namespace sandbox::apply
