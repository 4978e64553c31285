#pragma once

#include "util/Spawn.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace sandbox {

// Outbound network for one sandbox through pasta (user-mode networking from
// Debian's passt): a fresh network namespace bound to a file, with pasta
// attached to it. The sandbox reaches the outside world through pasta's
// sockets; the host's own loopback and listening ports stay out of reach,
// and nothing on the host can connect in. Pasta exits when the namespace
// file goes away, so teardown (or the janitor after a crash) leaves no
// process behind.
class PastaNetwork
{
public:
    // The DNS address written into the sandbox's resolv.conf; pasta forwards
    // queries sent there to the host's resolver.
    static constexpr auto kDnsAddress = "169.254.1.53";

    // What the namespace's own loopback leads to. Sandboxes: nothing on
    // the host. Image builds: TCP ports listening on the host's loopback
    // (a local package index or mirror) answer on the same port, as they
    // did when builds shared the host's network; nothing on the host can
    // connect in either way.
    enum class HostLoopback { Unreachable, BoundTcpPorts };

    PastaNetwork() = default;
    PastaNetwork(const PastaNetwork&) = delete;
    PastaNetwork& operator=(const PastaNetwork&) = delete;
    ~PastaNetwork();

    // Where setUp() writes the sandbox's resolv.conf in `dir`.
    static QString resolvConfPathIn(const QString& dir) { return dir + QStringLiteral("/resolv.conf"); }

    // Path of the pasta binary, or empty when it is not installed.
    static QString findPasta();

    // Creates the namespace under `dir` and starts pasta on it. Returns an
    // empty string on success, otherwise the reason (nothing left behind).
    QString setUp(const QString& dir, HostLoopback hostLoopback = HostLoopback::Unreachable);
    // The same without waiting (for containers made ahead of need): creates
    // the namespace and starts pasta, whose first process exits once the
    // namespace is configured; pass its wait status to finishSetUp().
    // Returns the pid, or -1 with *error set (nothing left behind).
    pid_t beginSetUp(const QString& dir, QString* error);
    QString finishSetUp(int waitStatus);
    // Removes the namespace and makes sure pasta is gone.
    void tearDown();
    // Removes the namespace and asks pasta to go without waiting: its exit
    // (the kernel dismantling its device, 50-90 ms here) then overlaps
    // whatever comes before tearDown().
    void beginTearDown();

    // A pidfd of the running pasta (readable once it is gone), or none.
    UniqueFd openPastaPidfd() const;

    QString namespacePath() const { return m_namespacePath; }
    QString resolvConfPath() const { return m_resolvConfPath; }

private:
    QString prepareNamespace(const QString& dir, QString* pasta);
    QStringList pastaArguments() const;
    QString writeResolvConf();

    QString m_dir;
    HostLoopback m_hostLoopback = HostLoopback::Unreachable;
    QString m_namespacePath;
    QString m_resolvConfPath;
    qint64 m_pastaPid = 0;
};

} // namespace sandbox
