#pragma once

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace sandbox {

class SecretStore;
class VolumeStore;

// `sandbox-run volumes ...` and `sandbox-run secrets ...`: manage what
// sandboxes mount and inject, without starting one.
struct StoreCommandIo
{
    std::function<QByteArray()> readStdin;
    std::function<void(const QByteArray&)> writeOut;
    std::function<void(const QString&)> sayError;
};

// Exit code: 0 done, 1 failed (reason said), 2 bad usage.
int runVolumesCommand(const QStringList& arguments, VolumeStore& volumes, const StoreCommandIo& io);
int runSecretsCommand(const QStringList& arguments, SecretStore& secrets, const StoreCommandIo& io);

} // namespace sandbox
