#include "util/ComponentVersions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtVersion>

#include <git2/common.h>
#include <git2/version.h>
#include <qt6keychain/keychain.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ComponentVersions", text);
}

constexpr int kToolTimeoutMs = 3000;

// First line of `program args`, or an empty string.
QString firstLineOf(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString toolVersion(const QString& program, const QString& debianPackage)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return tr("not installed");
    if (const QString line = firstLineOf(path, {QStringLiteral("--version")}); !line.isEmpty())
        return line;
    // pasta prints its version only to a terminal (else to syslog): ask
    // the package manager instead.
    const QString dpkgQuery = QStandardPaths::findExecutable(QStringLiteral("dpkg-query"));
    const QString packaged = dpkgQuery.isEmpty()
                                 ? QString()
                                 : firstLineOf(dpkgQuery, {QStringLiteral("-W"), QStringLiteral("-f=${Version}"),
                                                           debianPackage});
    return packaged.isEmpty() ? tr("unknown") : tr("%1 %2 (Debian package)").arg(debianPackage, packaged);
}

} // namespace

QString loadedLibraryVersion(const QString& baseName)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const QByteArray needle = '/' + QFile::encodeName(baseName) + '.';
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const qsizetype at = line.indexOf(needle);
        if (at < 0)
            continue;
        const qsizetype start = line.lastIndexOf(' ', at) + 1;
        // The mapped file is the fully versioned one (the soname link resolved).
        const QString file = QFileInfo(QFile::decodeName(line.mid(start))).fileName();
        const QString prefix = baseName + QLatin1Char('.');
        if (file.startsWith(prefix))
            return file.mid(prefix.size());
    }
    return {};
}

QList<ComponentVersion> engineLibraryVersions()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return {
        {QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())},
        {QStringLiteral("libgit2"), QStringLiteral(LIBGIT2_VERSION),
         QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision)},
        // QtKeychain has no version call and its header's number is stale:
        // the loaded library's file name tells.
        {QStringLiteral("QtKeychain"), QString(), loadedLibraryVersion(QStringLiteral("libqt6keychain.so"))},
    };
}

QList<ComponentVersion> helperToolVersions()
{
    QList<ComponentVersion> tools;
    const QList<std::pair<QString, QString>> programs{{QStringLiteral("mmdebstrap"), QStringLiteral("mmdebstrap")},
                                                      {QStringLiteral("skopeo"), QStringLiteral("skopeo")},
                                                      {QStringLiteral("pasta"), QStringLiteral("passt")}};
    for (const auto& [program, package] : programs)
        tools << ComponentVersion{program, QString(), toolVersion(program, package)};
    return tools;
}

} // namespace sandbox
