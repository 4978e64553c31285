// Finding the cgroup v2 subtree systemd delegates to a user, on a directory
// tree laid out and owned as systemd leaves it (this host runs cgroup v1,
// so the live case cannot run here). Ownership is real: the test chowns
// the user's part of the tree to another uid, so it needs root.
#include "sandbox/CgroupDelegation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uid_t kUser = 4242;
const QString kService = QStringLiteral("user.slice/user-4242.slice/user@4242.service");
const QString kOwn = QStringLiteral("/") + kService + QStringLiteral("/app.slice/term.scope");

} // namespace

class TestCgroupDelegation : public QObject
{
    Q_OBJECT

private:
    // Every directory from the root down to the process's own cgroup with
    // the kernel's files; from the service down owned by the user, as
    // systemd's Delegate=yes does.
    void layOut(const QString& root, const QString& controllers, bool controlFileOwned)
    {
        QString dir = root;
        for (const QString& part : kOwn.mid(1).split(QLatin1Char('/'))) {
            dir += QLatin1Char('/') + part;
            QVERIFY(QDir().mkpath(dir));
            const bool delegated = dir.startsWith(root + QLatin1Char('/') + kService);
            for (const char* name : {"cgroup.procs", "cgroup.subtree_control", "cgroup.controllers"}) {
                QFile file(dir + QLatin1Char('/') + QLatin1String(name));
                QVERIFY(file.open(QIODevice::WriteOnly));
                if (qstrcmp(name, "cgroup.controllers") == 0)
                    file.write(controllers.toLatin1() + '\n');
                file.close();
                const bool owned = delegated && (controlFileOwned || qstrcmp(name, "cgroup.subtree_control") != 0);
                QCOMPARE(::chown(QFile::encodeName(file.fileName()).constData(), owned ? kUser : 0, 0), 0);
                QCOMPARE(::chmod(QFile::encodeName(file.fileName()).constData(), 0644), 0);
            }
            QCOMPARE(::chown(QFile::encodeName(dir).constData(), delegated ? kUser : 0, 0), 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give parts of the test tree to another user");
    }

    void ownCgroupIsTheUnifiedLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("own");
        QTest::newRow("pure v2") << QByteArray("0::/user.slice/u.scope\n") << QStringLiteral("/user.slice/u.scope");
        QTest::newRow("hybrid") << QByteArray("12:memory:/x\n1:name=systemd:/y\n0::/z\n") << QStringLiteral("/z");
        QTest::newRow("v1 only") << QByteArray("12:memory:/x\n") << QString();
    }

    void ownCgroupIsTheUnifiedLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, own);
        QCOMPARE(sandbox::cgroup::ownCgroupFromProcFile(text), own);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("controllers");
        QTest::addColumn<bool>("controlFileOwned");
        QTest::addColumn<QString>("own");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("problem");
        QTest::newRow("systemd user session") << QStringLiteral("cpuset cpu io memory pids") << true << kOwn << true
                                              << QString();
        QTest::newRow("memory not delegated") << QStringLiteral("cpu pids") << true << kOwn << false
                                              << QStringLiteral("lacks the controllers memory");
        QTest::newRow("subtree_control not handed over") << QStringLiteral("cpu memory pids") << false << kOwn << false
                                                         << QStringLiteral("cgroup.subtree_control is not writable");
        QTest::newRow("a cgroup of root's") << QStringLiteral("cpu memory pids") << true
                                            << QStringLiteral("/system.slice") << false
                                            << QStringLiteral("no cgroup on the way");
        QTest::newRow("no cgroup") << QStringLiteral("cpu memory pids") << true << QString() << false
                                   << QStringLiteral("in no cgroup v2 hierarchy");
    }

    void finds()
    {
        QFETCH(QString, controllers);
        QFETCH(bool, controlFileOwned);
        QFETCH(QString, own);
        QFETCH(bool, found);
        QFETCH(QString, problem);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        layOut(root.path(), controllers, controlFileOwned);
        QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/system.slice")));
        const sandbox::cgroup::Delegation delegation = sandbox::cgroup::findDelegation(root.path(), own, kUser);
        QCOMPARE(delegation.isValid(), found);
        if (found) {
            // The topmost directory the user owns: the service, not the
            // scope the process runs in.
            QCOMPARE(delegation.path, root.path() + QLatin1Char('/') + kService);
            QCOMPARE(delegation.relativePath, kService);
            QVERIFY(delegation.problem.isEmpty());
        } else {
            QVERIFY2(delegation.problem.contains(problem), qPrintable(delegation.problem));
        }
    }

    void preparesTheParentWithControllersOn()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        layOut(root.path(), QStringLiteral("cpu memory pids"), true);
        const auto delegation = sandbox::cgroup::findDelegation(root.path(), kOwn, kUser);
        QVERIFY(delegation.isValid());
        const QString parent = kService + QStringLiteral("/sandbox-studio-test");
        // A plain directory takes no control file, unlike cgroupfs: make
        // the one the kernel would.
        QVERIFY(QDir().mkpath(root.path() + QLatin1Char('/') + parent));
        QFile(root.path() + QLatin1Char('/') + parent + QStringLiteral("/cgroup.subtree_control")).open(QIODevice::WriteOnly);
        QCOMPARE(sandbox::cgroup::prepareDelegatedParent(delegation, root.path(), parent), QString());
        for (const QString& level : {kService, parent}) {
            QFile control(root.path() + QLatin1Char('/') + level + QStringLiteral("/cgroup.subtree_control"));
            QVERIFY(control.open(QIODevice::ReadOnly));
            QCOMPARE(control.readAll(), QByteArray("+cpu +memory +pids"));
        }
        const QString outside = QStringLiteral("system.slice/sandbox-studio-test");
        QVERIFY(sandbox::cgroup::prepareDelegatedParent(delegation, root.path(), outside)
                    .contains(QStringLiteral("not below the delegated cgroup")));
    }
};

QTEST_MAIN(TestCgroupDelegation)
#include "tst_cgroupdelegation.moc"
