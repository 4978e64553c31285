#include "net/PastaNetwork.h"

#include "util/Spawn.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::PastaNetwork", text);
}

// A new network namespace, kept alive by a bind mount on `path`. Made in a
// short-lived thread so that this process's own namespace stays as it is.
QString createNamespaceFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.close();
    QString error;
    std::thread worker([&] {
        if (::unshare(CLONE_NEWNET) != 0) {
            error = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        if (::mount("/proc/thread-self/ns/net", QFile::encodeName(path).constData(), nullptr, MS_BIND, nullptr) != 0)
            error = QString::fromLocal8Bit(std::strerror(errno));
    });
    worker.join();
    if (!error.isEmpty())
        QFile::remove(path);
    return error;
}

bool isPastaAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    const QByteArray name = line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1);
    const char state = close > 0 && close + 2 < line.size() ? line.at(close + 2) : 'X';
    return name.startsWith("pasta") && state != 'Z' && state != 'X';
}

} // namespace

PastaNetwork::~PastaNetwork()
{
    tearDown();
}

QString PastaNetwork::findPasta()
{
    return QStandardPaths::findExecutable(QStringLiteral("pasta"));
}

QString PastaNetwork::prepareNamespace(const QString& dir, QString* pasta)
{
    *pasta = findPasta();
    if (pasta->isEmpty())
        return tr("network: pasta is not installed (Debian package passt); install it or block the network");
    m_dir = dir;
    const QString namespacePath = dir + QStringLiteral("/netns");
    if (const QString error = createNamespaceFile(namespacePath); !error.isEmpty())
        return tr("network: cannot create a network namespace: %1").arg(error);
    m_namespacePath = namespacePath;
    return {};
}

QStringList PastaNetwork::pastaArguments() const
{
    // No port forwarding in either direction (-t/-u/-T/-U none) and no
    // mapping of the gateway to the host (--no-map-gw): the sandbox reaches
    // outside hosts only, never services on this machine's loopback. A
    // build's namespace forwards its loopback's TCP ports to those bound on
    // the host's (-T auto), and nothing else.
    const QString outbound = m_hostLoopback == HostLoopback::BoundTcpPorts ? QStringLiteral("auto")
                                                                            : QStringLiteral("none");
    return {QStringLiteral("--config-net"), QStringLiteral("--quiet"),
            QStringLiteral("--runas"), QStringLiteral("0"),
            QStringLiteral("--netns"), m_namespacePath,
            QStringLiteral("-t"), QStringLiteral("none"), QStringLiteral("-u"), QStringLiteral("none"),
            QStringLiteral("-T"), outbound, QStringLiteral("-U"), QStringLiteral("none"),
            QStringLiteral("--no-map-gw"),
            QStringLiteral("--dns-forward"), QString::fromLatin1(kDnsAddress),
            QStringLiteral("--pid"), m_dir + QStringLiteral("/pasta.pid")};
}

QString PastaNetwork::writeResolvConf()
{
    QFile pid(m_dir + QStringLiteral("/pasta.pid"));
    if (pid.open(QIODevice::ReadOnly))
        m_pastaPid = pid.readAll().trimmed().toLongLong();
    m_resolvConfPath = resolvConfPathIn(m_dir);
    QFile resolv(m_resolvConfPath);
    if (!resolv.open(QIODevice::WriteOnly)
        || resolv.write(QByteArrayLiteral("nameserver ") + kDnsAddress + '\n') < 0) {
        tearDown();
        return tr("network: cannot write %1").arg(m_resolvConfPath);
    }
    return {};
}

QString PastaNetwork::setUp(const QString& dir, HostLoopback hostLoopback)
{
    m_hostLoopback = hostLoopback;
    QString pasta;
    if (const QString error = prepareNamespace(dir, &pasta); !error.isEmpty())
        return error;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(pasta, pastaArguments());
    // pasta forks into the background once the namespace is configured.
    const bool exited = process.waitForFinished(10000);
    if (!exited || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromUtf8(process.readAllStandardError()).trimmed();
        process.kill();
        process.waitForFinished(1000);
        QFile pid(dir + QStringLiteral("/pasta.pid"));
        if (pid.open(QIODevice::ReadOnly))
            m_pastaPid = pid.readAll().trimmed().toLongLong();
        tearDown();
        return tr("network: pasta failed to start: %1").arg(output.isEmpty() ? process.errorString() : output);
    }
    return writeResolvConf();
}

pid_t PastaNetwork::beginSetUp(const QString& dir, QString* error)
{
    QString pasta;
    if (const QString problem = prepareNamespace(dir, &pasta); !problem.isEmpty()) {
        *error = problem;
        return -1;
    }
    // There before pasta is done, so that a container can be created
    // (which binds it) while pasta configures the namespace.
    QFile resolv(resolvConfPathIn(dir));
    if (!resolv.open(QIODevice::WriteOnly) || resolv.write(QByteArrayLiteral("nameserver ") + kDnsAddress + '\n') < 0) {
        *error = tr("network: cannot write %1").arg(resolv.fileName());
        tearDown();
        return -1;
    }
    resolv.close();
    const pid_t pid = spawnProcess(pasta, pastaArguments(), {}, error);
    if (pid < 0) {
        *error = tr("network: pasta failed to start: %1").arg(*error);
        tearDown();
    }
    return pid;
}

QString PastaNetwork::finishSetUp(int waitStatus)
{
    if (!WIFEXITED(waitStatus) || WEXITSTATUS(waitStatus) != 0) {
        QFile pid(m_dir + QStringLiteral("/pasta.pid"));
        if (pid.open(QIODevice::ReadOnly))
            m_pastaPid = pid.readAll().trimmed().toLongLong();
        tearDown();
        return tr("network: pasta failed to start (exit status %1)").arg(waitStatus);
    }
    return writeResolvConf();
}

void PastaNetwork::beginTearDown()
{
    if (!m_namespacePath.isEmpty()) {
        ::umount2(QFile::encodeName(m_namespacePath).constData(), MNT_DETACH);
        QFile::remove(m_namespacePath);
        m_namespacePath.clear();
    }
    if (m_pastaPid > 0 && isPastaAlive(m_pastaPid))
        ::kill(static_cast<pid_t>(m_pastaPid), SIGTERM);
}

UniqueFd PastaNetwork::openPastaPidfd() const
{
    if (m_pastaPid <= 0 || !isPastaAlive(m_pastaPid))
        return {};
    return UniqueFd(static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(m_pastaPid), 0)));
}

void PastaNetwork::tearDown()
{
    beginTearDown();
    if (m_pastaPid > 0) {
        // pasta also quits by itself once the namespace file is gone (which
        // is what cleans up after a crash), but that takes 10-20 ms; asking
        // (above) is quicker.
        for (int i = 0; i < 100 && isPastaAlive(m_pastaPid); ++i)
            QThread::msleep(5);
        if (isPastaAlive(m_pastaPid))
            ::kill(static_cast<pid_t>(m_pastaPid), SIGKILL);
        m_pastaPid = 0;
    }
}

} // namespace sandbox
