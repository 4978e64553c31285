#include "source/ImageFiles.h"

#include <QDir>
#include <QFileInfo>

namespace sandbox {

RepositoryImageFiles detectRepositoryImageFiles(const QString& repositoryDir)
{
    RepositoryImageFiles files;
    const QDir dir(repositoryDir);
    if (repositoryDir.isEmpty() || !dir.exists())
        return files;
    for (const char* name : {"Dockerfile", "Containerfile", "dockerfile"}) {
        if (QFileInfo(dir.filePath(QString::fromLatin1(name))).isFile()) {
            files.dockerfile = dir.filePath(QString::fromLatin1(name));
            break;
        }
    }
    const QStringList requirements =
        dir.entryList({QStringLiteral("requirements*.txt")}, QDir::Files | QDir::Readable, QDir::Name);
    if (requirements.contains(QStringLiteral("requirements.txt")))
        files.requirements = dir.filePath(QStringLiteral("requirements.txt"));
    else if (!requirements.isEmpty())
        files.requirements = dir.filePath(requirements.first());
    if (QFileInfo(dir.filePath(QStringLiteral("pyproject.toml"))).isFile())
        files.pyproject = dir.filePath(QStringLiteral("pyproject.toml"));
    return files;
}

ImageRecipe withPipFileStep(const ImageRecipe& recipe, const QString& file, const QString& indexUrl)
{
    ImageStep step;
    step.kind = file.endsWith(QStringLiteral(".toml")) ? ImageStep::Kind::PipPyproject : ImageStep::Kind::PipRequirements;
    step.source = file;
    step.pip.indexUrl = indexUrl;
    ImageRecipe result = recipe;
    for (const ImageStep& existing : recipe.steps) {
        if (existing.kind == step.kind && existing.source == file)
            return result;
    }
    result.steps << step;
    return result;
}

} // namespace sandbox
