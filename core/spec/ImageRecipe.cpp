#include "spec/ImageRecipe.h"

#include "image/RegistriesConf.h"
#include "spec/DockerfileBase.h"
#include "spec/PipFileSteps.h"
#include "spec/RecipeFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageRecipe", text);
}

constexpr auto kDebianSlim = "debian-slim";

const QString kApt = QStringLiteral("apt_install");
const QString kPip = QStringLiteral("pip_install");
const QString kRun = QStringLiteral("run_commands");
const QString kEnv = QStringLiteral("env");
const QString kWorkdir = QStringLiteral("workdir");
const QString kAddFile = QStringLiteral("add_local_file");
const QString kAddDir = QStringLiteral("add_local_dir");
const QString kDestination = QStringLiteral("destination");
const QString kIgnore = QStringLiteral("ignore");
const QString kIndexUrl = QStringLiteral("index_url");
const QString kExtraIndexUrl = QStringLiteral("extra_index_url");
const QString kFindLinks = QStringLiteral("find_links");
const QString kExtraOptions = QStringLiteral("extra_options");

bool isValidEnvName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool isTarballName(const QString& path)
{
    for (const char* suffix : {".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.zst", ".tar.bz2"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

using recipefields::isAbsolutePath;
using recipefields::isUrlOrPath;
using recipefields::stringList;

} // namespace

ImageStep ImageStep::aptInstall(const QStringList& packages)
{
    ImageStep step;
    step.kind = Kind::AptInstall;
    step.items = packages;
    return step;
}

ImageStep ImageStep::pipInstall(const QStringList& packages, const PipOptions& options)
{
    ImageStep step;
    step.kind = Kind::PipInstall;
    step.items = packages;
    step.pip = options;
    return step;
}

ImageStep ImageStep::runCommands(const QStringList& commands)
{
    ImageStep step;
    step.kind = Kind::RunCommands;
    step.items = commands;
    return step;
}

ImageStep ImageStep::setEnv(const QMap<QString, QString>& variables)
{
    ImageStep step;
    step.kind = Kind::Env;
    step.env = variables;
    return step;
}

ImageStep ImageStep::workdir(const QString& path)
{
    ImageStep step;
    step.kind = Kind::Workdir;
    step.path = path;
    return step;
}

ImageStep ImageStep::addLocalFile(const QString& source, const QString& destination)
{
    ImageStep step;
    step.kind = Kind::AddLocalFile;
    step.source = source;
    step.path = destination;
    return step;
}

ImageStep ImageStep::addLocalDir(const QString& source, const QString& destination, const QStringList& ignore)
{
    ImageStep step;
    step.kind = Kind::AddLocalDir;
    step.source = source;
    step.path = destination;
    step.ignore = ignore;
    return step;
}

QString ImageStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AptInstall:
        return kApt;
    case Kind::PipInstall:
        return kPip;
    case Kind::RunCommands:
        return kRun;
    case Kind::Env:
        return kEnv;
    case Kind::Workdir:
        return kWorkdir;
    case Kind::AddLocalFile:
        return kAddFile;
    case Kind::AddLocalDir:
        return kAddDir;
    case Kind::PipRequirements:
    case Kind::PipPyproject:
        return pipfilesteps::kindName(kind);
    }
    return {};
}

QString ImageStep::describe() const
{
    const QString name = kindName(kind);
    switch (kind) {
    case Kind::AptInstall:
    case Kind::PipInstall:
        return name + QLatin1Char(' ') + items.join(QLatin1Char(' '));
    case Kind::RunCommands:
        return name + QLatin1Char(' ') + items.join(QStringLiteral("; "));
    case Kind::Env:
        return name + QLatin1Char(' ') + QStringList(env.keys()).join(QLatin1Char(' '));
    case Kind::Workdir:
        return name + QLatin1Char(' ') + path;
    case Kind::AddLocalFile:
    case Kind::AddLocalDir:
        return name + QLatin1Char(' ') + source + QStringLiteral(" -> ") + path;
    case Kind::PipRequirements:
    case Kind::PipPyproject:
        return pipfilesteps::describe(*this);
    }
    return name;
}

