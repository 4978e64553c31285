#pragma once

// `sandbox-run diff`, `sandbox-run apply` and `sandbox-run rm`: a kept
// sandbox's changes as a git patch, applied back to a folder or committed
// to a new branch, and the kept files removed.

#include "util/Paths.h"

#include <QStringList>
#include <functional>

namespace sandbox {

struct ApplyCommandIo
{
    std::function<void(const QByteArray&)> writeOut;
    std::function<void(const QString&)> sayError;
};

// Whether arguments[1] names one of these commands.
bool isApplyCommand(const QStringList& arguments);

// Exit code: 0 done, 1 failed or something refused (reasons said), 2 bad
// usage.
int runApplyCommand(const QStringList& arguments, const Paths& paths, const ApplyCommandIo& io);

} // namespace sandbox
