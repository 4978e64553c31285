#include "spec/PipFileSteps.h"

#include "spec/RecipeFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace sandbox::pipfilesteps {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageRecipe", text);
}

const QString kRequirements = QStringLiteral("pip_install_from_requirements");
const QString kPyproject = QStringLiteral("pip_install_from_pyproject");
const QString kExtras = QStringLiteral("optional_dependencies");
const QString kGroups = QStringLiteral("dependency_groups");
const QString kIndexUrl = QStringLiteral("index_url");
const QString kExtraIndexUrl = QStringLiteral("extra_index_url");
const QString kFindLinks = QStringLiteral("find_links");
const QString kExtraOptions = QStringLiteral("extra_options");

// Absent: empty.
std::optional<QStringList> optionalList(const QJsonValue& value)
{
    return value.isUndefined() ? std::optional<QStringList>(QStringList{}) : recipefields::stringList(value);
}

} // namespace

QString kindName(ImageStep::Kind kind)
{
    return kind == ImageStep::Kind::PipRequirements ? kRequirements : kPyproject;
}

QString describe(const ImageStep& step)
{
    QString text = kindName(step.kind) + QLatin1Char(' ') + step.source;
    if (!step.items.isEmpty())
        text += QStringLiteral(" [%1]").arg(step.items.join(QLatin1Char(',')));
    if (!step.groups.isEmpty())
        text += QStringLiteral(" groups %1").arg(step.groups.join(QLatin1Char(',')));
    return text;
}

QString validate(const ImageStep& step)
{
    const QString name = kindName(step.kind);
    if (!recipefields::isAbsolutePath(step.source))
        return tr("image: %1: \"%2\" is not a clean absolute path").arg(name, step.source);
    if (step.kind == ImageStep::Kind::PipRequirements && (!step.items.isEmpty() || !step.groups.isEmpty()))
        return tr("image: %1: extras and groups are for pip_install_from_pyproject").arg(name);
    // PEP 685 / PEP 735 names.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    for (const QString& item : step.items + step.groups) {
        if (!pattern.match(item).hasMatch())
            return tr("image: %1: \"%2\" is not a valid extra or group name").arg(name, item);
    }
    for (const QString& url : {step.pip.indexUrl, step.pip.extraIndexUrl, step.pip.findLinks}) {
        if (!url.isEmpty() && !recipefields::isUrlOrPath(url))
            return tr("image: %1: \"%2\" is not an http(s) URL or an absolute path").arg(name, url);
    }
    for (const QString& option : step.pip.extraOptions) {
        if (!option.startsWith(QLatin1Char('-')) || option.contains(QChar(0)))
            return tr("image: %1: extra option \"%2\" does not start with -").arg(name, option);
    }
    return {};
}

QJsonObject toJson(const ImageStep& step)
{
    QJsonObject json{{kindName(step.kind), step.source}};
    if (!step.items.isEmpty())
        json.insert(kExtras, QJsonArray::fromStringList(step.items));
    if (!step.groups.isEmpty())
        json.insert(kGroups, QJsonArray::fromStringList(step.groups));
    if (!step.pip.indexUrl.isEmpty())
        json.insert(kIndexUrl, step.pip.indexUrl);
    if (!step.pip.extraIndexUrl.isEmpty())
        json.insert(kExtraIndexUrl, step.pip.extraIndexUrl);
    if (!step.pip.findLinks.isEmpty())
        json.insert(kFindLinks, step.pip.findLinks);
    if (!step.pip.extraOptions.isEmpty())
        json.insert(kExtraOptions, QJsonArray::fromStringList(step.pip.extraOptions));
    return json;
}

ImageStep fromJson(const QJsonObject& json, ImageStep::Kind kind, QString* error)
{
    const QString name = kindName(kind);
    QStringList allowed{name, kIndexUrl, kExtraIndexUrl, kFindLinks, kExtraOptions};
    if (kind == ImageStep::Kind::PipPyproject)
        allowed << kExtras << kGroups;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = tr("image: %1: unknown key \"%2\"").arg(name, it.key());
            return {};
        }
    }
    ImageStep step;
    step.kind = kind;
    const auto extras = optionalList(json.value(kExtras));
    const auto groups = optionalList(json.value(kGroups));
    const auto options = optionalList(json.value(kExtraOptions));
    bool strings = json.value(name).isString();
    for (const QString& key : {kIndexUrl, kExtraIndexUrl, kFindLinks})
        strings = strings && (json.value(key).isUndefined() || json.value(key).isString());
    if (!strings || !extras || !groups || !options) {
        *error = tr("image: %1: the file and URLs must be strings, extras, groups and options arrays of strings")
                     .arg(name);
        return {};
    }
    step.source = json.value(name).toString();
    step.items = *extras;
    step.groups = *groups;
    step.pip = PipOptions{json.value(kIndexUrl).toString(), json.value(kExtraIndexUrl).toString(),
                          json.value(kFindLinks).toString(), *options};
    *error = validate(step);
    return *error == QString() ? step : ImageStep{};
}

} // namespace sandbox::pipfilesteps
