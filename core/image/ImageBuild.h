#pragma once

#include "image/LayerStore.h"
#include "image/OciLayout.h"
#include "net/PastaNetwork.h"
#include "spec/ImageRecipe.h"
#include "util/FileLock.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <sys/types.h>
#include <vector>

namespace sandbox {

class OciRuntime;

// One image build: the base, then each step as one cached layer. Steps that
// run commands run in a build container (the real OCI runtime over an
// overlay of the parent layers; the fresh upper directory becomes the
// layer). A layer appears only when its step succeeded; two processes
// building the same layer take turns on its lock, and the second reuses
// the first one's result.
class ImageBuild : public QObject
{
    Q_OBJECT

public:
    enum class Stream { Stdout, Stderr };
    Q_ENUM(Stream)

    struct Context
    {
        LayerStore* store = nullptr;
        const OciRuntime* runtime = nullptr; // for steps that run commands
        QString cgroupParent;
    };

    ~ImageBuild() override;

    // The build container of the layer `key`.
    static QString containerIdFor(const QString& key) { return QStringLiteral("ssb-") + key.left(16); }

    const ImageRecipe& recipe() const { return m_recipe; }
    QString imageName() const { return m_recipe.displayName(); }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The built image; valid once the build succeeded.
    const ResolvedImage& image() const { return m_image; }

    // Blocks in a local event loop; for the command line and tests.
    bool waitForFinished(int msecs = -1);
    void cancel();

Q_SIGNALS:
    // The whole build: 0-100 and what it is doing ("[step 2/4] apt_install curl").
    void progress(int percent, const QString& stage);
    // The current step (1-based) of `total`, and how far along it is.
    void stepProgress(int step, int total, const QString& description, int percent);
    // A line of a step's output, as it comes.
    void logLine(sandbox::ImageBuild::Stream stream, const QString& text);
    void finished(bool ok);

private:
    friend class ImageStore;
    ImageBuild(Context context, ImageRecipe recipe, QObject* parent);
    // Finishes at once (no process) when every layer exists already.
    void finishWith(const ResolvedImage& image);
    // Ends the build: success when `error` is empty.
    void finish(const QString& error);
    void start();

    int totalSteps() const { return static_cast<int>(m_recipe.steps.size()) + 1; }
    QString stageDescription() const;
    void report(int percent, const QString& detail = {});
    void runStage();
    void nextStage(const QString& key);
    // Takes the layer's lock; false when another build holds it (retried).
    bool lockLayer(FileLock& lock, const QString& key);
    // Keeps `lock` (or takes the layer's lock when free) until the end.
    void keepLayerLocked(const QString& key, FileLock& lock);
    void buildLayer(const QString& key);
    void buildStepLayer(const QString& key);
    void runInContainer(const QString& key, const QString& script, const QMap<QString, QString>& extraEnv);
    void killProcessGroup();
    void publishLayer(const QString& key, bool empty, const ImageConfig& config);
    void failStage(const QString& reason);
    // Names the server a step could not reach, from its output.
    QString unreachableHint() const;

    void pullBase();
    // Unpacks the image of the OCI layout `dir` (a pull, or a Dockerfile
    // build's output) layer by layer, then records it as m_pullRecord.
    void importLayout(const QString& dir);
    void unpackNextPulledLayer();

    // A Dockerfile base, built with buildah (ImageBuildDockerfile.cpp).
    void buildDockerfile();
    void runBuildah();
    void pushBuiltImage();
    QStringList buildahArguments() const;
    QProcessEnvironment buildahEnvironment() const;
    void followBuildahLine(const QString& line);

    static constexpr int kLockRetryMs = 200;

    // Runs `program` in a process group of its own; `environment` when
    // not empty replaces the inherited one.
    void runProcess(const QString& program, const QStringList& arguments, std::function<void()> onSuccess,
                    const QProcessEnvironment& environment = {});
    void handleLine(Stream stream, const QString& line);
    void cleanUpStaging();

    Context m_context;
    ImageRecipe m_recipe;
    ResolvedImage m_image;
    QString m_error;
    bool m_finished = false;
    bool m_cancelled = false;

    int m_stage = 0; // 0: base; i: steps[i - 1]
    QString m_parentKey;
    ImageConfig m_parentConfig;
    QString m_currentKey;
    FileLock m_lock;      // the layer (or pull) being built
    FileLock m_innerLock; // a registry layer inside a pull
    // Locks of the finished layers below the current one: held until the
    // image is recorded, so that a prune meanwhile cannot remove them.
    std::vector<FileLock> m_chainLocks;
    bool m_waitingNoted = false;
    QString m_staging;
    QString m_innerStaging; // a registry layer being unpacked
    QString m_containerId;
    QStringList m_tail;

    // A build step's own network namespace, served by pasta.
    PastaNetwork m_network;
    QProcess* m_process = nullptr;
    pid_t m_processGroup = 0; // of the running step's program
    QTimer m_stepTimeout;
    std::function<void()> m_onSuccess;

    // Registry pull and Dockerfile build state.
    QString m_pullRecord; // what LayerStore::recordPull() keeps it under
    QString m_dockerStep; // buildah's current "STEP i/n: INSTRUCTION"
    QString m_pullKey;
    OciImage m_pulled;
    int m_pullIndex = 0;
};

} // namespace sandbox
