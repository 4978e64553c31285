#include "sandbox/Engine.h"

#include "image/ImageStore.h"
#include "sandbox/CgroupDelegation.h"
#include "sandbox/InitProtocol.h"
#include "sandbox/Rootless.h"
#include "sandbox/RunSetup.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxCgroup.h"
#include "storage/Volumes.h"
#include "util/FileLock.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace sandbox {

namespace {

QString newSandboxId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("ss-") + QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

constexpr auto kOwnerLockName = "owner.lock";

} // namespace

Engine::Engine(QObject* parent) : Engine(Options{}, parent) {}

Engine::Engine(Options options, QObject* parent)
    : QObject(parent), m_paths(std::move(options.paths)), m_warmTarget(qMax(0, options.warmContainers)),
      m_sandboxDiskBytes(qMax<qint64>(0, options.sandboxDiskBytes))
{
    // As an ordinary user, first of all (before any thread): become root in
    // a user namespace of our own.
    QString rootlessError;
    cgroup::Delegation delegation; // read while ownership is still the kernel's view
    if (::geteuid() != 0) {
        delegation = cgroup::detectDelegation();
        rootlessError = rootless::enterUserNamespace();
    }
    if (rootlessError.isEmpty() && delegation.isValid() && m_paths.cgroupParentOverride.isEmpty()) {
        // Rootless on a cgroup v2 desktop: the sandboxes' cgroups go into
        // the subtree systemd delegated to this user, so limits hold.
        const QString sandboxesCgroup = delegation.relativePath + QLatin1Char('/') + m_paths.cgroupParent();
        if (cgroup::prepareDelegatedParent(delegation, QStringLiteral("/sys/fs/cgroup"), sandboxesCgroup).isEmpty()) {
            m_paths.cgroupParentOverride = sandboxesCgroup;
            rootless::setLimitsDelegated(true);
        }
    }
    RuntimeInfo info = OciRuntime::detect(options.runtime, &m_error, m_paths.cacheDir + QStringLiteral("/runtime-versions.json"));
    m_runtime = std::make_unique<OciRuntime>(info, m_paths.runtimeStateDir());
    m_images = new ImageStore(m_paths.imagesDir(), this);
    if (!rootlessError.isEmpty())
        m_error = rootlessError;
    m_volumes = std::make_unique<Volumes>(m_paths.volumesDir());
    if (m_error.isEmpty())
        m_images->setBuildRuntime(m_runtime.get(), m_paths.cgroupParent());
    if (!m_error.isEmpty())
        return;
    m_limitsNote = rootless::limitsUnenforcedReason();
    if (m_limitsNote.isEmpty() && options.sandboxesMemoryBytes > 0) {
        if (const QString problem = cgroup::limitSandboxesMemory(m_paths.cgroupParent(), options.sandboxesMemoryBytes);
            !problem.isEmpty()) {
            qWarning().noquote() << problem; // the sandboxes' own limits still hold
        }
    }
    if (m_runtime->canPassDescriptors()) {
        m_initBinary = initprotocol::locateBinary();
        if (m_initBinary.isEmpty()) {
            m_error = tr("engine: sandbox-init was not found (looked next to this program, in "
                         "../libexec/sandbox-studio and at $SANDBOX_STUDIO_INIT)");
            return;
        }
    }
    for (const QString& dir : {m_paths.dataDir, m_paths.sandboxesDir(), m_paths.runtimeStateDir(), m_paths.volumesDir()}) {
        if (!QDir().mkpath(dir)) {
            m_error = tr("engine: cannot create the directory %1").arg(dir);
            return;
        }
    }
    QFile::setPermissions(m_paths.sandboxesDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner);
    cleanOrphans();
}

Engine::~Engine()
{
    qDeleteAll(m_warm);
}

