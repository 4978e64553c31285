#include "cli/SpecInput.h"

#include "spec/SpecFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <unistd.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SpecInput", text);
}

// One byte at a time: a buffered read would swallow the sandbox's input.
bool readFirstLine(QByteArray* line)
{
    char c;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return !line->isEmpty();
        if (c == '\n')
            return true;
        if (line->size() >= kMaxSpecBytes)
            return false;
        line->append(c);
    }
}

} // namespace

// Only chooses where the text comes from; SpecFile parses it.
SandboxSpec readSpec(const QString& source, QString* error)
{
    SandboxSpec spec;
    if (source == QLatin1String("-")) {
        QByteArray json;
        if (!readFirstLine(&json)) {
            *error = tr("--spec: no spec on the first line of stdin");
            return {};
        }
        spec = parseSpecJson(json, tr("stdin"), error);
    } else {
        spec = readSpecFile(source, error);
    }
    if (!error->isEmpty())
        error->prepend(QStringLiteral("--spec: "));
    return spec;
}

} // namespace sandbox
