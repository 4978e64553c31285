#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sandbox {

struct ImageStep;

// Host files that go into an image: add_local_file, add_local_dir, and
// local directory or tarball bases. Their content is part of a layer's key,
// so an edited file builds a new layer.
namespace localfiles {

// True when `relativePath` (or its file name) matches one of the globs.
bool isIgnored(const QString& relativePath, const QStringList& patterns);

// Hash of what add_local_file / add_local_dir would copy: paths, modes,
// link targets and contents. Sets *error when the source is missing.
QByteArray contentDigest(const ImageStep& step, QString* error);
// Hash of a tarball's bytes. With `cacheDir`, the hash is remembered there
// by path, size, inode and mtime, so that resolving a built image does not
// read a large tarball again.
QByteArray fileDigest(const QString& path, QString* error, const QString& cacheDir = {});
// Hash of a directory tree's metadata (paths, types, modes, sizes, mtimes):
// a base directory is too large to read whole on every resolve.
QByteArray treeMetadataDigest(const QString& dir, QString* error);

// Copies the step's source into `rootfs` at its destination. Returns an
// empty string or the reason (ENOSPC included).
QString copyInto(const ImageStep& step, const QString& rootfs);

} // namespace localfiles
} // namespace sandbox
