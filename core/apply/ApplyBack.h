#pragma once

// Writes a run's accepted changes into the host folder the run came from.
// Every write stays below that folder: each step is opened with openat2
// (RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), files are written beside their
// place and renamed over it, so a link the host or the run planted is
// never followed and nothing outside the folder is touched.

#include "apply/ApplyPlan.h"

namespace sandbox::apply {

// Applies (or, with `checkOnly`, only decides) every file of `changes`;
// *report says what happened to each. False with *error when the folder
// cannot be opened; single files that cannot be applied are refused in the
// report and the others still applied.
bool applyToDirectory(const ChangeSet& changes, const QString& directory, bool checkOnly, ApplyReport* report,
                      QString* error);

} // namespace sandbox::apply
