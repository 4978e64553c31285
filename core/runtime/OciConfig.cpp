#include "runtime/OciConfig.h"

#include "runtime/SeccompProfile.h"

#include <QJsonArray>
#include <QSysInfo>

namespace sandbox {

namespace {

QJsonObject mount(const QString& destination, const QString& type, const QString& source,
                  const QStringList& options)
{
    return QJsonObject{{QStringLiteral("destination"), destination},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("options"), QJsonArray::fromStringList(options)}};
}

QJsonObject rlimit(const QString& type, qint64 value)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("hard"), value},
                       {QStringLiteral("soft"), value}};
}

} // namespace

QStringList defaultCapabilities()
{
    return {QStringLiteral("CAP_CHOWN"),      QStringLiteral("CAP_DAC_OVERRIDE"),
            QStringLiteral("CAP_FSETID"),     QStringLiteral("CAP_FOWNER"),
            QStringLiteral("CAP_SETGID"),     QStringLiteral("CAP_SETUID"),
            QStringLiteral("CAP_SETFCAP"),    QStringLiteral("CAP_SETPCAP"),
            QStringLiteral("CAP_NET_BIND_SERVICE"), QStringLiteral("CAP_SYS_CHROOT"),
            QStringLiteral("CAP_KILL"),       QStringLiteral("CAP_AUDIT_WRITE")};
}

QStringList defaultMaskedPaths()
{
    return {QStringLiteral("/proc/acpi"),          QStringLiteral("/proc/asound"),
            QStringLiteral("/proc/kcore"),         QStringLiteral("/proc/keys"),
            QStringLiteral("/proc/latency_stats"), QStringLiteral("/proc/timer_list"),
            QStringLiteral("/proc/timer_stats"),   QStringLiteral("/proc/sched_debug"),
            QStringLiteral("/proc/scsi"),          QStringLiteral("/sys/firmware"),
            QStringLiteral("/sys/devices/virtual/powercap")};
}

QStringList defaultReadonlyPaths()
{
    return {QStringLiteral("/proc/bus"),  QStringLiteral("/proc/fs"),
            QStringLiteral("/proc/irq"),  QStringLiteral("/proc/sys"),
            QStringLiteral("/proc/sysrq-trigger")};
}

QJsonObject buildOciConfig(const OciConfigInput& input)
{
    QJsonArray env;
    for (auto it = input.env.cbegin(); it != input.env.cend(); ++it)
        env.append(QString(it.key() + QLatin1Char('=') + it.value()));

    const QJsonArray capabilities = QJsonArray::fromStringList(defaultCapabilities());
    QJsonObject process{
        {QStringLiteral("terminal"), input.terminal},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("uid"), 0}, {QStringLiteral("gid"), 0}}},
        {QStringLiteral("args"), QJsonArray::fromStringList(input.args)},
        {QStringLiteral("env"), env},
        {QStringLiteral("cwd"), input.cwd},
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("bounding"), capabilities},
                     {QStringLiteral("effective"), capabilities},
                     {QStringLiteral("permitted"), capabilities}}},
        {QStringLiteral("rlimits"),
         QJsonArray{rlimit(QStringLiteral("RLIMIT_NOFILE"), input.nofileLimit)}},
        {QStringLiteral("noNewPrivileges"), true},
    };

    if (input.terminal) {
        process.insert(QStringLiteral("consoleSize"),
                       QJsonObject{{QStringLiteral("width"), input.terminalColumns},
                                   {QStringLiteral("height"), input.terminalRows}});
    }

    const QStringList nosuidNoexecNodev{QStringLiteral("nosuid"), QStringLiteral("noexec"),
                                        QStringLiteral("nodev")};
    // No cgroup mount: a sandbox has no business seeing the host's cgroup
    // tree, and runc fails to bind it inside the build root anyway.
    QJsonArray mounts{
        mount(QStringLiteral("/proc"), QStringLiteral("proc"), QStringLiteral("proc"), {}),
        mount(QStringLiteral("/dev"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
              {QStringLiteral("nosuid"), QStringLiteral("strictatime"), QStringLiteral("mode=755"),
               QStringLiteral("size=65536k")}),
        mount(QStringLiteral("/dev/pts"), QStringLiteral("devpts"), QStringLiteral("devpts"),
              {QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("newinstance"),
               QStringLiteral("ptmxmode=0666"), QStringLiteral("mode=0620")}),
        mount(QStringLiteral("/dev/shm"), QStringLiteral("tmpfs"), QStringLiteral("shm"),
              nosuidNoexecNodev + QStringList{QStringLiteral("mode=1777"), QStringLiteral("size=65536k")}),
        mount(QStringLiteral("/dev/mqueue"), QStringLiteral("mqueue"), QStringLiteral("mqueue"),
              nosuidNoexecNodev),
        mount(QStringLiteral("/sys"), QStringLiteral("sysfs"), QStringLiteral("sysfs"),
              nosuidNoexecNodev + QStringList{QStringLiteral("ro")}),
        mount(QStringLiteral("/tmp"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
              {QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("mode=1777")}),
    };

    if (!input.initBinary.isEmpty()) {
        mounts.append(mount(input.initContainerPath, QStringLiteral("bind"), input.initBinary,
                            {QStringLiteral("bind"), QStringLiteral("ro"), QStringLiteral("nosuid"),
                             QStringLiteral("nodev")}));
    }

    QJsonArray namespaces;
    for (const char* type : {"pid", "network", "ipc", "uts", "mount"})
        namespaces.append(QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)}});

    QJsonObject linux{
        {QStringLiteral("namespaces"), namespaces},
        {QStringLiteral("maskedPaths"), QJsonArray::fromStringList(defaultMaskedPaths())},
        {QStringLiteral("readonlyPaths"), QJsonArray::fromStringList(defaultReadonlyPaths())},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("pids"), QJsonObject{{QStringLiteral("limit"), input.pidsLimit}}},
                     {QStringLiteral("devices"),
                      QJsonArray{QJsonObject{{QStringLiteral("allow"), false},
                                             {QStringLiteral("access"), QStringLiteral("rwm")}}}}}},
    };
    if (!input.cgroupLimits)
        linux.remove(QStringLiteral("resources"));
    if (input.seccomp)
        linux.insert(QStringLiteral("seccomp"), seccomp::defaultProfile(QSysInfo::currentCpuArchitecture()));
    if (!input.cgroupsPath.isEmpty())
        linux.insert(QStringLiteral("cgroupsPath"), input.cgroupsPath);

    return QJsonObject{
        {QStringLiteral("ociVersion"), QStringLiteral("1.0.2")},
        {QStringLiteral("process"), process},
        {QStringLiteral("root"),
         QJsonObject{{QStringLiteral("path"), input.rootfs}, {QStringLiteral("readonly"), false}}},
        {QStringLiteral("hostname"), input.hostname},
        {QStringLiteral("mounts"), mounts},
        {QStringLiteral("linux"), linux},
    };
}

} // namespace sandbox
