#pragma once

// Shared checks for tests that need real containers.
#include "image/ImageStore.h"
#include "runtime/OciRuntime.h"
#include "sandbox/Engine.h"
#include "spec/SandboxSpec.h"
#include "util/Mounts.h"
#include "util/Paths.h"

#include <QDebug>
#include <QDir>
#include <QSettings>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>

#include <unistd.h>

namespace testsupport {

// Why containers cannot run here, or an empty string when they can.
inline QString containerSkipReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (the rootless tests create their own unprivileged user)");
    QString error;
    if (sandbox::OciRuntime::detect(qEnvironmentVariable("SANDBOX_STUDIO_RUNTIME"), &error).name.isEmpty())
        return error;
    return {};
}

// Keeps a window test's settings and window state in a folder of its own.
inline void isolateSettings(const QString& dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
}

// What a finished sandbox must not leave: directories, mounts, containers.
inline QStringList leftovers(const sandbox::Paths& paths, const sandbox::OciRuntime& runtime)
{
    QStringList found;
    for (const QString& entry : QDir(paths.sandboxesDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        found << QStringLiteral("directory ") + entry;
    for (const QString& point : sandbox::mounts::mountPointsUnder(paths.sandboxesDir()))
        found << QStringLiteral("mount ") + point;
    for (const QString& id : runtime.listContainerIds())
        found << QStringLiteral("container ") + id;
    for (const QString& controller : {QStringLiteral("pids"), QStringLiteral("memory"), QStringLiteral("cpu")}) {
        const QString cgroup = QStringLiteral("/sys/fs/cgroup/%1/%2").arg(controller, paths.cgroupParent());
        for (const QString& entry : QDir(cgroup).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            found << QStringLiteral("cgroup %1/%2").arg(controller, entry);
    }
    return found;
}

// What an engine's data directory holds beyond its images, joined.
inline QString engineLeftovers(const sandbox::Engine& engine)
{
    const sandbox::OciRuntime runtime(engine.runtimeInfo(), engine.paths().runtimeStateDir());
    return leftovers(engine.paths(), runtime).join(QStringLiteral(", "));
}

inline sandbox::SandboxSpec shellSpec(const QString& script)
{
    sandbox::SandboxSpec spec;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    return spec;
}

// Whether an image build failed because the Debian mirror (or the way to
// it) did: the build's own diagnosis (ImageBuild::unreachableHint).
inline bool failedOnTheNetwork(const QString& buildError)
{
    return buildError.contains(QLatin1String("failed or is unreachable"))
           || buildError.contains(QLatin1String("mirror is unreachable"));
}

// Builds `name` (if it is not built yet), trying again at most `tries`
// times, 10 s apart, while a build fails on the network; each such failure
// is logged with its reason. Returns the last build; on failure *error
// starts with "network:" when the network was the cause. `onStart` sees
// each build before it runs (to watch its progress).
inline std::unique_ptr<sandbox::ImageBuild> buildImage(sandbox::ImageStore& store, const QString& name,
                                                       QString* error, int timeoutMs = 30 * 60 * 1000,
                                                       const std::function<void(sandbox::ImageBuild*)>& onStart = {},
                                                       int tries = 3)
{
    std::unique_ptr<sandbox::ImageBuild> build;
    for (int attempt = 1; attempt <= tries; ++attempt) {
        build.reset(store.ensure(name));
        if (onStart)
            onStart(build.get());
        if (build->waitForFinished(timeoutMs)) {
            error->clear();
            return build;
        }
        *error = build->errorString();
        if (!failedOnTheNetwork(*error))
            return build;
        qWarning().noquote() << QStringLiteral("building %1: try %2/%3 failed on the network: %4")
                                    .arg(name).arg(attempt).arg(tries).arg(*error);
        if (attempt < tries)
            QTest::qWait(10000);
    }
    *error = QStringLiteral("network: %1 tries to build %2 failed on the Debian mirror; the last: %3")
                 .arg(tries).arg(name, *error);
    return build;
}

// An engine with the default image built; nullptr and *error otherwise.
inline std::unique_ptr<sandbox::Engine> readyEngine(int warmContainers, QString* error)
{
    sandbox::Engine::Options options;
    options.warmContainers = warmContainers;
    auto engine = std::make_unique<sandbox::Engine>(options);
    if (!engine->errorString().isEmpty()) {
        *error = engine->errorString();
        return nullptr;
    }
    buildImage(engine->images(), QStringLiteral("debian-slim"), error);
    if (!error->isEmpty())
        return nullptr;
    return engine;
}

} // namespace testsupport

// In initTestCase(): skip where containers cannot run, else set `engine`
// to a cold engine (no warm containers) with the default image built.
#define SANDBOX_INIT_ENGINE_OR_SKIP(engine)                                              \
    do {                                                                                 \
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty()) \
            QSKIP(qPrintable(reason));                                                   \
        QString engineError;                                                             \
        (engine) = testsupport::readyEngine(0, &engineError);                            \
        QVERIFY2((engine), qPrintable(engineError));                                     \
    } while (false)

#define SANDBOX_VERIFY_NOTHING_LEFT(engine)                                               \
    do {                                                                                 \
        const QString left = testsupport::engineLeftovers(engine);                       \
        QVERIFY2(left.isEmpty(), qPrintable(left));                                      \
    } while (false)