QString ImageStep::validate() const
{
    const QString name = kindName(kind);
    switch (kind) {
    case Kind::AptInstall: {
        static const QRegularExpression package(
            QStringLiteral("^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?(=[A-Za-z0-9.+~:-]+)?$"));
        if (items.isEmpty())
            return tr("image: %1: no packages given").arg(name);
        for (const QString& item : items) {
            if (!package.match(item).hasMatch())
                return tr("image: %1: \"%2\" is not a valid Debian package name").arg(name, item);
        }
        return {};
    }
    case Kind::PipInstall: {
        // A requirement, never an option: options go through extra_options.
        static const QRegularExpression requirement(QStringLiteral("^[A-Za-z0-9][^\\s]*$"));
        if (items.isEmpty())
            return tr("image: %1: no packages given").arg(name);
        for (const QString& item : items) {
            if (!requirement.match(item).hasMatch())
                return tr("image: %1: \"%2\" is not a valid requirement").arg(name, item);
        }
        for (const QString& url : {pip.indexUrl, pip.extraIndexUrl, pip.findLinks}) {
            if (!url.isEmpty() && !isUrlOrPath(url))
                return tr("image: %1: \"%2\" is not an http(s) URL or an absolute path").arg(name, url);
        }
        for (const QString& option : pip.extraOptions) {
            if (!option.startsWith(QLatin1Char('-')) || option.contains(QChar(0)))
                return tr("image: %1: extra option \"%2\" does not start with -").arg(name, option);
        }
        return {};
    }
    case Kind::RunCommands:
        if (items.isEmpty())
            return tr("image: %1: no commands given").arg(name);
        for (const QString& command : items) {
            if (command.trimmed().isEmpty() || command.contains(QChar(0)))
                return tr("image: %1: a command is empty or contains a NUL character").arg(name);
        }
        return {};
    case Kind::Env:
        if (env.isEmpty())
            return tr("image: %1: no variables given").arg(name);
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (!isValidEnvName(it.key()))
                return tr("image: %1: \"%2\" is not a valid variable name").arg(name, it.key());
            if (it.value().contains(QChar(0)))
                return tr("image: %1: the value of %2 contains a NUL character").arg(name, it.key());
        }
        return {};
    case Kind::Workdir:
        if (!isAbsolutePath(path))
            return tr("image: %1: \"%2\" is not an absolute path").arg(name, path);
        return {};
    case Kind::AddLocalFile:
    case Kind::AddLocalDir:
        if (!isAbsolutePath(source))
            return tr("image: %1: source \"%2\" is not an absolute path").arg(name, source);
        if (!isAbsolutePath(path) || path == QLatin1String("/"))
            return tr("image: %1: destination \"%2\" is not an absolute path below /").arg(name, path);
        for (const QString& pattern : ignore) {
            if (pattern.isEmpty())
                return tr("image: %1: an ignore pattern is empty").arg(name);
        }
        return {};
    case Kind::PipRequirements:
    case Kind::PipPyproject:
        return pipfilesteps::validate(*this);
    }
    return tr("image: unknown step");
}

