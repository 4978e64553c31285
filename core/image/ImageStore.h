#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;

namespace sandbox {

class ImageBuild;

// The images this machine has. For now one base, `debian-slim`: Debian
// bookworm minbase plus python3, made by mmdebstrap. A built image is a
// read-only directory that every sandbox mounts as its overlay's lower
// layer.
class ImageStore : public QObject
{
    Q_OBJECT

public:
    explicit ImageStore(QString imagesDir, QObject* parent = nullptr);

    static QStringList knownImages();
    // Empty string when `name` is known; otherwise the reason.
    static QString checkName(const QString& name);

    // The root filesystem of a built image, or an empty string.
    QString rootfs(const QString& name) const;

    // Starts building `name` unless it is built already; the returned job is
    // owned by the caller and always ends with finished(), which may come
    // before the event loop runs again when nothing is left to do.
    ImageBuild* ensure(const QString& name);

private:
    QString imageDir(const QString& name) const;
    QString m_imagesDir;
};

// One image build: reports progress while mmdebstrap runs, and publishes
// the result atomically (a half-built image is never visible).
class ImageBuild : public QObject
{
    Q_OBJECT

public:
    ~ImageBuild() override;

    QString imageName() const { return m_name; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString rootfs() const { return m_rootfs; }

    // Blocks in a local event loop; for the command line and tests.
    bool waitForFinished(int msecs = -1);
    void cancel();

Q_SIGNALS:
    void progress(int percent, const QString& stage);
    void logLine(const QString& line);
    void finished(bool ok);

private:
    friend class ImageStore;
    ImageBuild(QString name, QString finalDir, QObject* parent);
    void start();
    void finish(const QString& error);
    void handleOutputLine(const QString& line);

    QString m_name;
    QString m_finalDir;
    QString m_workDir;
    QString m_rootfs;
    QString m_error;
    QStringList m_tail;
    bool m_finished = false;
    bool m_cancelled = false;
    QProcess* m_process = nullptr;
    struct LockHolder;
    LockHolder* m_lock = nullptr;
};

} // namespace sandbox
