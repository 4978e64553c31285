#pragma once

// TOML files (registries.conf, pyproject.toml) read with toml++, with the
// project's error convention.

#include <QByteArray>
#include <QString>

#include <optional>
#include <toml++/toml.hpp>

namespace sandbox {

// The table of `text` (read from `path`); nullopt and *error
// ("PATH:LINE: not valid TOML: ...") when it does not parse.
std::optional<toml::table> parseToml(const QByteArray& text, const QString& path, QString* error);

} // namespace sandbox
