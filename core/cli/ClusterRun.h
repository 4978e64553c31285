#pragma once

#include "spec/SandboxSpec.h"

#include <QString>

namespace sandbox {

// `sandbox-run --on CLUSTER ...`: runs the spec on a configured cluster
// and behaves like a local run: the command's stdout and stderr, stdin
// forwarded, its exit code (124 timed out, 125 could not start). Ctrl+C
// or TERM cancels the job (scancel). Job states go to stderr as
// "sandbox-run: job N pending" when stderr is a terminal.
int runOnCluster(const SandboxSpec& spec, const QString& clusterName);

} // namespace sandbox
