#include "image/RegistriesConf.h"

#include "spec/ImageRecipe.h"
#include "util/Toml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sstream>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::RegistriesConf", text);
}

const QString kDockerHub = QStringLiteral("docker.io");

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString stringAt(const toml::table& table, const char* key)
{
    return qs(table[key].value_or(std::string()));
}

QStringList stringArray(const toml::node* node)
{
    QStringList list;
    if (const toml::array* array = node ? node->as_array() : nullptr) {
        for (const toml::node& item : *array) {
            if (const auto text = item.value<std::string>())
                list << qs(*text);
        }
    }
    return list;
}

RegistryEntry entryFrom(const toml::table& table)
{
    RegistryEntry entry;
    entry.location = stringAt(table, "location");
    entry.prefix = stringAt(table, "prefix");
    if (entry.prefix.isEmpty())
        entry.prefix = entry.location;
    entry.insecure = table["insecure"].value_or(false);
    entry.blocked = table["blocked"].value_or(false);
    if (const toml::array* mirrors = table["mirror"].as_array()) {
        for (const toml::node& node : *mirrors) {
            if (const toml::table* mirror = node.as_table())
                entry.mirrors.append({stringAt(*mirror, "location"), (*mirror)["insecure"].value_or(false)});
        }
    }
    return entry;
}

// "python:3.12@sha256:..." -> {"python", ":3.12@sha256:..."}.
std::pair<QString, QString> splitName(const QString& name)
{
    QString repository = name;
    QString suffix;
    if (const qsizetype at = repository.indexOf(QLatin1Char('@')); at >= 0) {
        suffix = repository.mid(at);
        repository = repository.left(at);
    }
    const qsizetype slash = repository.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = repository.indexOf(QLatin1Char(':'), slash + 1); colon >= 0) {
        suffix = repository.mid(colon) + suffix;
        repository = repository.left(colon);
    }
    return {repository, suffix};
}

bool matchesPrefix(const QString& reference, const QString& prefix)
{
    if (prefix.startsWith(QStringLiteral("*."))) {
        const QString host = ImageRecipe::registryHost(reference);
        return host.endsWith(prefix.mid(1));
    }
    if (!reference.startsWith(prefix))
        return false;
    if (reference.size() == prefix.size())
        return true;
    const QChar next = reference.at(prefix.size());
    return next == QLatin1Char('/') || next == QLatin1Char(':') || next == QLatin1Char('@');
}

} // namespace

QString RegistriesConf::mainFile()
{
    if (qEnvironmentVariableIsSet("CONTAINERS_REGISTRIES_CONF"))
        return qEnvironmentVariable("CONTAINERS_REGISTRIES_CONF");
    const QString user = QDir::homePath() + QStringLiteral("/.config/containers/registries.conf");
    if (QFileInfo::exists(user))
        return user;
    return QStringLiteral("/etc/containers/registries.conf");
}

QStringList RegistriesConf::dropInFiles()
{
    QStringList dirs;
    // As containers/image: a user's own registries.conf replaces the system
    // drop-ins too; otherwise system drop-ins, then the user's.
    const QString userFile = QDir::homePath() + QStringLiteral("/.config/containers/registries.conf");
    if (qEnvironmentVariableIsSet("CONTAINERS_REGISTRIES_CONF") || !QFileInfo::exists(userFile))
        dirs << QStringLiteral("/etc/containers/registries.conf.d");
    dirs << QDir::homePath() + QStringLiteral("/.config/containers/registries.conf.d");
    QStringList files;
    for (const QString& dir : dirs) {
        const QStringList names = QDir(dir).entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            files << dir + QLatin1Char('/') + name;
    }
    return files;
}

RegistriesConf RegistriesConf::load(QString* error)
{
    return loadFiles(QStringList{mainFile()} + dropInFiles(), error);
}

RegistriesConf RegistriesConf::loadFiles(const QStringList& files, QString* error)
{
    error->clear();
    RegistriesConf conf;
    for (const QString& file : files) {
        if (!conf.mergeFile(file, error))
            return {};
    }
    return conf;
}

bool RegistriesConf::mergeFile(const QString& file, QString* error)
{
    QFile input(file);
    if (!input.exists())
        return true;
    if (!input.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(file, input.errorString());
        return false;
    }
    const QByteArray text = input.readAll();
    const std::optional<toml::table> parsed = parseToml(text, file, error);
    if (!parsed)
        return false;
    const toml::table& table = *parsed;
    files << file;
    // Drop-ins replace the search list, add aliases and replace registries
    // of the same prefix (containers-registries.conf.d(5)).
    if (table.contains("unqualified-search-registries")) {
        searchRegistries = stringArray(table.get("unqualified-search-registries"));
        searchOrigin = file;
    }
    if (const toml::table* aliasTable = table["aliases"].as_table()) {
        for (const auto& [name, value] : *aliasTable) {
            if (const auto target = value.value<std::string>()) {
                const QString key = qs(std::string(name.str()));
                aliases.insert(key, qs(*target));
                aliasOrigins.insert(key, file);
            }
        }
    }
    if (const toml::array* entries = table["registry"].as_array()) {
        for (const toml::node& node : *entries) {
            const toml::table* entryTable = node.as_table();
            if (!entryTable)
                continue;
            const RegistryEntry entry = entryFrom(*entryTable);
            if (entry.prefix.isEmpty()) {
                *error = tr("%1: a [[registry]] has neither prefix nor location").arg(file);
                return false;
            }
            registries.removeIf([&entry](const RegistryEntry& old) { return old.prefix == entry.prefix; });
            registries.append(entry);
        }
    }
    return true;
}

