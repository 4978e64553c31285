#include "util/Yaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace sandbox::yaml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::yaml", text);
}

// YAML 1.2 core schema for a plain (unquoted) scalar.
QJsonValue plainScalar(const std::string& raw)
{
    const QString text = QString::fromStdString(raw);
    static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression boolPattern(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatPattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullPattern.match(text).hasMatch())
        return QJsonValue::Null;
    if (boolPattern.match(text).hasMatch())
        return text.at(0).toLower() == QLatin1Char('t');
    if (intPattern.match(text).hasMatch() || floatPattern.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJson(entry.second));
        return object;
    }
    case YAML::NodeType::Scalar:
        // "!" marks a quoted (non-plain) scalar: always a string.
        if (node.Tag() == "!")
            return QString::fromStdString(node.Scalar());
        return plainScalar(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue parse(const QByteArray& text, QString* error)
{
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.size() > 1) {
            *error = tr("YAML line %1: only one document is supported").arg(documents.at(1).Mark().line + 1);
            return {};
        }
        return documents.empty() ? QJsonValue() : toJson(documents.front());
    } catch (const YAML::Exception& e) {
        *error = tr("YAML line %1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return {};
    }
}

} // namespace sandbox::yaml
