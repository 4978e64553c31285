#include "git/GitClone.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <git2.h>
#include <git2/sys/errors.h>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::GitClone", text);
}

constexpr qint64 kProgressIntervalMs = 100;

// A URL as it may be shown: without a password or token in it.
QString displayUrl(const QString& url)
{
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.scheme().isEmpty() && !parsed.password().isEmpty())
        return parsed.toDisplayString(QUrl::RemovePassword);
    return url;
}

bool isScpLike(const QString& url)
{
    // user@host:path or host:path, as ssh understands it.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+:.+$"));
    return !url.contains(QLatin1String("://")) && pattern.match(url).hasMatch();
}

// Makes libgit2 usable for the lifetime of the guard; reference counted.
struct LibGit2
{
    LibGit2() { git_libgit2_init(); }
    ~LibGit2() { git_libgit2_shutdown(); }
    LibGit2(const LibGit2&) = delete;
    LibGit2& operator=(const LibGit2&) = delete;
};

bool isEmptyDirectory(const QString& path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

bool GitCloneRequest::isLocal() const
{
    return url.startsWith(QLatin1Char('/')) || url.startsWith(QLatin1String("file://"));
}

QString GitCloneRequest::validate() const
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return tr("URL: enter the address of the repository");
    static const QStringList schemes = {QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("ssh"),
                                        QStringLiteral("git"), QStringLiteral("file")};
    if (trimmed.contains(QLatin1String("://"))) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || !schemes.contains(parsed.scheme())
            || (parsed.scheme() != QLatin1String("file") && parsed.host().isEmpty())) {
            return tr("URL: \"%1\" is not a git URL (use https://, ssh://, git://, file:// or a path)")
                .arg(displayUrl(trimmed));
        }
    } else if (!trimmed.startsWith(QLatin1Char('/')) && !isScpLike(trimmed)) {
        return tr("URL: \"%1\" is not a git URL (use https://, ssh://, git://, file:// or a path)")
            .arg(displayUrl(trimmed));
    }
    if (!branch.isEmpty()) {
        LibGit2 library;
        int valid = 0;
        const QByteArray ref = "refs/heads/" + branch.toUtf8();
        if (git_reference_name_is_valid(&valid, ref.constData()) != 0 || !valid || branch.startsWith(QLatin1Char('-')))
            return tr("branch: \"%1\" is not a valid branch name").arg(branch);
    }
    if (depth < 0)
        return tr("depth: %1 is negative; use 0 for the full history").arg(depth);
    if (destination.isEmpty())
        return tr("destination: choose a folder to clone into");
    if (QFileInfo(destination).isRelative())
        return tr("destination: \"%1\" is not an absolute path").arg(destination);
    const QFileInfo target(destination);
    if (target.exists() && (!target.isDir() || !isEmptyDirectory(destination)))
        return tr("destination: %1 already exists and is not empty").arg(destination);
    if (user.isEmpty() != token.isEmpty())
        return tr("credentials: give both a user and a token, or neither");
    return {};
}

// Lives in the worker thread while the clone runs. Everything libgit2
// touches stays in that thread; the owner only gets queued calls.
struct GitClone::Worker
{
    GitClone* owner;
    GitCloneRequest request;
    std::atomic_bool* cancel;
    bool createdDestination = false;
    int sshAttempts = 0;
    int userpassAttempts = 0;
    int usernameAttempts = 0;
    bool authGaveUp = false;
    Stage lastStage = Stage::Objects;
    bool reportedAny = false;
    QElapsedTimer sinceReport;

    void report(Stage stage, qint64 done, qint64 total)
    {
        const bool due = !reportedAny || stage != lastStage || done >= total
                         || sinceReport.elapsed() >= kProgressIntervalMs;
        if (!due)
            return;
        reportedAny = true;
        lastStage = stage;
        sinceReport.start();
        QMetaObject::invokeMethod(owner, [o = owner, stage, done, total] { Q_EMIT o->progress(stage, done, total); },
                                  Qt::QueuedConnection);
    }

