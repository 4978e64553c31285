#pragma once

#include "spec/SandboxSpec.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

// A spec as a JSON file (the form SandboxSpec::toJson gives), written
// atomically. False and *error (naming the file) when it cannot be.
bool writeSpecFile(const SandboxSpec& spec, const QString& path, QString* error);
// Reads and validates one; *error names the file and the problem.
SandboxSpec readSpecFile(const QString& path, QString* error);
// The one spec parser: validates JSON text that came from `origin` (a file
// name, or a phrase like "stdin"); *error starts with `origin`.
SandboxSpec parseSpecJson(const QByteArray& json, const QString& origin, QString* error);
// Specs are small; a larger input is refused rather than read whole.
inline constexpr qsizetype kMaxSpecBytes = 16 * 1024 * 1024;

} // namespace sandbox
