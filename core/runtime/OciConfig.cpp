#include "runtime/OciConfig.h"

#include "runtime/SeccompProfile.h"

#include <QJsonArray>
#include <QSysInfo>

#include <cstring>

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
              {QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("mode=1777"),
               QStringLiteral("size=%1").arg(input.tmpBytes)}),
    };

    for (const OciBindMount& bind : input.bindMounts) {
        mounts.append(mount(bind.destination, QStringLiteral("bind"), bind.source,
                            {QStringLiteral("rbind"), bind.readOnly ? QStringLiteral("ro") : QStringLiteral("rw"),
                             QStringLiteral("nosuid"), QStringLiteral("nodev")}));
    }
    if (!input.initBinary.isEmpty()) {
        mounts.append(mount(input.initContainerPath, QStringLiteral("bind"), input.initBinary,
                            {QStringLiteral("bind"), QStringLiteral("ro"), QStringLiteral("nosuid"),
                             QStringLiteral("nodev")}));
    }

    QJsonArray namespaces;
    for (const char* type : {"pid", "network", "ipc", "uts", "mount"}) {
        QJsonObject ns{{QStringLiteral("type"), QString::fromLatin1(type)}};
        if (qstrcmp(type, "network") == 0 && !input.networkNamespacePath.isEmpty())
            ns.insert(QStringLiteral("path"), input.networkNamespacePath);
        namespaces.append(ns);
    }

    QJsonArray deviceRules{QJsonObject{{QStringLiteral("allow"), false}, {QStringLiteral("access"), QStringLiteral("rwm")}}};
    QJsonArray devices;
    for (const OciDeviceNode& device : input.devices) {
        const QString type(device.type);
        devices.append(QJsonObject{{QStringLiteral("path"), device.path},
                                   {QStringLiteral("type"), type},
                                   {QStringLiteral("major"), device.major},
                                   {QStringLiteral("minor"), device.minor},
                                   {QStringLiteral("fileMode"), device.fileMode},
                                   {QStringLiteral("uid"), 0},
                                   {QStringLiteral("gid"), 0}});
        deviceRules.append(QJsonObject{{QStringLiteral("allow"), true},
                                       {QStringLiteral("type"), type},
                                       {QStringLiteral("major"), device.major},
                                       {QStringLiteral("minor"), device.minor},
                                       {QStringLiteral("access"), device.permissions}});
    }
    QJsonObject resources{{QStringLiteral("pids"), QJsonObject{{QStringLiteral("limit"), input.pidsLimit}}},
                          {QStringLiteral("devices"), deviceRules}};
    if (input.memoryLimitBytes > 0) {
        // swap = memory + swap in OCI terms: equal means no swap escape.
        resources.insert(QStringLiteral("memory"), QJsonObject{{QStringLiteral("limit"), input.memoryLimitBytes},
                                                               {QStringLiteral("swap"), input.memoryLimitBytes}});
    }
    if (input.cpuQuotaMicros > 0) {
        resources.insert(QStringLiteral("cpu"), QJsonObject{{QStringLiteral("quota"), input.cpuQuotaMicros},
                                                            {QStringLiteral("period"), input.cpuPeriodMicros}});
    }

    QJsonObject linux{
        {QStringLiteral("namespaces"), namespaces},
        {QStringLiteral("maskedPaths"), QJsonArray::fromStringList(defaultMaskedPaths())},
        {QStringLiteral("readonlyPaths"), QJsonArray::fromStringList(defaultReadonlyPaths())},
        {QStringLiteral("resources"), resources},
    };
    if (!devices.isEmpty())
        linux.insert(QStringLiteral("devices"), devices);
    if (!input.cgroupLimits)
        linux.remove(QStringLiteral("resources"));
    if (input.seccomp)
        linux.insert(QStringLiteral("seccomp"), seccomp::defaultProfile(QSysInfo::currentCpuArchitecture()));
    if (!input.cgroupsPath.isEmpty())
        linux.insert(QStringLiteral("cgroupsPath"), input.cgroupsPath);

    QJsonObject config{
        {QStringLiteral("ociVersion"), QStringLiteral("1.0.2")},
        {QStringLiteral("process"), process},
        {QStringLiteral("root"),
         QJsonObject{{QStringLiteral("path"), input.rootfs}, {QStringLiteral("readonly"), false}}},
        {QStringLiteral("hostname"), input.hostname},
        {QStringLiteral("mounts"), mounts},
        {QStringLiteral("linux"), linux},
    };
    QJsonObject hooks;
    for (const OciHook& hook : input.hooks) {
        QJsonObject entry{{QStringLiteral("path"), hook.path}};
        if (!hook.args.isEmpty())
            entry.insert(QStringLiteral("args"), QJsonArray::fromStringList(hook.args));
        if (!hook.env.isEmpty())
            entry.insert(QStringLiteral("env"), QJsonArray::fromStringList(hook.env));
        if (hook.timeoutSeconds > 0)
            entry.insert(QStringLiteral("timeout"), hook.timeoutSeconds);
        QJsonArray stage = hooks.value(hook.stage).toArray();
        stage.append(entry);
        hooks.insert(hook.stage, stage);
    }
    if (!hooks.isEmpty())
        config.insert(QStringLiteral("hooks"), hooks);
    return config;
}

} // namespace sandbox
