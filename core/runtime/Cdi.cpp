#include "runtime/Cdi.h"

#include "util/Yaml.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::CdiRegistry", text);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QStringList CdiRegistry::defaultDirs()
{
    const QString override = qEnvironmentVariable("SANDBOX_STUDIO_CDI_DIRS");
    if (!override.isEmpty())
        return override.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // Later directories take precedence, as in the CDI specification.
    return {QStringLiteral("/etc/cdi"), QStringLiteral("/var/run/cdi")};
}

CdiRegistry CdiRegistry::load(const QStringList& dirs)
{
    CdiRegistry registry;
    registry.m_dirs = dirs;
    for (const QString& dirPath : dirs) {
        const QDir dir(dirPath);
        const QStringList files = dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.yaml"),
                                                 QStringLiteral("*.yml")},
                                                QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            const QString path = dir.filePath(fileName);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                registry.m_skipped << tr("%1 (%2)").arg(path, file.errorString());
                continue;
            }
            QJsonObject spec;
            if (fileName.endsWith(QLatin1String(".json"))) {
                spec = QJsonDocument::fromJson(file.readAll()).object();
            } else {
                QString yamlError;
                spec = yaml::parse(file.readAll(), &yamlError).toObject();
                if (!yamlError.isEmpty()) {
                    registry.m_skipped << tr("%1 (%2)").arg(path, yamlError);
                    continue;
                }
            }
            const QString kind = spec.value(QStringLiteral("kind")).toString();
            if (kind.isEmpty() || !kind.contains(QLatin1Char('/'))) {
                registry.m_skipped << tr("%1 (not a CDI spec: no \"vendor/class\" kind)").arg(path);
                continue;
            }
            registry.m_kindEdits.insert(kind, spec.value(QStringLiteral("containerEdits")).toObject());
            for (const QJsonValue& value : spec.value(QStringLiteral("devices")).toArray()) {
                const QJsonObject device = value.toObject();
                const QString name = device.value(QStringLiteral("name")).toString();
                if (name.isEmpty())
                    continue;
                // A later file's device of the same name replaces the earlier.
                registry.m_devices.removeIf([&](const Device& d) { return d.kind == kind && d.name == name; });
                registry.m_devices.append({kind, name, device.value(QStringLiteral("containerEdits")).toObject()});
            }
        }
    }
    QCollator natural;
    natural.setNumericMode(true);
    std::sort(registry.m_devices.begin(), registry.m_devices.end(), [&](const Device& a, const Device& b) {
        return a.kind != b.kind ? a.kind < b.kind : natural.compare(a.name, b.name) < 0;
    });
    return registry;
}

QStringList CdiRegistry::gpuNames() const
{
    QStringList names;
    for (const Device& device : m_devices) {
        if (device.kind.section(QLatin1Char('/'), 1) == QLatin1String("gpu") && device.name != QLatin1String("all"))
            names << device.qualified();
    }
    return names;
}

