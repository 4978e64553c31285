#pragma once

#include "util/FileLock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace sandbox {

class EphemeralVolume;

// Volumes: directories under <data>/volumes/<name>/ that sandboxes mount
// read-write. Named volumes persist until removed; ephemeral ones belong to
// an EphemeralVolume object and vanish when it is released (or, after a
// crash, at the next start). The host side reads and writes their files
// here, without starting a sandbox; paths are resolved inside the volume,
// so a symlink a sandbox planted cannot lead outside it.
class Volumes
{
public:
    struct Entry
    {
        QString name;
        bool isDirectory = false;
        qint64 size = 0;
    };

    explicit Volumes(QString volumesDir);

    // Empty when `name` is a valid volume name, otherwise why not.
    static QString checkName(const QString& name);
    // Whether `name` is one createEphemeral() makes (never a named volume).
    static bool isEphemeralName(const QString& name);

    // Each returns an empty string on success, otherwise a sentence naming
    // the volume and the problem.
    QString create(const QString& name);
    QString remove(const QString& name);
    bool exists(const QString& name) const;
    QString hostPath(const QString& name) const;
    // Named volumes, sorted.
    QStringList list() const;

    std::unique_ptr<EphemeralVolume> createEphemeral(QString* error);
    // Removes ephemeral volumes whose owner is gone; returns how many.
    int cleanOrphans();

    QList<Entry> listFiles(const QString& name, const QString& path, QString* error) const;
    QByteArray readFile(const QString& name, const QString& path, QString* error) const;
    QString writeFile(const QString& name, const QString& path, const QByteArray& data);
    QString removeFile(const QString& name, const QString& path);

private:
    QString createDirectory(const QString& name);
    int openVolume(const QString& name, QString* error) const;
    QString lockPath(const QString& name) const;

    QString m_dir;
};

// An ephemeral volume, alive as long as this object.
class EphemeralVolume
{
public:
    ~EphemeralVolume();
    QString name() const { return m_name; }

private:
    friend class Volumes;
    EphemeralVolume(QString name, QString path, FileLock lock);

    QString m_name;
    QString m_path;
    FileLock m_lock;
};

} // namespace sandbox