    static int onTransfer(const git_indexer_progress* stats, void* payload)
    {
        auto* self = static_cast<Worker*>(payload);
        if (self->cancel->load())
            return -1;
        self->report(Stage::Objects, stats->received_objects, stats->total_objects);
        return 0;
    }

    static void onCheckout(const char*, size_t completed, size_t total, void* payload)
    {
        auto* self = static_cast<Worker*>(payload);
        self->report(Stage::Checkout, qint64(completed), qint64(total));
    }

    static int onCheckoutNotify(git_checkout_notify_t, const char*, const git_diff_file*, const git_diff_file*,
                                const git_diff_file*, void* payload)
    {
        return static_cast<Worker*>(payload)->cancel->load() ? -1 : 0;
    }

    // libgit2 calls this again after a rejected credential without saying
    // so: each kind is offered once, then the clone fails.
    static int onCredentials(git_credential** out, const char*, const char* userFromUrl, unsigned int allowed,
                             void* payload)
    {
        auto* self = static_cast<Worker*>(payload);
        const GitCloneRequest& r = self->request;
        const QByteArray sshUser = userFromUrl ? QByteArray(userFromUrl)
                                               : (r.user.isEmpty() ? QByteArrayLiteral("git") : r.user.toUtf8());
        if ((allowed & GIT_CREDENTIAL_USERNAME) && self->usernameAttempts++ == 0)
            return git_credential_username_new(out, sshUser.constData());
        if ((allowed & GIT_CREDENTIAL_SSH_KEY) && r.useSshAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")
            && self->sshAttempts++ == 0) {
            return git_credential_ssh_key_from_agent(out, sshUser.constData());
        }
        if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !r.user.isEmpty() && self->userpassAttempts++ == 0)
            return git_credential_userpass_plaintext_new(out, r.user.toUtf8().constData(), r.token.toUtf8().constData());
        self->authGaveUp = true;
        git_error_set_str(GIT_ERROR_NET, "authentication failed");
        return GIT_EAUTH;
    }

    void removePartialClone() const
    {
        if (createdDestination) {
            QDir(request.destination).removeRecursively();
            return;
        }
        QDir dir(request.destination);
        const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries) {
            if (entry.isDir() && !entry.isSymLink())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
    }

    QString describeFailure(int code, const git_error* error) const
    {
        const QString url = displayUrl(request.url);
        const QString detail = error && error->message ? QString::fromUtf8(error->message) : tr("unknown error");
        if (authGaveUp || code == GIT_EAUTH) {
            return tr("authentication failed for %1: check the user and token, or the keys loaded in ssh-agent")
                .arg(url);
        }
        if (code == GIT_ECERTIFICATE && !request.url.startsWith(QLatin1String("ssh://")) && !isScpLike(request.url))
            return tr("the TLS certificate of %1 is not trusted: %2").arg(url, detail);
        if (code == GIT_ECERTIFICATE) {
            return tr("the host key of %1 is not trusted: add the server to ~/.ssh/known_hosts (connect once "
                      "with ssh and check its fingerprint) and try again")
                .arg(url);
        }
        if (code == GIT_ENOTFOUND && !request.branch.isEmpty() && detail.contains(request.branch))
            return tr("branch \"%1\" not found in %2").arg(request.branch, url);
        // The server answered, but not with the repository.
        static const QStringList missing{QStringLiteral("no such repository"), QStringLiteral("status code: 404"),
                                         QStringLiteral("does not appear to be a git repository"),
                                         QStringLiteral("repository not found")};
        for (const QString& phrase : missing) {
            if (detail.contains(phrase, Qt::CaseInsensitive))
                return tr("repository not found at %1 (%2)").arg(url, detail);
        }
        if (detail.startsWith(QLatin1String("remote error:")))
            return tr("the server of %1 refused: %2").arg(url, detail);
        const int klass = error ? error->klass : GIT_ERROR_NONE;
        if (klass == GIT_ERROR_NET || klass == GIT_ERROR_OS || klass == GIT_ERROR_SSH || klass == GIT_ERROR_HTTP)
            return tr("cannot reach %1: %2").arg(url, detail);
        return tr("cannot clone %1: %2").arg(url, detail);
    }

    // Returns an empty string on success.
    QString run(bool* cancelled)
    {
        LibGit2 library;
        git_libgit2_opts(GIT_OPT_SET_SERVER_CONNECT_TIMEOUT, request.connectTimeoutMs);
        git_libgit2_opts(GIT_OPT_SET_SERVER_TIMEOUT, request.serverTimeoutMs);

        git_clone_options options;
        git_clone_options_init(&options, GIT_CLONE_OPTIONS_VERSION);
        options.fetch_opts.callbacks.transfer_progress = &Worker::onTransfer;
        options.fetch_opts.callbacks.credentials = &Worker::onCredentials;
        options.fetch_opts.callbacks.payload = this;
        options.fetch_opts.depth = request.depth;
        options.checkout_opts.progress_cb = &Worker::onCheckout;
        options.checkout_opts.progress_payload = this;
        options.checkout_opts.notify_flags = GIT_CHECKOUT_NOTIFY_ALL;
        options.checkout_opts.notify_cb = &Worker::onCheckoutNotify;
        options.checkout_opts.notify_payload = this;
        const QByteArray branch = request.branch.toUtf8();
        if (!branch.isEmpty())
            options.checkout_branch = branch.constData();

        const QByteArray url = request.url.trimmed().toUtf8();
        const QByteArray destination = QFile::encodeName(request.destination);
        git_repository* repository = nullptr;
        const int code = git_clone(&repository, url.constData(), destination.constData(), &options);
        const git_error* error = git_error_last();
        const QString failure = code == 0 ? QString() : describeFailure(code, error);
        git_repository_free(repository);
        // A cancel that arrived too late to interrupt libgit2 still wins:
        // the user asked for no clone.
        *cancelled = cancel->load();
        if (code != 0 || *cancelled)
            removePartialClone();
        return *cancelled ? tr("cloning cancelled") : failure;
    }
};

