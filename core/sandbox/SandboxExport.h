#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

class Sandbox;

// What a copy out of a sandbox did.
struct ExportResult
{
    int files = 0;
    int directories = 0;
    qint64 bytes = 0;
    // Sandbox paths left out: symbolic links (never followed) and special
    // files (devices, FIFOs, sockets).
    QStringList skipped;
};

// Copies a file or a directory (recursively) out of a sandbox to the host.
// Every read goes through the sandbox's confined reads; links are skipped,
// never followed, so nothing outside the sandbox is ever read. A directory
// goes to `hostPath`, which must not exist yet; a file replaces `hostPath`
// atomically. A copy larger than the free space there is refused before it
// starts. On failure nothing is left at `hostPath` and *error names the
// path and the problem.
bool exportFromSandbox(const Sandbox& sandbox, const QString& sandboxPath, const QString& hostPath,
                       ExportResult* result, QString* error);

} // namespace sandbox
