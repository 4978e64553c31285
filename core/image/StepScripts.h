#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

struct ImageStep;

// The shell scripts that steps run in the build container (`sh -c`).
// Arguments are quoted; nothing from a recipe reaches the shell unquoted
// except run_commands, whose point is to be shell.
namespace stepscripts {

// Where pip_install puts its virtual environment (first on PATH).
QString venvDir();

QString aptInstall(const QStringList& packages);
QString pipInstall(const ImageStep& step);
QString runCommands(const QStringList& commands);

} // namespace stepscripts
} // namespace sandbox