QJsonObject ImageStep::toJson() const
{
    const QString name = kindName(kind);
    QJsonObject json;
    switch (kind) {
    case Kind::AptInstall:
    case Kind::RunCommands:
        json.insert(name, QJsonArray::fromStringList(items));
        break;
    case Kind::PipInstall:
        json.insert(name, QJsonArray::fromStringList(items));
        if (!pip.indexUrl.isEmpty())
            json.insert(kIndexUrl, pip.indexUrl);
        if (!pip.extraIndexUrl.isEmpty())
            json.insert(kExtraIndexUrl, pip.extraIndexUrl);
        if (!pip.findLinks.isEmpty())
            json.insert(kFindLinks, pip.findLinks);
        if (!pip.extraOptions.isEmpty())
            json.insert(kExtraOptions, QJsonArray::fromStringList(pip.extraOptions));
        break;
    case Kind::Env: {
        QJsonObject variables;
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            variables.insert(it.key(), it.value());
        json.insert(name, variables);
        break;
    }
    case Kind::Workdir:
        json.insert(name, path);
        break;
    case Kind::AddLocalFile:
    case Kind::AddLocalDir:
        json.insert(name, source);
        json.insert(kDestination, path);
        if (!ignore.isEmpty())
            json.insert(kIgnore, QJsonArray::fromStringList(ignore));
        break;
    case Kind::PipRequirements:
    case Kind::PipPyproject:
        return pipfilesteps::toJson(*this);
    }
    return json;
}

ImageStep ImageStep::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) {
        *error = message;
        return ImageStep{};
    };
    static const QList<Kind> kinds{Kind::AptInstall, Kind::PipInstall, Kind::RunCommands, Kind::Env,
                                   Kind::Workdir,    Kind::AddLocalFile, Kind::AddLocalDir,
                                   Kind::PipRequirements, Kind::PipPyproject};
    QList<Kind> found;
    for (Kind kind : kinds) {
        if (json.contains(kindName(kind)))
            found << kind;
    }
    if (found.size() != 1) {
        return fail(tr("image: a step must have exactly one of apt_install, pip_install, run_commands, "
                       "env, workdir, add_local_file, add_local_dir, pip_install_from_requirements, "
                       "pip_install_from_pyproject"));
    }
    ImageStep step;
    step.kind = found.first();
    if (step.kind == Kind::PipRequirements || step.kind == Kind::PipPyproject)
        return pipfilesteps::fromJson(json, step.kind, error);
    const QString name = kindName(step.kind);
    QStringList allowed{name};
    if (step.kind == Kind::PipInstall)
        allowed << kIndexUrl << kExtraIndexUrl << kFindLinks << kExtraOptions;
    if (step.kind == Kind::AddLocalFile)
        allowed << kDestination;
    if (step.kind == Kind::AddLocalDir)
        allowed << kDestination << kIgnore;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(tr("image: %1: unknown key \"%2\"").arg(name, it.key()));
    }
    const QJsonValue value = json.value(name);
    auto stringField = [&](const QString& key, QString* out) {
        const QJsonValue field = json.value(key);
        if (field.isUndefined())
            return true;
        if (!field.isString())
            return false;
        *out = field.toString();
        return true;
    };
    switch (step.kind) {
    case Kind::AptInstall:
    case Kind::PipInstall:
    case Kind::RunCommands: {
        const auto list = stringList(value);
        if (!list)
            return fail(tr("image: %1: must be an array of strings").arg(name));
        step.items = *list;
        if (step.kind == Kind::PipInstall) {
            if (!stringField(kIndexUrl, &step.pip.indexUrl) || !stringField(kExtraIndexUrl, &step.pip.extraIndexUrl)
                || !stringField(kFindLinks, &step.pip.findLinks))
                return fail(tr("image: %1: index_url, extra_index_url and find_links must be strings").arg(name));
            if (json.contains(kExtraOptions)) {
                const auto options = stringList(json.value(kExtraOptions));
                if (!options)
                    return fail(tr("image: %1: extra_options must be an array of strings").arg(name));
                step.pip.extraOptions = *options;
            }
        }
        break;
    }
    case Kind::Env: {
        if (!value.isObject())
            return fail(tr("image: env: must be an object of strings"));
        const QJsonObject variables = value.toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            if (!it.value().isString())
                return fail(tr("image: env: the value of %1 must be a string").arg(it.key()));
            step.env.insert(it.key(), it.value().toString());
        }
        break;
    }
    case Kind::Workdir:
        if (!value.isString())
            return fail(tr("image: workdir: must be a string"));
        step.path = value.toString();
        break;
    case Kind::AddLocalFile:
    case Kind::AddLocalDir:
        if (!value.isString() || !stringField(kDestination, &step.path))
            return fail(tr("image: %1: source and destination must be strings").arg(name));
        step.source = value.toString();
        if (json.contains(kIgnore)) {
            const auto patterns = stringList(json.value(kIgnore));
            if (!patterns)
                return fail(tr("image: %1: ignore must be an array of strings").arg(name));
            step.ignore = *patterns;
        }
        break;
    case Kind::PipRequirements:
    case Kind::PipPyproject:
        break; // read by pipfilesteps::fromJson above
    }
    if (const QString problem = step.validate(); !problem.isEmpty())
        return fail(problem);
    return step;
}

