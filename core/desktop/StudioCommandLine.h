#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// One thing the window is asked to open: from the command line or the
// desktop entry's %U (a file manager, a browser, a drop on the launcher).
struct OpenRequest
{
    enum class Kind {
        CloneRepository, // a repository URL: the clone form, prefilled
        SourceFile,      // a local text file: the paste editor
    };
    Kind kind = Kind::SourceFile;
    // CloneRepository: the URL as the clone form takes it (a local
    // repository becomes its absolute path). SourceFile: the absolute path.
    QString target;

    bool operator==(const OpenRequest&) const = default;
};

// Classifies one argument: https://, http://, git://, ssh:// and
// user@host:path are repositories; file:// URLs and plain paths are
// repositories when they name a git repository (work tree or bare) and
// source files when they name a regular file. Relative paths are taken
// from `workingDir`. Sets *error (naming the argument and the problem)
// when it is none of these.
OpenRequest classifyOpenArgument(const QString& argument, const QString& workingDir, QString* error);

// Is `dir` a git repository: a work tree (has .git) or a bare one?
bool isGitRepository(const QString& dir);

// The text of a source file the editor may open: UTF-8 text of at most
// kMaxSourceFileBytes. Sets *error naming the file and the problem.
inline constexpr qint64 kMaxSourceFileBytes = 4 * 1024 * 1024;
QString readSourceFile(const QString& path, QString* error);

// What `sandbox-studio` was asked to do, parsed from its arguments. Kept
// out of main() so that the parsing is unit-tested.
struct StudioCommandLine
{
    enum class Action { OpenWindow, ShowHelp, ShowVersion, Invalid };

    Action action = Action::OpenWindow;
    // --run FILE: a spec (as "Export spec" writes it) to fill the form
    // with and launch; main() reads it (core/spec/SpecFile).
    QString runSpec;
    QList<OpenRequest> open;
    // Set for Invalid (naming the argument), and for arguments that
    // could not be opened while the rest still can (the window shows it).
    QStringList errors;
    QString helpText;

    static StudioCommandLine parse(const QStringList& arguments, const QString& workingDir);
};

} // namespace sandbox
