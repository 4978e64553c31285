#include "runtime/SeccompProfile.h"

#include <QJsonArray>

#include <cerrno>

namespace sandbox::seccomp {

namespace {

// clone(2) flags that make namespaces; refused like unshare(2).
constexpr qint64 kNamespaceFlags[] = {
    0x00020000, // CLONE_NEWNS
    0x02000000, // CLONE_NEWCGROUP
    0x04000000, // CLONE_NEWUTS
    0x08000000, // CLONE_NEWIPC
    0x10000000, // CLONE_NEWUSER
    0x20000000, // CLONE_NEWPID
    0x40000000, // CLONE_NEWNET
};
// personality(2): every value above PER_LINUX32 | UNAME26 carries a flag
// that weakens the process (ADDR_NO_RANDOMIZE, READ_IMPLIES_EXEC,
// MMAP_PAGE_ZERO, ADDR_COMPAT_LAYOUT, ...). Docker allows 0, 8, 0x20000,
// 0x20008 and the query 0xffffffff; the query is refused here too, since one
// comparison cannot tell it from a value with all flags set.
constexpr qint64 kPersonalityHighest = 0x0020008;
// socket(2) families Docker refuses: the kernel crypto API (AF_ALG) and
// sockets to the hypervisor (AF_VSOCK), neither of which a network
// namespace isolates.
constexpr qint64 kRefusedFamilies[] = {38 /* AF_ALG */, 40 /* AF_VSOCK */};
constexpr qint64 kTiocsti = 0x5412;   // push bytes into a terminal's input
constexpr qint64 kTioclinux = 0x541C; // console selection and pasting

QJsonObject rule(const QStringList& names, int errnoValue, const QJsonArray& args = {})
{
    QJsonObject object{{QStringLiteral("names"), QJsonArray::fromStringList(names)},
                       {QStringLiteral("action"), QStringLiteral("SCMP_ACT_ERRNO")},
                       {QStringLiteral("errnoRet"), errnoValue}};
    if (!args.isEmpty())
        object.insert(QStringLiteral("args"), args);
    return object;
}

QJsonObject argument(int index, qint64 value, qint64 valueTwo, const QString& op)
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("valueTwo"), valueTwo},
                       {QStringLiteral("op"), op}};
}

} // namespace

QStringList blockedSyscalls()
{
    return {
        // file systems and namespaces
        QStringLiteral("mount"), QStringLiteral("umount"), QStringLiteral("umount2"),
        QStringLiteral("pivot_root"), QStringLiteral("move_mount"), QStringLiteral("open_tree"),
        QStringLiteral("fsopen"), QStringLiteral("fsconfig"), QStringLiteral("fsmount"),
        QStringLiteral("fspick"), QStringLiteral("mount_setattr"), QStringLiteral("setns"),
        QStringLiteral("unshare"), QStringLiteral("quotactl"), QStringLiteral("quotactl_fd"),
        QStringLiteral("open_by_handle_at"), QStringLiteral("name_to_handle_at"),
        QStringLiteral("swapon"), QStringLiteral("swapoff"), QStringLiteral("acct"),
        // other processes and the kernel itself
        QStringLiteral("ptrace"), QStringLiteral("process_vm_readv"), QStringLiteral("process_vm_writev"),
        QStringLiteral("kcmp"), QStringLiteral("kexec_load"), QStringLiteral("kexec_file_load"),
        QStringLiteral("init_module"), QStringLiteral("finit_module"), QStringLiteral("delete_module"),
        QStringLiteral("create_module"), QStringLiteral("get_kernel_syms"), QStringLiteral("query_module"),
        QStringLiteral("reboot"), QStringLiteral("syslog"), QStringLiteral("uselib"),
        QStringLiteral("nfsservctl"), QStringLiteral("_sysctl"), QStringLiteral("sysfs"),
        QStringLiteral("lookup_dcookie"), QStringLiteral("iopl"), QStringLiteral("ioperm"),
        QStringLiteral("vhangup"), QStringLiteral("bdflush"), QStringLiteral("idle"),
        QStringLiteral("ustat"), QStringLiteral("vm86"), QStringLiteral("vm86old"),
        QStringLiteral("sethostname"), QStringLiteral("setdomainname"),
        // reaching into other processes by descriptor or advice
        QStringLiteral("pidfd_getfd"), QStringLiteral("process_madvise"),
        // NUMA placement (Docker: CAP_SYS_NICE only)
        QStringLiteral("mbind"), QStringLiteral("get_mempolicy"), QStringLiteral("set_mempolicy"),
        QStringLiteral("set_mempolicy_home_node"), QStringLiteral("migrate_pages"), QStringLiteral("move_pages"),
        // the LSM attribute calls (Docker: CAP_SYS_ADMIN only)
        QStringLiteral("lsm_get_self_attr"), QStringLiteral("lsm_set_self_attr"),
        QStringLiteral("lsm_list_modules"),
        // i386 leftovers that newer calls replaced (Docker refuses them too)
        QStringLiteral("nice"), QStringLiteral("signal"), QStringLiteral("sigaction"),
        QStringLiteral("sigpending"), QStringLiteral("sigsuspend"), QStringLiteral("sgetmask"),
        QStringLiteral("ssetmask"), QStringLiteral("readdir"), QStringLiteral("oldstat"),
        QStringLiteral("oldfstat"), QStringLiteral("oldlstat"), QStringLiteral("olduname"),
        QStringLiteral("oldolduname"),
        // keyrings, BPF, perf, page-fault handling
        QStringLiteral("keyctl"), QStringLiteral("add_key"), QStringLiteral("request_key"),
        QStringLiteral("bpf"), QStringLiteral("perf_event_open"), QStringLiteral("userfaultfd"),
        QStringLiteral("fanotify_init"),
        // the clock
        QStringLiteral("settimeofday"), QStringLiteral("stime"), QStringLiteral("clock_settime"),
        QStringLiteral("clock_settime64"), QStringLiteral("clock_adjtime"), QStringLiteral("clock_adjtime64"),
        QStringLiteral("adjtimex"),
    };
}

