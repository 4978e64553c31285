#pragma once

#include <QString>

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

    PastaNetwork() = default;
    PastaNetwork(const PastaNetwork&) = delete;
    PastaNetwork& operator=(const PastaNetwork&) = delete;
    ~PastaNetwork();

    // Path of the pasta binary, or empty when it is not installed.
    static QString findPasta();

    // Creates the namespace under `dir` and starts pasta on it. Returns an
    // empty string on success, otherwise the reason (nothing left behind).
    QString setUp(const QString& dir);
    // Removes the namespace and makes sure pasta is gone.
    void tearDown();

    QString namespacePath() const { return m_namespacePath; }
    QString resolvConfPath() const { return m_resolvConfPath; }

private:
    QString m_namespacePath;
    QString m_resolvConfPath;
    qint64 m_pastaPid = 0;
};

} // namespace sandbox
