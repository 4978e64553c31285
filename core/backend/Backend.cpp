#include "backend/Backend.h"

#include "image/ImageStore.h"
#include "util/WaitFor.h"

namespace sandbox {

qint64 Run::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

QString Run::describe(State state)
{
    switch (state) {
    case State::Created:
        return tr("created");
    case State::Preparing:
        return tr("preparing");
    case State::Pending:
        return tr("pending");
    case State::Running:
        return tr("running");
    case State::Finished:
        return tr("finished");
    }
    return {};
}

void Run::setState(State state)
{
    if (m_state == state || m_state == State::Finished)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Run::finish(int returnCode, Sandbox::EndReason reason, const QString& error)
{
    if (m_state == State::Finished)
        return;
    m_elapsedAtEnd = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_returnCode = returnCode;
    m_endReason = reason;
    m_error = error;
    setState(State::Finished);
    Q_EMIT finished(returnCode, reason);
}

QString Backend::checkSpec(const SandboxSpec& spec)
{
    // The recipe is validated with the spec; whether it is built is the
    // node's business (it builds on first use).
    return spec.validate();
}

bool Run::waitForFinished(int msecs)
{
    return waitFor(this, &Run::finished, [this] { return m_state == State::Finished; }, msecs);
}

} // namespace sandbox