bool RegistriesConf::isShortName(const QString& name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return true;
    const QString first = name.left(slash);
    return !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':')) && first != QLatin1String("localhost");
}

RegistriesConf::Resolution RegistriesConf::resolve(const QString& shortName, QString* error) const
{
    error->clear();
    auto [repository, suffix] = splitName(shortName);
    QString why;
    if (shortName.isEmpty() || !ImageRecipe::isValidReference(kDockerHub + QLatin1Char('/') + shortName, &why)) {
        *error = tr("\"%1\" is not a valid image name: %2").arg(shortName, why);
        return {};
    }
    Resolution resolution;
    QString qualified;
    if (const auto alias = aliases.constFind(repository); alias != aliases.cend()) {
        qualified = *alias;
        resolution.how = tr("alias in %1").arg(aliasOrigins.value(repository));
        if (splitName(qualified).second.isEmpty())
            qualified += suffix;
    } else {
        QString registry;
        if (searchRegistries.isEmpty()) {
            registry = kDockerHub;
            resolution.how = tr("Docker Hub: no unqualified-search-registries in registries.conf");
        } else if (searchRegistries.size() == 1) {
            registry = searchRegistries.first();
            resolution.how = tr("the only unqualified-search registry, in %1").arg(searchOrigin);
        } else {
            QStringList candidates;
            for (const QString& candidate : searchRegistries) {
                const bool hub = candidate == kDockerHub && !repository.contains(QLatin1Char('/'));
                candidates << candidate + (hub ? QStringLiteral("/library/") : QStringLiteral("/")) + shortName;
            }
            *error = tr("\"%1\" is ambiguous: %2 lists several unqualified-search registries and no alias for it; "
                        "give one of %3")
                         .arg(shortName, searchOrigin, candidates.join(QStringLiteral(", ")));
            return {};
        }
        const bool hub = registry == kDockerHub && !repository.contains(QLatin1Char('/'));
        qualified = registry + (hub ? QStringLiteral("/library/") : QStringLiteral("/")) + repository + suffix;
    }
    if (splitName(qualified).second.isEmpty())
        qualified += QStringLiteral(":latest");
    if (!ImageRecipe::isValidReference(qualified, &why)) {
        *error = tr("\"%1\" resolved to \"%2\" (%3), which is not valid: %4").arg(shortName, qualified, resolution.how, why);
        return {};
    }
    resolution.reference = qualified;
    return resolution;
}

RegistriesConf::Resolution RegistriesConf::resolveShortName(const QString& shortName, QString* error)
{
    const RegistriesConf conf = load(error);
    if (!error->isEmpty())
        return {};
    return conf.resolve(shortName, error);
}

QString RegistriesConf::describeShortName(const QString& name)
{
    if (name.isEmpty() || !isShortName(name))
        return {};
    QString error;
    const Resolution resolution = resolveShortName(name, &error);
    if (resolution.reference.isEmpty())
        return error;
    return tr("→ %1 (%2)").arg(resolution.reference, resolution.how);
}

const RegistryEntry* RegistriesConf::registryFor(const QString& reference) const
{
    const RegistryEntry* best = nullptr;
    for (const RegistryEntry& entry : registries) {
        if (matchesPrefix(reference, entry.prefix) && (!best || entry.prefix.size() > best->prefix.size()))
            best = &entry;
    }
    return best;
}

QByteArray RegistriesConf::toToml(const QMap<QString, QString>& extraAliases) const
{
    toml::table table;
    toml::array search;
    for (const QString& registry : searchRegistries.isEmpty() ? QStringList{kDockerHub} : searchRegistries)
        search.push_back(registry.toStdString());
    table.insert("unqualified-search-registries", std::move(search));
    toml::table aliasTable;
    QMap<QString, QString> allAliases = aliases;
    allAliases.insert(extraAliases);
    for (auto it = allAliases.cbegin(); it != allAliases.cend(); ++it)
        aliasTable.insert(it.key().toStdString(), it.value().toStdString());
    table.insert("aliases", std::move(aliasTable));
    toml::array entries;
    for (const RegistryEntry& entry : registries) {
        toml::table entryTable;
        entryTable.insert("prefix", entry.prefix.toStdString());
        if (!entry.location.isEmpty())
            entryTable.insert("location", entry.location.toStdString());
        entryTable.insert("insecure", entry.insecure);
        entryTable.insert("blocked", entry.blocked);
        toml::array mirrors;
        for (const RegistryMirror& mirror : entry.mirrors)
            mirrors.push_back(toml::table{{"location", mirror.location.toStdString()}, {"insecure", mirror.insecure}});
        entryTable.insert("mirror", std::move(mirrors));
        entries.push_back(std::move(entryTable));
    }
    table.insert("registry", std::move(entries));
    std::ostringstream out;
    out << toml::toml_formatter(table);
    return QByteArray::fromStdString(out.str() + '\n');
}

} // namespace sandbox
