// Dockerfile bases built with the real buildah, FROM a short name that a
// registries.conf (written by the test) mirrors to a docker-registry on
// loopback; Docker Hub itself is a closed loopback port, so nothing leaves
// the machine. Each run uses a data directory of its own, so the first
// build is cold.
#include "ImageTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDockerfile : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result cli(const QStringList& arguments, int timeoutMs = 600000) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTAINERS_REGISTRIES_CONF"), m_dir.filePath(QStringLiteral("registries.conf")));
        environment.insert(QStringLiteral("SANDBOX_STUDIO_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SANDBOX_RUN_BINARY), arguments);
        process.waitForFinished(timeoutMs);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& text) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }

    QStringList buildFlags() const
    {
        return {QStringLiteral("--dockerfile"), path(QStringLiteral("app/Dockerfile")), QStringLiteral("--build-arg"),
                QStringLiteral("GREETING=hi-") + m_token};
    }

    QTemporaryDir m_dir;
    testsupport::Server m_registry;
    QString m_token;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = testsupport::containerSkipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        for (const char* tool : {"docker-registry", "skopeo", "umoci", "buildah", "nsenter"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_dir.isValid());
        m_token = testsupport::randomToken();
        const QString registry = testsupport::startRegistry(m_registry, m_dir.path());
        QVERIFY(!registry.isEmpty());
        // "python:3.12-slim": a tiny rootfs (sh, cat, ls, sleep), pushed
        // where the mirror of docker.io/library/python:3.12-slim is.
        QVERIFY(testsupport::makeTinyRootfs(path(QStringLiteral("rootfs")), QStringLiteral("base-") + m_token));
        const testsupport::ShellResult made = testsupport::shell(QStringLiteral(
            "cd \"$1\"; cp -L /usr/bin/sleep rootfs/usr/bin/sleep\n"
            "umoci init --layout oci; umoci new --image oci:py\n"
            "umoci unpack --image oci:py bundle >/dev/null; cp -a rootfs/. bundle/rootfs/\n"
            "umoci repack --image oci:py bundle; rm -rf bundle\n"
            "skopeo copy --quiet --dest-tls-verify=false oci:oci:py docker://$2/library/python:3.12-slim\n"),
            {m_dir.path(), registry});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        writeFile(QStringLiteral("registries.conf"),
                  QStringLiteral("[[registry]]\nprefix = \"docker.io\"\nlocation = \"127.0.0.1:%1\"\ninsecure = true\n"
                                 "[[registry.mirror]]\nlocation = \"%2\"\ninsecure = true\n")
                      .arg(testsupport::freeLoopbackPort())
                      .arg(registry)
                      .toUtf8());
        QVERIFY(QDir().mkpath(path(QStringLiteral("app"))));
        // Multi-stage, ARG, ENV, WORKDIR, COPY, RUN; the first stage's RUN
        // stands for a slow compile (12 s).
        writeFile(QStringLiteral("app/Dockerfile"),
                  "FROM python:3.12-slim AS build\n"
                  "ARG GREETING=unset\n"
                  "ENV STAGE=build\n"
                  "WORKDIR /src\n"
                  "COPY message.txt ./\n"
                  "RUN echo \"$GREETING from $STAGE: $(cat message.txt)\" > built.txt && sleep 12\n"
                  "FROM python:3.12-slim\n"
                  "ENV APP_MODE=test\n"
                  "WORKDIR /app\n"
                  "COPY --from=build /src/built.txt ./\n"
                  "COPY late.txt ./\n"
                  "CMD [\"cat\", \"/app/built.txt\", \"/app/late.txt\"]\n");
        writeFile(QStringLiteral("app/message.txt"), "the message\n");
        writeFile(QStringLiteral("app/late.txt"), "late 1\n");
    }

    void cleanupTestCase()
    {
        const QString data = path(QStringLiteral("data/images/buildah"));
        if (QFileInfo::exists(data))
            testsupport::shell(QStringLiteral("buildah --root \"$1/root\" --runroot \"$1/run\" rmi --all --force "
                                              ">/dev/null 2>&1 || true"),
                               {data});
    }

    void buildsRunsAndRebuildsFromCache()
    {
        QElapsedTimer clock;
        clock.start();
        const Result first = cli(QStringList{QStringLiteral("images"), QStringLiteral("build")} + buildFlags());
        const qint64 firstMs = clock.elapsed();
        QVERIFY2(first.code == 0, first.err.constData());
        QVERIFY2(first.err.contains("[2/2] STEP"), first.err.constData());

        const Result run = cli(buildFlags() + QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                          QStringLiteral("cat built.txt late.txt; echo $APP_MODE; pwd; "
                                                                         "cat /etc/marker")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("hi-" + m_token.toUtf8() + " from build: the message\nlate 1\ntest\n/app\nbase-"
                                     + m_token.toUtf8() + "\n"));

        // Unchanged: resolved from the store without starting buildah.
        clock.restart();
        const Result again = cli(QStringList{QStringLiteral("images"), QStringLiteral("build")} + buildFlags());
        const qint64 againMs = clock.elapsed();
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(!again.err.contains("STEP"), again.err.constData());

        // A file only the last stage copies changed: buildah's layer cache
        // keeps the slow first stage.
        writeFile(QStringLiteral("app/late.txt"), "late 2\n");
        clock.restart();
        const Result changed = cli(QStringList{QStringLiteral("images"), QStringLiteral("build")} + buildFlags());
        const qint64 changedMs = clock.elapsed();
        QVERIFY2(changed.code == 0, changed.err.constData());
        QVERIFY2(changed.err.contains("Using cache"), changed.err.constData());
        qInfo("Dockerfile build: cold %lld ms, unchanged %lld ms (%.1f%%), last stage changed %lld ms (%.1f%%)",
              firstMs, againMs, 100.0 * double(againMs) / double(firstMs), changedMs,
              100.0 * double(changedMs) / double(firstMs));
        QVERIFY(againMs * 10 < firstMs);
        // buildah's own start, cache lookup and export take a few seconds
        // even when every layer is cached; the margin holds under load.
        QVERIFY(changedMs * 2 < firstMs);
        const Result late = cli(buildFlags() + QStringList{QStringLiteral("--"), QStringLiteral("cat"),
                                                           QStringLiteral("late.txt")});
        QCOMPARE(late.out, QByteArray("late 2\n"));
    }

    void failingInstructionIsNamed()
    {
        writeFile(QStringLiteral("app/Broken.dockerfile"), "FROM python:3.12-slim\nRUN echo fine\nRUN exit 3\n");
        const Result broken = cli({QStringLiteral("--dockerfile"), path(QStringLiteral("app/Broken.dockerfile")),
                                   QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(broken.code, 125);
        QVERIFY2(broken.err.contains("at STEP 3/3: RUN exit 3"), broken.err.constData());
    }

    void badInputFailsBeforeAnything()
    {
        const Result missing = cli({QStringLiteral("--dockerfile"), path(QStringLiteral("app/NoSuchFile")),
                                    QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("is not a file"), missing.err.constData());
        const Result both = cli({QStringLiteral("--dockerfile"), path(QStringLiteral("app/Dockerfile")),
                                 QStringLiteral("--image"), QStringLiteral("debian-slim"), QStringLiteral("--"),
                                 QStringLiteral("true")});
        QCOMPARE(both.code, 2);
        const Result orphan = cli({QStringLiteral("--build-arg"), QStringLiteral("A=1"), QStringLiteral("--"),
                                   QStringLiteral("true")});
        QCOMPARE(orphan.code, 2);
        QVERIFY2(orphan.err.contains("go with --dockerfile"), orphan.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDockerfile)
#include "tst_dockerfile.moc"
