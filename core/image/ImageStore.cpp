#include "image/ImageStore.h"

#include "util/FileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

namespace sandbox {

namespace {

constexpr auto kDebianSlim = "debian-slim";
constexpr int kTailLines = 20;

// mmdebstrap's own stages, in order, with how far along each one is.
struct Stage
{
    const char* prefix;
    int percent;
    const char* text;
};
constexpr Stage kStages[] = {
    {"I: running apt-get update", 5, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Reading package lists")},
    {"I: downloading packages", 15, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Downloading packages")},
    {"I: extracting archives", 45, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Extracting packages")},
    {"I: installing essential packages", 55, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Installing essential packages")},
    {"I: installing remaining packages", 75, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Installing python3")},
    {"I: cleaning package lists", 95, QT_TRANSLATE_NOOP("sandbox::ImageStore", "Cleaning up")},
};

} // namespace

struct ImageBuild::LockHolder
{
    FileLock lock;
};

ImageStore::ImageStore(QString imagesDir, QObject* parent)
    : QObject(parent), m_imagesDir(std::move(imagesDir))
{
}

QStringList ImageStore::knownImages()
{
    return {QString::fromLatin1(kDebianSlim)};
}

QString ImageStore::checkName(const QString& name)
{
    if (knownImages().contains(name))
        return {};
    return tr("image: \"%1\" is not a known image (known: %2)")
        .arg(name, knownImages().join(QStringLiteral(", ")));
}

QString ImageStore::imageDir(const QString& name) const
{
    return m_imagesDir + QLatin1Char('/') + name + QStringLiteral("-bookworm");
}

QString ImageStore::rootfs(const QString& name) const
{
    if (!checkName(name).isEmpty())
        return {};
    const QString path = imageDir(name) + QStringLiteral("/rootfs");
    return QFileInfo(path + QStringLiteral("/usr/bin/python3")).exists() ? path : QString();
}

ImageBuild* ImageStore::ensure(const QString& name)
{
    auto* build = new ImageBuild(name, imageDir(name), nullptr);
    if (const QString problem = checkName(name); !problem.isEmpty()) {
        build->finish(problem);
        return build;
    }
    if (const QString built = rootfs(name); !built.isEmpty()) {
        build->m_rootfs = built;
        build->finish({});
        return build;
    }
    if (!QDir().mkpath(m_imagesDir)) {
        build->finish(tr("image store: cannot create %1").arg(m_imagesDir));
        return build;
    }
    build->start();
    return build;
}

ImageBuild::ImageBuild(QString name, QString finalDir, QObject* parent)
    : QObject(parent), m_name(std::move(name)), m_finalDir(std::move(finalDir))
{
}

ImageBuild::~ImageBuild()
{
    if (!m_finished)
        cancel();
    delete m_lock;
}

void ImageBuild::start()
{
    // Two processes building the same image: the second waits here, then
    // finds the image built by the first.
    m_lock = new LockHolder;
    if (!m_lock->lock.lock(m_finalDir + QStringLiteral(".lock"), FileLock::Mode::Wait)) {
        finish(tr("image %1: cannot lock the image store: %2").arg(m_name, m_lock->lock.errorString()));
        return;
    }
    if (QFileInfo(m_finalDir + QStringLiteral("/rootfs/usr/bin/python3")).exists()) {
        m_rootfs = m_finalDir + QStringLiteral("/rootfs");
        finish({});
        return;
    }
    const QString mmdebstrap = QStandardPaths::findExecutable(QStringLiteral("mmdebstrap"));
    if (mmdebstrap.isEmpty()) {
        finish(tr("image %1: mmdebstrap is not installed; it builds Debian images").arg(m_name));
        return;
    }
    m_workDir = m_finalDir + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QDir().mkpath(m_workDir);

    const QString mirror = qEnvironmentVariable("SANDBOX_STUDIO_DEBIAN_MIRROR",
                                                QStringLiteral("http://deb.debian.org/debian"));
    const QString mode = ::geteuid() == 0 ? QStringLiteral("root") : QStringLiteral("unshare");
    const QStringList arguments{
        QStringLiteral("--mode=") + mode,
        QStringLiteral("--variant=minbase"),
        QStringLiteral("--format=directory"),
        QStringLiteral("--include=python3,python3-venv,ca-certificates"),
        // Sandboxes never run apt's sandbox user; keep the image small.
        QStringLiteral("--dpkgopt=path-exclude=/usr/share/{doc,man,locale}/*"),
        QStringLiteral("--dpkgopt=path-include=/usr/share/locale/locale.alias"),
        QStringLiteral("bookworm"),
        m_workDir + QStringLiteral("/rootfs"),
        mirror,
    };

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_process->canReadLine())
            handleOutputLine(QString::fromUtf8(m_process->readLine()).trimmed());
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString rest = QString::fromUtf8(m_process->readAll()).trimmed();
        if (!rest.isEmpty())
            handleOutputLine(rest);
        if (m_cancelled) {
            finish(tr("image %1: build cancelled").arg(m_name));
            return;
        }
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(tr("image %1: mmdebstrap failed (exit %2):\n%3")
                       .arg(m_name)
                       .arg(exitCode)
                       .arg(m_tail.join(QLatin1Char('\n'))));
            return;
        }
        // Publish atomically: rename the finished tree into place.
        QDir().rmdir(m_finalDir);
        if (::rename(QFile::encodeName(m_workDir).constData(), QFile::encodeName(m_finalDir).constData()) != 0) {
            finish(tr("image %1: cannot move the built image into place").arg(m_name));
            return;
        }
        m_workDir.clear();
        m_rootfs = m_finalDir + QStringLiteral("/rootfs");
        Q_EMIT progress(100, tr("Image ready"));
        finish({});
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("image %1: cannot start mmdebstrap: %2").arg(m_name, m_process->errorString()));
    });
    Q_EMIT progress(0, tr("Starting mmdebstrap"));
    m_process->start(mmdebstrap, arguments);
}

void ImageBuild::handleOutputLine(const QString& line)
{
    if (line.isEmpty())
        return;
    m_tail << line;
    if (m_tail.size() > kTailLines)
        m_tail.removeFirst();
    Q_EMIT logLine(line);
    for (const Stage& stage : kStages) {
        if (line.startsWith(QLatin1String(stage.prefix))) {
            Q_EMIT progress(stage.percent, QCoreApplication::translate("sandbox::ImageStore", stage.text));
            break;
        }
    }
}

void ImageBuild::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!m_workDir.isEmpty()) {
        // Nothing half-built may stay behind.
        QDir(m_workDir).removeRecursively();
        m_workDir.clear();
    }
    delete m_lock;
    m_lock = nullptr;
    // Deliver asynchronously so that callers who connect after ensure()
    // returned still see it.
    QTimer::singleShot(0, this, [this, ok = error.isEmpty()] { Q_EMIT finished(ok); });
}

void ImageBuild::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    finish(tr("image %1: build cancelled").arg(m_name));
}

bool ImageBuild::waitForFinished(int msecs)
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &ImageBuild::finished, &loop, &QEventLoop::quit);
        if (msecs >= 0)
            QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
        // finish() may already have run synchronously inside a slot.
        if (!m_finished)
            loop.exec();
    }
    return succeeded();
}

} // namespace sandbox
