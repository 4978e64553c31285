#pragma once

// `sandbox-run create | exec | ls | logs | attach | stop | kill | cp |
// snapshot`: long-lived sandboxes from the command line, over the C++ API
// of lifecycle/DetachedSandbox.h.

#include <QStringList>

namespace sandbox {

// The exit code, or -1 when arguments[1] is none of these subcommands.
int runLifecycleCommand(const QStringList& arguments);

namespace cliio {
// Writes everything to `fd`, waiting for a slow reader.
void writeAll(int fd, const QByteArray& data);
// "sandbox-run: MESSAGE" on stderr.
void say(const QString& message);
} // namespace cliio

// `sandbox-run exec ...` (cli/ExecCommand.cpp).
int runExecCommand(const QStringList& arguments);

} // namespace sandbox
