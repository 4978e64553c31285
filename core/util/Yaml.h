#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sandbox::yaml {

// Reads one YAML document (for CDI specs, which nvidia-ctk writes as YAML)
// into the JSON value the rest of the engine works with, using yaml-cpp.
// Plain scalars that YAML's core schema reads as integers, floats, booleans
// or null become JSON numbers, booleans and null; quoted scalars stay
// strings. A stream of several documents is refused: a CDI spec is one.
// Errors start with "YAML line N:".
QJsonValue parse(const QByteArray& text, QString* error);

} // namespace sandbox::yaml
