#pragma once

#include "spec/ImageRecipe.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

// What one sandbox run is: pure data, no side effects. The window and the
// command line both fill one of these; the engine takes it as it is.
struct SandboxSpec
{
    static constexpr int kDefaultTimeoutSeconds = 300;
    static constexpr int kMaxTimeoutSeconds = 7 * 24 * 3600;
    static constexpr int kMinMemoryMiB = 16;
    static constexpr int kMinDiskMiB = 16;
    static constexpr int kMaxCpuCores = 1024;

    // A host file or directory shown read-only at `target`.
    struct Mount
    {
        QString source;
        QString target;
        bool operator==(const Mount&) const = default;
    };
    // A named volume (see storage/Volumes) shown read-write at `target`.
    struct VolumeMount
    {
        QString name;
        QString target;
        bool operator==(const VolumeMount&) const = default;
    };

    QStringList command;
    ImageRecipe image; // debian-slim unless set; a name or reference converts implicitly
    QString workdir = QStringLiteral("/");
    QMap<QString, QString> env;
    int timeoutSeconds = kDefaultTimeoutSeconds;

    QList<Mount> mounts;
    QList<VolumeMount> volumes;
    // Names of stored secrets only; their values never enter a spec.
    QStringList secrets;
    // Empty: no GPU. "any", a count ("2"), or device ids ("0,1" or
    // "nvidia.com/gpu=0").
    QString gpu;
    double cpuCores = 0;  // 0: no limit
    int memoryMiB = 0;    // 0: no limit
    // The most the sandbox may write to its writable layer and to /tmp
    // (each; memory-backed, see README "Security model"); 0: the engine's
    // default (sandbox/DiskLimit.h).
    int diskMiB = 0;
    bool blockNetwork = false;

    // Volume and secret names: safe as file names and on a command line.
    static bool isValidStoreName(const QString& name);

    // Returns an empty string when the spec is valid, otherwise a sentence
    // that names the field at fault.
    QString validate() const;

    QJsonObject toJson() const;
    // Unknown keys are an error: a typo must not silently drop an option.
    static SandboxSpec fromJson(const QJsonObject& json, QString* error);
};

} // namespace sandbox
