#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

// `sandbox-run clusters list | add NAME [options] | rm NAME`: edits the
// user's cluster file (ClusterStore). `arguments` are those after
// "clusters". Returns the exit code; what to print goes to *out / *err.
int runClustersCommand(const QStringList& arguments, QString* out, QString* err);

} // namespace sandbox
