#include "storage/Secrets.h"

#include "spec/SandboxSpec.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

namespace sandbox {

namespace {

constexpr auto kIndexKey = "index";

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::SecretStore", text);
}

QString entryKey(const QString& name)
{
    return QStringLiteral("secret/") + name;
}

// QtKeychain's jobs are asynchronous; the engine needs answers before a
// sandbox starts, so each call waits for its job.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

struct ReadResult
{
    QString text;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
};

ReadResult read(const QString& service, const QString& key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runJob(job);
    return {job.textData(), job.error(), job.errorString()};
}

QString write(const QString& service, const QString& key, const QString& text)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(text);
    runJob(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString removeEntry(const QString& service, const QString& key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runJob(job);
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? QString()
                                                                                         : job.errorString();
}

QString writeIndex(const QString& service, QStringList names)
{
    names.sort();
    names.removeDuplicates();
    return write(service, QString::fromLatin1(kIndexKey),
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact)));
}

} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

QStringList SecretStore::list(QString* error) const
{
    const ReadResult index = read(m_service, QString::fromLatin1(kIndexKey));
    if (index.error == QKeychain::EntryNotFound) {
        error->clear();
        return {};
    }
    if (index.error != QKeychain::NoError) {
        *error = tr("secrets: cannot read the keyring: %1").arg(index.errorString);
        return {};
    }
    QStringList names;
    for (const QJsonValue& name : QJsonDocument::fromJson(index.text.toUtf8()).array())
        names << name.toString();
    error->clear();
    return names;
}

QString SecretStore::set(const QString& name, const QMap<QString, QString>& values)
{
    if (!SandboxSpec::isValidStoreName(name))
        return tr("secrets: \"%1\" is not a valid secret name").arg(name);
    if (values.isEmpty())
        return tr("secrets: %1 needs at least one KEY=value").arg(name);
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!envName.match(it.key()).hasMatch())
            return tr("secrets: %1: \"%2\" is not a valid variable name").arg(name, it.key());
        if (it.value().contains(QChar(0)))
            return tr("secrets: %1: the value of %2 contains a NUL character").arg(name, it.key());
        object.insert(it.key(), it.value());
    }
    QString error;
    QStringList names = list(&error);
    if (!error.isEmpty())
        return error;
    if (const QString problem = write(m_service, entryKey(name),
                                      QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        !problem.isEmpty()) {
        return tr("secrets: cannot store %1 in the keyring: %2").arg(name, problem);
    }
    if (const QString problem = writeIndex(m_service, names << name); !problem.isEmpty())
        return tr("secrets: cannot update the keyring's index: %1").arg(problem);
    return {};
}

QString SecretStore::remove(const QString& name)
{
    QString error;
    QStringList names = list(&error);
    if (!error.isEmpty())
        return error;
    if (!names.contains(name))
        return tr("secrets: no secret named %1").arg(name);
    if (const QString problem = removeEntry(m_service, entryKey(name)); !problem.isEmpty())
        return tr("secrets: cannot remove %1 from the keyring: %2").arg(name, problem);
    names.removeAll(name);
    if (const QString problem = writeIndex(m_service, names); !problem.isEmpty())
        return tr("secrets: cannot update the keyring's index: %1").arg(problem);
    return {};
}

QMap<QString, QString> SecretStore::get(const QString& name, QString* error) const
{
    const ReadResult entry = read(m_service, entryKey(name));
    if (entry.error == QKeychain::EntryNotFound) {
        *error = tr("secrets: no secret named %1").arg(name);
        return {};
    }
    if (entry.error != QKeychain::NoError) {
        *error = tr("secrets: cannot read %1 from the keyring: %2").arg(name, entry.errorString);
        return {};
    }
    QMap<QString, QString> values;
    const QJsonObject object = QJsonDocument::fromJson(entry.text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toString());
    error->clear();
    return values;
}

} // namespace sandbox
