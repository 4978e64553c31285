// The default seccomp profile's shape: what it refuses, how, and for which
// architectures. tst_isolation checks the same rules inside real sandboxes.
#include "runtime/OciConfig.h"
#include "runtime/SeccompProfile.h"

#include <QJsonArray>
#include <QTest>

#include <cerrno>

using namespace sandbox;

class TestSeccompProfile : public QObject
{
    Q_OBJECT

private:
    // The rules (errno and argument conditions) that name `syscall`.
    static QList<QJsonObject> rulesFor(const QJsonObject& profile, const QString& syscall)
    {
        QList<QJsonObject> found;
        for (const QJsonValue& value : profile.value(QStringLiteral("syscalls")).toArray()) {
            const QJsonObject rule = value.toObject();
            for (const QJsonValue& name : rule.value(QStringLiteral("names")).toArray()) {
                if (name.toString() == syscall)
                    found << rule;
            }
        }
        return found;
    }

private Q_SLOTS:
    void allowsByDefault()
    {
        const QJsonObject profile = seccomp::defaultProfile(QStringLiteral("x86_64"));
        QCOMPARE(profile.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("SCMP_ACT_ALLOW"));
        QVERIFY(rulesFor(profile, QStringLiteral("read")).isEmpty());
        QVERIFY(rulesFor(profile, QStringLiteral("execve")).isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("syscall");
        QTest::addColumn<int>("errnoValue");
        for (const char* name : {"mount", "umount2", "ptrace", "kexec_load", "kexec_file_load", "init_module",
                                 "finit_module", "delete_module", "keyctl", "add_key", "request_key", "bpf",
                                 "perf_event_open", "open_by_handle_at", "swapon", "swapoff", "reboot", "setns",
                                 "unshare", "userfaultfd", "pivot_root", "fsopen", "clock_settime", "pidfd_getfd",
                                 "process_madvise", "mbind", "get_mempolicy", "set_mempolicy", "migrate_pages",
                                 "move_pages", "lsm_set_self_attr", "lsm_list_modules", "ustat", "sethostname"}) {
            QTest::newRow(name) << QString::fromLatin1(name) << EPERM;
        }
        QTest::newRow("clone3 (libc falls back to clone)") << "clone3" << ENOSYS;
        for (const char* name : {"io_uring_setup", "io_uring_enter", "io_uring_register"})
            QTest::newRow(name) << QString::fromLatin1(name) << ENOSYS; // as on a kernel without io_uring
    }

    void refuses()
    {
        QFETCH(QString, syscall);
        QFETCH(int, errnoValue);
        const QList<QJsonObject> rules = rulesFor(seccomp::defaultProfile(QStringLiteral("x86_64")), syscall);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().value(QStringLiteral("action")).toString(), QStringLiteral("SCMP_ACT_ERRNO"));
        QCOMPARE(rules.first().value(QStringLiteral("errnoRet")).toInt(), errnoValue);
        QVERIFY(!rules.first().contains(QStringLiteral("args"))); // unconditional
    }

    void conditionalRules_data()
    {
        QTest::addColumn<QString>("syscall");
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("op");
        QTest::newRow("clone CLONE_NEWUSER") << "clone" << 0 << qint64(0x10000000) << "SCMP_CMP_MASKED_EQ";
        QTest::newRow("clone CLONE_NEWNS") << "clone" << 0 << qint64(0x00020000) << "SCMP_CMP_MASKED_EQ";
        QTest::newRow("clone CLONE_NEWNET") << "clone" << 0 << qint64(0x40000000) << "SCMP_CMP_MASKED_EQ";
        QTest::newRow("personality above PER_LINUX32|UNAME26") << "personality" << 0 << qint64(0x0020008) << "SCMP_CMP_GT";
        QTest::newRow("socket AF_ALG") << "socket" << 0 << qint64(38) << "SCMP_CMP_EQ";
        QTest::newRow("socket AF_VSOCK") << "socket" << 0 << qint64(40) << "SCMP_CMP_EQ";
        QTest::newRow("ioctl TIOCSTI") << "ioctl" << 1 << qint64(0x5412) << "SCMP_CMP_EQ";
    }

