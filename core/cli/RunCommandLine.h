#pragma once

#include "spec/SandboxSpec.h"

#include <QString>
#include <QStringList>

namespace sandbox {

// What `sandbox-run` was asked to do, parsed from its arguments. Kept out of
// main() so that the parsing is unit-tested.
struct RunCommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Invalid, ImagesList, ImagesBuild, ImagesRemove, ImagesPrune };

    Action action = Action::Invalid;
    SandboxSpec spec;
    QString runtime;
    // --spec FILE|-: the whole spec as JSON, instead of a command and
    // options; "-" reads it from the first line of stdin (the rest is the
    // sandbox's stdin). main() loads it.
    QString specSource;
    // --report-status: machine-readable "sandbox-run: status: ..." lines
    // on stderr, for cluster backends.
    bool reportStatus = false;
    // --on CLUSTER: run on a configured cluster instead of here.
    QString cluster;
    bool terminal = false; // --tty: give the command a terminal (PTY)
    // --keep: keep the files after exit under the sandbox's id (printed on
    // stderr) for `sandbox-run diff/apply`, until `sandbox-run rm ID`.
    bool keep = false;
    QString error;   // set when action == Invalid
    QString helpText;
    QStringList imageIds; // ImagesRemove: ids or names

    static RunCommandLine parse(const QStringList& arguments);
};

} // namespace sandbox
