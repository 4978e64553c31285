#pragma once

// What a cloned repository says about its image: a Dockerfile, a
// requirements file or a pyproject.toml at its top level. The window offers
// each as a base or a step (Modal's from_dockerfile,
// pip_install_from_requirements, pip_install_from_pyproject). Reads
// directory entries only; runs nothing.

#include "spec/ImageRecipe.h"

#include <QList>
#include <QString>

namespace sandbox {

struct RepositoryImageFiles
{
    QString dockerfile;   // absolute path, or empty
    QString requirements; // requirements.txt, else the first requirements*.txt
    QString pyproject;

    bool isEmpty() const { return dockerfile.isEmpty() && requirements.isEmpty() && pyproject.isEmpty(); }
};

RepositoryImageFiles detectRepositoryImageFiles(const QString& repositoryDir);

// `recipe` with a step for `file` (a requirements file or pyproject.toml)
// appended, unless it has that step already.
ImageRecipe withPipFileStep(const ImageRecipe& recipe, const QString& file, const QString& indexUrl = {});

} // namespace sandbox
