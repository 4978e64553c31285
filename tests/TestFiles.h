#pragma once

// Small file trees for tests that read files.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace testsupport {

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Writes relative path → content under root.
inline bool writeTree(const QString& root, const QMap<QString, QByteArray>& files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(root + QLatin1Char('/') + it.key(), it.value()))
            return false;
    }
    return true;
}

} // namespace testsupport
