#pragma once

#include <QString>
#include <QStringList>

namespace sandbox::mounts {

// Mounts an overlay of `lower` (read-only) and `upper` at `target`. Returns
// an empty string on success, otherwise the reason. `userXattrs`: keep
// overlay metadata in user.* attributes (needed inside a user namespace).
QString mountOverlay(const QString& lower, const QString& upper, const QString& work,
                     const QString& target, bool userXattrs = false);
// Mounts a fresh tmpfs of at most `sizeBytes` at `target`, private to its
// owner (mode 0700). Returns an empty string on success, otherwise the reason.
QString mountTmpfs(const QString& target, qint64 sizeBytes);
// Removes the directory tree at `dir` without ever reaching into a mount
// below it: detaches those first, and removes nothing while one stays.
bool removeTreeSafely(const QString& dir);
// Detaches the mount at `target`; true when nothing is mounted there after.
bool unmount(const QString& target);
// Mount points at or under `prefix`, deepest first, as this process sees them.
QStringList mountPointsUnder(const QString& prefix);

} // namespace sandbox::mounts
