#pragma once

#include "spec/SandboxSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sandbox {

// One finished run as the history keeps it. The spec holds no secret values
// (only secret names ever enter a spec).
struct RunRecord
{
    QString id;
    SandboxSpec spec;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int exitCode = -1;
    QString reason;     // as Sandbox::describe() said it, e.g. "exited"
    QString error;      // why it failed to start, if it did
    qint64 outputBytes = 0;
    bool outputTruncated = false;

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject& json, QString* error);
};

// Finished runs, persisted under <data dir>/history/<id>/ as run.json and
// output.log (the terminal transcript: stdout, stderr between colour
// escapes, capped by OutputCapture). The newest kMaxRuns are kept.
class RunHistory
{
public:
    static constexpr int kMaxRuns = 500;

    explicit RunHistory(QString directory);

    QString directory() const { return m_dir; }
    // Fills record.id when it is empty. Returns false and sets *error when
    // it cannot write; nothing half-written stays behind.
    bool add(RunRecord& record, const QByteArray& output, QString* error = nullptr);
    // Newest first. Unreadable entries are skipped.
    QList<RunRecord> runs() const;
    QByteArray output(const QString& id) const;
    bool remove(const QString& id);

    static QString newId(const QDateTime& startedAt);

private:
    void prune();

    QString m_dir;
};

} // namespace sandbox