QString ImageBase::toString() const
{
    switch (kind) {
    case Kind::DebianSlim:
        return suite == QLatin1String("bookworm") ? QString::fromLatin1(kDebianSlim)
                                                  : QString::fromLatin1(kDebianSlim) + QLatin1Char(':') + suite;
    case Kind::Registry:
        return reference;
    case Kind::Tarball:
    case Kind::Directory:
        return path;
    case Kind::Dockerfile:
        return QStringLiteral("Dockerfile ") + path;
    }
    return {};
}

ImageBase ImageBase::dockerfile(const QString& path, const QString& context, const QMap<QString, QString>& buildArgs)
{
    ImageBase base;
    base.kind = Kind::Dockerfile;
    base.path = path;
    base.context = context;
    base.buildArgs = buildArgs;
    return base;
}

ImageRecipe::ImageRecipe(const QString& baseText)
{
    base = parseBase(baseText, &m_parseError);
}

QStringList ImageRecipe::debianSuites()
{
    return {QStringLiteral("bookworm"), QStringLiteral("trixie")};
}

ImageBase ImageRecipe::parseBase(const QString& text, QString* error)
{
    ImageBase base;
    if (error)
        error->clear();
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return base;
    };
    if (text.isEmpty())
        return fail(tr("image: no image given"));
    if (text == QLatin1String(kDebianSlim) || text.startsWith(QLatin1String(kDebianSlim) + QLatin1Char(':'))) {
        base.kind = ImageBase::Kind::DebianSlim;
        if (text.contains(QLatin1Char(':')))
            base.suite = text.section(QLatin1Char(':'), 1);
        if (!debianSuites().contains(base.suite)) {
            return fail(tr("image: debian-slim: \"%1\" is not a supported Debian suite (choose %2)")
                            .arg(base.suite, debianSuites().join(QStringLiteral(", "))));
        }
        return base;
    }
    if (text.startsWith(QLatin1Char('/'))) {
        if (!isAbsolutePath(text))
            return fail(tr("image: \"%1\" is not a clean absolute path").arg(text));
        base.kind = isTarballName(text) ? ImageBase::Kind::Tarball : ImageBase::Kind::Directory;
        base.path = text;
        return base;
    }
    QString why;
    if (RegistriesConf::isShortName(text)) {
        // "python:3.12-slim": resolved as podman does (registries.conf).
        const RegistriesConf::Resolution resolution = RegistriesConf::resolveShortName(text, &why);
        if (resolution.reference.isEmpty())
            return fail(tr("image: \"%1\" is not a known image, a path, or a short name: %2").arg(text, why));
        base.kind = ImageBase::Kind::Registry;
        base.reference = resolution.reference;
        return base;
    }
    if (!isValidReference(text, &why)) {
        return fail(tr("image: \"%1\" is not a known image, a path, or a valid registry reference: %2")
                        .arg(text, why));
    }
    base.kind = ImageBase::Kind::Registry;
    base.reference = text;
    return base;
}

