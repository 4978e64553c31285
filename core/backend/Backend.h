#pragma once

#include "sandbox/Sandbox.h"
#include "spec/SandboxSpec.h"

#include <QElapsedTimer>
#include <QObject>

namespace sandbox {

// One run of one spec somewhere: on this machine or on a cluster. The
// window and the command line drive every backend through this.
class Run : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Created,
        Preparing, // building the image here, or submitting to the cluster
        Pending,   // queued on the cluster, waiting for resources
        Running,
        Finished,
    };
    Q_ENUM(State)

    State state() const { return m_state; }
    // The cluster's job id once the scheduler has given one; empty here.
    QString jobId() const { return m_jobId; }
    int returnCode() const { return m_returnCode; }
    Sandbox::EndReason endReason() const { return m_endReason; }
    QString errorString() const { return m_error; }
    qint64 elapsedMs() const;

    // Asynchronous; always ends in finished().
    virtual void start() = 0;
    virtual void writeStdin(const QByteArray& data) = 0;
    virtual void closeStdin() = 0;
    // Stops the run; finished() follows with EndReason::Terminated.
    virtual void cancel() = 0;

    bool waitForFinished(int msecs = -1);

    static QString describe(State state);

Q_SIGNALS:
    void stateChanged(sandbox::Run::State state);
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    // The backend's own messages (srun's, the node's), kept out of stderr.
    void diagnostic(const QString& line);
    void finished(int returnCode, sandbox::Sandbox::EndReason reason);

protected:
    explicit Run(QObject* parent) : QObject(parent) {}
    void setState(State state);
    void setJobId(const QString& jobId) { m_jobId = jobId; }
    void startClock() { m_clock.start(); }
    void finish(int returnCode, Sandbox::EndReason reason, const QString& error = {});

private:
    State m_state = State::Created;
    QString m_jobId;
    int m_returnCode = -1;
    Sandbox::EndReason m_endReason = Sandbox::EndReason::None;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = -1;
};

// Where runs execute. LocalBackend runs them on this machine's engine;
// SlurmBackend on a Slurm cluster. A Kubernetes backend would be a third
// (see the README's cluster section for its mapping).
class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "This computer" or the cluster's name, for the user.
    virtual QString displayName() const = 0;
    // Validates the spec; returns nullptr and sets *error otherwise.
    // Nothing is started until Run::start().
    virtual Run* createRun(const SandboxSpec& spec, QString* error, QObject* parent = nullptr) = 0;

protected:
    // What every backend checks before creating a run: the spec's own
    // validation and a known image. Empty when fine.
    static QString checkSpec(const SandboxSpec& spec);
};

} // namespace sandbox
