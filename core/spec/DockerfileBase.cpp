#include "spec/DockerfileBase.h"

#include "spec/RecipeFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sandbox::dockerfilebase {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageRecipe", text);
}

const QString kDockerfile = QStringLiteral("dockerfile");
const QString kContext = QStringLiteral("context");
const QString kBuildArgs = QStringLiteral("build_args");

} // namespace

QStringList jsonKeys()
{
    return {kDockerfile, kContext, kBuildArgs};
}

QString validate(const ImageBase& base)
{
    if (!recipefields::isAbsolutePath(base.path))
        return tr("image: dockerfile: \"%1\" is not a clean absolute path").arg(base.path);
    if (!recipefields::isAbsolutePath(base.context))
        return tr("image: dockerfile: the context \"%1\" is not a clean absolute path").arg(base.context);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (auto it = base.buildArgs.cbegin(); it != base.buildArgs.cend(); ++it) {
        if (!name.match(it.key()).hasMatch())
            return tr("image: dockerfile: \"%1\" is not a valid build argument name").arg(it.key());
        if (it.value().contains(QChar(0)))
            return tr("image: dockerfile: the build argument %1 contains a NUL character").arg(it.key());
    }
    return {};
}

QJsonObject toJson(const ImageBase& base, const QJsonArray& steps)
{
    QJsonObject json{{kDockerfile, base.path}, {kContext, base.context}};
    if (!base.buildArgs.isEmpty()) {
        QJsonObject args;
        for (auto it = base.buildArgs.cbegin(); it != base.buildArgs.cend(); ++it)
            args.insert(it.key(), it.value());
        json.insert(kBuildArgs, args);
    }
    if (!steps.isEmpty())
        json.insert(QStringLiteral("steps"), steps);
    return json;
}

ImageBase fromJson(const QJsonObject& recipe, QString* error)
{
    error->clear();
    if (recipe.contains(QStringLiteral("base")) || recipe.contains(QStringLiteral("suite"))) {
        *error = tr("image: give either dockerfile or base (and suite), not both");
        return {};
    }
    const QJsonValue path = recipe.value(kDockerfile);
    const QJsonValue context = recipe.value(kContext);
    if (!path.isString() || (!context.isUndefined() && !context.isString())) {
        *error = tr("image: dockerfile and context must be strings");
        return {};
    }
    // The context defaults to the Dockerfile's folder, as with docker build -f.
    const QString dockerfile = path.toString();
    ImageBase base = ImageBase::dockerfile(
        dockerfile, context.isString() ? context.toString() : dockerfile.section(QLatin1Char('/'), 0, -2));
    const QJsonValue args = recipe.value(kBuildArgs);
    if (!args.isUndefined() && !args.isObject()) {
        *error = tr("image: build_args must be an object of strings");
        return {};
    }
    const QJsonObject argsObject = args.toObject();
    for (auto it = argsObject.begin(); it != argsObject.end(); ++it) {
        if (!it.value().isString()) {
            *error = tr("image: build_args: the value of %1 must be a string").arg(it.key());
            return {};
        }
        base.buildArgs.insert(it.key(), it.value().toString());
    }
    if (base.context.isEmpty())
        base.context = QStringLiteral("/");
    *error = validate(base);
    return base;
}

} // namespace sandbox::dockerfilebase
