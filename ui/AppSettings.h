#pragma once

#include "sandbox/Engine.h"

#include <QJsonValue>
#include <QString>

namespace ui {

// The user's choices, stored with QSettings. The engine reads them when it
// starts: a change applies from the next start of the app.
struct AppSettings
{
    QString runtime;       // empty: detect
    QString dataDirectory; // empty: the default location
    QString defaultImage = QStringLiteral("debian-slim");
    QString packageIndex;  // a pip index URL; empty: the image's default

    static AppSettings load();
    void save() const;

    // Empty when the settings can be saved; otherwise what is wrong.
    QString validate() const;

    // What the engine starts with. SANDBOX_STUDIO_DATA_DIR and
    // SANDBOX_STUDIO_RUNTIME, when set, win over the settings.
    sandbox::Engine::Options engineOptions() const;

    // The window form's last image recipe (see ImageRecipe::toJson);
    // undefined when none was saved. Kept apart from save(), which the
    // settings dialog calls with the fields above only.
    static QJsonValue lastImageRecipe();
    static void saveLastImageRecipe(const QJsonValue& recipe);
};

} // namespace ui
