#include "backend/LocalBackend.h"

#include "image/ImageStore.h"
#include "sandbox/Engine.h"

namespace sandbox {

LocalBackend::LocalBackend(Engine& engine, QObject* parent) : Backend(parent), m_engine(engine) {}

QString LocalBackend::displayName() const
{
    return tr("This computer");
}

Run* LocalBackend::createRun(const SandboxSpec& spec, QString* error, QObject* parent)
{
    const QString problem = m_engine.errorString().isEmpty() ? checkSpec(spec) : m_engine.errorString();
    if (error)
        *error = problem;
    return problem.isEmpty() ? new LocalRun(m_engine, spec, parent) : nullptr;
}

LocalRun::LocalRun(Engine& engine, SandboxSpec spec, QObject* parent)
    : Run(parent), m_engine(engine), m_spec(std::move(spec))
{
}

LocalRun::~LocalRun() = default;

void LocalRun::start()
{
    if (state() != State::Created)
        return;
    startClock();
    if (m_engine.images().isBuilt(m_spec.image)) {
        startSandbox();
        return;
    }
    setState(State::Preparing);
    Q_EMIT diagnostic(tr("preparing image %1 (first use, about a minute)").arg(m_spec.image.displayName()));
    m_build.reset(m_engine.images().ensure(m_spec.image));
    connect(m_build.get(), &ImageBuild::progress, this, [this](int percent, const QString& stage) {
        Q_EMIT diagnostic(QStringLiteral("[%1%] %2").arg(percent, 3).arg(stage));
    });
    connect(m_build.get(), &ImageBuild::finished, this, [this](bool ok) {
        const QString buildError = m_build->errorString();
        m_build.release()->deleteLater();
        if (state() == State::Finished)
            return;
        if (!ok) {
            finish(-1, Sandbox::EndReason::FailedToStart, buildError);
            return;
        }
        startSandbox();
    });
}

void LocalRun::startSandbox()
{
    QString error;
    m_sandbox.reset(m_engine.createSandbox(m_spec, &error));
    if (!m_sandbox) {
        finish(-1, Sandbox::EndReason::FailedToStart, error);
        return;
    }
    connect(m_sandbox.get(), &Sandbox::stdoutReceived, this, &Run::stdoutReceived);
    connect(m_sandbox.get(), &Sandbox::stderrReceived, this, &Run::stderrReceived);
    connect(m_sandbox.get(), &Sandbox::started, this, [this] {
        setState(State::Running);
        if (!m_earlyStdin.isEmpty())
            m_sandbox->writeStdin(std::exchange(m_earlyStdin, {}));
        if (m_stdinClosed)
            m_sandbox->closeStdin();
    });
    connect(m_sandbox.get(), &Sandbox::finished, this, [this](int returnCode, Sandbox::EndReason reason) {
        finish(returnCode, reason, m_sandbox->errorString());
    });
    m_sandbox->start();
}

void LocalRun::writeStdin(const QByteArray& data)
{
    if (m_sandbox && m_sandbox->state() == Sandbox::State::Running)
        m_sandbox->writeStdin(data);
    else if (state() != State::Finished)
        m_earlyStdin.append(data);
}

void LocalRun::closeStdin()
{
    m_stdinClosed = true;
    if (m_sandbox && m_sandbox->state() == Sandbox::State::Running)
        m_sandbox->closeStdin();
}

void LocalRun::cancel()
{
    if (m_sandbox) {
        m_sandbox->terminate();
    } else if (state() != State::Finished && state() != State::Created) {
        if (m_build)
            m_build->cancel();
        finish(-1, Sandbox::EndReason::Terminated);
    }
}

} // namespace sandbox
