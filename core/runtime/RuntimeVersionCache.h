#pragma once

#include <QString>

namespace sandbox {

// Remembers the first line of a runtime's `--version` so that a cold start
// (sandbox-run, one process per sandbox) does not pay a runtime process for
// it each time. An entry holds only while the binary at that path has the
// same inode, size and modification time; anything else (an upgrade, a
// replaced file, an unreadable cache) means asking the runtime again.
namespace runtimeversioncache {

// The cached version for `program`, or an empty string.
QString lookup(const QString& cacheFile, const QString& program);
// Records `version` for `program` as it is on disk now; best effort.
void store(const QString& cacheFile, const QString& program, const QString& version);

} // namespace runtimeversioncache

} // namespace sandbox
