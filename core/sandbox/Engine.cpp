#include "sandbox/Engine.h"

#include "image/ImageStore.h"
#include "sandbox/Sandbox.h"
#include "util/FileLock.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

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
    : QObject(parent), m_paths(std::move(options.paths))
{
    RuntimeInfo info = OciRuntime::detect(options.runtime, &m_error);
    m_runtime = std::make_unique<OciRuntime>(info, m_paths.runtimeStateDir());
    m_images = new ImageStore(m_paths.imagesDir(), this);
    if (m_error.isEmpty())
        m_images->setBuildRuntime(m_runtime.get(), m_paths.cgroupParent());
    if (!m_error.isEmpty())
        return;
    if (::geteuid() != 0) {
        m_error = tr("engine: running sandboxes as an ordinary user is not supported yet; run as root");
        return;
    }
    for (const QString& dir : {m_paths.dataDir, m_paths.sandboxesDir(), m_paths.runtimeStateDir()}) {
        if (!QDir().mkpath(dir)) {
            m_error = tr("engine: cannot create the directory %1").arg(dir);
            return;
        }
    }
    QFile::setPermissions(m_paths.sandboxesDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner);
    cleanOrphans();
}

Engine::~Engine() = default;

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

    const QString id = newSandboxId();
    const QString dir = m_paths.sandboxesDir() + QLatin1Char('/') + id;
    if (!QDir().mkpath(dir))
        return failWith(tr("cannot create %1").arg(dir));
    FileLock owner;
    if (!owner.lock(dir + QLatin1Char('/') + QLatin1String(kOwnerLockName), FileLock::Mode::TryOnce)) {
        QDir(dir).removeRecursively();
        return failWith(tr("cannot lock %1: %2").arg(dir, owner.errorString()));
    }
    if (error)
        error->clear();
    return new Sandbox(id, effective, image.lowerDirOption(), dir, m_paths.cgroupParent(), std::move(owner), m_runtime.get(),
                       parent);
}

int Engine::cleanOrphans()
{
    int cleaned = 0;
    const QStringList live = m_runtime->listContainerIds();
    QDir sandboxes(m_paths.sandboxesDir());
    const QStringList entries = sandboxes.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& id : entries) {
        const QString dir = sandboxes.filePath(id);
        FileLock owner;
        // Held by a live process (this one or another instance): not ours to clean.
        if (!owner.lock(dir + QLatin1Char('/') + QLatin1String(kOwnerLockName), FileLock::Mode::TryOnce))
            continue;
        if (live.contains(id))
            m_runtime->forceDelete(id);
        for (const QString& point : mounts::mountPointsUnder(dir))
            mounts::unmount(point);
        QDir(dir).removeRecursively();
        ++cleaned;
    }
    cleaned += m_images->cleanOrphans(live);
    // Containers whose directory is already gone.
    for (const QString& id : live) {
        if (id.startsWith(QLatin1String("ss-")) && !sandboxes.exists(id)) {
            m_runtime->forceDelete(id);
            ++cleaned;
        }
    }
    return cleaned;
}

} // namespace sandbox
