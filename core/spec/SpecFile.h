#pragma once

#include "spec/SandboxSpec.h"

#include <QString>

namespace sandbox {

// A spec as a JSON file (the form SandboxSpec::toJson gives), written
// atomically. False and *error (naming the file) when it cannot be.
bool writeSpecFile(const SandboxSpec& spec, const QString& path, QString* error);
// Reads and validates one; *error names the file and the problem.
SandboxSpec readSpecFile(const QString& path, QString* error);

} // namespace sandbox
