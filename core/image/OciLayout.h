#pragma once

#include "image/LayerStore.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// An image as skopeo leaves it in an OCI layout directory.
struct OciImage
{
    QStringList layerBlobs;   // paths of the layer tarballs, base first
    QStringList layerDigests; // their digests, base first
    ImageConfig config;       // Env, WorkingDir, Entrypoint, Cmd
};

namespace oci {

// Reads index.json, the manifest and the config of the only image in
// `layoutDir`. Sets *error and returns nothing on a malformed layout.
std::optional<OciImage> readLayout(const QString& layoutDir, QString* error);

// Turns the OCI whiteouts a layer tarball unpacked into `rootfs` into the
// overlayfs form: ".wh.NAME" becomes a 0/0 character device NAME, and
// ".wh..wh..opq" marks its directory opaque (trusted.overlay.opaque=y).
QString convertWhiteouts(const QString& rootfs);

} // namespace oci
} // namespace sandbox
