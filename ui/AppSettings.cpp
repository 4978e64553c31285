#include "AppSettings.h"

#include "spec/ImageRecipe.h"

#include "image/ImageStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace ui {

namespace {

const QString kRuntime = QStringLiteral("engine/runtime");
const QString kDataDirectory = QStringLiteral("engine/dataDirectory");
const QString kDefaultImage = QStringLiteral("engine/defaultImage");
const QString kPackageIndex = QStringLiteral("engine/packageIndex");
const QString kLastImageRecipe = QStringLiteral("form/imageRecipe");

QString tr(const char* text)
{
    return QCoreApplication::translate("ui::AppSettings", text);
}

} // namespace

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings result;
    result.runtime = settings.value(kRuntime).toString();
    result.dataDirectory = settings.value(kDataDirectory).toString();
    result.defaultImage = settings.value(kDefaultImage, result.defaultImage).toString();
    result.packageIndex = settings.value(kPackageIndex).toString();
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(kRuntime, runtime);
    settings.setValue(kDataDirectory, dataDirectory);
    settings.setValue(kDefaultImage, defaultImage);
    settings.setValue(kPackageIndex, packageIndex);
}

QString AppSettings::validate() const
{
    static const QStringList runtimes{QString(), QStringLiteral("runc"), QStringLiteral("crun"),
                                      QStringLiteral("runsc")};
    if (!runtimes.contains(runtime))
        return tr("runtime: \"%1\" is not one of runc, crun or runsc").arg(runtime);
    if (!dataDirectory.isEmpty() && QDir::isRelativePath(dataDirectory))
        return tr("data directory: \"%1\" is not an absolute path").arg(dataDirectory);
    if (const QString problem = sandbox::ImageRecipe(defaultImage).validate(); !problem.isEmpty())
        return tr("default image: %1").arg(problem);
    if (!packageIndex.isEmpty()) {
        const QUrl url(packageIndex, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            return tr("package index: \"%1\" is not an http:// or https:// URL").arg(packageIndex);
        }
    }
    return {};
}

sandbox::Engine::Options AppSettings::engineOptions() const
{
    sandbox::Engine::Options options;
    if (qEnvironmentVariableIsEmpty("SANDBOX_STUDIO_DATA_DIR") && !dataDirectory.isEmpty())
        options.paths.dataDir = dataDirectory;
    if (qEnvironmentVariableIsEmpty("SANDBOX_STUDIO_RUNTIME") && !runtime.isEmpty())
        options.runtime = runtime;
    return options;
}

QJsonValue AppSettings::lastImageRecipe()
{
    const QByteArray text = QSettings().value(kLastImageRecipe).toByteArray();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Wrapped in an array: a recipe may be a plain string.
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() && document.array().size() == 1 ? document.array().first()
                                                               : QJsonValue(QJsonValue::Undefined);
}

void AppSettings::saveLastImageRecipe(const QJsonValue& recipe)
{
    QSettings().setValue(kLastImageRecipe, QJsonDocument(QJsonArray{recipe}).toJson(QJsonDocument::Compact));
}

} // namespace ui
