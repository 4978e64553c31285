#pragma once

#include "spec/SandboxSpec.h"

#include <QString>

namespace sandbox {

// Loads the spec named by `sandbox-run --spec SOURCE`: a JSON file, or
// "-" for the first line of stdin. Reading stdin stops right after that
// line, so everything after it is left for the sandbox. Sets *error (and
// returns a default spec) when the source is unreadable or the spec is
// invalid.
SandboxSpec readSpec(const QString& source, QString* error);

} // namespace sandbox