Sandbox* Engine::createSandbox(const SandboxSpec& spec, QString* error, QObject* parent)
{
    auto failWith = [error](const QString& message) -> Sandbox* {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!m_error.isEmpty())
        return failWith(m_error);
    QString problem;
    const ResolvedImage image = m_images->resolve(spec.image, &problem);
    if (!problem.isEmpty())
        return failWith(problem);
    // The image's command, env and workdir are defaults the spec overrides.
    SandboxSpec effective = spec;
    if (spec.command.isEmpty())
        effective.command = image.config.entrypoint + image.config.cmd;
    if (const QString invalid = effective.validate(); !invalid.isEmpty())
        return failWith(invalid);
    if (!image.isValid())
        return failWith(tr("image: %1 is not built yet").arg(spec.image.displayName()));
    for (auto it = image.config.env.cbegin(); it != image.config.env.cend(); ++it) {
        if (!spec.env.contains(it.key()))
            effective.env.insert(it.key(), it.value());
    }
    if (spec.workdir == QLatin1String("/") && !image.config.workdir.isEmpty())
        effective.workdir = image.config.workdir;
    ResolvedOptions options;
    if (!resolveOptions(effective, *m_volumes, &options, &problem))
        return failWith(problem);

    if (error)
        error->clear();
    auto* box = new Sandbox(newSandboxId(), effective, image.lowerDirOption(), this, parent);
    box->m_setup = std::make_unique<RunSetup>(std::move(options));
    return box;
}

Container* Engine::newContainer(const QString& id, const QString& lowerDir, qint64 layerBytes, QString* error)
{
    const QString dir = m_paths.sandboxesDir() + QLatin1Char('/') + id;
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0) {
        *error = tr("cannot create %1").arg(dir);
        return nullptr;
    }
    FileLock owner;
    if (!owner.lock(dir + QLatin1Char('/') + QLatin1String(kOwnerLockName), FileLock::Mode::TryOnce)) {
        QDir(dir).removeRecursively();
        *error = tr("cannot lock %1: %2").arg(dir, owner.errorString());
        return nullptr;
    }
    const QString cgroupParent = m_limitsNote.isEmpty() ? m_paths.cgroupParent() : QString();
    auto* container = new Container(id, dir, lowerDir, cgroupParent, std::move(owner), m_runtime.get());
    container->setWritableLayerBytes(layerBytes);
    return container;
}

Container* Engine::takeContainer(const QString& id, const QString& lower, const OciConfigInput& input,
                                 bool userModeNetwork, Container::Stdio stdio, bool poolable, QString* error)
{
    poolable = poolable && m_warmTarget > 0 && stdio == Container::Stdio::Pipes && m_runtime->canPassDescriptors();
    Container* container = nullptr;
    if (poolable) {
        // Each container puts its own cgroup path (and network) in.
        OciConfigInput key = input;
        key.cgroupsPath.clear();
        const QJsonObject config = buildOciConfig(key);
        const bool fits = m_warmLowerDir == lower && m_warmConfig == config && m_warmNetwork == userModeNetwork;
        for (Container* warm : std::as_const(m_warm)) {
            if (fits && warm->isLaunched() && !warm->hasExited()) {
                m_warm.removeOne(warm);
                warm->disconnect(this);
                container = warm;
                break;
            }
        }
        if (!fits) {
            // Warm what is used now; what waits for something else goes.
            m_warmLowerDir = lower;
            m_warmConfig = config;
            m_warmInput = key;
            m_warmNetwork = userModeNetwork;
            m_warmFailed = false;
            qDeleteAll(m_warm);
            m_warm.clear();
        }
        QMetaObject::invokeMethod(this, &Engine::refillWarmPool, Qt::QueuedConnection);
    }
    return container ? container : newContainer(id, lower, m_sandboxDiskBytes > 0 ? input.tmpBytes : 0, error);
}

void Engine::refillWarmPool()
{
    while (!m_warmFailed && m_warm.size() < m_warmTarget && !m_warmLowerDir.isEmpty()) {
        QString error;
        Container* container = newContainer(newSandboxId(), m_warmLowerDir, m_sandboxDiskBytes > 0 ? m_warmInput.tmpBytes : 0, &error);
        if (!container)
            return;
        container->setParent(this);
        OciConfigInput input = m_warmInput;
        if (m_warmNetwork) {
            // Its own namespace and pasta, never shared: the container is
            // used once, like any other.
            error = container->startNetwork();
            joinUserModeNetwork(&input, container->networkNamespacePath(), container->resolvConfPath());
        }
        if (error.isEmpty())
            error = container->prepare(buildOciConfig(input), Container::Stdio::Pipes, true);
        if (!error.isEmpty()) {
            delete container;
            m_warmFailed = true; // a fresh container reports it to its caller
            return;
        }
        m_warm.append(container);
        auto drop = [this, container] {
            m_warm.removeOne(container);
            container->deleteLater();
        };
        connect(container, &Container::failed, this, [this, drop] {
            m_warmFailed = true;
            drop();
        });
        connect(container, &Container::exited, this, drop);
        container->launch();
    }
}

