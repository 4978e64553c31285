#include "desktop/StudioCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::StudioCommandLine", text);
}

bool isRepositoryScheme(const QString& scheme)
{
    static const QStringList schemes{QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("git"),
                                     QStringLiteral("ssh")};
    return schemes.contains(scheme);
}

// git's "scp-like" form: user@host:path (no "://", no slash before ':').
bool isScpLikeRepository(const QString& argument)
{
    static const QRegularExpression scpLike(QStringLiteral(R"(^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!//)\S+$)"));
    return scpLike.match(argument).hasMatch();
}

OpenRequest classifyLocalPath(const QString& argument, const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file or folder").arg(argument);
        return {};
    }
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        if (isGitRepository(absolute))
            return OpenRequest{OpenRequest::Kind::CloneRepository, QDir::cleanPath(absolute)};
        *error = tr("%1: a folder, but not a git repository").arg(argument);
        return {};
    }
    if (!info.isFile()) {
        *error = tr("%1: not a regular file").arg(argument);
        return {};
    }
    return OpenRequest{OpenRequest::Kind::SourceFile, QDir::cleanPath(absolute)};
}

} // namespace

bool isGitRepository(const QString& dir)
{
    const QDir repository(dir);
    if (QFileInfo::exists(repository.filePath(QStringLiteral(".git"))))
        return true;
    return QFileInfo(repository.filePath(QStringLiteral("HEAD"))).isFile()
           && QFileInfo(repository.filePath(QStringLiteral("objects"))).isDir()
           && QFileInfo(repository.filePath(QStringLiteral("refs"))).isDir();
}

OpenRequest classifyOpenArgument(const QString& argument, const QString& workingDir, QString* error)
{
    error->clear();
    if (argument.isEmpty()) {
        *error = tr("an empty argument is neither a file nor a repository URL");
        return {};
    }
    if (argument.contains(QLatin1String("://"))) {
        const QUrl url(argument, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid()) {
            *error = tr("%1: not a valid URL").arg(argument);
            return {};
        }
        if (scheme == QLatin1String("file")) {
            if (!url.host().isEmpty() && url.host() != QLatin1String("localhost")) {
                *error = tr("%1: a file on another computer (%2) cannot be opened").arg(argument, url.host());
                return {};
            }
            // path(), not toLocalFile(): the latter keeps "//localhost".
            return classifyLocalPath(argument, url.path(QUrl::FullyDecoded), error);
        }
        if (!isRepositoryScheme(scheme)) {
            *error = tr("%1: unsupported URL scheme \"%2\" (use https, http, git, ssh or file)")
                         .arg(argument, url.scheme());
            return {};
        }
        if (url.host().isEmpty()) {
            *error = tr("%1: the URL names no host").arg(argument);
            return {};
        }
        return OpenRequest{OpenRequest::Kind::CloneRepository, argument};
    }
    if (isScpLikeRepository(argument))
        return OpenRequest{OpenRequest::Kind::CloneRepository, argument};
    return classifyLocalPath(argument, QDir(workingDir).absoluteFilePath(argument), error);
}

QString readSourceFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(kMaxSourceFileBytes + 1);
    if (bytes.size() > kMaxSourceFileBytes) {
        *error = tr("%1: larger than %2 MiB; the editor opens source files only")
                     .arg(path)
                     .arg(kMaxSourceFileBytes / (1024 * 1024));
        return {};
    }
    if (bytes.contains('\0')) {
        *error = tr("%1: a binary file, not source code").arg(path);
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("%1: not UTF-8 text").arg(path);
        return {};
    }
    error->clear();
    return text;
}

StudioCommandLine StudioCommandLine::parse(const QStringList& arguments, const QString& workingDir)
{
    StudioCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs code you don't fully trust in fresh, disposable Linux sandboxes."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption run(QStringLiteral("run"),
                                 tr("Fill the form from a saved spec (File > Export Spec) and launch it."),
                                 tr("spec.json"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(run);
    parser.addPositionalArgument(
        QStringLiteral("url-or-file"),
        tr("A repository URL (https, http, git, ssh, user@host:path, or a local repository) to clone, "
           "or a source file to open in the editor."),
        QStringLiteral("[url-or-file...]"));
    // Without an application object yet the parser knows no program name.
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("sandbox-studio"));
    if (!parser.parse(arguments)) {
        result.action = Action::Invalid;
        result.errors << parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (parser.values(run).size() > 1) {
        result.action = Action::Invalid;
        result.errors << tr("--run: give one spec file");
        return result;
    }
    if (parser.isSet(run)) {
        result.runSpec = parser.value(run);
        if (result.runSpec.isEmpty()) {
            result.action = Action::Invalid;
            result.errors << tr("--run: the spec file name is empty");
            return result;
        }
        result.runSpec = QDir(workingDir).absoluteFilePath(result.runSpec);
    }
    for (const QString& argument : parser.positionalArguments()) {
        QString error;
        const OpenRequest request = classifyOpenArgument(argument, workingDir, &error);
        if (error.isEmpty())
            result.open << request;
        else
            result.errors << error;
    }
    return result;
}

} // namespace sandbox
