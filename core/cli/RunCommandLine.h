#pragma once

#include "spec/SandboxSpec.h"

#include <QString>
#include <QStringList>

namespace sandbox {

// What `sandbox-run` was asked to do, parsed from its arguments. Kept out of
// main() so that the parsing is unit-tested.
struct RunCommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Invalid };

    Action action = Action::Invalid;
    SandboxSpec spec;
    QString runtime;
    bool terminal = false; // --tty: give the command a terminal (PTY)
    QString error;   // set when action == Invalid
    QString helpText;

    static RunCommandLine parse(const QStringList& arguments);
};

} // namespace sandbox
