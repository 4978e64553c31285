#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

// Where pip looks for packages. Empty fields leave pip's own defaults (and
// PIP_INDEX_URL of the builder's environment) in charge.
struct PipOptions
{
    QString indexUrl;
    QString extraIndexUrl;
    QString findLinks;
    QStringList extraOptions;

    bool operator==(const PipOptions&) const = default;
};

// One build step. Each step becomes one cached layer of the image.
struct ImageStep
{
    enum class Kind { AptInstall, PipInstall, RunCommands, Env, Workdir, AddLocalFile, AddLocalDir,
                      PipRequirements, PipPyproject };

    Kind kind = Kind::RunCommands;
    QStringList items;          // packages (apt, pip), shell commands, or PipPyproject's extras
    QStringList groups;         // PipPyproject: dependency groups (PEP 735)
    QMap<QString, QString> env; // Env
    QString source;             // AddLocal*, Pip{Requirements,Pyproject}: absolute path on the host
    QString path;               // Workdir, or AddLocal* destination in the image
    QStringList ignore;         // AddLocalDir: glob patterns left out
    PipOptions pip;

    static ImageStep aptInstall(const QStringList& packages);
    static ImageStep pipInstall(const QStringList& packages, const PipOptions& options = {});
    static ImageStep runCommands(const QStringList& commands);
    static ImageStep setEnv(const QMap<QString, QString>& variables);
    static ImageStep workdir(const QString& path);
    static ImageStep addLocalFile(const QString& source, const QString& destination);
    static ImageStep addLocalDir(const QString& source, const QString& destination,
                                 const QStringList& ignore = {});

    static QString kindName(Kind kind); // the JSON key, e.g. "apt_install"
    // One line for progress and errors, e.g. "apt_install curl git".
    QString describe() const;
    // Empty when valid; otherwise a sentence naming the step and the fault.
    QString validate() const;

    // Canonical: QJsonObject sorts its keys, so equal steps give equal bytes.
    QJsonObject toJson() const;
    static ImageStep fromJson(const QJsonObject& json, QString* error);

    bool operator==(const ImageStep&) const = default;
};

// What an image starts from.
struct ImageBase
{
    enum class Kind { DebianSlim, Registry, Tarball, Directory, Dockerfile };

    Kind kind = Kind::DebianSlim;
    QString suite = QStringLiteral("bookworm"); // DebianSlim
    QString reference;                         // Registry: host[:port]/path[:tag][@digest]
    QString path;                              // Tarball, Directory, Dockerfile: absolute host path
    QString context;                           // Dockerfile: the build context directory
    QMap<QString, QString> buildArgs;          // Dockerfile: --build-arg values

    // The short form: "debian-slim", "debian-slim:trixie", a reference or a
    // path; "Dockerfile /path" for a Dockerfile (which JSON keeps as an object).
    QString toString() const;
    static ImageBase dockerfile(const QString& path, const QString& context,
                                const QMap<QString, QString>& buildArgs = {});

    bool operator==(const ImageBase&) const = default;
};

// A sandbox's image: a base plus ordered steps, like Modal's image builder.
// Pure data; the JSON form is shared by the window and the command line:
// either a plain string (the base alone) or
// {"base": "...", "suite": "trixie", "steps": [{"apt_install": ["curl"]}, ...]}
// or {"dockerfile": "/abs/Dockerfile", "context": "/abs", "build_args": {}, "steps": [...]}.
class ImageRecipe
{
public:
    ImageRecipe() = default;
    // Implicit on purpose: `spec.image = QStringLiteral("debian-slim")`.
    // A malformed string is kept as an error that validate() reports.
    ImageRecipe(const QString& baseText); // NOLINT(google-explicit-constructor)

    ImageBase base;
    QList<ImageStep> steps;

    static QStringList debianSuites();
    // Parses the short form of a base. Registry references must name their
    // registry host (a name with a dot or port, or localhost).
    static ImageBase parseBase(const QString& text, QString* error);
    static bool isValidReference(const QString& reference, QString* why = nullptr);
    // The registry host of a reference, e.g. "127.0.0.1:5000".
    static QString registryHost(const QString& reference);

    // Empty when valid; otherwise a sentence starting with "image:".
    QString validate() const;
    QString displayName() const;

    QJsonValue toJson() const;
    static ImageRecipe fromJson(const QJsonValue& json, QString* error);

    bool operator==(const ImageRecipe&) const = default;

private:
    QString m_parseError;
};

} // namespace sandbox
