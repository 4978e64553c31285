#pragma once

// A real git server for tests: bare repositories made with the git CLI,
// served by `git daemon` on 127.0.0.1 at a free port.
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace testsupport {

// Runs git; returns its stdout, or a null string when it failed.
inline QString git(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                              QStringLiteral("user.email=test@example.invalid"), QStringLiteral("-c"),
                              QStringLiteral("init.defaultBranch=main"), QStringLiteral("-c"),
                              QStringLiteral("safe.directory=*")}
                      + args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return out.isNull() ? QStringLiteral("") : out;
}

// Makes BASE/NAME.git: "main" with three commits (README.md, main.py,
// then tests/test_main.py) and "feature" with one more (feature.txt).
inline bool makeSmallRepo(const QString& base, const QString& name)
{
    const QString work = base + QStringLiteral("/work-") + name;
    QDir().mkpath(work);
    bool ok = !git(work, {QStringLiteral("init"), QStringLiteral("-q")}).isNull();
    ok = ok && writeFile(work + QStringLiteral("/README.md"), "# demo\n");
    ok = ok && !git(work, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}).isNull();
    ok = ok && writeFile(work + QStringLiteral("/main.py"), "print('hello from main')\n");
    ok = ok && !git(work, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("two")}).isNull();
    ok = ok && writeFile(work + QStringLiteral("/tests/test_main.py"), "def test_ok():\n    assert True\n");
    ok = ok && !git(work, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("three")}).isNull();
    ok = ok && !git(work, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("feature")}).isNull();
    ok = ok && writeFile(work + QStringLiteral("/feature.txt"), "feature branch\n");
    ok = ok && !git(work, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("four")}).isNull();
    ok = ok && !git(work, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).isNull();
    ok = ok && !git(base, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work,
                           base + QLatin1Char('/') + name + QStringLiteral(".git")})
                    .isNull();
    return ok;
}

// BASE/NAME.git with FILES files of BYTES random (incompressible) bytes.
inline bool makeBigRepo(const QString& base, const QString& name, int files, int bytes)
{
    const QString work = base + QStringLiteral("/work-") + name;
    QDir().mkpath(work);
    bool ok = !git(work, {QStringLiteral("init"), QStringLiteral("-q")}).isNull();
    QByteArray block(bytes, Qt::Uninitialized);
    for (int i = 0; ok && i < files; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), bytes / 4);
        ok = writeFile(work + QStringLiteral("/blob-%1.bin").arg(i), block);
    }
    ok = ok && !git(work, {QStringLiteral("add"), QStringLiteral(".")}).isNull();
    ok = ok && !git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("big")}).isNull();
    ok = ok && !git(base, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work,
                           base + QLatin1Char('/') + name + QStringLiteral(".git")})
                    .isNull();
    return ok;
}

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

inline bool waitForListening(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

inline void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000))
        process.kill();
    process.waitForFinished(3000);
}

// `git daemon` serving every repository under a base directory.
class GitDaemon
{
public:
    ~GitDaemon() { stop(); }

    QString start(const QString& base)
    {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return QStringLiteral("no free port on 127.0.0.1");
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral("git"),
                        {QStringLiteral("-c"), QStringLiteral("safe.directory=*"), QStringLiteral("daemon"),
                         QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                         QStringLiteral("--informative-errors"), QStringLiteral("--base-path=") + base,
                         QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port), base});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("git daemon did not start: ") + m_process.errorString();
        if (waitForListening(m_port))
            return {};
        return QStringLiteral("git daemon does not listen on port %1").arg(m_port);
    }

    void stop() { stopProcess(m_process); }

    QString url(const QString& name) const
    {
        return QStringLiteral("git://127.0.0.1:%1/%2.git").arg(m_port).arg(name);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// sshd on 127.0.0.1 at a free port that lets one key in (as the current
// user) and runs git-upload-pack; an ssh-agent holding that key; a HOME
// whose known_hosts trusts the server's host key.
class SshServer
{
public:
    ~SshServer() { stop(); }

    QString start(const QString& dir)
    {
        m_dir = dir;
        const QString run = dir + QStringLiteral("/run");
        QDir().mkpath(dir + QStringLiteral("/home/.ssh"));
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
        for (const QString& key : {QStringLiteral("host"), QStringLiteral("user"), QStringLiteral("stranger")}) {
            if (!runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                       QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                                       dir + QLatin1Char('/') + key}))
                return QStringLiteral("ssh-keygen failed");
        }
        m_port = freeLoopbackPort();
        QFile::copy(dir + QStringLiteral("/user.pub"), dir + QStringLiteral("/authorized_keys"));
        const QList<QByteArray> hostKeyParts = readAll(dir + QStringLiteral("/host.pub")).split(' ');
        if (hostKeyParts.size() < 2)
            return QStringLiteral("no host key");
        const QByteArray hostKey = hostKeyParts[0] + ' ' + hostKeyParts[1];
        writeFile(dir + QStringLiteral("/home/.ssh/known_hosts"),
                  "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + hostKey + '\n');
        const QString config = dir + QStringLiteral("/sshd_config");
        writeFile(config, QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2/host\n"
                                         "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                         "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
                                         "StrictModes no\nPidFile %2/sshd.pid\n")
                              .arg(m_port)
                              .arg(dir)
                              .toUtf8());
        m_sshd.setProcessChannelMode(QProcess::ForwardedChannels);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        if (!m_sshd.waitForStarted(5000))
            return QStringLiteral("sshd did not start: ") + m_sshd.errorString();
        m_agentSocket = run + QStringLiteral("-agent.sock");
        m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), m_agentSocket});
        if (!m_agent.waitForStarted(5000))
            return QStringLiteral("ssh-agent did not start");
        for (int i = 0; i < 100 && !QFileInfo::exists(m_agentSocket); ++i)
            QThread::msleep(50);
        if (waitForListening(m_port))
            return {};
        return QStringLiteral("sshd does not listen on port %1").arg(m_port);
    }

    // Loads the trusted key ("user") or another one ("stranger").
    bool addKey(const QString& name)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agentSocket);
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), m_dir + QLatin1Char('/') + name});
        return add.waitForFinished(10000) && add.exitCode() == 0;
    }

    void stop()
    {
        stopProcess(m_sshd);
        stopProcess(m_agent);
    }

    QString url(const QString& repositoryPath) const
    {
        return QStringLiteral("ssh://root@127.0.0.1:%1%2").arg(m_port).arg(repositoryPath);
    }
    QString agentSocket() const { return m_agentSocket; }
    QString home() const { return m_dir + QStringLiteral("/home"); }

private:
    static bool runTool(const QString& program, const QStringList& args)
    {
        QProcess process;
        process.start(program, args);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }

    QProcess m_sshd;
    QProcess m_agent;
    QString m_dir;
    QString m_agentSocket;
    quint16 m_port = 0;
};

inline QString gitSkipReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        return QStringLiteral("needs the git command to make and serve test repositories");
    return {};
}

} // namespace testsupport
