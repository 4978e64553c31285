#pragma once

#include <QString>

namespace sandbox::imagemanifest {

// A cheap integrity record of a built image: size and mtime of the files
// no sandbox starts without (the programs in usr/bin and usr/sbin, the
// loader and the shared libraries next to libc). Written when an image is
// published; checked before each sandbox (a few milliseconds), so a
// truncated or deleted file in the cache is found and the image rebuilt
// instead of sandboxes failing in odd ways.

// Returns an empty string on success, otherwise the reason.
QString write(const QString& rootfs, const QString& manifestPath);

// Returns an empty string when every recorded file is as recorded,
// otherwise the first damage found (which file, what changed).
QString verify(const QString& rootfs, const QString& manifestPath);

} // namespace sandbox::imagemanifest
