#include "sandbox/Sandbox.h"

#include "runtime/OciConfig.h"
#include "runtime/OciRuntime.h"
#include "util/Mounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <csignal>
#include <sys/prctl.h>

namespace sandbox {

namespace {

constexpr int kKillGraceMs = 3000;

QMap<QString, QString> containerEnvironment(const SandboxSpec& spec)
{
    QMap<QString, QString> env{
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")},
        {QStringLiteral("HOME"), QStringLiteral("/root")},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("TERM"), QStringLiteral("xterm-256color")},
    };
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace

Sandbox::Sandbox(QString id, SandboxSpec spec, QString lowerDir, QString sandboxDir,
                 QString cgroupParent, FileLock ownerLock, const OciRuntime* runtime,
                 QObject* parent)
    : QObject(parent),
      m_id(std::move(id)),
      m_spec(std::move(spec)),
      m_lowerDir(std::move(lowerDir)),
      m_dir(std::move(sandboxDir)),
      m_cgroupParent(std::move(cgroupParent)),
      m_runtime(runtime),
      m_ownerLock(std::move(ownerLock))
{
    m_timeout.setSingleShot(true);
    m_killGrace.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_pendingReason = EndReason::TimedOut;
        m_runtime->kill(m_id, QStringLiteral("KILL"));
    });
    connect(&m_killGrace, &QTimer::timeout, this, [this] { m_runtime->kill(m_id, QStringLiteral("KILL")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { Q_EMIT stdoutReceived(m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { Q_EMIT stderrReceived(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &Sandbox::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cannot start the OCI runtime %1: %2").arg(m_runtime->program(), m_process.errorString()));
    });
    // If this process dies, the runtime's foreground process goes too; the
    // janitor of the next start removes the container itself.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

Sandbox::~Sandbox()
{
    if (m_state == State::Running) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(5000);
        m_runtime->forceDelete(m_id);
        m_process.waitForFinished(5000);
    }
    tearDown();
}

QString Sandbox::describe(EndReason reason)
{
    switch (reason) {
    case EndReason::None:
        return tr("running");
    case EndReason::Exited:
        return tr("exited");
    case EndReason::TimedOut:
        return tr("timed out");
    case EndReason::Terminated:
        return tr("terminated");
    case EndReason::FailedToStart:
        return tr("failed to start");
    }
    return {};
}

qint64 Sandbox::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

ResourceUsage Sandbox::resourceUsage() const
{
    if (m_state != State::Running)
        return {};
    return readCgroupUsage(QLatin1Char('/') + m_cgroupParent + QLatin1Char('/') + m_id);
}

QString Sandbox::prepareBundle()
{
    const QString upper = m_dir + QStringLiteral("/upper");
    const QString work = m_dir + QStringLiteral("/work");
    const QString rootfs = m_dir + QStringLiteral("/rootfs");
    for (const QString& dir : {upper, work, rootfs}) {
        if (!QDir().mkpath(dir))
            return tr("cannot create %1").arg(dir);
    }
    if (const QString error = mounts::mountOverlay(m_lowerDir, upper, work, rootfs); !error.isEmpty())
        return tr("cannot mount the sandbox's file system (overlayfs): %1").arg(error);
    m_mounted = true;

    OciConfigInput input;
    input.args = m_spec.command;
    input.env = containerEnvironment(m_spec);
    input.cwd = m_spec.workdir;
    input.cgroupsPath = QLatin1Char('/') + m_cgroupParent + QLatin1Char('/') + m_id;
    QFile config(m_dir + QStringLiteral("/config.json"));
    if (!config.open(QIODevice::WriteOnly)
        || config.write(QJsonDocument(buildOciConfig(input)).toJson(QJsonDocument::Compact)) < 0) {
        return tr("cannot write the container config: %1").arg(config.errorString());
    }
    return {};
}

void Sandbox::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Running;
    m_clock.start();
    if (const QString error = prepareBundle(); !error.isEmpty()) {
        fail(error);
        return;
    }
    m_process.setWorkingDirectory(m_dir);
    m_process.start(m_runtime->program(), m_runtime->runArguments(m_dir, m_id));
    if (m_state != State::Running)
        return; // failed to start, already reported
    m_timeout.start(m_spec.timeoutSeconds * 1000);
    Q_EMIT started();
}

void Sandbox::writeStdin(const QByteArray& data)
{
    if (m_state == State::Running)
        m_process.write(data);
}

void Sandbox::closeStdin()
{
    if (m_state == State::Running)
        m_process.closeWriteChannel();
}

void Sandbox::terminate()
{
    if (m_state != State::Running)
        return;
    if (m_pendingReason == EndReason::None)
        m_pendingReason = EndReason::Terminated;
    m_runtime->kill(m_id, QStringLiteral("TERM"));
    m_killGrace.start(kKillGraceMs);
}

void Sandbox::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Running)
        return;
    // Drain what is left in the pipes before reporting the end.
    if (const QByteArray out = m_process.readAllStandardOutput(); !out.isEmpty())
        Q_EMIT stdoutReceived(out);
    if (const QByteArray err = m_process.readAllStandardError(); !err.isEmpty())
        Q_EMIT stderrReceived(err);
    // The runtime removes the container itself when its foreground process
    // ends normally; otherwise teardown must.
    m_runtimeNeedsCleanup = status != QProcess::NormalExit;
    const int code = status == QProcess::NormalExit ? exitCode : 128 + SIGKILL;
    const EndReason reason = m_pendingReason != EndReason::None ? m_pendingReason : EndReason::Exited;
    end(code, reason);
}

void Sandbox::fail(const QString& error)
{
    if (m_state == State::Finished)
        return;
    m_error = error;
    end(-1, EndReason::FailedToStart);
}

void Sandbox::end(int returnCode, EndReason reason)
{
    m_timeout.stop();
    m_killGrace.stop();
    m_elapsedAtEnd = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_state = State::Finished;
    m_returnCode = returnCode;
    m_endReason = reason;
    tearDown();
    Q_EMIT finished(returnCode, reason);
}

void Sandbox::tearDown()
{
    if (m_dir.isEmpty())
        return;
    if (m_runtimeNeedsCleanup)
        m_runtime->forceDelete(m_id);
    if (m_mounted) {
        for (const QString& point : mounts::mountPointsUnder(m_dir))
            mounts::unmount(point);
        m_mounted = false;
    }
    QDir(m_dir).removeRecursively();
    m_ownerLock.unlock();
    m_dir.clear();
}

bool Sandbox::waitForFinished(int msecs)
{
    if (m_state != State::Finished) {
        QEventLoop loop;
        connect(this, &Sandbox::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        if (msecs >= 0) {
            guard.setSingleShot(true);
            connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
            guard.start(msecs);
        }
        if (m_state != State::Finished)
            loop.exec();
    }
    return m_state == State::Finished;
}

} // namespace sandbox
