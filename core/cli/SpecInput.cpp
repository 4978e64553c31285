#include "cli/SpecInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr qsizetype kMaxSpecBytes = 16 * 1024 * 1024;

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

SandboxSpec readSpec(const QString& source, QString* error)
{
    QByteArray json;
    if (source == QLatin1String("-")) {
        if (!readFirstLine(&json)) {
            *error = tr("--spec: no spec on the first line of stdin");
            return {};
        }
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("--spec: cannot read %1: %2").arg(source, file.errorString());
            return {};
        }
        json = file.read(kMaxSpecBytes);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("--spec: not a JSON object: %1").arg(parseError.errorString());
        return {};
    }
    QString problem;
    SandboxSpec spec = SandboxSpec::fromJson(document.object(), &problem);
    if (!problem.isEmpty()) {
        *error = tr("--spec: %1").arg(problem);
        return {};
    }
    error->clear();
    return spec;
}

} // namespace sandbox
