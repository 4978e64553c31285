#include "net/PastaNetwork.h"

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

QString PastaNetwork::setUp(const QString& dir)
{
    const QString pasta = findPasta();
    if (pasta.isEmpty())
        return tr("network: pasta is not installed (Debian package passt); install it or block the network");
    const QString namespacePath = dir + QStringLiteral("/netns");
    if (const QString error = createNamespaceFile(namespacePath); !error.isEmpty())
        return tr("network: cannot create a network namespace: %1").arg(error);
    m_namespacePath = namespacePath;

    const QString pidFile = dir + QStringLiteral("/pasta.pid");
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    // No port forwarding in either direction (-t/-u/-T/-U none) and no
    // mapping of the gateway to the host (--no-map-gw): the sandbox reaches
    // outside hosts only, never services on this machine's loopback.
    process.start(pasta, {QStringLiteral("--config-net"), QStringLiteral("--quiet"),
                          QStringLiteral("--runas"), QStringLiteral("0"),
                          QStringLiteral("--netns"), namespacePath,
                          QStringLiteral("-t"), QStringLiteral("none"), QStringLiteral("-u"), QStringLiteral("none"),
                          QStringLiteral("-T"), QStringLiteral("none"), QStringLiteral("-U"), QStringLiteral("none"),
                          QStringLiteral("--no-map-gw"),
                          QStringLiteral("--dns-forward"), QString::fromLatin1(kDnsAddress),
                          QStringLiteral("--pid"), pidFile});
    // pasta forks into the background once the namespace is configured.
    const bool exited = process.waitForFinished(10000);
    QFile pid(pidFile);
    if (pid.open(QIODevice::ReadOnly))
        m_pastaPid = pid.readAll().trimmed().toLongLong();
    if (!exited || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromUtf8(process.readAllStandardError()).trimmed();
        process.kill();
        process.waitForFinished(1000);
        tearDown();
        return tr("network: pasta failed to start: %1").arg(output.isEmpty() ? process.errorString() : output);
    }

    m_resolvConfPath = dir + QStringLiteral("/resolv.conf");
    QFile resolv(m_resolvConfPath);
    if (!resolv.open(QIODevice::WriteOnly)
        || resolv.write(QByteArrayLiteral("nameserver ") + kDnsAddress + '\n') < 0) {
        tearDown();
        return tr("network: cannot write %1").arg(m_resolvConfPath);
    }
    return {};
}

void PastaNetwork::tearDown()
{
    if (!m_namespacePath.isEmpty()) {
        ::umount2(QFile::encodeName(m_namespacePath).constData(), MNT_DETACH);
        QFile::remove(m_namespacePath);
        m_namespacePath.clear();
    }
    if (m_pastaPid > 0) {
        // pasta also quits by itself once the namespace file is gone (which
        // is what cleans up after a crash), but that takes 10-20 ms; asking
        // is quicker.
        if (isPastaAlive(m_pastaPid))
            ::kill(static_cast<pid_t>(m_pastaPid), SIGTERM);
        for (int i = 0; i < 100 && isPastaAlive(m_pastaPid); ++i)
            QThread::msleep(5);
        if (isPastaAlive(m_pastaPid))
            ::kill(static_cast<pid_t>(m_pastaPid), SIGKILL);
        m_pastaPid = 0;
    }
}

} // namespace sandbox
