#pragma once

// Creating a file inside a sandbox's root from the host without leaving
// it (for `sandbox-run cp` into a sandbox): every step of the path
// resolves as if the root were "/", and the last step is never a symbolic
// link.

#include <QString>

#include <sys/types.h>

namespace sandbox::files {

// Creates or truncates `path` below `rootDir` for writing with `mode`;
// returns the descriptor, or -1 and *error.
int createForWriting(const QString& rootDir, const QString& path, mode_t mode, QString* error);

} // namespace sandbox::files
