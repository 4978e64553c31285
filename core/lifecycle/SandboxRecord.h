#pragma once

// What the data directory says about a long-lived (detached) sandbox: its
// record (detached.json in the sandbox's directory, written by its monitor)
// and where its control socket and log are. Names are unique per data
// directory: a monitor claims one under names.lock.

#include "util/FileLock.h"
#include "util/Paths.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sandbox {

struct SandboxRecord
{
    QString id;
    QString name;
    QString image;   // how the user named it
    QString creator; // "cli", "window", "agent", "api"
    QMap<QString, QString> labels;
    qint64 createdMs = 0; // since the epoch
    qint64 monitorPid = 0;
    int timeoutSeconds = 0;
    int idleTimeoutSeconds = 0;
    bool keep = false;
    // The sandbox's files as the host sees them (rootful: the monitor's
    // mounts are the host's). Stable for apply-back and diffs.
    QString rootfsDir;
    QString upperDir;
    QString lowerDirs; // ':'-separated, top first

    QJsonObject toJson() const;
    static SandboxRecord fromJson(const QJsonObject& json);
    // True when every `wanted` label is set to its value.
    bool hasLabels(const QMap<QString, QString>& wanted) const;
};

namespace records {

QString dir(const Paths& paths, const QString& id);
QString recordPath(const Paths& paths, const QString& id);
QString socketPath(const Paths& paths, const QString& id);
QString logPath(const Paths& paths, const QString& id);

// Letters, digits, '.', '_' and '-', starting with a letter or digit, at
// most 64 characters.
bool isValidName(const QString& name);

bool write(const Paths& paths, const SandboxRecord& record, QString* error);
std::optional<SandboxRecord> read(const Paths& paths, const QString& id);
// Every sandbox of the data directory that has a record (live or kept).
QList<SandboxRecord> list(const Paths& paths);
// By id (or a unique prefix of at least 4 characters after "ss-") or by
// name; empty and *error when none or several match.
QString resolve(const Paths& paths, const QString& idOrName, QString* error);
// Held while a new sandbox checks its name is free and writes its record.
bool lockNames(const Paths& paths, FileLock* lock, QString* error);

} // namespace records
} // namespace sandbox
