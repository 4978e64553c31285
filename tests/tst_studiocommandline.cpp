// sandbox-studio's arguments: --run, repository URLs and source files (the
// desktop entry's %U), classified against real files and repositories.
#include "TestFiles.h"
#include "desktop/StudioCommandLine.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using sandbox::OpenRequest;
using sandbox::StudioCommandLine;

Q_DECLARE_METATYPE(OpenRequest::Kind)
Q_DECLARE_METATYPE(StudioCommandLine::Action)

class TestStudioCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // "{dir}" in a table stands for the test's directory.
    QString expand(QString text) const { return text.replace(QStringLiteral("{dir}"), m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A work tree, a bare repository, a plain folder and source files.
        QVERIFY(QDir().mkpath(m_dir.filePath("work/.git")));
        QVERIFY(QDir().mkpath(m_dir.filePath("bare.git/objects")));
        QVERIFY(QDir().mkpath(m_dir.filePath("bare.git/refs")));
        QVERIFY(testsupport::writeFile(m_dir.filePath("bare.git/HEAD"), "ref: refs/heads/main\n"));
        QVERIFY(QDir().mkpath(m_dir.filePath("plain")));
        QVERIFY(testsupport::writeFile(m_dir.filePath("main.py"), "print('hi')\n"));
        QVERIFY(testsupport::writeFile(m_dir.filePath("with space.rs"), "fn main() {}\n"));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<OpenRequest::Kind>("kind");
        QTest::addColumn<QString>("target"); // empty: an error is expected
        QTest::addColumn<QString>("errorPart");

        using K = OpenRequest::Kind;
        QTest::newRow("https") << "https://example.org/a/b.git" << K::CloneRepository << "https://example.org/a/b.git" << "";
        QTest::newRow("http") << "http://127.0.0.1:8080/r" << K::CloneRepository << "http://127.0.0.1:8080/r" << "";
        QTest::newRow("git") << "git://127.0.0.1:9418/small.git" << K::CloneRepository << "git://127.0.0.1:9418/small.git" << "";
        QTest::newRow("ssh") << "ssh://git@example.org:22/x.git" << K::CloneRepository << "ssh://git@example.org:22/x.git" << "";
        QTest::newRow("scp-like") << "git@github.com:owner/repo.git" << K::CloneRepository << "git@github.com:owner/repo.git" << "";
        QTest::newRow("file url to work tree") << "file://{dir}/work" << K::CloneRepository << "{dir}/work" << "";
        QTest::newRow("file url to bare repo") << "file://{dir}/bare.git" << K::CloneRepository << "{dir}/bare.git" << "";
        QTest::newRow("path to work tree") << "{dir}/work/" << K::CloneRepository << "{dir}/work" << "";
        QTest::newRow("relative repo") << "bare.git" << K::CloneRepository << "{dir}/bare.git" << "";
        QTest::newRow("file url to source") << "file://{dir}/main.py" << K::SourceFile << "{dir}/main.py" << "";
        QTest::newRow("file url, escaped space") << "file://{dir}/with%20space.rs" << K::SourceFile << "{dir}/with space.rs" << "";
        QTest::newRow("localhost file url") << "file://localhost{dir}/main.py" << K::SourceFile << "{dir}/main.py" << "";
        QTest::newRow("absolute source") << "{dir}/main.py" << K::SourceFile << "{dir}/main.py" << "";
        QTest::newRow("relative source") << "./main.py" << K::SourceFile << "{dir}/main.py" << "";

        QTest::newRow("missing file") << "{dir}/nope.py" << K::SourceFile << "" << "no such file";
        QTest::newRow("missing file url") << "file://{dir}/nope.py" << K::SourceFile << "" << "no such file";
        QTest::newRow("plain folder") << "{dir}/plain" << K::SourceFile << "" << "not a git repository";
        QTest::newRow("device") << "/dev/null" << K::SourceFile << "" << "not a regular file";
        QTest::newRow("remote file url") << "file://otherhost/etc/passwd" << K::SourceFile << "" << "another computer";
        QTest::newRow("ftp") << "ftp://example.org/x" << K::SourceFile << "" << "unsupported URL scheme \"ftp\"";
        QTest::newRow("javascript") << "javascript://x" << K::SourceFile << "" << "unsupported URL scheme";
        QTest::newRow("no host") << "https:///x.git" << K::SourceFile << "" << "x.git: ";
        QTest::newRow("empty") << "" << K::SourceFile << "" << "empty argument";
    }

    void classify()
    {
        QFETCH(QString, argument);
        QFETCH(OpenRequest::Kind, kind);
        QFETCH(QString, target);
        QFETCH(QString, errorPart);
        QString error;
        const OpenRequest request = sandbox::classifyOpenArgument(expand(argument), m_dir.path(), &error);
        if (target.isEmpty()) {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            // The message names what was given.
            if (!argument.isEmpty())
                QVERIFY2(error.contains(expand(argument)), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(request.kind, kind);
        QCOMPARE(request.target, expand(target));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<StudioCommandLine::Action>("action");
        QTest::addColumn<QString>("runSpec");
        QTest::addColumn<int>("opened");
        QTest::addColumn<QString>("errorPart");

        using A = StudioCommandLine::Action;
        QTest::newRow("nothing") << QStringList{} << A::OpenWindow << "" << 0 << "";
        QTest::newRow("help") << QStringList{"--help"} << A::ShowHelp << "" << 0 << "";
        QTest::newRow("version") << QStringList{"-v"} << A::ShowVersion << "" << 0 << "";
        QTest::newRow("run relative") << QStringList{"--run", "spec.json"} << A::OpenWindow << "{dir}/spec.json" << 0 << "";
        QTest::newRow("run equals") << QStringList{"--run={dir}/s.json"} << A::OpenWindow << "{dir}/s.json" << 0 << "";
        QTest::newRow("run and file") << QStringList{"--run", "s.json", "main.py"} << A::OpenWindow << "{dir}/s.json" << 1 << "";
        QTest::newRow("%U with two") << QStringList{"git://127.0.0.1/x.git", "{dir}/main.py"} << A::OpenWindow << "" << 2 << "";
        QTest::newRow("one bad of two") << QStringList{"{dir}/nope.py", "{dir}/main.py"} << A::OpenWindow << "" << 1 << "nope.py: no such file";
        QTest::newRow("run without file") << QStringList{"--run"} << A::Invalid << "" << 0 << "Missing value after '--run'";
        QTest::newRow("run empty") << QStringList{"--run", ""} << A::Invalid << "" << 0 << "--run: the spec file name is empty";
        QTest::newRow("run twice") << QStringList{"--run", "a", "--run", "b"} << A::Invalid << "" << 0 << "one spec file";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << A::Invalid << "" << 0 << "frobnicate";
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(StudioCommandLine::Action, action);
        QFETCH(QString, runSpec);
        QFETCH(int, opened);
        QFETCH(QString, errorPart);
        QStringList expanded{QStringLiteral("sandbox-studio")};
        for (const QString& argument : arguments)
            expanded << expand(argument);
        const StudioCommandLine result = StudioCommandLine::parse(expanded, m_dir.path());
        QCOMPARE(result.action, action);
        QCOMPARE(result.runSpec, expand(runSpec));
        QCOMPARE(result.open.size(), opened);
        if (errorPart.isEmpty())
            QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join('\n')));
        else
            QVERIFY2(result.errors.join('\n').contains(errorPart), qPrintable(result.errors.join('\n')));
        QVERIFY(result.helpText.contains("--run"));
    }

    void readSourceFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("utf-8") << QByteArray("print('grüße')\n") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\0\0\0", 7) << "binary";
        QTest::newRow("latin-1") << QByteArray("caf\xe9\n") << "not UTF-8";
        QTest::newRow("too large") << QByteArray(sandbox::kMaxSourceFileBytes + 1, 'a') << "larger than 4 MiB";
    }

    void readSourceFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const QString path = m_dir.filePath("file.txt");
        QVERIFY(testsupport::writeFile(path, bytes));
        QString error;
        const QString text = sandbox::readSourceFile(path, &error);
        if (errorPart.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(text.toUtf8(), bytes);
        } else {
            QVERIFY2(error.contains(errorPart) && error.contains(path), qPrintable(error));
        }
    }

    void unreadableSourceFile()
    {
        QString error;
        sandbox::readSourceFile(m_dir.filePath("missing.py"), &error);
        QVERIFY2(error.contains("cannot read") && error.contains("missing.py"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStudioCommandLine)
#include "tst_studiocommandline.moc"
