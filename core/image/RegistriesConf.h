#pragma once

// registries.conf (containers-registries.conf(5), version 2), read as podman
// and skopeo read it, to resolve short image names ("python:3.12-slim") to
// fully qualified references: short-name aliases first, then the
// unqualified-search registries (one is used, several are an error that
// lists them), and with neither, Docker Hub. Mirrors and prefix rewrites are
// left to skopeo and buildah, which read the same files.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

struct RegistryMirror
{
    QString location;
    bool insecure = false;
};

// One [[registry]] table.
struct RegistryEntry
{
    QString prefix; // defaults to location
    QString location;
    bool insecure = false;
    bool blocked = false;
    QList<RegistryMirror> mirrors;
};

class RegistriesConf
{
public:
    // What a short name resolved to, and why.
    struct Resolution
    {
        QString reference; // fully qualified, with a tag or digest
        QString how;       // e.g. "alias in /etc/containers/registries.conf.d/shortnames.conf"
    };

    // The main file (CONTAINERS_REGISTRIES_CONF, else the user's
    // ~/.config/containers/registries.conf when it exists, else
    // /etc/containers/registries.conf) and its drop-in directories.
    static QString mainFile();
    static QStringList dropInFiles();

    // Reads the main file and the drop-ins (missing files are empty).
    static RegistriesConf load(QString* error);
    // Reads these files in order; later ones override earlier ones.
    static RegistriesConf loadFiles(const QStringList& files, QString* error);

    // Whether `name` has no registry host ("python", "team/tool:1").
    static bool isShortName(const QString& name);
    // A short name, resolved; empty reference and *error on failure (an
    // invalid name, or several search registries and no alias).
    Resolution resolve(const QString& shortName, QString* error) const;
    // Load and resolve in one go.
    static Resolution resolveShortName(const QString& shortName, QString* error);
    // For the window: "→ docker.io/library/python:3.12-slim (Docker Hub: …)"
    // for a short name, the problem when it does not resolve, else empty.
    static QString describeShortName(const QString& name);

    // The [[registry]] table that applies to a reference (longest prefix).
    const RegistryEntry* registryFor(const QString& reference) const;

    // A registries.conf with this configuration, the search registries
    // (Docker Hub where none) and `extraAliases`, for buildah.
    QByteArray toToml(const QMap<QString, QString>& extraAliases = {}) const;

    QStringList searchRegistries;
    QMap<QString, QString> aliases;       // short name (no tag) -> qualified name
    QMap<QString, QString> aliasOrigins;  // short name -> the file that set it
    QString searchOrigin;                 // the file that set searchRegistries
    QList<RegistryEntry> registries;
    QStringList files; // the files that existed and were read

private:
    bool mergeFile(const QString& file, QString* error);
};

} // namespace sandbox
