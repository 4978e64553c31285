#include "spec/SpecFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SpecFile", text);
}

} // namespace

bool writeSpecFile(const SandboxSpec& spec, const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        error->clear();
        return true;
    }
    *error = tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

SandboxSpec readSpecFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray json = file.read(kMaxSpecBytes + 1);
    if (json.size() > kMaxSpecBytes) {
        *error = tr("%1: larger than %2 bytes, not a spec").arg(path).arg(kMaxSpecBytes);
        return {};
    }
    return parseSpecJson(json, path, error);
}

SandboxSpec parseSpecJson(const QByteArray& json, const QString& origin, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1: not a JSON object (%2)").arg(origin, parseError.errorString());
        return {};
    }
    QString problem;
    SandboxSpec spec = SandboxSpec::fromJson(document.object(), &problem);
    if (!problem.isEmpty()) {
        *error = tr("%1: %2").arg(origin, problem);
        return {};
    }
    error->clear();
    return spec;
}

} // namespace sandbox
