#include "util/Toml.h"

#include <QCoreApplication>

namespace sandbox {

std::optional<toml::table> parseToml(const QByteArray& text, const QString& path, QString* error)
{
    try {
        return toml::parse(std::string_view(text.constData(), size_t(text.size())), path.toStdString());
    } catch (const toml::parse_error& problem) {
        const std::string_view description = problem.description();
        *error = QCoreApplication::translate("sandbox::Toml", "%1:%2: not valid TOML: %3")
                     .arg(path)
                     .arg(problem.source().begin.line)
                     .arg(QString::fromUtf8(description.data(), qsizetype(description.size())));
        return std::nullopt;
    }
}

} // namespace sandbox