bool Engine::isRootless() const
{
    return rootless::isActive();
}

int Engine::warmContainerCount() const
{
    return static_cast<int>(std::count_if(m_warm.cbegin(), m_warm.cend(),
                                           [](const Container* c) { return c->isLaunched(); }));
}

void Engine::dropWarmContainers()
{
    m_warmLowerDir.clear();
    m_warmConfig = {};
    qDeleteAll(m_warm);
    m_warm.clear();
}

int Engine::cleanOrphans()
{
    int cleaned = 0;
    QDir sandboxes(m_paths.sandboxesDir());
    QStringList owned;
    std::vector<std::pair<QString, FileLock>> orphans;
    for (const QString& id : sandboxes.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        FileLock owner;
        // Held by a live process (this one or another instance): not ours to clean.
        if (owner.lock(sandboxes.filePath(id) + QLatin1Char('/') + QLatin1String(kOwnerLockName),
                       FileLock::Mode::TryOnce)) {
            orphans.emplace_back(id, std::move(owner));
        } else {
            owned << id;
        }
    }
    // Asking the runtime costs a process start: only when its state holds
    // something no live sandbox owns.
    const QDir state(m_paths.runtimeStateDir());
    const QStringList stateEntries = state.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const bool stateHasStrangers = std::any_of(stateEntries.cbegin(), stateEntries.cend(), [&](const QString& entry) {
        return std::none_of(owned.cbegin(), owned.cend(), [&](const QString& id) { return entry.startsWith(id); });
    });
    const QStringList live = orphans.empty() && !stateHasStrangers ? QStringList() : m_runtime->listContainerIds();
    for (const auto& [id, lock] : orphans) {
        const QString dir = sandboxes.filePath(id);
        if (live.contains(id))
            m_runtime->forceDelete(id);
        mounts::removeTreeSafely(dir);
        cgroup::removeScope(m_paths.cgroupParent(), id);
        ++cleaned;
    }
    cleaned += m_images->cleanOrphans(live);
    // State the runtime no longer knows (a create killed midway).
    if (stateHasStrangers) {
        for (const QString& entry : stateEntries) {
            if (entry.startsWith(QLatin1String("ss-")) && !live.contains(entry) && !owned.contains(entry)
                && QFileInfo(state.filePath(entry)).isDir()) {
                QDir(state.filePath(entry)).removeRecursively();
            }
        }
    }
    // Cgroups of sandboxes that are gone (a runtime killed midway).
    const QString parent = m_paths.cgroupParent();
    QStringList cgroupDirs{QStringLiteral("/sys/fs/cgroup/") + parent};
    for (const QString& controller : QDir(QStringLiteral("/sys/fs/cgroup")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        cgroupDirs << QStringLiteral("/sys/fs/cgroup/%1/%2").arg(controller, parent);
    for (const QString& cgroupDir : std::as_const(cgroupDirs)) {
        const QDir dir(cgroupDir);
        for (const QString& id : dir.entryList({QStringLiteral("ss-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!sandboxes.exists(id) && !live.contains(id))
                ::rmdir(QFile::encodeName(dir.filePath(id)).constData());
        }
    }
    // Containers whose directory is already gone.
    for (const QString& id : live) {
        if (id.startsWith(QLatin1String("ss-")) && !sandboxes.exists(id)) {
            m_runtime->forceDelete(id);
            cgroup::removeScope(m_paths.cgroupParent(), id);
            ++cleaned;
        }
    }
    cleaned += m_volumes->cleanOrphans();
    return cleaned;
}

} // namespace sandbox
