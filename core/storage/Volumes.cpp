#include "storage/Volumes.h"

#include "spec/SandboxSpec.h"
#include "util/ConfinedOpen.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr auto kEphemeralPrefix = "ephemeral-";

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::Volumes", text);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Volumes::Volumes(QString volumesDir) : m_dir(std::move(volumesDir)) {}

QString Volumes::checkName(const QString& name)
{
    if (!SandboxSpec::isValidStoreName(name))
        return tr("volume: \"%1\" is not a valid name (letters, digits, '.', '_', '-'; at most 64)").arg(name);
    return {};
}

bool Volumes::isEphemeralName(const QString& name)
{
    return name.startsWith(QLatin1String(kEphemeralPrefix));
}

QString Volumes::hostPath(const QString& name) const
{
    return m_dir + QLatin1Char('/') + name;
}

QString Volumes::lockPath(const QString& name) const
{
    return m_dir + QLatin1Char('/') + name + QStringLiteral(".lock");
}

bool Volumes::exists(const QString& name) const
{
    return checkName(name).isEmpty() && QFileInfo(hostPath(name)).isDir();
}

QString Volumes::create(const QString& name)
{
    if (name.startsWith(QLatin1String(kEphemeralPrefix)))
        return tr("volume: names starting with \"%1\" are kept for ephemeral volumes").arg(QLatin1String(kEphemeralPrefix));
    return createDirectory(name);
}

QString Volumes::createDirectory(const QString& name)
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        return problem;
    if (!QDir().mkpath(m_dir))
        return tr("volume: cannot create %1").arg(m_dir);
    if (exists(name))
        return tr("volume: %1 exists already").arg(name);
    if (::mkdir(QFile::encodeName(hostPath(name)).constData(), 0755) != 0)
        return tr("volume: cannot create %1: %2").arg(name, errnoText());
    return {};
}

QString Volumes::remove(const QString& name)
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        return problem;
    if (!exists(name))
        return tr("volume: no volume named %1").arg(name);
    if (!QDir(hostPath(name)).removeRecursively())
        return tr("volume: cannot remove all of %1").arg(name);
    QFile::remove(lockPath(name));
    return {};
}

QStringList Volumes::list() const
{
    QStringList names;
    const QStringList entries = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : entries) {
        if (!name.startsWith(QLatin1String(kEphemeralPrefix)))
            names << name;
    }
    return names;
}

std::unique_ptr<EphemeralVolume> Volumes::createEphemeral(QString* error)
{
    const QString name = QLatin1String(kEphemeralPrefix)
                         + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    if (!QDir().mkpath(m_dir)) {
        *error = tr("volume: cannot create %1").arg(m_dir);
        return {};
    }
    // The lock comes first: the janitor never sees an ownerless volume.
    FileLock lock;
    if (!lock.lock(lockPath(name), FileLock::Mode::TryOnce)) {
        *error = tr("volume: cannot lock %1: %2").arg(name, lock.errorString());
        return {};
    }
    if (const QString problem = createDirectory(name); !problem.isEmpty()) {
        *error = problem;
        QFile::remove(lockPath(name));
        return {};
    }
    error->clear();
    return std::unique_ptr<EphemeralVolume>(new EphemeralVolume(name, hostPath(name), std::move(lock)));
}

int Volumes::cleanOrphans()
{
    int cleaned = 0;
    const QStringList entries = QDir(m_dir).entryList({QLatin1String(kEphemeralPrefix) + QStringLiteral("*")},
                                                      QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        FileLock owner;
        if (!owner.lock(lockPath(name), FileLock::Mode::TryOnce))
            continue; // its owner is alive
        QDir(hostPath(name)).removeRecursively();
        QFile::remove(lockPath(name));
        ++cleaned;
    }
    return cleaned;
}

