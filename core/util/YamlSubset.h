#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sandbox::yaml {

// Reads the block-style YAML subset that tools like nvidia-ctk write for CDI
// specs: nested mappings and sequences by indentation (compact "- key:"
// items included), plain, single- and double-quoted scalars, empty or simple
// flow collections ("[]", "{}", "[a, b]"), comments and a "---" start.
// Anchors, tags, multi-line scalars and multiple documents are refused with
// an error rather than misread. Plain scalars that look like integers,
// booleans or null become JSON numbers, booleans and null.
QJsonValue parse(const QByteArray& text, QString* error);

} // namespace sandbox::yaml
