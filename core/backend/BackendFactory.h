#pragma once

#include "backend/Backend.h"

#include <QString>
#include <memory>

namespace sandbox {

class Engine;

// The backend for a "Run on" choice: an empty choice is this computer
// (through `engine`, which must outlive the backend); otherwise the name
// of a cluster in the user's cluster file. Returns nullptr and sets
// *error for an unknown cluster or a broken cluster file.
std::unique_ptr<Backend> createBackend(const QString& choice, Engine* engine, QString* error);

} // namespace sandbox
