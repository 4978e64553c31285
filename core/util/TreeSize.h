#pragma once

#include <QString>

namespace sandbox {

// Bytes in the regular files under `dir` (hidden ones too; symlinks are
// not followed); 0 when it does not exist.
qint64 treeBytes(const QString& dir);

} // namespace sandbox