int Volumes::openVolume(const QString& name, QString* error) const
{
    if (const QString problem = checkName(name); !problem.isEmpty()) {
        *error = problem;
        return -1;
    }
    const int fd = ::open(QFile::encodeName(hostPath(name)).constData(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        *error = tr("volume: no volume named %1").arg(name);
    return fd;
}

QList<Volumes::Entry> Volumes::listFiles(const QString& name, const QString& path, QString* error) const
{
    QList<Entry> entries;
    const UniqueFd root(openVolume(name, error));
    if (root.get() < 0)
        return entries;
    const int dirFd = confined::open(root.get(), path, O_RDONLY | O_DIRECTORY);
    if (dirFd < 0) {
        *error = tr("volume %1: cannot list %2: %3").arg(name, path, errnoText());
        return entries;
    }
    DIR* dir = ::fdopendir(dirFd);
    while (const dirent* entry = ::readdir(dir)) {
        if (qstrcmp(entry->d_name, ".") == 0 || qstrcmp(entry->d_name, "..") == 0)
            continue;
        struct stat info{};
        ::fstatat(dirFd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW);
        entries.append({QFile::decodeName(entry->d_name), S_ISDIR(info.st_mode), static_cast<qint64>(info.st_size)});
    }
    ::closedir(dir);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    error->clear();
    return entries;
}

QByteArray Volumes::readFile(const QString& name, const QString& path, QString* error) const
{
    const UniqueFd root(openVolume(name, error));
    if (root.get() < 0)
        return {};
    const UniqueFd file(confined::open(root.get(), path, O_RDONLY));
    if (file.get() < 0) {
        *error = tr("volume %1: cannot read %2: %3").arg(name, path, errnoText());
        return {};
    }
    QFile in;
    if (!in.open(file.get(), QIODevice::ReadOnly)) {
        *error = tr("volume %1: cannot read %2: %3").arg(name, path, in.errorString());
        return {};
    }
    const QByteArray data = in.readAll();
    error->clear();
    return data;
}

QString Volumes::writeFile(const QString& name, const QString& path, const QByteArray& data)
{
    QString error;
    const UniqueFd root(openVolume(name, &error));
    if (root.get() < 0)
        return error;
    const QString clean = QDir::cleanPath(QLatin1Char('/') + path);
    if (clean == QLatin1String("/"))
        return tr("volume %1: \"%2\" is not a file path").arg(name, path);
    // Make the parent directories, each resolved inside the volume.
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const UniqueFd parent(confined::open(root.get(), prefix, O_RDONLY | O_DIRECTORY));
        if (parent.get() < 0 || (::mkdirat(parent.get(), QFile::encodeName(parts.at(i)).constData(), 0755) != 0 && errno != EEXIST))
            return tr("volume %1: cannot create the folder %2: %3").arg(name, prefix + QLatin1Char('/') + parts.at(i), errnoText());
        prefix += QLatin1Char('/') + parts.at(i);
    }
    const UniqueFd file(confined::open(root.get(), clean, O_WRONLY | O_CREAT | O_TRUNC, 0644));
    if (file.get() < 0)
        return tr("volume %1: cannot write %2: %3").arg(name, path, errnoText());
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(file.get(), data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return tr("volume %1: cannot write %2: %3").arg(name, path, errnoText());
        written += n;
    }
    return {};
}

QString Volumes::removeFile(const QString& name, const QString& path)
{
    QString error;
    const UniqueFd root(openVolume(name, &error));
    if (root.get() < 0)
        return error;
    const QString clean = QDir::cleanPath(QLatin1Char('/') + path);
    const qsizetype slash = clean.lastIndexOf(QLatin1Char('/'));
    const UniqueFd parent(confined::open(root.get(), clean.left(slash), O_RDONLY | O_DIRECTORY));
    const QByteArray leaf = QFile::encodeName(clean.mid(slash + 1));
    if (parent.get() < 0 || leaf.isEmpty()
        || (::unlinkat(parent.get(), leaf.constData(), 0) != 0 && ::unlinkat(parent.get(), leaf.constData(), AT_REMOVEDIR) != 0))
        return tr("volume %1: cannot remove %2: %3").arg(name, path, errnoText());
    return {};
}

EphemeralVolume::EphemeralVolume(QString name, QString path, FileLock lock)
    : m_name(std::move(name)), m_path(std::move(path)), m_lock(std::move(lock))
{
}

EphemeralVolume::~EphemeralVolume()
{
    QDir(m_path).removeRecursively();
    QFile::remove(m_path + QStringLiteral(".lock"));
    m_lock.unlock();
}

} // namespace sandbox
