#include "history/RunHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::RunHistory", text);
}

const QString kRecordFile = QStringLiteral("run.json");
const QString kOutputFile = QStringLiteral("output.log");

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{8}-[0-9]{9}-[0-9a-f]{4}$"));
    return pattern.match(id).hasMatch();
}

// Written beside, then renamed: a reader never sees half a file. No fsync:
// this runs on the GUI thread and a run's output may be megabytes.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path + QStringLiteral(".part"));
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush()) {
        file.close();
        if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) == 0)
            return true;
    }
    QFile::remove(file.fileName());
    if (error)
        *error = tr("history: cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QJsonObject RunRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("spec"), spec.toJson()},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("error"), error},
        {QStringLiteral("outputBytes"), outputBytes},
        {QStringLiteral("outputTruncated"), outputTruncated},
    };
}

RunRecord RunRecord::fromJson(const QJsonObject& json, QString* error)
{
    RunRecord record;
    QString specError;
    record.spec = SandboxSpec::fromJson(json.value(QStringLiteral("spec")).toObject(), &specError);
    if (!specError.isEmpty()) {
        if (error)
            *error = specError;
        return {};
    }
    record.id = json.value(QStringLiteral("id")).toString();
    record.startedAt = QDateTime::fromString(json.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    record.durationMs = json.value(QStringLiteral("durationMs")).toInteger();
    record.exitCode = json.value(QStringLiteral("exitCode")).toInt(-1);
    record.reason = json.value(QStringLiteral("reason")).toString();
    record.error = json.value(QStringLiteral("error")).toString();
    record.outputBytes = json.value(QStringLiteral("outputBytes")).toInteger();
    record.outputTruncated = json.value(QStringLiteral("outputTruncated")).toBool();
    if (!isValidId(record.id) || !record.startedAt.isValid()) {
        if (error)
            *error = tr("history: the record has no valid id or start time");
        return {};
    }
    if (error)
        error->clear();
    return record;
}

RunHistory::RunHistory(QString directory) : m_dir(std::move(directory)) {}

QString RunHistory::newId(const QDateTime& startedAt)
{
    // Sorts by start time; the random part keeps two runs in one
    // millisecond (several tabs) apart.
    return startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-hhmmsszzz")) + QLatin1Char('-')
           + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
}

bool RunHistory::add(RunRecord& record, const QByteArray& output, QString* error)
{
    if (!record.startedAt.isValid())
        record.startedAt = QDateTime::currentDateTimeUtc();
    QString dir;
    do {
        record.id = newId(record.startedAt);
        dir = m_dir + QLatin1Char('/') + record.id;
    } while (QFileInfo::exists(dir));
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("history: cannot create %1").arg(dir);
        return false;
    }
    // The output first: a record without its output is never visible.
    if (!writeAtomically(dir + QLatin1Char('/') + kOutputFile, output, error)
        || !writeAtomically(dir + QLatin1Char('/') + kRecordFile, QJsonDocument(record.toJson()).toJson(), error)) {
        QDir(dir).removeRecursively();
        return false;
    }
    prune();
    return true;
}

QList<RunRecord> RunHistory::runs() const
{
    QList<RunRecord> result;
    QStringList ids = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& id : std::as_const(ids)) {
        if (!isValidId(id))
            continue;
        QFile file(m_dir + QLatin1Char('/') + id + QLatin1Char('/') + kRecordFile);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString error;
        RunRecord record = RunRecord::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        if (error.isEmpty() && record.id == id)
            result << record;
    }
    return result;
}

QByteArray RunHistory::output(const QString& id) const
{
    if (!isValidId(id))
        return {};
    QFile file(m_dir + QLatin1Char('/') + id + QLatin1Char('/') + kOutputFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool RunHistory::remove(const QString& id)
{
    return isValidId(id) && QDir(m_dir + QLatin1Char('/') + id).removeRecursively();
}

void RunHistory::prune()
{
    const QStringList ids = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    int kept = 0;
    for (const QString& id : ids) {
        if (isValidId(id) && ++kept > kMaxRuns)
            remove(id);
    }
}

} // namespace sandbox
