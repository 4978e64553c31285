#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

// Splits a command line the way a POSIX shell splits words: whitespace
// separates, '…' quotes literally, "…" quotes with \\ \" \$ \` escapes, and
// a backslash outside quotes escapes the next character. No expansion.
// Sets *error (e.g. an unterminated quote) and returns {} on bad input.
QStringList splitShellWords(const QString& line, QString* error = nullptr);

// The inverse: quotes each word only where a shell would need it.
QString joinShellWords(const QStringList& words);

} // namespace sandbox
