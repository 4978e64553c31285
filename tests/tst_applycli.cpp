// `sandbox-run --keep`, `diff`, `apply` and `rm`, as a user types them:
// a run on a git repository added at /workspace is kept under its id; its
// changes come out as a patch git takes, go into a folder (all, checked
// only, or filtered by globs) and onto a new branch; rm forgets it.
#include "ApplyTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testsupport::git;

class TestApplyCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::Engine> m_engine;
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_id;

    struct Ran
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Ran sandboxRun(const QStringList& arguments, const QString& workdir = {})
    {
        QProcess process;
        if (!workdir.isEmpty())
            process.setWorkingDirectory(workdir);
        process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
        process.closeWriteChannel();
        Ran ran;
        if (process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit)
            ran.code = process.exitCode();
        ran.out = process.readAllStandardOutput();
        ran.err = process.readAllStandardError();
        return ran;
    }

    QString copyOfSource(const QString& name)
    {
        const QString copy = m_dir.filePath(name);
        return testsupport::copyTree(m_repo, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::gitSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
        m_repo = m_dir.filePath(QStringLiteral("source"));
        QVERIFY(testsupport::makeSourceRepo(m_repo));
        const Ran run = sandboxRun({"--keep", "--add-dir", m_repo + ":/workspace", "--workdir", "/workspace", "--", "sh",
                                    "-c", "echo cli >> README.md; echo x > cli.txt; rm old.txt; echo y > /root/outside"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QRegularExpressionMatch kept = QRegularExpression("kept: (\\S+)").match(QString::fromUtf8(run.err));
        QVERIFY2(kept.hasMatch(), run.err.constData());
        m_id = kept.captured(1);
    }

    void cleanupTestCase()
    {
        if (!m_id.isEmpty())
            sandboxRun({"rm", m_id});
    }

    void diffPrintsAPatchGitTakes()
    {
        const Ran diff = sandboxRun({"diff", m_id});
        QCOMPARE(diff.code, 0);
        QVERIFY2(diff.out.contains("diff --git a/README.md b/README.md") && diff.out.contains("+cli\n")
                     && diff.out.contains("deleted file mode"),
                 diff.out.constData());
        QVERIFY(!diff.out.contains("/root/outside"));
        QVERIFY2(diff.err.contains("outside the project, never applied: /root/outside"), diff.err.constData());
        const QString target = copyOfSource("for-patch");
        QVERIFY(testsupport::writeFile(m_dir.filePath("cli.patch"), diff.out));
        QVERIFY(!git(target, {"apply", "--check", m_dir.filePath("cli.patch")}).isNull());

        const Ran stat = sandboxRun({"diff", m_id, "--stat"});
        QVERIFY2(stat.out.contains(" README.md | 1 +") && stat.out.contains("3 files changed"), stat.out.constData());
        const Ran onePath = sandboxRun({"diff", m_id, "cli.txt"});
        QVERIFY(onePath.out.contains("cli.txt") && !onePath.out.contains("README.md"));
    }

    void applyWritesIntoAFolder()
    {
        const QString target = copyOfSource("for-apply");
        const QStringList before = testsupport::treeListing(target);
        const Ran check = sandboxRun({"apply", m_id, "--to", target, "--check"});
        QCOMPARE(check.code, 0);
        QCOMPARE(testsupport::treeListing(target), before);
        const Ran filtered = sandboxRun({"apply", m_id, "--to", target, "--exclude", "*.txt"});
        QVERIFY2(filtered.code == 0, filtered.err.constData());
        QVERIFY(QFileInfo::exists(target + "/old.txt"));
        QVERIFY(!QFileInfo::exists(target + "/cli.txt"));
        QVERIFY(QFile(target + "/README.md").open(QIODevice::ReadOnly));
        const Ran rest = sandboxRun({"apply", m_id, "--to", target, "--include", "*.txt"});
        QVERIFY2(rest.code == 0, rest.err.constData());
        QVERIFY(!QFileInfo::exists(target + "/old.txt"));
        QVERIFY(QFileInfo::exists(target + "/cli.txt"));
        QVERIFY2(rest.err.contains("outside the project"), rest.err.constData());
    }

    void applyCommitsToABranch()
    {
        const QString head = git(m_repo, {"rev-parse", "HEAD"});
        const Ran branch = sandboxRun({"apply", m_id, "--branch", "from-cli"});
        QVERIFY2(branch.code == 0, branch.err.constData());
        QCOMPARE(git(m_repo, {"rev-list", "--count", head + "..from-cli"}), "1");
        QCOMPARE(git(m_repo, {"rev-parse", "HEAD"}), head);
        QCOMPARE(git(m_repo, {"status", "--porcelain"}), "");
        QCOMPARE(git(m_repo, {"show", "from-cli:cli.txt"}), "x");
    }

    void badUseIsRefusedClearly()
    {
        QCOMPARE(sandboxRun({"apply", m_id}).code, 2);
        const Ran unknown = sandboxRun({"diff", "no-such-sandbox"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("no kept sandbox with the id no-such-sandbox"), unknown.err.constData());
        QCOMPARE(sandboxRun({"rm", m_id}).code, 0);
        QCOMPARE(sandboxRun({"diff", m_id}).code, 1);
        m_id.clear();
    }
};

QTEST_MAIN(TestApplyCli)
#include "tst_applycli.moc"
