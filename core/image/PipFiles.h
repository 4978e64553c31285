#pragma once

// What pip_install_from_requirements and pip_install_from_pyproject read
// on the host, and the build scripts they become. A pyproject.toml is read
// here (toml++): its [project] dependencies, the chosen optional
// dependencies (extras) and dependency groups (PEP 735) are installed, not
// the project itself, as Modal's pip_install_from_pyproject does.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sandbox {

struct ImageStep;

namespace pipfiles {

// Hash of the step's file, for its layer key; empty with *error when unreadable.
QByteArray contentDigest(const ImageStep& step, QString* error);
// The requirements a pyproject.toml lists for these extras and groups.
QStringList pyprojectRequirements(const QString& path, const QStringList& extras, const QStringList& groups,
                                  QString* error);
// The build step's shell script; empty with *error when the file is unusable.
QString script(const ImageStep& step, QString* error);

} // namespace pipfiles
} // namespace sandbox
