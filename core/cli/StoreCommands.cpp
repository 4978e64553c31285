#include "cli/StoreCommands.h"

#include "storage/Secrets.h"
#include "storage/VolumeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::StoreCommands", text);
}

int report(const StoreCommandIo& io, const QString& error)
{
    if (error.isEmpty())
        return 0;
    io.sayError(error);
    return kExitFailed;
}

int usage(const StoreCommandIo& io, const QString& text)
{
    io.sayError(tr("usage: %1").arg(text));
    return kExitUsage;
}

QString volumesUsage()
{
    return QStringLiteral("sandbox-run volumes [--on CLUSTER] create NAME | list | ls [--json] NAME [PATH] | "
                          "get NAME PATH [LOCAL|-] | put NAME LOCAL|- PATH | rm NAME [PATH]");
}

} // namespace

int runVolumesCommand(const QStringList& arguments, VolumeStore& volumes, const StoreCommandIo& io)
{
    const QString verb = arguments.value(0);
    // `ls --json`: the listing a program reads (the window's volumes
    // browser over ssh); any file name survives it.
    if (verb == QLatin1String("ls") && arguments.value(1) == QLatin1String("--json")
        && (arguments.size() == 3 || arguments.size() == 4)) {
        QString error;
        const QList<Volumes::Entry> entries =
            volumes.listFiles(arguments.at(2), arguments.value(3, QStringLiteral("/")), &error);
        if (!error.isEmpty())
            return report(io, error);
        QJsonArray list;
        for (const Volumes::Entry& entry : entries) {
            list.append(QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("dir"), entry.isDirectory},
                                    {QStringLiteral("size"), static_cast<double>(entry.size)}});
        }
        io.writeOut(QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }
    const qsizetype count = arguments.size();
    const QString name = arguments.value(1);
    if (verb == QLatin1String("create") && count == 2)
        return report(io, volumes.create(name));
    if (verb == QLatin1String("list") && count == 1) {
        QString error;
        for (const QString& volume : volumes.list(&error))
            io.writeOut(volume.toUtf8() + '\n');
        return report(io, error);
    }
    if (verb == QLatin1String("ls") && (count == 2 || count == 3)) {
        QString error;
        const QList<Volumes::Entry> entries = volumes.listFiles(name, arguments.value(2, QStringLiteral("/")), &error);
        if (!error.isEmpty())
            return report(io, error);
        for (const Volumes::Entry& entry : entries)
            io.writeOut(entry.name.toUtf8() + (entry.isDirectory ? "/" : "") + '\n');
        return 0;
    }
    if (verb == QLatin1String("get") && (count == 3 || count == 4)) {
        QString error;
        const QByteArray data = volumes.readFile(name, arguments.at(2), &error);
        if (!error.isEmpty())
            return report(io, error);
        const QString local = arguments.value(3, QStringLiteral("-"));
        if (local == QLatin1String("-")) {
            io.writeOut(data);
            return 0;
        }
        QFile out(local);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return report(io, tr("cannot write %1: %2").arg(local, out.errorString()));
        return 0;
    }
    if (verb == QLatin1String("put") && count == 4) {
        const QString local = arguments.at(2);
        QByteArray data;
        if (local == QLatin1String("-")) {
            data = io.readStdin();
        } else {
            QFile in(local);
            if (!in.open(QIODevice::ReadOnly))
                return report(io, tr("cannot read %1: %2").arg(local, in.errorString()));
            data = in.readAll();
        }
        return report(io, volumes.writeFile(name, arguments.at(3), data));
    }
    if (verb == QLatin1String("rm") && count == 2)
        return report(io, volumes.remove(name));
    if (verb == QLatin1String("rm") && count == 3)
        return report(io, volumes.removeFile(name, arguments.at(2)));
    return usage(io, volumesUsage());
}

int runSecretsCommand(const QStringList& arguments, SecretStore& secrets, const StoreCommandIo& io)
{
    const QString verb = arguments.value(0);
    const qsizetype count = arguments.size();
    const QString secretsUsage = QStringLiteral(
        "sandbox-run secrets set NAME KEY=VALUE... | set NAME --from-stdin | list | rm NAME");
    if (verb == QLatin1String("list") && count == 1) {
        QString error;
        const QStringList names = secrets.list(&error);
        for (const QString& name : names)
            io.writeOut(name.toUtf8() + '\n');
        return report(io, error);
    }
    if (verb == QLatin1String("rm") && count == 2)
        return report(io, secrets.remove(arguments.at(1)));
    if (verb == QLatin1String("set") && count >= 3) {
        // Values on stdin stay out of the process list and shell history.
        QStringList assignments = arguments.mid(2);
        if (assignments == QStringList{QStringLiteral("--from-stdin")}) {
            assignments = QString::fromUtf8(io.readStdin()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString& line : assignments) {
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1); // a file saved with CRLF line ends
            }
        }
        QMap<QString, QString> values;
        for (const QString& assignment : std::as_const(assignments)) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                // Only the part before any '=' could be a key; never echo a value.
                return usage(io, tr("each entry must be KEY=VALUE; %1").arg(secretsUsage));
            }
            values.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        return report(io, secrets.set(arguments.at(1), values));
    }
    return usage(io, secretsUsage);
}

} // namespace sandbox
