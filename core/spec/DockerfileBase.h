#pragma once

// The Dockerfile base of an image recipe (Modal's Image.from_dockerfile):
// its JSON form and validation. ImageBuild builds it with buildah.

#include "spec/ImageRecipe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox::dockerfilebase {

// The recipe keys of a Dockerfile base; the first one marks it.
QStringList jsonKeys();
// Empty when valid; otherwise a sentence starting with "image:".
QString validate(const ImageBase& base);
QJsonObject toJson(const ImageBase& base, const QJsonArray& steps);
// Reads the Dockerfile keys of a recipe object (which may not also have
// "base" or "suite").
ImageBase fromJson(const QJsonObject& recipe, QString* error);

} // namespace sandbox::dockerfilebase