QString ImageRecipe::validate() const
{
    if (!m_parseError.isEmpty())
        return m_parseError;
    QString problem;
    if (base.kind == ImageBase::Kind::Dockerfile) {
        if (problem = dockerfilebase::validate(base); !problem.isEmpty())
            return problem;
    } else if (parseBase(base.toString(), &problem).kind != base.kind || !problem.isEmpty()) {
        return problem.isEmpty() ? tr("image: the base \"%1\" does not match its kind").arg(base.toString()) : problem;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (const QString stepProblem = steps[i].validate(); !stepProblem.isEmpty())
            return tr("%1 (step %2)").arg(stepProblem).arg(i + 1);
    }
    return {};
}

QString ImageRecipe::displayName() const
{
    constexpr int kMaxLength = 100;
    QString name = base.toString();
    for (const ImageStep& step : steps)
        name += QStringLiteral(" + ") + step.describe();
    if (name.size() > kMaxLength)
        name = name.left(kMaxLength - 1) + QChar(0x2026);
    return name;
}

QJsonValue ImageRecipe::toJson() const
{
    if (steps.isEmpty() && base.kind != ImageBase::Kind::Dockerfile)
        return base.toString();
    QJsonArray stepsJson;
    for (const ImageStep& step : steps)
        stepsJson.append(step.toJson());
    if (base.kind == ImageBase::Kind::Dockerfile)
        return dockerfilebase::toJson(base, stepsJson);
    return QJsonObject{{QStringLiteral("base"), base.toString()}, {QStringLiteral("steps"), stepsJson}};
}

ImageRecipe ImageRecipe::fromJson(const QJsonValue& json, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return ImageRecipe{};
    };
    ImageRecipe recipe;
    if (json.isString()) {
        recipe = ImageRecipe(json.toString());
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("base") && it.key() != QLatin1String("suite")
                && it.key() != QLatin1String("steps") && !dockerfilebase::jsonKeys().contains(it.key()))
                return fail(tr("image: unknown key \"%1\"").arg(it.key()));
        }
        const QJsonValue baseValue = object.value(QStringLiteral("base"));
        if (!baseValue.isUndefined() && !baseValue.isString())
            return fail(tr("image: base must be a string"));
        recipe = ImageRecipe(baseValue.toString(QString::fromLatin1(kDebianSlim)));
        if (object.contains(dockerfilebase::jsonKeys().first())) {
            QString problem;
            recipe.base = dockerfilebase::fromJson(object, &problem);
            if (!problem.isEmpty())
                return fail(problem);
        } else if (object.contains(QStringLiteral("suite"))) {
            if (recipe.base.kind != ImageBase::Kind::DebianSlim || !object.value(QStringLiteral("suite")).isString())
                return fail(tr("image: suite is a string, and only for debian-slim"));
            recipe = ImageRecipe(QString::fromLatin1(kDebianSlim) + QLatin1Char(':')
                                 + object.value(QStringLiteral("suite")).toString());
        }
        const QJsonValue stepsValue = object.value(QStringLiteral("steps"));
        if (!stepsValue.isUndefined() && !stepsValue.isArray())
            return fail(tr("image: steps must be an array"));
        const QJsonArray stepsJson = stepsValue.toArray();
        for (qsizetype i = 0; i < stepsJson.size(); ++i) {
            if (!stepsJson.at(i).isObject())
                return fail(tr("image: step %1 must be an object").arg(i + 1));
            QString problem;
            const ImageStep step = ImageStep::fromJson(stepsJson.at(i).toObject(), &problem);
            if (!problem.isEmpty())
                return fail(tr("%1 (step %2)").arg(problem).arg(i + 1));
            recipe.steps << step;
        }
    } else {
        return fail(tr("image: must be a string or an object with base and steps"));
    }
    if (const QString problem = recipe.validate(); !problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return recipe;
}

} // namespace sandbox