    void conditionalRules()
    {
        QFETCH(QString, syscall);
        QFETCH(int, index);
        QFETCH(qint64, value);
        QFETCH(QString, op);
        bool found = false;
        for (const QJsonObject& rule : rulesFor(seccomp::defaultProfile(QStringLiteral("x86_64")), syscall)) {
            const QJsonArray args = rule.value(QStringLiteral("args")).toArray();
            QCOMPARE(args.size(), 1); // every conditional rule tests one argument
            const QJsonObject arg = args.first().toObject();
            if (arg.value(QStringLiteral("index")).toInt() == index
                && arg.value(QStringLiteral("value")).toInteger() == value
                && arg.value(QStringLiteral("op")).toString() == op) {
                found = true;
                if (op == QLatin1String("SCMP_CMP_MASKED_EQ")) // any call with the bit set
                    QCOMPARE(arg.value(QStringLiteral("valueTwo")).toInteger(), value);
            }
        }
        QVERIFY(found);
    }

    // Every call Docker's default profile (moby/profiles seccomp v0.2.3, as
    // vendored by moby b985e23) refuses a container with Docker's default
    // capabilities, on x86_64, x86 and x32. Those left out are answered
    // ENOSYS by the kernel itself (never implemented) and stay with it.
    void refusesWhatDockerRefuses()
    {
        const QStringList docker = QStringLiteral(
            "_sysctl acct add_key bdflush bpf clock_settime clock_settime64 clone3 create_module delete_module "
            "fanotify_init finit_module fsconfig fsmount fsopen fspick get_kernel_syms get_mempolicy idle "
            "init_module io_uring_enter io_uring_register io_uring_setup ioperm iopl kcmp kexec_file_load "
            "kexec_load keyctl lookup_dcookie lsm_get_self_attr lsm_list_modules lsm_set_self_attr mbind "
            "migrate_pages mount mount_setattr move_mount move_pages nfsservctl nice oldfstat oldlstat "
            "oldolduname oldstat olduname open_by_handle_at open_tree perf_event_open pidfd_getfd pivot_root "
            "process_madvise query_module quotactl quotactl_fd readdir reboot request_key set_mempolicy "
            "set_mempolicy_home_node setdomainname sethostname setns settimeofday sgetmask sigaction signal "
            "sigpending sigsuspend ssetmask stime swapoff swapon sysfs syslog umount umount2 unshare uselib "
            "userfaultfd ustat vhangup vm86 vm86old").split(QLatin1Char(' '));
        const QJsonObject profile = seccomp::defaultProfile(QStringLiteral("x86_64"));
        for (const QString& name : docker) {
            const QList<QJsonObject> rules = rulesFor(profile, name);
            QVERIFY2(rules.size() == 1 && !rules.first().contains(QStringLiteral("args")), qPrintable(name));
        }
    }

    void architectures_data()
    {
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<QStringList>("architectures");
        QTest::newRow("x86_64 covers its 32-bit and x32 ABIs")
            << "x86_64" << QStringList{"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"};
        QTest::newRow("arm64 covers 32-bit ARM") << "arm64" << QStringList{"SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"};
        QTest::newRow("other: native only") << "riscv64" << QStringList{};
    }

    void architectures()
    {
        QFETCH(QString, cpu);
        QFETCH(QStringList, architectures);
        const QJsonObject profile = seccomp::defaultProfile(cpu);
        QStringList listed;
        for (const QJsonValue& value : profile.value(QStringLiteral("architectures")).toArray())
            listed << value.toString();
        QCOMPARE(listed, architectures);
    }

    void everyConfigCarriesIt()
    {
        OciConfigInput input;
        input.args = {QStringLiteral("true")};
        const QJsonObject linux = buildOciConfig(input).value(QStringLiteral("linux")).toObject();
        QCOMPARE(linux.value(QStringLiteral("seccomp")).toObject(),
                 seccomp::defaultProfile(QSysInfo::currentCpuArchitecture()));
        input.seccomp = false;
        QVERIFY(!buildOciConfig(input).value(QStringLiteral("linux")).toObject().contains(QStringLiteral("seccomp")));
    }
};

QTEST_GUILESS_MAIN(TestSeccompProfile)
#include "tst_seccompprofile.moc"
