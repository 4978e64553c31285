// Images pulled from a real registry: Debian's docker-registry on loopback,
// into which the test pushes (skopeo) an image it made itself (umoci) with
// two layers, a whiteout and an image config.
#include "ImageTestSupport.h"
#include "TestSupport.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

using namespace sandbox;

class TestImageRegistry : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result cli(const QStringList& arguments, int timeoutMs = 300000)
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
        process.waitForFinished(timeoutMs);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    testsupport::Server m_registry;
    QString m_reference;
    QString m_token;
    QString m_registryHost;
    const QString m_dataDir = qEnvironmentVariable("SANDBOX_STUDIO_DATA_DIR");

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        for (const char* tool : {"docker-registry", "skopeo", "umoci"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_dir.isValid());
        m_token = testsupport::randomToken();
        const QString registry = testsupport::startRegistry(m_registry, m_dir.path());
        QVERIFY(!registry.isEmpty());

        // Layer 1: a tiny rootfs with /etc/gone; layer 2 deletes it (a
        // whiteout) and adds /srv/file; the config sets env and workdir.
        const QString rootfs = m_dir.filePath(QStringLiteral("rootfs"));
        QVERIFY(testsupport::makeTinyRootfs(rootfs, QStringLiteral("registry-") + m_token));
        m_reference = registry + QStringLiteral("/team/tool:1.2");
        const testsupport::ShellResult made = testsupport::shell(QStringLiteral(
            "cd \"$1\"; echo doomed > rootfs/etc/gone; echo doomed > rootfs/etc/gone-too\n"
            "mkdir rootfs/etc/opaque; echo old > rootfs/etc/opaque/old\n"
            "umoci init --layout oci\n"
            "umoci new --image oci:1.2\n"
            "umoci unpack --image oci:1.2 bundle >/dev/null\n"
            "cp -a rootfs/. bundle/rootfs/\n"
            "umoci repack --image oci:1.2 bundle\n"
            "rm -rf bundle\n"
            "umoci unpack --image oci:1.2 bundle >/dev/null\n"
            "rm bundle/rootfs/etc/gone; mkdir -p bundle/rootfs/srv; echo layer2 > bundle/rootfs/srv/file\n"
            "umoci repack --image oci:1.2 bundle\n"
            // A hand-made layer with an opaque directory and a file whiteout.
            "mkdir -p extra/etc/opaque; touch extra/etc/opaque/.wh..wh..opq extra/etc/.wh.gone-too\n"
            "echo new > extra/etc/opaque/new; tar -C extra -cf layer3.tar etc\n"
            "umoci raw add-layer --image oci:1.2 layer3.tar\n"
            "umoci config --image oci:1.2 --config.env GREETING=hello-$2 --config.workingdir /srv "
            "--config.entrypoint cat --config.cmd /srv/file\n"
            "skopeo copy --quiet --dest-tls-verify=false oci:oci:1.2 docker://$3\n"
            // The same image as Docker Hub's python:3.12-slim, for the mirror.
            "skopeo copy --quiet --dest-tls-verify=false oci:oci:1.2 docker://$4/library/python:3.12-slim\n"),
            {m_dir.path(), m_token, m_reference, registry});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        m_registryHost = registry;
    }

    void shortNameThroughAMirror()
    {
        // docker.io is mirrored to the loopback registry; docker.io itself is
        // a closed loopback port, so nothing can leave this machine.
        const QString conf = m_dir.filePath(QStringLiteral("registries.conf"));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[[registry]]\nprefix = \"docker.io\"\nlocation = \"127.0.0.1:%1\"\ninsecure = true\n"
                                  "[[registry.mirror]]\nlocation = \"%2\"\ninsecure = true\n")
                       .arg(testsupport::freeLoopbackPort())
                       .arg(m_registryHost)
                       .toUtf8());
        file.close();
        qputenv("CONTAINERS_REGISTRIES_CONF", QFile::encodeName(conf));
        // A data directory of its own, so that each run really pulls.
        QTemporaryDir data;
        qputenv("SANDBOX_STUDIO_DATA_DIR", QFile::encodeName(data.path()));
        const Result help = cli({QStringLiteral("--help")});
        const Result run = cli({QStringLiteral("--image"), QStringLiteral("python:3.12-slim"), QStringLiteral("--"),
                                QStringLiteral("cat"), QStringLiteral("/srv/file"), QStringLiteral("/etc/marker")});

        // Ambiguity is an error that lists the candidates, before anything runs.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("unqualified-search-registries = [\"docker.io\", \"quay.io\"]\n");
        file.close();
        const Result ambiguous = cli({QStringLiteral("--image"), QStringLiteral("zz-no-alias:1"), QStringLiteral("--"),
                                      QStringLiteral("true")});
        qunsetenv("CONTAINERS_REGISTRIES_CONF");
        qputenv("SANDBOX_STUDIO_DATA_DIR", QFile::encodeName(m_dataDir));

        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("layer2\nregistry-" + m_token.toUtf8() + "\n"));
        QVERIFY2(run.err.contains("[step 1/1] pull docker.io/library/python:3.12-slim"), run.err.constData());
        // --help wraps its lines, even inside words.
        QVERIFY2(QByteArray(help.out).replace(' ', "").replace('\n', "").contains(
                     "python:3.12-slimisdocker.io/library/python:3.12-slimhere"),
                 help.out.constData());
        QCOMPARE(ambiguous.code, 2);
        QVERIFY2(ambiguous.err.contains("docker.io/library/zz-no-alias:1, quay.io/zz-no-alias:1"),
                 ambiguous.err.constData());
    }

    void pullsAndRunsWithWhiteoutsAndConfig()
    {
        QElapsedTimer clock;
        clock.start();
        const Result run = cli({QStringLiteral("--image"), m_reference, QStringLiteral("--"), QStringLiteral("sh"),
                                QStringLiteral("-c"),
                                QStringLiteral("echo $GREETING; pwd; cat /srv/file /etc/marker; "
                                               "cat /etc/gone 2>/dev/null || echo gone-is-gone; "
                                               "cat /etc/gone-too 2>/dev/null || echo gone-too-is-gone; ls /etc/opaque")});
        qInfo("registry pull + unpack + first run: %lld ms", clock.elapsed());
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("hello-" + m_token.toUtf8() + "\n/srv\nlayer2\nregistry-" + m_token.toUtf8()
                                     + "\ngone-is-gone\ngone-too-is-gone\nnew\n"));
        QVERIFY2(run.err.contains(QByteArray("[step 1/1] pull " + m_reference.toUtf8())), run.err.constData());

        // Each registry layer is its own cached layer; the whiteout is an
        // overlay whiteout (a 0/0 character device).
        Engine engine;
        const ResolvedImage image = engine.images().resolve(m_reference);
        QVERIFY(image.isValid());
        QCOMPARE(image.lowerDirs.size(), 3);
        struct stat st{};
        QCOMPARE(::lstat(QFile::encodeName(image.lowerDirs.at(1) + QStringLiteral("/etc/gone")).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        QCOMPARE(st.st_rdev, makedev(0, 0));
        char opaque[2] = {};
        QCOMPARE(::getxattr(QFile::encodeName(image.lowerDirs.at(0) + QStringLiteral("/etc/opaque")).constData(),
                            "trusted.overlay.opaque", opaque, 1),
                 ssize_t(1));
        QCOMPARE(opaque[0], 'y');
        QVERIFY(!QFileInfo::exists(image.lowerDirs.at(0) + QStringLiteral("/etc/opaque/.wh..wh..opq")));
    }

    void secondRunIsACacheHit()
    {
        Engine engine;
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ImageBuild> job(engine.images().ensure(m_reference));
        QVERIFY(job->isFinished());
        QVERIFY(job->succeeded());
        qInfo("pulled image cache hit: %lld ms", clock.elapsed());
        const Result run = cli({QStringLiteral("--image"), m_reference, QStringLiteral("--"), QStringLiteral("cat"),
                                QStringLiteral("/srv/file")});
        QCOMPARE(run.out, QByteArray("layer2\n"));
        QVERIFY2(!run.err.contains("pull"), run.err.constData());
    }

    void imageCommandIsTheDefault()
    {
        // A spec without a command runs the image's Entrypoint + Cmd.
        Engine engine;
        SandboxSpec spec;
        spec.image = m_reference;
        QString error;
        std::unique_ptr<Sandbox> box(engine.createSandbox(spec, &error));
        QVERIFY2(box, qPrintable(error));
        QByteArray out;
        connect(box.get(), &Sandbox::stdoutReceived, this, [&](const QByteArray& data) { out += data; });
        box->start();
        QVERIFY(box->waitForFinished(60000));
        QCOMPARE(box->returnCode(), 0);
        QCOMPARE(out, QByteArray("layer2\n"));
        // Without one in the image either, it is still an error.
        spec.image = QStringLiteral("debian-slim");
        QVERIFY(!engine.createSandbox(spec, &error));
        QVERIFY2(error.startsWith(QStringLiteral("command:")), qPrintable(error));
    }

    void stepsOnTopOfAPulledImage()
    {
        const Result run = cli({QStringLiteral("--image"), m_reference, QStringLiteral("--run-command"),
                                QStringLiteral("echo built-on-pull > /srv/built"), QStringLiteral("--image-env"),
                                QStringLiteral("EXTRA=1"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("cat built; echo $GREETING $EXTRA")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("built-on-pull\nhello-" + m_token.toUtf8() + " 1\n"));
    }

    void unreachableRegistryFailsClearly()
    {
        const int closedPort = testsupport::freeLoopbackPort();
        const QString reference = QStringLiteral("127.0.0.1:%1/team/tool:1.2").arg(closedPort);
        QElapsedTimer clock;
        clock.start();
        const Result run = cli({QStringLiteral("--image"), reference, QStringLiteral("--"), QStringLiteral("true")}, 180000);
        qInfo("unreachable registry reported after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 60000);
        QCOMPARE(run.code, 125);
        QVERIFY2(run.err.contains(QByteArray("pull " + reference.toUtf8())), run.err.constData());
        QVERIFY2(run.err.contains(QStringLiteral("The registry 127.0.0.1:%1 is unreachable").arg(closedPort).toUtf8()),
                 run.err.constData());
    }

    void missingTagFailsClearly()
    {
        const QString reference = m_reference.section(QLatin1Char(':'), 0, 1) + QStringLiteral(":no-such-tag");
        const Result run = cli({QStringLiteral("--image"), reference, QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.code, 125);
        QVERIFY2(run.err.contains(QByteArray("pull " + reference.toUtf8())), run.err.constData());
        QVERIFY2(run.err.contains("manifest unknown"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImageRegistry)
#include "tst_imageregistry.moc"