GitClone::GitClone(QObject* parent) : QObject(parent) {}

GitClone::~GitClone()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool GitClone::start(const GitCloneRequest& request)
{
    if (m_running) {
        m_error = tr("a clone is already running");
        return false;
    }
    m_error = request.validate();
    m_warning.clear();
    m_cancelledResult = false;
    if (!m_error.isEmpty())
        return false;
    if (m_thread.joinable())
        m_thread.join();

    m_worker = std::make_unique<Worker>();
    m_worker->owner = this;
    m_worker->request = request;
    m_worker->request.url = request.url.trimmed();
    m_worker->cancel = &m_cancel;
    if (request.isLocal() && request.depth > 0) {
        m_warning = tr("a local repository cannot be cloned shallow; cloning its full history");
        m_worker->request.depth = 0;
    }
    m_worker->createdDestination = !QFileInfo::exists(request.destination);
    if (m_worker->createdDestination && !QDir().mkpath(request.destination)) {
        m_error = tr("destination: cannot create %1").arg(request.destination);
        return false;
    }
    m_cancel = false;
    m_running = true;
    m_thread = std::thread([this, worker = m_worker.get()] {
        bool cancelled = false;
        const QString error = worker->run(&cancelled);
        QMetaObject::invokeMethod(
            this, [this, ok = error.isEmpty(), cancelled, error] { onWorkerDone(ok, cancelled, error); },
            Qt::QueuedConnection);
    });
    return true;
}

void GitClone::cancel()
{
    if (m_running)
        m_cancel = true;
}

void GitClone::onWorkerDone(bool ok, bool cancelled, const QString& error)
{
    if (m_thread.joinable())
        m_thread.join();
    m_worker.reset();
    m_running = false;
    m_cancelledResult = cancelled;
    m_error = error;
    Q_EMIT finished(ok);
}

bool GitClone::waitForFinished(int msecs)
{
    if (!m_running)
        return true;
    QEventLoop loop;
    connect(this, &GitClone::finished, &loop, &QEventLoop::quit);
    if (msecs >= 0)
        QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_running;
}

} // namespace sandbox
