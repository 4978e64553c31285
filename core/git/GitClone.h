#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace sandbox {

// What to clone and where. Secrets (the token) live only in memory for the
// length of the clone; they are never logged or put into error messages.
struct GitCloneRequest
{
    QString url;
    QString branch;      // empty: the remote's default branch
    int depth = 0;       // 0: full history; N > 0: the last N commits
    QString destination; // must not exist or be an empty directory
    QString user;        // with token: HTTP(S) basic authentication
    QString token;
    bool useSshAgent = true;
    int connectTimeoutMs = 15000;
    int serverTimeoutMs = 60000;

    // Empty when the request can be tried; otherwise what is wrong with it.
    QString validate() const;
    // A path or file:// URL: libgit2 refuses shallow clones of those.
    bool isLocal() const;
};

// Clones a git repository with libgit2 in a worker thread. Progress comes
// throttled, first for objects received, then for the checkout. cancel()
// stops it at the next callback; a failed or cancelled clone removes what
// it wrote, so the destination is either a complete clone or absent.
class GitClone : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Objects, Checkout };
    Q_ENUM(Stage)

    explicit GitClone(QObject* parent = nullptr);
    // Cancels a running clone and waits for the worker to clean up.
    ~GitClone() override;

    // Returns false (and sets errorString()) when the request is invalid or
    // a clone is already running; otherwise finished() follows.
    bool start(const GitCloneRequest& request);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelledResult; }
    QString errorString() const { return m_error; }
    // A note the user should see even though the clone worked.
    QString warningString() const { return m_warning; }
    bool waitForFinished(int msecs = -1);

Q_SIGNALS:
    void progress(sandbox::GitClone::Stage stage, qint64 done, qint64 total);
    void finished(bool ok);

private:
    struct Worker;
    void onWorkerDone(bool ok, bool cancelled, const QString& error);

    std::unique_ptr<Worker> m_worker;
    std::thread m_thread;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_cancelledResult = false;
    QString m_error;
    QString m_warning;
};

} // namespace sandbox
