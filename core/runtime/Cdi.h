#pragma once

#include "runtime/OciConfig.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

// What CDI devices add to a container: device nodes, mounts, environment
// and hooks.
struct CdiEdits
{
    QList<OciDeviceNode> devices;
    QList<OciBindMount> mounts;
    QMap<QString, QString> env;
    QList<OciHook> hooks;
};

// The Container Device Interface specs on this host (JSON or YAML files in
// /etc/cdi and /var/run/cdi, or SANDBOX_STUDIO_CDI_DIRS, colon-separated).
// YAML is read with yaml-cpp (util/Yaml); a file that does not parse, or
// holds several documents, is listed as skipped, with the reason.
class CdiRegistry
{
public:
    static QStringList defaultDirs();
    static CdiRegistry load(const QStringList& dirs);

    // Fully qualified names ("vendor/class=name") of devices whose class is
    // "gpu", in a stable order; "all" devices excluded.
    QStringList gpuNames() const;
    QStringList skippedFiles() const { return m_skipped; }

    // Turns a request ("any", a count, or comma-separated ids) into edits.
    // On failure *error names what was asked and what exists.
    CdiEdits resolveGpu(const QString& request, QString* error) const;

private:
    struct Device
    {
        QString kind;
        QString name;
        QJsonObject edits;
        QString qualified() const { return kind + QLatin1Char('=') + name; }
    };

    QString addEdits(const QJsonObject& edits, const QString& device, CdiEdits* out) const;

    QList<Device> m_devices;
    QMap<QString, QJsonObject> m_kindEdits;
    QStringList m_skipped;
    QStringList m_dirs;
};

} // namespace sandbox
