#pragma once

// The recipe steps that install what a project's own files list (Modal's
// pip_install_from_requirements and pip_install_from_pyproject): their
// names, JSON form and validation. The file's content is part of the
// step's layer key (ImageStore::stepKey), so an edited file builds anew.

#include "spec/ImageRecipe.h"

#include <QJsonObject>
#include <QString>

namespace sandbox::pipfilesteps {

QString kindName(ImageStep::Kind kind);
QString describe(const ImageStep& step);
// Empty when valid; otherwise a sentence starting with "image:".
QString validate(const ImageStep& step);
QJsonObject toJson(const ImageStep& step);
// `json` holds kindName(kind); *error is set (and cleared) as ImageStep::fromJson does.
ImageStep fromJson(const QJsonObject& json, ImageStep::Kind kind, QString* error);

} // namespace sandbox::pipfilesteps
