#pragma once

// A sandbox's changes kept as an image: its writable layer (whiteouts,
// opaque directories, special files and ownership as they are) becomes a
// new layer over its image's layers, published in the layer store and
// named in refs/ so that `images list/rm`, the window's image picker and
// `--image localhost/NAME` know it (a plain NAME becomes localhost/NAME,
// as podman names committed images).

#include <QString>

namespace sandbox {

class Engine;

// `pause`: freeze the running container while its layer is copied (the
// runtime's pause), so that the copy is consistent. Returns the new
// image's id, or empty and *error.
QString snapshotToImage(Engine& engine, const QString& containerId, bool pause, const QString& upperDir,
                        const QString& lowerDirs, const QString& tag, QString* error);

} // namespace sandbox
