#pragma once

#include <QList>
#include <QString>

namespace sandbox {

// A library or tool and its version: the one compiled against and the
// one running now (a library may have been upgraded since). Empty when
// not known; a tool has only a running version.
struct ComponentVersion
{
    QString name;
    QString built;
    QString running;
};

// The engine's own libraries: Qt, libgit2, QtKeychain.
QList<ComponentVersion> engineLibraryVersions();
// The helper programs images and networking use: mmdebstrap, skopeo,
// pasta (first line of `--version`, or "not installed").
QList<ComponentVersion> helperToolVersions();

// The version in the file name of a shared library this process has
// loaded ("libfoo.so" → "2.1.0" for /usr/lib/.../libfoo.so.2.1.0), read
// from /proc/self/maps; empty when it is not loaded or unversioned.
QString loadedLibraryVersion(const QString& baseName);

} // namespace sandbox
