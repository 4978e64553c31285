#pragma once

// Checks shared by the recipe's JSON readers (ImageRecipe, PipFileSteps,
// DockerfileBase): paths, URLs and string arrays.

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sandbox::recipefields {

// Absolute, without NUL or "..".
inline bool isAbsolutePath(const QString& path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QChar(0))
           && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

// An http(s) URL with a host, or an absolute path.
inline bool isUrlOrPath(const QString& text)
{
    if (text.startsWith(QLatin1Char('/')))
        return true;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// An array of strings; nullopt for anything else.
inline std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

} // namespace sandbox::recipefields
