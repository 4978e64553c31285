#include "cli/ImageOptions.h"

#include "image/PipFiles.h"
#include "image/RegistriesConf.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageOptions", text);
}

enum Index { Image, Suite, Recipe, Apt, Pip, PipIndex, PipExtraIndex, PipFindLinks, PipOption, Run, Env, Workdir, AddFile, AddDir, Ignore,
             Dockerfile, Context, BuildArg, PipRequirements, PipPyproject, PipExtras, PipGroups };

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// "SRC:DST" with DST absolute; the last ":/" separates them.
bool splitCopy(const QString& value, QString* source, QString* destination)
{
    const qsizetype colon = value.lastIndexOf(QStringLiteral(":/"));
    if (colon <= 0)
        return false;
    *source = absolute(value.left(colon));
    *destination = value.mid(colon + 1);
    return true;
}

// How a short name resolves here, for --help: "python:3.12-slim is
// docker.io/library/python:3.12-slim".
QString shortNameExample()
{
    const QString name = QStringLiteral("python:3.12-slim");
    QString error;
    const RegistriesConf::Resolution resolution = RegistriesConf::resolveShortName(name, &error);
    if (resolution.reference.isEmpty())
        return tr("%1 does not resolve here: %2").arg(name, error);
    return tr("%1 is %2 here, by %3").arg(name, resolution.reference, resolution.how);
}

} // namespace

ImageOptions::ImageOptions()
{
    auto option = [this](const char* name, const QString& description, const QString& value) {
        m_options << QCommandLineOption(QString::fromLatin1(name), description, value);
    };
    option("image", tr("Image base: debian-slim, debian-slim:trixie, a registry reference "
                       "(localhost:5000/team/tool:1.2) or a short name resolved through registries.conf (%1), "
                       "a rootfs tarball or a directory (default: debian-slim).")
                        .arg(shortNameExample()),
           tr("ref"));
    option("suite", tr("Debian suite of debian-slim: bookworm or trixie."), tr("suite"));
    option("recipe", tr("Image recipe as JSON, inline or in a file (a string or {\"base\", \"steps\"}); later step flags add to it."),
           tr("file"));
    option("apt", tr("Step: apt-get install these packages (comma separated, repeatable)."), tr("packages"));
    option("pip", tr("Step: pip install these packages into /opt/venv (comma separated, repeatable)."),
           tr("packages"));
    option("pip-index-url", tr("pip index URL (default: $PIP_INDEX_URL, else PyPI)."), tr("url"));
    option("pip-extra-index-url", tr("An extra pip index URL."), tr("url"));
    option("pip-find-links", tr("pip --find-links: a URL, or a directory inside the image."), tr("url"));
    option("pip-option", tr("An extra pip install option, e.g. --pre (repeatable)."), tr("option"));
    option("run-command", tr("Step: run this shell command while building (repeatable)."), tr("command"));
    option("image-env", tr("Step: set an environment variable in the image (repeatable)."), tr("KEY=VALUE"));
    option("image-workdir", tr("Step: the image's working directory."), tr("path"));
    option("add-file", tr("Step: copy a host file into the image."), tr("SRC:DST"));
    option("add-dir", tr("Step: copy a host directory into the image."), tr("SRC:DST"));
    option("ignore", tr("Glob left out of every --add-dir (repeatable), e.g. '*.pyc'."), tr("pattern"));
    option("dockerfile", tr("Image base: build this Dockerfile with buildah (FROM names resolve as --image does)."),
           tr("path"));
    option("context", tr("Build context of --dockerfile (default: the Dockerfile's folder)."), tr("dir"));
    option("build-arg", tr("A build argument of --dockerfile (repeatable; KEY alone takes $KEY)."), tr("KEY=VALUE"));
    option("pip-requirements", tr("Step: pip install -r this requirements file (its content is part of the cache key)."),
           tr("file"));
    option("pip-pyproject", tr("Step: pip install the dependencies a pyproject.toml lists (not the project itself)."),
           tr("file"));
    option("pip-extras", tr("Optional dependencies of --pip-pyproject to install too (comma separated)."), tr("names"));
    option("pip-groups", tr("Dependency groups (PEP 735) of --pip-pyproject to install too (comma separated)."),
           tr("names"));
}

