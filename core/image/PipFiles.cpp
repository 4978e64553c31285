#include "image/PipFiles.h"

#include "image/StepScripts.h"
#include "spec/ImageRecipe.h"
#include "util/ShellWords.h"
#include "util/Toml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>


namespace sandbox::pipfiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::PipFiles", text);
}

// PEP 685 / 503 normalisation: "Foo_Bar.baz" -> "foo-bar-baz".
QString normalized(const QString& name)
{
    static const QRegularExpression runs(QStringLiteral("[-_.]+"));
    return name.toLower().replace(runs, QStringLiteral("-"));
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

const toml::array* entryIn(const toml::table* table, const QString& wanted, QStringList* names)
{
    if (!table)
        return nullptr;
    for (const auto& [key, value] : *table) {
        const QString name = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
        *names << name;
        if (normalized(name) == normalized(wanted))
            return value.as_array();
    }
    return nullptr;
}

// Appends a group's requirements, following {include-group = "..."}.
bool addGroup(const toml::table* groups, const QString& group, QStringList* out, QString* error, int depth = 0)
{
    QStringList names;
    const toml::array* entries = entryIn(groups, group, &names);
    if (!entries || depth > 10) {
        *error = tr("no dependency group \"%1\" (it has: %2)").arg(group, names.join(QStringLiteral(", ")));
        return false;
    }
    for (const toml::node& entry : *entries) {
        if (const auto text = entry.value<std::string>())
            *out << QString::fromStdString(*text);
        else if (const toml::table* include = entry.as_table()) {
            const QString included = QString::fromStdString((*include)["include-group"].value_or(std::string()));
            if (!addGroup(groups, included, out, error, depth + 1))
                return false;
        }
    }
    return true;
}

} // namespace

QByteArray contentDigest(const ImageStep& step, QString* error)
{
    const QByteArray content = readFile(step.source, error);
    if (!error->isEmpty())
        return {};
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QStringList pyprojectRequirements(const QString& path, const QStringList& extras, const QStringList& groups,
                                  QString* error)
{
    error->clear();
    const QByteArray text = readFile(path, error);
    if (!error->isEmpty())
        return {};
    const std::optional<toml::table> parsed = parseToml(text, path, error);
    if (!parsed)
        return {};
    const toml::table& table = *parsed;
    const toml::table* project = table["project"].as_table();
    if (project) {
        if (const toml::array* dynamic = (*project)["dynamic"].as_array()) {
            for (const toml::node& field : *dynamic) {
                if (field.value<std::string>() == std::optional<std::string>("dependencies")) {
                    *error = tr("%1 declares its dependencies dynamic (setup.py); pip_install the project instead")
                                 .arg(path);
                    return {};
                }
            }
        }
    }
    QStringList requirements;
    auto addArray = [&requirements](const toml::array* array) {
        if (!array)
            return;
        for (const toml::node& item : *array) {
            if (const auto requirement = item.value<std::string>())
                requirements << QString::fromStdString(*requirement);
        }
    };
    addArray(project ? (*project)["dependencies"].as_array() : nullptr);
    const toml::table* optional = project ? (*project)["optional-dependencies"].as_table() : nullptr;
    for (const QString& extra : extras) {
        QStringList names;
        const toml::array* entries = entryIn(optional, extra, &names);
        if (!entries) {
            *error = tr("%1: no optional dependencies \"%2\" (it has: %3)").arg(path, extra, names.join(QStringLiteral(", ")));
            return {};
        }
        addArray(entries);
    }
    const toml::table* groupTable = table["dependency-groups"].as_table();
    for (const QString& group : groups) {
        if (!addGroup(groupTable, group, &requirements, error)) {
            *error = path + QStringLiteral(": ") + *error;
            return {};
        }
    }
    return requirements;
}

QString script(const ImageStep& step, QString* error)
{
    error->clear();
    ImageStep pip = ImageStep::pipInstall({}, step.pip);
    if (step.kind == ImageStep::Kind::PipPyproject) {
        pip.items = pyprojectRequirements(step.source, step.items, step.groups, error);
        if (!error->isEmpty())
            return {};
        if (pip.items.isEmpty()) // nothing to install: the virtual environment only
            return QStringLiteral("set -e\n[ -x %1/bin/pip ] || python3 -m venv %1\n").arg(stepscripts::venvDir());
        return stepscripts::pipInstall(pip);
    }
    // The file goes in as an argument (base64), never through the shell.
    const QByteArray content = readFile(step.source, error);
    if (!error->isEmpty())
        return {};
    const QString copy = QStringLiteral("/tmp/sandbox-requirements.txt");
    pip.items = {QStringLiteral("-r"), copy};
    const QString write = joinShellWords(
        {QStringLiteral("python3"), QStringLiteral("-c"),
         QStringLiteral("import base64, sys; open(sys.argv[1], 'wb').write(base64.b64decode(sys.argv[2]))"), copy,
         QString::fromLatin1(content.toBase64())});
    return write + QLatin1Char('\n') + stepscripts::pipInstall(pip);
}

} // namespace sandbox::pipfiles
