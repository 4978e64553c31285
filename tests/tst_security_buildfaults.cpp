// Faults while an image builds: the Debian mirror failing partway through
// the download, and mmdebstrap killed partway through the install. Each
// case builds debian-slim in a data directory of its own and asserts a
// clear error naming the cause, no layer published, nothing left behind
// (mounts, processes, staging and temporary directories), and that the next
// build works. The mirror is a relay on 127.0.0.1 the test starts
// (tests/security/faulty_mirror.py) in front of the real one.
#include "ImageTestSupport.h"
#include "SecuritySupport.h"
#include "image/ImageStore.h"
#include "util/Mounts.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <unistd.h>

using namespace sandbox;
using namespace securitysupport;

namespace {

const QString kImage = QStringLiteral("debian-slim");

// Processes that work on `dir`: their command line names it, or their root
// (dpkg in the new root) or working directory lies in it.
QStringList processesIn(const QString& dir)
{
    const QByteArray dirBytes = QFile::encodeName(dir);
    const QString below = dir + QLatin1Char('/');
    return hostProcesses([&](const QString& pid, const QByteArray& cmdline, const QString& root) {
        return cmdline.contains(dirBytes) || root.startsWith(below)
               || QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget().startsWith(below);
    });
}

// A directory of its own for each case, next to the test data directory:
// the image store in images/, the builder's TMPDIR in tmp/ (the machine's
// /tmp is shared with other builds). Removed without crossing mounts: a
// leaked bind mount of /dev must not be emptied.
class DataDir
{
public:
    DataDir() : m_dir(QFileInfo(Paths::fromEnvironment().dataDir).absolutePath() + QStringLiteral("/security-build-XXXXXX"))
    {
        m_dir.setAutoRemove(false);
        QDir().mkpath(temporaryDir());
    }
    ~DataDir()
    {
        if (m_dir.isValid())
            mounts::removeTreeSafely(m_dir.path());
    }
    QString path() const { return m_dir.path(); }
    QString imagesDir() const { return m_dir.path() + QStringLiteral("/images"); }
    QString temporaryDir() const { return m_dir.path() + QStringLiteral("/tmp"); }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestSecurityBuildFaults : public QObject
{
    Q_OBJECT

private:
    QString m_cacheDir; // packages the mirror relayed, kept between runs
    int m_casesRun = 0;
    int m_casesRecovered = 0;

    // Starts the mirror relay; its URL, or empty.
    QString startMirror(testsupport::Server& server, const QString& fail, int goodPackages)
    {
        const int port = testsupport::freeLoopbackPort();
        if (port <= 0)
            return {};
        const bool up = server.start(QStringLiteral("python3"),
                                     {QStringLiteral(SECURITY_DIR "/faulty_mirror.py"), QStringLiteral("--port"),
                                      QString::number(port), QStringLiteral("--cache"), m_cacheDir,
                                      QStringLiteral("--fail"), fail, QStringLiteral("--good-packages"),
                                      QString::number(goodPackages)},
                                     port);
        return up ? QStringLiteral("http://127.0.0.1:%1/debian").arg(port) : QString();
    }

    // What a failed build left in `dataDir` or for it.
    QStringList leftovers(const DataDir& dataDir)
    {
        QStringList found;
        const QString images = dataDir.imagesDir();
        for (const char* sub : {"layers", "staging", "refs"}) {
            for (const QString& entry : QDir(images + QLatin1Char('/') + QLatin1String(sub)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
                found << QStringLiteral("%1/%2").arg(QLatin1String(sub), entry);
        }
        for (const QString& point : mounts::mountPointsUnder(dataDir.path()))
            found << QStringLiteral("mount ") + point;
        for (const QString& process : processesIn(dataDir.path()))
            found << QStringLiteral("process ") + process;
        for (const QString& file : QDir(dataDir.temporaryDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            found << QStringLiteral("temporary ") + file;
        return found;
    }

    // Builds the image in `dataDir` from `mirror`; `onProgress` sees each
    // progress report. Returns the finished build.
    std::unique_ptr<ImageBuild> build(const DataDir& dataDir, ImageStore& store, const QString& mirror,
                                      const std::function<void(int, const QString&)>& onProgress = {})
    {
        const ScopedEnv useMirror("SANDBOX_STUDIO_DEBIAN_MIRROR", mirror.toUtf8());
        const ScopedEnv temporary("TMPDIR", QFile::encodeName(dataDir.temporaryDir()));
        std::unique_ptr<ImageBuild> job(store.ensure(kImage));
        if (onProgress)
            connect(job.get(), &ImageBuild::progress, this, onProgress);
        job->waitForFinished(15 * 60 * 1000);
        return job;
    }

    void verifyNothingLeft(const DataDir& dataDir)
    {
        QStringList left;
        QTRY_VERIFY_WITH_TIMEOUT((left = leftovers(dataDir)).isEmpty(), 10000);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }

    void verifyNextBuildWorks(const DataDir& dataDir)
    {
        testsupport::Server server;
        const QString mirror = startMirror(server, QStringLiteral("none"), 0);
        QVERIFY(!mirror.isEmpty());
        ImageStore store(dataDir.imagesDir());
        const std::unique_ptr<ImageBuild> job = build(dataDir, store, mirror);
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        const ResolvedImage image = store.resolve(kImage);
        QVERIFY(image.isValid());
        QVERIFY(QFileInfo(image.lowerDirs.last() + QStringLiteral("/usr/bin/python3")).isExecutable());
        // mmdebstrap's temporary directory is not part of the layer.
        QVERIFY(!QFileInfo::exists(QFileInfo(image.lowerDirs.last()).path() + QStringLiteral("/tmp")));
        QStringList left = leftovers(dataDir);
        left = left.filter(QRegularExpression(QStringLiteral("^(staging|mount|process|temporary)")));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }

    void recovered(const QString& fault, const QString& how)
    {
        if (QTest::currentTestFailed())
            return;
        ++m_casesRecovered;
        reportContained(fault, how);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: mmdebstrap builds the image in root mode here");
        if (QStandardPaths::findExecutable(QStringLiteral("mmdebstrap")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("needs mmdebstrap and python3");
        m_cacheDir = QFileInfo(Paths::fromEnvironment().dataDir).absolutePath() + QStringLiteral("/security-mirror-cache");
        QVERIFY(QDir().mkpath(m_cacheDir));
        // The relay must reach the real mirror.
        testsupport::Server server;
        const QString mirror = startMirror(server, QStringLiteral("none"), 0);
        QVERIFY(!mirror.isEmpty());
        const testsupport::ShellResult probe = testsupport::shell(
            QStringLiteral("curl -fsS -o /dev/null %1/dists/bookworm/Release").arg(mirror), {}, 60000);
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("the Debian mirror is unreachable: ") + QString::fromUtf8(probe.output)));
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("SUMMARY: %1 build fault cases, %2 recovered cleanly").arg(m_casesRun).arg(m_casesRecovered);
    }

    void init() { ++m_casesRun; }

    void mirrorFailsPartway_data()
    {
        QTest::addColumn<QString>("fail");
        QTest::addColumn<int>("goodPackages");
        QTest::addColumn<QString>("cause"); // in apt's words, in the error
        QTest::newRow("503 for every package") << "status" << 0 << "503";
        QTest::newRow("download cut off after 40 packages") << "cut" << 40 << "Failed to fetch";
    }

    void mirrorFailsPartway()
    {
        QFETCH(QString, fail);
        QFETCH(int, goodPackages);
        QFETCH(QString, cause);
        DataDir dataDir;
        QString error;
        int reached = 0;
        {
            testsupport::Server server;
            const QString mirror = startMirror(server, fail, goodPackages);
            QVERIFY(!mirror.isEmpty());
            ImageStore store(dataDir.imagesDir());
            QElapsedTimer clock;
            clock.start();
            const std::unique_ptr<ImageBuild> job = build(dataDir, store, mirror, [&](int percent, const QString&) {
                reached = qMax(reached, percent);
            });
            QVERIFY(job->isFinished());
            QVERIFY(!job->succeeded());
            error = job->errorString();
            // The cause, named: the mirror's address, what it did, the step.
            QVERIFY2(error.contains(QStringLiteral("The Debian mirror %1 failed").arg(mirror)), qPrintable(error));
            QVERIFY2(error.contains(cause), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("mmdebstrap")), qPrintable(error));
            QVERIFY2(reached >= 15, qPrintable(QStringLiteral("failed before the download: %1 %").arg(reached)));
            QVERIFY(!store.isBuilt(kImage));
        }
        verifyNothingLeft(dataDir);
        verifyNextBuildWorks(dataDir);
        recovered(QStringLiteral("a Debian mirror that fails partway (%1) during a debian-slim build")
                      .arg(QString::fromUtf8(QTest::currentDataTag())),
                  QStringLiteral("the build failed at %1 % with \"%2\"; no layer published, nothing left; the next build worked")
                      .arg(reached)
                      .arg(error.section(QLatin1Char('\n'), 0, 1).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }

    void mmdebstrapKilledPartway()
    {
        DataDir dataDir;
        testsupport::Server server;
        const QString mirror = startMirror(server, QStringLiteral("none"), 0);
        QVERIFY(!mirror.isEmpty());
        ImageStore store(dataDir.imagesDir());
        QString killedAt;
        QStringList killed;
        int mountsAtKill = 0;
        const std::unique_ptr<ImageBuild> job = build(dataDir, store, mirror, [&](int percent, const QString& stage) {
            if (percent < 55 || !killedAt.isEmpty())
                return;
            killedAt = QStringLiteral("%1 % (%2)").arg(percent).arg(stage);
            for (const QString& process : processesIn(dataDir.path())) {
                if (process.contains(QStringLiteral("/usr/bin/mmdebstrap "))) {
                    killed << process;
                    ::kill(process.section(QLatin1Char(' '), 0, 0).toInt(), SIGKILL);
                }
            }
            mountsAtKill = static_cast<int>(mounts::mountPointsUnder(dataDir.path()).size());
        });
        QVERIFY2(!killedAt.isEmpty(), qPrintable(job->errorString()));
        QVERIFY2(!killed.isEmpty(), "mmdebstrap was not found to kill");
        QVERIFY(!job->succeeded());
        const QString error = job->errorString();
        QVERIFY2(error.contains(QStringLiteral("mmdebstrap was killed by signal 9")), qPrintable(error));
        QVERIFY(!store.isBuilt(kImage));
        verifyNothingLeft(dataDir);
        verifyNextBuildWorks(dataDir);
        recovered(QStringLiteral("mmdebstrap killed (SIGKILL) at %1 of a debian-slim build").arg(killedAt),
                  QStringLiteral("\"%1\"; its process group (apt, dpkg), %2 mounts and the staging directory went; "
                                 "no layer published; the rebuild worked")
                      .arg(error.section(QLatin1Char('\n'), 0, 0))
                      .arg(mountsAtKill));
    }
};

QTEST_GUILESS_MAIN(TestSecurityBuildFaults)
#include "tst_security_buildfaults.moc"
