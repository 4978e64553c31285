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
    QString error;   // set when action == Invalid
    QString helpText;
    QStringList imageIds; // ImagesRemove: ids or names

    static RunCommandLine parse(const QStringList& arguments);
};

} // namespace sandbox