// The Dockerfile base of --dockerfile, --context and --build-arg.
static ImageBase dockerfileBase(const QString& dockerfile, const QString& contextDir, const QStringList& buildArgs,
                                QString* error)
{
    ImageBase base = ImageBase::dockerfile(absolute(dockerfile), absolute(contextDir.isEmpty()
                                                                               ? QFileInfo(dockerfile).absolutePath()
                                                                               : contextDir));
    if (!QFileInfo(base.path).isFile())
        *error = tr("--dockerfile: %1 is not a file").arg(base.path);
    else if (!QFileInfo(base.context).isDir())
        *error = tr("--context: %1 is not a directory").arg(base.context);
    for (const QString& arg : buildArgs) {
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? arg : arg.left(equals);
        if (equals < 0 && !qEnvironmentVariableIsSet(qPrintable(name)))
            *error = tr("--build-arg: %1 has no value and is not set in the environment").arg(name);
        base.buildArgs.insert(name, equals < 0 ? qEnvironmentVariable(qPrintable(name)) : arg.mid(equals + 1));
    }
    return base;
}

void ImageOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(m_options);
}

ImageRecipe ImageOptions::recipe(const QCommandLineParser& parser, const QStringList& arguments, QString* error) const
{
    auto fail = [error](const QString& message) {
        *error = message;
        return ImageRecipe{};
    };
    error->clear();
    auto value = [&](Index index) { return parser.value(m_options.at(index)); };
    auto isSet = [&](Index index) { return parser.isSet(m_options.at(index)); };

    ImageRecipe recipe;
    if ((isSet(Context) || isSet(BuildArg)) && !isSet(Dockerfile))
        return fail(tr("--context and --build-arg go with --dockerfile"));
    if (isSet(Dockerfile)) {
        if (isSet(Image) || isSet(Suite) || isSet(Recipe))
            return fail(tr("--dockerfile: give either a Dockerfile or --image/--suite/--recipe, not both"));
        QString problem;
        recipe.base = dockerfileBase(value(Dockerfile), value(Context), parser.values(m_options.at(BuildArg)), &problem);
        if (!problem.isEmpty())
            return fail(problem);
    } else if (isSet(Recipe)) {
        if (isSet(Image) || isSet(Suite))
            return fail(tr("--recipe: give the base in the recipe, not with --image or --suite"));
        // Inline JSON (what a copied command line carries), or a file.
        const QString text = value(Recipe);
        const bool inline_ = text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('"'));
        QByteArray json = text.toUtf8();
        QFile file(text);
        if (!inline_) {
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("--recipe: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            json = file.readAll();
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail(tr("--recipe: %1 is not valid JSON: %2")
                            .arg(inline_ ? tr("the recipe") : file.fileName(), parseError.errorString()));
        }
        QString problem;
        recipe = ImageRecipe::fromJson(document.array().first(), &problem);
        if (!problem.isEmpty())
            return fail(tr("--recipe: %1").arg(problem));
    } else {
        QString base = isSet(Image) ? value(Image) : QStringLiteral("debian-slim");
        if (base.startsWith(QStringLiteral("./")) || base.startsWith(QStringLiteral("../")))
            base = absolute(base);
        if (isSet(Suite)) {
            if (base != QLatin1String("debian-slim"))
                return fail(tr("--suite: only for the debian-slim base"));
            base += QLatin1Char(':') + value(Suite);
        }
        recipe = ImageRecipe(base);
    }

    PipOptions pip;
    pip.indexUrl = value(PipIndex);
    pip.extraIndexUrl = value(PipExtraIndex);
    pip.findLinks = value(PipFindLinks); // a URL, or a path inside the image
    pip.extraOptions = parser.values(m_options.at(PipOption));
    const QStringList ignore = parser.values(m_options.at(Ignore));

    // QCommandLineParser forgets the order of different options; walk the
    // arguments once more to keep the steps in the order given.
    static const QRegularExpression listSeparator(QStringLiteral("[,\\s]+"));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        if (!argument.startsWith(QStringLiteral("--")))
            continue;
        QString optionValue;
        bool valueIsNext = false;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            optionValue = argument.mid(equals + 1);
            argument = argument.left(equals);
        } else if (i + 1 < arguments.size()) {
            optionValue = arguments[i + 1];
            valueIsNext = true;
        }
        const QString name = argument.mid(2);
        // Values that look like options (--pip-option --pre) are not flags.
        if (valueIsNext && (name == QLatin1String("pip-option") || name == QLatin1String("ignore")))
            ++i;
        auto kind = [&]() -> std::optional<ImageStep::Kind> {
            if (name == QLatin1String("apt"))
                return ImageStep::Kind::AptInstall;
            if (name == QLatin1String("pip"))
                return ImageStep::Kind::PipInstall;
            if (name == QLatin1String("run-command"))
                return ImageStep::Kind::RunCommands;
            if (name == QLatin1String("image-env"))
                return ImageStep::Kind::Env;
            if (name == QLatin1String("image-workdir"))
                return ImageStep::Kind::Workdir;
            if (name == QLatin1String("add-file"))
                return ImageStep::Kind::AddLocalFile;
            if (name == QLatin1String("add-dir"))
                return ImageStep::Kind::AddLocalDir;
            if (name == QLatin1String("pip-requirements"))
                return ImageStep::Kind::PipRequirements;
            if (name == QLatin1String("pip-pyproject"))
                return ImageStep::Kind::PipPyproject;
            return std::nullopt;
        }();
        if (!kind)
            continue;
        if (valueIsNext)
            ++i;
        const bool merge = !recipe.steps.isEmpty() && recipe.steps.last().kind == *kind
                           && (*kind == ImageStep::Kind::AptInstall || *kind == ImageStep::Kind::PipInstall
                               || *kind == ImageStep::Kind::RunCommands || *kind == ImageStep::Kind::Env);
        ImageStep step;
        step.kind = *kind;
        switch (*kind) {
        case ImageStep::Kind::AptInstall:
        case ImageStep::Kind::PipInstall:
            step.items = optionValue.split(listSeparator, Qt::SkipEmptyParts);
            if (*kind == ImageStep::Kind::PipInstall)
                step.pip = pip;
            break;
        case ImageStep::Kind::RunCommands:
            step.items = {optionValue};
            break;
        case ImageStep::Kind::Env: {
            const qsizetype equals = optionValue.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return fail(tr("--image-env: \"%1\" is not of the form KEY=VALUE").arg(optionValue));
            step.env.insert(optionValue.left(equals), optionValue.mid(equals + 1));
            break;
        }
        case ImageStep::Kind::Workdir:
            step.path = optionValue;
            break;
        case ImageStep::Kind::AddLocalFile:
        case ImageStep::Kind::AddLocalDir:
            if (!splitCopy(optionValue, &step.source, &step.path))
                return fail(tr("--%1: \"%2\" is not of the form SRC:/absolute/destination").arg(name, optionValue));
            if (*kind == ImageStep::Kind::AddLocalDir)
                step.ignore = ignore;
            break;
        case ImageStep::Kind::PipRequirements:
        case ImageStep::Kind::PipPyproject:
            step.source = absolute(optionValue);
            step.pip = pip;
            if (*kind == ImageStep::Kind::PipPyproject) {
                step.items = value(PipExtras).split(listSeparator, Qt::SkipEmptyParts);
                step.groups = value(PipGroups).split(listSeparator, Qt::SkipEmptyParts);
            }
            if (!QFileInfo(step.source).isFile())
                return fail(tr("--%1: %2 is not a file").arg(name, step.source));
            if (*kind == ImageStep::Kind::PipPyproject) {
                QString problem;
                pipfiles::pyprojectRequirements(step.source, step.items, step.groups, &problem);
                if (!problem.isEmpty())
                    return fail(tr("--pip-pyproject: %1").arg(problem));
            }
            break;
        }
        if (merge) {
            recipe.steps.last().items << step.items;
            for (auto it = step.env.cbegin(); it != step.env.cend(); ++it)
                recipe.steps.last().env.insert(it.key(), it.value());
        } else {
            recipe.steps << step;
        }
    }
    if ((isSet(PipExtras) || isSet(PipGroups)) && !isSet(PipPyproject))
        return fail(tr("--pip-extras and --pip-groups go with --pip-pyproject"));
    if (const QString problem = recipe.validate(); !problem.isEmpty())
        return fail(problem);
    return recipe;
}

bool ImageOptions::isSet(const QCommandLineParser& parser) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(),
                       [&parser](const QCommandLineOption& option) { return parser.isSet(option); });
}

} // namespace sandbox
