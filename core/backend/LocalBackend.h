#pragma once

#include "backend/Backend.h"

#include <memory>

namespace sandbox {

class Engine;
class ImageBuild;

// Runs on this machine, through the caller's Engine (which must outlive
// the backend and its runs).
class LocalBackend : public Backend
{
    Q_OBJECT

public:
    explicit LocalBackend(Engine& engine, QObject* parent = nullptr);

    QString displayName() const override;
    Run* createRun(const SandboxSpec& spec, QString* error, QObject* parent = nullptr) override;

private:
    Engine& m_engine;
};

// One local run: builds the image on first use, then one Sandbox.
class LocalRun : public Run
{
    Q_OBJECT

public:
    ~LocalRun() override;

    void start() override;
    void writeStdin(const QByteArray& data) override;
    void closeStdin() override;
    void cancel() override;

private:
    friend class LocalBackend;
    LocalRun(Engine& engine, SandboxSpec spec, QObject* parent);
    void startSandbox();

    Engine& m_engine;
    SandboxSpec m_spec;
    std::unique_ptr<ImageBuild> m_build;
    std::unique_ptr<Sandbox> m_sandbox;
    QByteArray m_earlyStdin;
    bool m_stdinClosed = false;
};

} // namespace sandbox
