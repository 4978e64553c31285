#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// Whether bytes read from a file are text worth showing: UTF-8 without NUL
// bytes. A multi-byte character cut off by a read limit at the very end
// still counts as text. On success *text holds the decoded text.
bool decodeText(const QByteArray& bytes, bool truncated, QString* text);

} // namespace sandbox