QString CdiRegistry::addEdits(const QJsonObject& edits, const QString& device, CdiEdits* out) const
{
    for (const QString& assignment : strings(edits.value(QStringLiteral("env")))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals > 0)
            out->env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    for (const QJsonValue& value : edits.value(QStringLiteral("deviceNodes")).toArray()) {
        const QJsonObject node = value.toObject();
        OciDeviceNode result;
        result.path = node.value(QStringLiteral("path")).toString();
        const QString hostPath = node.value(QStringLiteral("hostPath")).toString(result.path);
        struct stat info{};
        if (::stat(QFile::encodeName(hostPath).constData(), &info) != 0 || !(S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)))
            return tr("gpu: %1 needs the device node %2, which is not on this host").arg(device, hostPath);
        result.type = S_ISBLK(info.st_mode) ? QLatin1Char('b') : QLatin1Char('c');
        result.major = node.contains(QStringLiteral("major")) ? node.value(QStringLiteral("major")).toInteger()
                                                              : static_cast<qint64>(major(info.st_rdev));
        result.minor = node.contains(QStringLiteral("minor")) ? node.value(QStringLiteral("minor")).toInteger()
                                                              : static_cast<qint64>(minor(info.st_rdev));
        result.fileMode = node.value(QStringLiteral("fileMode")).toInt(static_cast<int>(info.st_mode & 07777));
        result.permissions = node.value(QStringLiteral("permissions")).toString(QStringLiteral("rwm"));
        out->devices.append(result);
    }
    for (const QJsonValue& value : edits.value(QStringLiteral("mounts")).toArray()) {
        const QJsonObject mount = value.toObject();
        const QString hostPath = mount.value(QStringLiteral("hostPath")).toString();
        if (!QFileInfo::exists(hostPath))
            return tr("gpu: %1 needs %2 mounted, which is not on this host").arg(device, hostPath);
        out->mounts.append({hostPath, mount.value(QStringLiteral("containerPath")).toString(),
                            strings(mount.value(QStringLiteral("options"))).contains(QStringLiteral("ro"))});
    }
    for (const QJsonValue& value : edits.value(QStringLiteral("hooks")).toArray()) {
        const QJsonObject hook = value.toObject();
        out->hooks.append({hook.value(QStringLiteral("hookName")).toString(), hook.value(QStringLiteral("path")).toString(),
                           strings(hook.value(QStringLiteral("args"))), strings(hook.value(QStringLiteral("env"))),
                           hook.value(QStringLiteral("timeout")).toInt()});
    }
    return {};
}

CdiEdits CdiRegistry::resolveGpu(const QString& request, QString* error) const
{
    const QStringList available = gpuNames();
    const QString where = m_dirs.join(QStringLiteral(", "));
    QStringList chosen;
    if (available.isEmpty()) {
        *error = tr("gpu: a GPU was asked for, but no CDI spec in %1 describes one "
                    "(on NVIDIA machines: nvidia-ctk cdi generate --format=json --output=/etc/cdi/nvidia.json)")
                     .arg(where);
        if (!m_skipped.isEmpty())
            *error += tr("; skipped: %1").arg(m_skipped.join(QStringLiteral(", ")));
        return {};
    }
    bool isCount = false;
    const int count = request == QLatin1String("any") ? 1 : request.toInt(&isCount);
    if (request == QLatin1String("any") || isCount) {
        if (count > available.size()) {
            *error = tr("gpu: %1 GPUs asked for, but this machine has %2 (%3)")
                         .arg(count)
                         .arg(available.size())
                         .arg(available.join(QStringLiteral(", ")));
            return {};
        }
        chosen = available.mid(0, count);
    } else {
        for (const QString& id : request.split(QLatin1Char(','))) {
            QString match;
            for (const QString& name : available) {
                if (name == id || name.section(QLatin1Char('='), 1) == id)
                    match = name;
            }
            if (match.isEmpty()) {
                *error = tr("gpu: no GPU \"%1\" on this machine (there are: %2)").arg(id, available.join(QStringLiteral(", ")));
                return {};
            }
            if (!chosen.contains(match))
                chosen << match;
        }
    }
    CdiEdits edits;
    QStringList kindsDone;
    for (const QString& qualified : std::as_const(chosen)) {
        const QString kind = qualified.section(QLatin1Char('='), 0, 0);
        if (!kindsDone.contains(kind)) {
            kindsDone << kind;
            if (const QString problem = addEdits(m_kindEdits.value(kind), qualified, &edits); !problem.isEmpty()) {
                *error = problem;
                return {};
            }
        }
        for (const Device& device : m_devices) {
            if (device.qualified() != qualified)
                continue;
            if (const QString problem = addEdits(device.edits, qualified, &edits); !problem.isEmpty()) {
                *error = problem;
                return {};
            }
        }
    }
    error->clear();
    return edits;
}

} // namespace sandbox
