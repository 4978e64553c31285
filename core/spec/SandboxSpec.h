#pragma once

#include "spec/ImageRecipe.h"

#include <QJsonObject>
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

    QStringList command;
    ImageRecipe image; // debian-slim unless set; a name or reference converts implicitly
    QString workdir = QStringLiteral("/");
    QMap<QString, QString> env;
    int timeoutSeconds = kDefaultTimeoutSeconds;

    // Returns an empty string when the spec is valid, otherwise a sentence
    // that names the field at fault.
    QString validate() const;

    QJsonObject toJson() const;
    // Unknown keys are an error: a typo must not silently drop an option.
    static SandboxSpec fromJson(const QJsonObject& json, QString* error);
};

} // namespace sandbox