QStringList architecturesFor(const QString& cpuArchitecture)
{
    if (cpuArchitecture == QLatin1String("x86_64"))
        return {QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_X86"), QStringLiteral("SCMP_ARCH_X32")};
    if (cpuArchitecture == QLatin1String("i386"))
        return {QStringLiteral("SCMP_ARCH_X86")};
    if (cpuArchitecture == QLatin1String("arm64"))
        return {QStringLiteral("SCMP_ARCH_AARCH64"), QStringLiteral("SCMP_ARCH_ARM")};
    if (cpuArchitecture == QLatin1String("arm"))
        return {QStringLiteral("SCMP_ARCH_ARM")};
    return {}; // the runtime's native architecture only
}

QStringList absentSyscalls()
{
    // clone3 passes its flags in memory, out of seccomp's sight: ENOSYS
    // makes libc fall back to clone, whose flags are checked below.
    // io_uring: ENOSYS is what a kernel without io_uring answers, so every
    // program takes its epoll / thread-pool path instead of failing.
    return {QStringLiteral("clone3"), QStringLiteral("io_uring_setup"), QStringLiteral("io_uring_enter"),
            QStringLiteral("io_uring_register")};
}

QJsonObject defaultProfile(const QString& cpuArchitecture)
{
    QJsonArray syscalls{rule(blockedSyscalls(), EPERM), rule(absentSyscalls(), ENOSYS)};
    const QString maskedEqual = QStringLiteral("SCMP_CMP_MASKED_EQ");
    for (const qint64 flag : kNamespaceFlags)
        syscalls.append(rule({QStringLiteral("clone")}, EPERM, {argument(0, flag, flag, maskedEqual)}));
    syscalls.append(rule({QStringLiteral("personality")}, EPERM,
                         {argument(0, kPersonalityHighest, 0, QStringLiteral("SCMP_CMP_GT"))}));
    for (const qint64 family : kRefusedFamilies)
        syscalls.append(rule({QStringLiteral("socket")}, EPERM, {argument(0, family, 0, QStringLiteral("SCMP_CMP_EQ"))}));
    for (const qint64 request : {kTiocsti, kTioclinux}) {
        syscalls.append(rule({QStringLiteral("ioctl")}, EPERM,
                             {argument(1, request, 0, QStringLiteral("SCMP_CMP_EQ"))}));
    }
    QJsonObject profile{{QStringLiteral("defaultAction"), QStringLiteral("SCMP_ACT_ALLOW")},
                        {QStringLiteral("syscalls"), syscalls}};
    if (const QStringList architectures = architecturesFor(cpuArchitecture); !architectures.isEmpty())
        profile.insert(QStringLiteral("architectures"), QJsonArray::fromStringList(architectures));
    return profile;
}

} // namespace sandbox::seccomp
