// Clones over the real git protocol from a `git daemon` the test starts on
// 127.0.0.1, and over HTTP from a server that refuses every credential.
#include "GitFixture.h"
#include "git/GitClone.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using sandbox::GitClone;
using sandbox::GitCloneRequest;

Q_DECLARE_METATYPE(GitCloneRequest)

// Answers every HTTP request with 401: a server whose credentials never work.
class RefusingHttpServer : public QTcpServer
{
public:
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

class TestGitClone : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QTemporaryDir m_out;
    testsupport::GitDaemon m_daemon;

    QString destination(const QString& name) const { return m_out.filePath(name); }

    GitCloneRequest request(const QString& repo, const QString& dest) const
    {
        GitCloneRequest r;
        r.url = m_daemon.url(repo);
        r.destination = destination(dest);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::gitSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_base.isValid() && m_out.isValid());
        QVERIFY(testsupport::makeSmallRepo(m_base.path(), QStringLiteral("small")));
        // 24 MiB of random data: big enough that a cancel lands mid-transfer.
        QVERIFY(testsupport::makeBigRepo(m_base.path(), QStringLiteral("big"), 48, 512 * 1024));
        const QString error = m_daemon.start(m_base.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void validate_data()
    {
        QTest::addColumn<GitCloneRequest>("request");
        QTest::addColumn<QString>("error");
        const QString dest = QDir::tempPath() + QStringLiteral("/sandbox-studio-never-created");
        auto make = [&](const QString& url) {
            GitCloneRequest r;
            r.url = url;
            r.destination = dest;
            return r;
        };
        QTest::newRow("empty url") << make(QString()) << "URL: enter";
        QTest::newRow("not a url") << make("just words") << "is not a git URL";
        QTest::newRow("bad scheme") << make("ftp://example.invalid/x.git") << "is not a git URL";
        QTest::newRow("no host") << make("https:///x.git") << "is not a git URL";
        QTest::newRow("token hidden") << make("ftp://me:s3cret@example.invalid/x") << "me@example.invalid";
        GitCloneRequest r = make("https://example.invalid/x.git");
        r.branch = "bad..name";
        QTest::newRow("bad branch") << r << "branch: \"bad..name\"";
        r = make("https://example.invalid/x.git");
        r.depth = -1;
        QTest::newRow("negative depth") << r << "depth: -1";
        r = make("https://example.invalid/x.git");
        r.destination.clear();
        QTest::newRow("no destination") << r << "destination: choose";
        r = make("https://example.invalid/x.git");
        r.destination = "relative/dir";
        QTest::newRow("relative destination") << r << "not an absolute path";
        r = make("https://example.invalid/x.git");
        r.destination = QDir::tempPath();
        QTest::newRow("destination not empty") << r << "already exists and is not empty";
        r = make("https://example.invalid/x.git");
        r.user = "me";
        QTest::newRow("user without token") << r << "give both a user and a token";
        QTest::newRow("scp-like is fine") << make("git@example.invalid:me/x.git") << "";
        QTest::newRow("path is fine") << make("/srv/git/x.git") << "";
        QTest::newRow("https is fine") << make("https://example.invalid/x.git") << "";
    }

    void validate()
    {
        QFETCH(GitCloneRequest, request);
        QFETCH(QString, error);
        const QString actual = request.validate();
        if (error.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(error), qPrintable(actual));
        QVERIFY(!actual.contains("s3cret"));
    }

    void clonesDefaultBranchWithProgress()
    {
        GitClone clone;
        QList<GitClone::Stage> stages;
        QList<qint64> done;
        connect(&clone, &GitClone::progress, this, [&](GitClone::Stage stage, qint64 value, qint64 total) {
            stages << stage;
            done << value;
            QVERIFY(value <= total);
        });
        QSignalSpy finished(&clone, &GitClone::finished);
        QVERIFY2(clone.start(request("small", "default")), qPrintable(clone.errorString()));
        QVERIFY(clone.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(clone.errorString()));
        QVERIFY(clone.errorString().isEmpty());
        QCOMPARE(testsupport::git(destination("default"), {"rev-parse", "--abbrev-ref", "HEAD"}), "main");
        QVERIFY(QFile::exists(destination("default") + "/tests/test_main.py"));
        QVERIFY(!QFile::exists(destination("default") + "/feature.txt"));
        QCOMPARE(testsupport::git(destination("default"), {"rev-list", "--count", "HEAD"}), "3");
        // Objects first, then checkout; never back.
        QVERIFY(!stages.isEmpty());
        QCOMPARE(stages.first(), GitClone::Stage::Objects);
        QCOMPARE(stages.last(), GitClone::Stage::Checkout);
        QVERIFY(std::is_sorted(stages.cbegin(), stages.cend()));
    }

    void clonesBranchShallow()
    {
        GitCloneRequest r = request("small", "shallow");
        r.branch = "feature";
        r.depth = 1;
        GitClone clone;
        QVERIFY(clone.start(r));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY2(clone.errorString().isEmpty(), qPrintable(clone.errorString()));
        QVERIFY(QFile::exists(destination("shallow") + "/feature.txt"));
        QCOMPARE(testsupport::git(destination("shallow"), {"rev-list", "--count", "HEAD"}), "1");
        QVERIFY(QFile::exists(destination("shallow") + "/.git/shallow"));
    }

    void missingBranchIsClearAndLeavesNothing()
    {
        GitCloneRequest r = request("small", "nobranch");
        r.branch = "does-not-exist";
        GitClone clone;
        QSignalSpy finished(&clone, &GitClone::finished);
        QVERIFY(clone.start(r));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(clone.errorString().contains("branch \"does-not-exist\" not found"), qPrintable(clone.errorString()));
        QVERIFY(!clone.wasCancelled());
        QVERIFY(!QFileInfo::exists(destination("nobranch")));
    }

    void missingRepositoryFails()
    {
        GitClone clone;
        QVERIFY(clone.start(request("no-such-repo", "norepo")));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY2(clone.errorString().startsWith("repository not found at git://127.0.0.1"),
                 qPrintable(clone.errorString()));
        QVERIFY(!QFileInfo::exists(destination("norepo")));
    }

    void unreachableServerIsClear()
    {
        GitCloneRequest r;
        r.url = QStringLiteral("git://127.0.0.1:%1/small.git").arg(testsupport::freeLoopbackPort());
        r.destination = destination("unreachable");
        GitClone clone;
        QVERIFY(clone.start(r));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY2(clone.errorString().startsWith("cannot reach git://127.0.0.1"), qPrintable(clone.errorString()));
        QVERIFY(!QFileInfo::exists(destination("unreachable")));
    }

    void existingEmptyDestinationIsKeptOnFailure()
    {
        QVERIFY(QDir().mkpath(destination("empty")));
        GitCloneRequest r = request("small", "empty");
        r.branch = "does-not-exist";
        GitClone clone;
        QVERIFY(clone.start(r));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY(!clone.errorString().isEmpty());
        QVERIFY(QFileInfo(destination("empty")).isDir());
        QVERIFY(QDir(destination("empty")).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void localPathClonesFullHistoryInsteadOfShallow()
    {
        GitCloneRequest r;
        r.url = m_base.filePath("small.git");
        r.destination = destination("local");
        r.depth = 1;
        GitClone clone;
        QVERIFY(clone.start(r));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY2(clone.errorString().isEmpty(), qPrintable(clone.errorString()));
        QVERIFY(clone.warningString().contains("full history"));
        QCOMPARE(testsupport::git(destination("local"), {"rev-list", "--count", "HEAD"}), "3");
    }

    void cancelRemovesThePartialClone()
    {
        GitClone clone;
        QSignalSpy finished(&clone, &GitClone::finished);
        int progressSeen = 0;
        connect(&clone, &GitClone::progress, &clone, [&] {
            if (progressSeen++ == 0)
                clone.cancel();
        });
        QVERIFY(clone.start(request("big", "cancelled")));
        QVERIFY(finished.wait(120000));
        QVERIFY(progressSeen >= 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(clone.wasCancelled());
        QVERIFY2(clone.errorString().contains("cancelled"), qPrintable(clone.errorString()));
        QVERIFY(!QFileInfo::exists(destination("cancelled")));
    }

    void refusedCredentialsFailWithoutLooping_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("token");
        QTest::newRow("user and token") << "me" << "wrong-token";
        QTest::newRow("no credentials") << "" << "";
    }

    void refusedCredentialsFailWithoutLooping()
    {
        QFETCH(QString, user);
        QFETCH(QString, token);
        RefusingHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        GitCloneRequest r;
        r.url = QStringLiteral("http://127.0.0.1:%1/small.git").arg(server.serverPort());
        r.destination = destination("auth-" + QString::number(server.serverPort()));
        r.user = user;
        r.token = token;
        r.useSshAgent = false;
        GitClone clone;
        QVERIFY(clone.start(r));
        QVERIFY(clone.waitForFinished(60000));
        QVERIFY2(clone.errorString().startsWith("authentication failed"), qPrintable(clone.errorString()));
        QVERIFY(!clone.errorString().contains("wrong-token"));
        QVERIFY2(server.requests <= 3, qPrintable(QString::number(server.requests)));
        QVERIFY(!QFileInfo::exists(r.destination));
    }

    void sshAgentKeyIsUsed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("knownHost");
        QTest::addColumn<QString>("error");
        QTest::newRow("trusted key in the agent") << "user" << true << "";
        QTest::newRow("unknown key in the agent") << "stranger" << true << "authentication failed";
        QTest::newRow("server not in known_hosts") << "user" << false << "the host key of";
    }

    void sshAgentKeyIsUsed()
    {
        QFETCH(QString, key);
        QFETCH(bool, knownHost);
        QFETCH(QString, error);
        if (::geteuid() != 0 || !QFile::exists("/usr/sbin/sshd"))
            QSKIP("needs root and sshd to serve git over ssh on loopback");
        QTemporaryDir dir;
        testsupport::SshServer server;
        const QString problem = server.start(dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(server.addKey(key));
        if (!knownHost)
            QVERIFY(QFile::remove(server.home() + "/.ssh/known_hosts"));
        // libgit2 reads known_hosts from HOME and talks to the agent at
        // SSH_AUTH_SOCK; both belong to this test only.
        const QByteArray home = qgetenv("HOME");
        const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
        qputenv("HOME", server.home().toLocal8Bit());
        qputenv("SSH_AUTH_SOCK", server.agentSocket().toLocal8Bit());
        GitCloneRequest r;
        r.url = server.url(m_base.filePath("small.git"));
        r.destination = destination("ssh-" + QFileInfo(dir.path()).fileName());
        GitClone clone;
        QVERIFY(clone.start(r));
        const bool done = clone.waitForFinished(60000);
        qputenv("HOME", home);
        agent.isNull() ? qunsetenv("SSH_AUTH_SOCK") : qputenv("SSH_AUTH_SOCK", agent);
        QVERIFY(done);
        if (error.isEmpty()) {
            QVERIFY2(clone.errorString().isEmpty(), qPrintable(clone.errorString()));
            QVERIFY(QFile::exists(r.destination + "/main.py"));
        } else {
            QVERIFY2(clone.errorString().startsWith(error), qPrintable(clone.errorString()));
            QVERIFY(!QFileInfo::exists(r.destination));
        }
    }

    void deletingARunningCloneCleansUp()
    {
        {
            GitClone clone;
            QVERIFY(clone.start(request("big", "deleted")));
        }
        QVERIFY(!QFileInfo::exists(destination("deleted")));
    }
};

QTEST_GUILESS_MAIN(TestGitClone)
#include "tst_gitclone.moc"
