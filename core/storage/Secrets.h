#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sandbox {

// Named sets of KEY=value kept in the desktop's Secret Service (GNOME
// Keyring, KWallet, ...) through QtKeychain. Each secret is one keychain
// entry; an index entry lists the names, since keychains cannot enumerate.
// Values leave this class only through get(); no error message here ever
// contains one.
class SecretStore
{
public:
    static constexpr auto kDefaultService = "sandbox-studio";

    explicit SecretStore(QString service = QString::fromLatin1(kDefaultService));

    // Each returns an empty string on success, otherwise a sentence that
    // names the secret and the problem.
    QString set(const QString& name, const QMap<QString, QString>& values);
    QString remove(const QString& name);
    QMap<QString, QString> get(const QString& name, QString* error) const;
    QStringList list(QString* error) const;

private:
    QString m_service;
};

} // namespace sandbox
