#include "image/ImageBuild.h"

#include "image/ImageStore.h"
#include "image/LocalFiles.h"
#include "image/PipFiles.h"
#include "image/StepScripts.h"
#include "runtime/OciConfig.h"
#include "runtime/OciRuntime.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kTailLines = 25;
constexpr int kStepTimeoutMs = 60 * 60 * 1000;
const QString kDefaultPath = QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

QString debianMirror()
{
    return qEnvironmentVariable("SANDBOX_STUDIO_DEBIAN_MIRROR", QStringLiteral("http://deb.debian.org/debian"));
}

// mmdebstrap's own stages, in order, with how far along each one is.
struct Stage
{
    const char* prefix;
    int percent;
    const char* text;
};
constexpr Stage kDebianStages[] = {
    {"I: running apt-get update", 5, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Reading package lists")},
    {"I: downloading packages", 15, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Downloading packages")},
    {"I: extracting archives", 45, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Extracting packages")},
    {"I: installing essential packages", 55, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Installing essential packages")},
    {"I: installing remaining packages", 75, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Installing python3")},
    {"I: cleaning package lists", 95, QT_TRANSLATE_NOOP("sandbox::ImageBuild", "Cleaning up")},
};

} // namespace

ImageBuild::ImageBuild(Context context, ImageRecipe recipe, QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_recipe(std::move(recipe))
{
    m_stepTimeout.setSingleShot(true);
    connect(&m_stepTimeout, &QTimer::timeout, this, [this] {
        killProcessGroup();
        failStage(tr("it took longer than %1 minutes").arg(kStepTimeoutMs / 60000));
    });
}

ImageBuild::~ImageBuild()
{
    if (!m_finished)
        cancel();
}

void ImageBuild::finishWith(const ResolvedImage& image)
{
    m_image = image;
    finish({});
}

void ImageBuild::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_stepTimeout.stop();
    m_lock.unlock();
    m_innerLock.unlock();
    m_chainLocks.clear();
    // Deliver asynchronously so that callers who connect after ensure()
    // returned still see it.
    QTimer::singleShot(0, this, [this, ok = error.isEmpty()] { Q_EMIT finished(ok); });
}

void ImageBuild::start()
{
    QDir().mkpath(m_context.store->imagesDir() + QStringLiteral("/locks"));
    if (!QFileInfo(m_context.store->imagesDir() + QStringLiteral("/locks")).isDir()) {
        finish(tr("image store: cannot create %1").arg(m_context.store->imagesDir()));
        return;
    }
    m_stage = 0;
    runStage();
}

QString ImageBuild::stageDescription() const
{
    if (m_stage == 0) {
        switch (m_recipe.base.kind) {
        case ImageBase::Kind::DebianSlim:
            return tr("debian-slim %1 (mmdebstrap)").arg(m_recipe.base.suite);
        case ImageBase::Kind::Registry:
            return tr("pull %1").arg(m_recipe.base.reference);
        case ImageBase::Kind::Tarball:
            return tr("import tarball %1").arg(m_recipe.base.path);
        case ImageBase::Kind::Directory:
            return tr("import directory %1").arg(m_recipe.base.path);
        case ImageBase::Kind::Dockerfile:
            return tr("build %1 (buildah)").arg(m_recipe.base.path);
        }
    }
    return m_recipe.steps.at(m_stage - 1).describe();
}

void ImageBuild::report(int percent, const QString& detail)
{
    const int total = totalSteps();
    const QString description = stageDescription();
    Q_EMIT stepProgress(m_stage + 1, total, description, percent);
    const int overall = (m_stage * 100 + percent) / total;
    QString stage = tr("[step %1/%2] %3").arg(m_stage + 1).arg(total).arg(description);
    if (!detail.isEmpty())
        stage += QStringLiteral(": ") + detail;
    Q_EMIT progress(overall, stage);
}

void ImageBuild::runStage()
{
    if (m_finished)
        return;
    if (m_stage >= totalSteps()) {
        const ResolvedImage image = m_context.store->resolve(m_parentKey);
        if (!image.isValid()) {
            finish(tr("image %1: a layer vanished while building (pruned meanwhile?); build again").arg(imageName()));
            return;
        }
        if (const QString tooMany = image.checkStackable(); !tooMany.isEmpty()) {
            finish(tooMany);
            return;
        }
        m_context.store->recordImage(m_recipe, image.topKey);
        m_image = image;
        Q_EMIT progress(100, tr("Image ready"));
        finish({});
        return;
    }
    QString problem;
    QString key;
    if (m_stage == 0) {
        if (m_recipe.base.kind == ImageBase::Kind::Registry) {
            pullBase();
            return;
        }
        if (m_recipe.base.kind == ImageBase::Kind::Dockerfile) {
            buildDockerfile();
            return;
        }
        key = ImageStore::baseKey(m_recipe.base, &problem,
                                  m_context.store->imagesDir() + QStringLiteral("/digests"));
    } else {
        key = ImageStore::stepKey(m_parentKey, m_recipe.steps.at(m_stage - 1), &problem);
    }
    if (!problem.isEmpty()) {
        finish(problem);
        return;
    }
    buildLayer(key);
}

void ImageBuild::nextStage(const QString& key)
{
    const std::optional<LayerInfo> info = m_context.store->layer(key);
    m_parentKey = key;
    m_parentConfig = info ? info->config : ImageConfig{};
    keepLayerLocked(key, m_lock);
    m_waitingNoted = false;
    ++m_stage;
    runStage();
}

void ImageBuild::keepLayerLocked(const QString& key, FileLock& lock)
{
    // The lock held may be a pull's, not the layer's: hold both.
    if (lock.isLocked())
        m_chainLocks.push_back(std::move(lock));
    FileLock layerLock;
    if (layerLock.lock(m_context.store->lockPath(key), FileLock::Mode::TryOnce))
        m_chainLocks.push_back(std::move(layerLock));
}

bool ImageBuild::lockLayer(FileLock& lock, const QString& key)
{
    if (lock.lock(m_context.store->lockPath(key), FileLock::Mode::TryOnce))
        return true;
    if (!m_waitingNoted) {
        m_waitingNoted = true;
        report(0, tr("waiting for another build of this layer"));
    }
    QTimer::singleShot(kLockRetryMs, this, &ImageBuild::runStage);
    return false;
}

void ImageBuild::buildLayer(const QString& key)
{
    LayerStore& store = *m_context.store;
    if (store.hasLayer(key)) {
        report(100, tr("cached"));
        nextStage(key);
        return;
    }
    if (!m_waitingNoted)
        report(0);
    if (!lockLayer(m_lock, key))
        return;
    if (store.hasLayer(key)) { // built by the build we waited for
        report(100, tr("cached"));
        nextStage(key);
        return;
    }
    m_currentKey = key;
    m_containerId = containerIdFor(key);
    // What a killed build of this layer left behind.
    if (m_context.runtime)
        m_context.runtime->forceDelete(m_containerId);
    store.discardStaging(key);
    m_staging = store.stagingDir(key);
    m_tail.clear();
    if (!store.makeStaging(key, QStringLiteral("rootfs"))) {
        failStage(tr("cannot create %1").arg(m_staging));
        return;
    }
    const QString rootfs = m_staging + QStringLiteral("/rootfs");
    if (m_stage > 0) {
        buildStepLayer(key);
        return;
    }
    switch (m_recipe.base.kind) {
    case ImageBase::Kind::DebianSlim: {
        // mmdebstrap's temporary files (a gpg home) go with the staging
        // directory, also when mmdebstrap is killed before it cleans up.
        const QString temporary = m_staging + QStringLiteral("/tmp");
        if (!QDir().mkpath(temporary)) {
            failStage(tr("cannot create %1").arg(temporary));
            return;
        }
        const QStringList arguments{
            QStringLiteral("--mode=") + (::geteuid() == 0 ? QStringLiteral("root") : QStringLiteral("unshare")),
            QStringLiteral("--variant=minbase"),
            QStringLiteral("--format=directory"),
            QStringLiteral("--include=") + ImageStore::debianSlimPackages(),
            // Sandboxes never read the docs; keep the image small.
            QStringLiteral("--dpkgopt=path-exclude=/usr/share/{doc,man,locale}/*"),
            QStringLiteral("--dpkgopt=path-include=/usr/share/locale/locale.alias"),
            m_recipe.base.suite,
            rootfs,
            debianMirror(),
        };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), temporary);
        runProcess(
            QStringLiteral("mmdebstrap"), arguments,
            [this, key, temporary] {
                QDir(temporary).removeRecursively();
                publishLayer(key, false, {});
            },
            environment);
        return;
    }
    case ImageBase::Kind::Tarball:
        runProcess(QStringLiteral("tar"),
                   {QStringLiteral("-xpf"), m_recipe.base.path, QStringLiteral("-C"), rootfs,
                    QStringLiteral("--numeric-owner"), QStringLiteral("--xattrs"),
                    QStringLiteral("--xattrs-include=*")},
                   [this, key] { publishLayer(key, false, {}); });
        return;
    case ImageBase::Kind::Directory:
        runProcess(QStringLiteral("cp"), {QStringLiteral("-a"), m_recipe.base.path + QStringLiteral("/."), rootfs},
                   [this, key] { publishLayer(key, false, {}); });
        return;
    case ImageBase::Kind::Registry:
    case ImageBase::Kind::Dockerfile:
        break;
    }
}

void ImageBuild::buildStepLayer(const QString& key)
{
    const ImageStep& step = m_recipe.steps.at(m_stage - 1);
    const QString rootfs = m_staging + QStringLiteral("/rootfs");
    ImageConfig config = m_parentConfig;
    switch (step.kind) {
    case ImageStep::Kind::Env:
        for (auto it = step.env.cbegin(); it != step.env.cend(); ++it)
            config.env.insert(it.key(), it.value());
        publishLayer(key, true, config);
        return;
    case ImageStep::Kind::Workdir:
        if (!QDir().mkpath(rootfs + step.path)) {
            failStage(tr("cannot create %1").arg(step.path));
            return;
        }
        config.workdir = step.path;
        publishLayer(key, false, config);
        return;
    case ImageStep::Kind::AddLocalFile:
    case ImageStep::Kind::AddLocalDir:
        if (const QString problem = localfiles::copyInto(step, rootfs); !problem.isEmpty()) {
            failStage(problem);
            return;
        }
        publishLayer(key, false, config);
        return;
    case ImageStep::Kind::AptInstall:
        runInContainer(key, stepscripts::aptInstall(step.items),
                       {{QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive")}});
        return;
    case ImageStep::Kind::PipInstall:
    case ImageStep::Kind::PipRequirements:
    case ImageStep::Kind::PipPyproject: {
        // The builder's pip settings apply where the step sets none; they are
        // passed as environment, never written into the layer or the key.
        QMap<QString, QString> env;
        for (const char* name : {"PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_TRUSTED_HOST"}) {
            if (qEnvironmentVariableIsSet(name))
                env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        }
        QString problem;
        const QString script =
            step.kind == ImageStep::Kind::PipInstall ? stepscripts::pipInstall(step) : pipfiles::script(step, &problem);
        if (!problem.isEmpty()) {
            failStage(problem);
            return;
        }
        runInContainer(key, script, env);
        return;
    }
    case ImageStep::Kind::RunCommands:
        runInContainer(key, stepscripts::runCommands(step.items), {});
        return;
    }
}

void ImageBuild::runInContainer(const QString& key, const QString& script, const QMap<QString, QString>& extraEnv)
{
    if (!m_context.runtime) {
        failStage(tr("no OCI runtime is available to run build steps"));
        return;
    }
    const ResolvedImage parent = m_context.store->resolve(m_parentKey);
    if (!parent.isValid()) {
        failStage(tr("the parent layer is missing"));
        return;
    }
    if (const QString tooMany = parent.checkStackable(); !tooMany.isEmpty()) {
        failStage(tooMany);
        return;
    }
    const QString upper = m_staging + QStringLiteral("/rootfs");
    const QString work = m_staging + QStringLiteral("/work");
    const QString mountPoint = m_staging + QStringLiteral("/mnt");
    QDir().mkpath(work);
    QDir().mkpath(mountPoint);
    if (const QString error = mounts::mountOverlay(parent.lowerDirOption(), upper, work, mountPoint); !error.isEmpty()) {
        failStage(tr("cannot mount the build file system (overlayfs): %1").arg(error));
        return;
    }

    OciConfigInput input;
    input.args = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    input.env = {{QStringLiteral("PATH"), kDefaultPath},
                 {QStringLiteral("HOME"), QStringLiteral("/root")},
                 {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
    for (auto it = m_parentConfig.env.cbegin(); it != m_parentConfig.env.cend(); ++it)
        input.env.insert(it.key(), it.value());
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        input.env.insert(it.key(), it.value());
    input.cwd = m_parentConfig.workdir.isEmpty() ? QStringLiteral("/") : m_parentConfig.workdir;
    input.hostname = QStringLiteral("build");
    input.rootfs = QStringLiteral("mnt");
    // Steps fetch packages through pasta in a network namespace of their
    // own, as sandboxes do, but may also reach servers on the host's
    // loopback (a local package index), at the addresses they have there.
    const QString networkDir = m_staging + QStringLiteral("/net");
    QDir().mkpath(networkDir);
    if (const QString error = m_network.setUp(networkDir, PastaNetwork::HostLoopback::BoundTcpPorts);
        !error.isEmpty()) {
        mounts::unmount(mountPoint);
        failStage(error);
        return;
    }
    input.networkNamespacePath = m_network.namespacePath();
    input.bindMounts.append({m_network.resolvConfPath(), QStringLiteral("/etc/resolv.conf"), true});
    if (!m_context.cgroupParent.isEmpty())
        input.cgroupsPath = QLatin1Char('/') + m_context.cgroupParent + QLatin1Char('/') + m_containerId;
    QFile config(m_staging + QStringLiteral("/config.json"));
    if (!config.open(QIODevice::WriteOnly)
        || config.write(QJsonDocument(buildOciConfig(input)).toJson(QJsonDocument::Compact)) < 0 || !config.flush()) {
        failStage(tr("cannot write the build container's config: %1").arg(config.errorString()));
        return;
    }
    config.close();

    ImageConfig layerConfig = m_parentConfig;
    const ImageStep& step = m_recipe.steps.at(m_stage - 1);
    if (step.kind == ImageStep::Kind::PipInstall || step.kind == ImageStep::Kind::PipRequirements
        || step.kind == ImageStep::Kind::PipPyproject) {
        const QString venvBin = stepscripts::venvDir() + QStringLiteral("/bin");
        const QString path = layerConfig.env.value(QStringLiteral("PATH"), kDefaultPath);
        if (!path.startsWith(venvBin + QLatin1Char(':')))
            layerConfig.env.insert(QStringLiteral("PATH"), venvBin + QLatin1Char(':') + path);
        layerConfig.env.insert(QStringLiteral("VIRTUAL_ENV"), stepscripts::venvDir());
    }
    runProcess(m_context.runtime->program(), m_context.runtime->runArguments(m_staging, m_containerId),
               [this, key, layerConfig, mountPoint, work, networkDir] {
                   m_network.tearDown();
                   QDir(networkDir).removeRecursively();
                   mounts::unmount(mountPoint);
                   QDir(mountPoint).removeRecursively();
                   QDir(work).removeRecursively();
                   QFile::remove(m_staging + QStringLiteral("/config.json"));
                   publishLayer(key, false, layerConfig);
               });
}

void ImageBuild::killProcessGroup()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    if (const qint64 pid = m_process->processId(); pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    m_process->kill();
}

void ImageBuild::publishLayer(const QString& key, bool empty, const ImageConfig& config)
{
    LayerInfo info;
    info.key = key;
    info.parent = m_stage == 0 ? QString() : m_parentKey;
    info.description = stageDescription();
    info.config = config;
    info.empty = empty;
    if (const QString error = m_context.store->publish(m_staging, info); !error.isEmpty()) {
        failStage(error);
        return;
    }
    m_staging.clear();
    report(100);
    nextStage(key);
}

void ImageBuild::cleanUpStaging()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killProcessGroup();
        m_process->waitForFinished(5000);
    }
    // The step's program may be gone (killed from outside) while what it
    // started (apt, dpkg in the new root) still runs: end its whole group
    // before its files go.
    if (m_processGroup > 0) {
        ::kill(-m_processGroup, SIGKILL);
        m_processGroup = 0;
    }
    m_network.tearDown();
    if (m_context.runtime && !m_containerId.isEmpty() && !m_staging.isEmpty()
        && QFileInfo::exists(m_staging + QStringLiteral("/config.json")))
        m_context.runtime->forceDelete(m_containerId);
    for (QString* dir : {&m_staging, &m_innerStaging}) {
        if (dir->isEmpty())
            continue;
        // Detaches mmdebstrap's bind mounts (the host's /dev, /sys) first.
        mounts::removeTreeSafely(*dir);
        dir->clear();
    }
}

void ImageBuild::failStage(const QString& reason)
{
    if (m_finished)
        return;
    // A Dockerfile build names the instruction that failed.
    const QString why = m_dockerStep.isEmpty()
                            ? reason
                            : tr("at %1: %2").arg(m_dockerStep, QString(reason).replace(QStringLiteral("nsenter"),
                                                                                       QStringLiteral("buildah")));
    QString message = tr("image %1: step %2/%3 (%4) failed: %5")
                          .arg(imageName())
                          .arg(m_stage + 1)
                          .arg(totalSteps())
                          .arg(stageDescription(), why);
    const bool full = isDiskFull(m_context.store->imagesDir())
                      || reason.contains(QLatin1String("No space left on device"))
                      || m_tail.join(QLatin1Char('\n')).contains(QLatin1String("No space left on device"));
    if (full) {
        message += QLatin1Char('\n')
                   + tr("The image store at %1 is full (no space left on device); free space or run "
                        "`sandbox-run images prune`.")
                         .arg(m_context.store->imagesDir());
    }
    if (const QString hint = unreachableHint(); !hint.isEmpty())
        message += QLatin1Char('\n') + hint;
    if (!m_tail.isEmpty())
        message += QLatin1Char('\n') + tr("Last output:") + QLatin1Char('\n') + m_tail.join(QLatin1Char('\n'));
    cleanUpStaging();
    finish(message);
}

QString ImageBuild::unreachableHint() const
{
    const QString tail = m_tail.join(QLatin1Char('\n'));
    auto mentions = [&tail](std::initializer_list<const char*> markers) {
        for (const char* marker : markers) {
            if (tail.contains(QLatin1String(marker), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (m_stage == 0 && m_recipe.base.kind == ImageBase::Kind::Registry
        && mentions({"connection refused", "no such host", "i/o timeout", "dial tcp", "deadline exceeded"}))
        return tr("The registry %1 is unreachable.").arg(ImageRecipe::registryHost(m_recipe.base.reference));
    if (m_stage == 0 && m_recipe.base.kind == ImageBase::Kind::DebianSlim
        && mentions({"Failed to fetch", "Could not connect", "Could not resolve", "Unable to connect",
                     "Connection failed", "Hash Sum mismatch", "unexpected size"}))
        return tr("The Debian mirror %1 failed or is unreachable.").arg(debianMirror());
    if (m_stage == 0)
        return {};
    const ImageStep::Kind kind = m_recipe.steps.at(m_stage - 1).kind;
    if (kind == ImageStep::Kind::PipInstall
        && mentions({"Connection refused", "Failed to establish a new connection", "Name or service not known",
                     "Read timed out"}))
        return tr("The package index is unreachable (see --pip-index-url or PIP_INDEX_URL).");
    if (kind == ImageStep::Kind::AptInstall && mentions({"Could not resolve", "Failed to fetch", "Could not connect"}))
        return tr("The Debian mirror is unreachable.");
    return {};
}

void ImageBuild::runProcess(const QString& program, const QStringList& arguments, std::function<void()> onSuccess,
                            const QProcessEnvironment& environment)
{
    const QString path = program.startsWith(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        failStage(tr("%1 is not installed").arg(program));
        return;
    }
    m_onSuccess = std::move(onSuccess);
    delete m_process;
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (!environment.isEmpty())
        m_process->setProcessEnvironment(environment);
    // If this process dies, so does the step; the next start cleans up.
    // Its own process group, so that a kill reaches apt and dpkg below it.
    m_process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    auto drain = [this](Stream stream, bool all) {
        const QProcess::ProcessChannel channel =
            stream == Stream::Stdout ? QProcess::StandardOutput : QProcess::StandardError;
        m_process->setReadChannel(channel);
        while (m_process->canReadLine())
            handleLine(stream, QString::fromUtf8(m_process->readLine()).chopped(1));
        if (all) {
            const QString rest = QString::fromUtf8(m_process->readAll());
            if (!rest.isEmpty())
                handleLine(stream, rest);
        }
    };
    connect(m_process, &QProcess::readyReadStandardOutput, this, [drain] { drain(Stream::Stdout, false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [drain] { drain(Stream::Stderr, false); });
    connect(m_process, &QProcess::finished, this, [this, drain, program](int exitCode, QProcess::ExitStatus status) {
        drain(Stream::Stdout, true);
        drain(Stream::Stderr, true);
        m_stepTimeout.stop();
        if (m_cancelled || m_finished)
            return;
        if (status != QProcess::NormalExit || exitCode != 0) {
            // After a crash Qt's exit code is the signal's number.
            failStage(status == QProcess::NormalExit ? tr("%1 exited with code %2").arg(program).arg(exitCode)
                                                     : tr("%1 was killed by signal %2 (%3)")
                                                           .arg(program)
                                                           .arg(exitCode)
                                                           .arg(QString::fromLocal8Bit(::strsignal(exitCode))));
            return;
        }
        m_processGroup = 0; // it ended, and so did its group's purpose
        m_onSuccess();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failStage(tr("cannot start %1: %2").arg(program, m_process->errorString()));
    });
    m_stepTimeout.start(kStepTimeoutMs);
    m_process->start(path, arguments);
    m_processGroup = static_cast<pid_t>(m_process->processId());
}

void ImageBuild::handleLine(Stream stream, const QString& line)
{
    m_tail << line;
    if (m_tail.size() > kTailLines)
        m_tail.removeFirst();
    Q_EMIT logLine(stream, line);
    if (m_stage == 0 && m_recipe.base.kind == ImageBase::Kind::Dockerfile)
        followBuildahLine(line);
    if (m_stage == 0 && m_recipe.base.kind == ImageBase::Kind::DebianSlim) {
        for (const Stage& stage : kDebianStages) {
            if (line.startsWith(QLatin1String(stage.prefix))) {
                report(stage.percent, QCoreApplication::translate("sandbox::ImageBuild", stage.text));
                break;
            }
        }
    }
}

void ImageBuild::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    cleanUpStaging();
    finish(tr("image %1: build cancelled").arg(imageName()));
}

bool ImageBuild::waitForFinished(int msecs)
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &ImageBuild::finished, &loop, &QEventLoop::quit);
        if (msecs >= 0)
            QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
        if (!m_finished)
            loop.exec();
    }
    return succeeded();
}

} // namespace sandbox
