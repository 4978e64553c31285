#pragma once

#include "spec/SandboxSpec.h"

#include <QString>
#include <QStringList>

namespace sandbox {

// The inverse of RunCommandLine::parse: the `sandbox-run` arguments that
// run this spec. Options at their default are left out; the image is
// always named. RunCommandLine::parse(sandboxRunArguments(spec)) gives the
// spec back.
QStringList sandboxRunArguments(const SandboxSpec& spec, const QString& runtime = {});

// The same as one shell-quoted line, starting with `sandbox-run`.
QString sandboxRunCommandLine(const SandboxSpec& spec, const QString& runtime = {});

} // namespace sandbox
