// A sandbox's files from the host: listing and reading while it runs and,
// when kept, after it exits; what the run added, changed and deleted;
// and no path, however linked, that leads out of the sandbox.
#include "TestSupport.h"
#include "sandbox/Engine.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace sandbox;
using Kind = FileChange::Kind;

class TestSandboxFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Sandbox> m_kept;

    static const FileEntry* find(const QList<FileEntry>& entries, const QString& name)
    {
        for (const FileEntry& entry : entries) {
            if (entry.name == name)
                return &entry;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SANDBOX_INIT_ENGINE_OR_SKIP(m_engine);
        // One kept run that the tests below inspect.
        QString error;
        // host-link names a directory that exists on the host only.
        const QByteArray script = "echo hello > /root/new.txt; echo extra >> /etc/debian_version; rm /etc/issue;"
                                  "mkdir -p /root/dir/sub; echo deep > /root/dir/sub/file;"
                                  "ln -s /etc/shadow /root/shadow-link;"
                                  "ln -s ../../../../../../etc/passwd /root/climb-link;"
                                  "ln -s " + QFile::encodeName(QStringLiteral(QT_TESTCASE_SOURCEDIR)) + " /root/host-link;"
                                  "rm -rf /usr/share/doc; mkdir /usr/share/doc; touch /usr/share/doc/fresh;"
                                  "mkfifo /root/fifo";
        m_kept.reset(m_engine->createSandbox(testsupport::shellSpec(QString::fromUtf8(script)), &error));
        QVERIFY2(m_kept, qPrintable(error));
        m_kept->setKeepAfterExit(true);
        m_kept->start();
        QVERIFY(m_kept->waitForFinished(60000));
        QCOMPARE(m_kept->returnCode(), 0);
    }

    void keptSandboxListsItsFiles()
    {
        QString error;
        const QList<FileEntry> entries = m_kept->listFiles(QStringLiteral("/root"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const FileEntry* file = find(entries, QStringLiteral("new.txt"));
        QVERIFY(file);
        QCOMPARE(file->type, FileEntry::Type::File);
        QCOMPARE(file->size, 6);
        const FileEntry* dir = find(entries, QStringLiteral("dir"));
        QVERIFY(dir);
        QCOMPARE(dir->type, FileEntry::Type::Directory);
        const FileEntry* link = find(entries, QStringLiteral("shadow-link"));
        QVERIFY(link);
        QCOMPARE(link->type, FileEntry::Type::Symlink);
        QCOMPARE(link->linkTarget, QStringLiteral("/etc/shadow"));
        QVERIFY(find(m_kept->listFiles(QStringLiteral("/"), &error), QStringLiteral("etc")));
    }

    void keptSandboxReadsItsFiles()
    {
        QString error;
        QCOMPARE(m_kept->readFile(QStringLiteral("/root/new.txt"), 1 << 20, &error), QByteArray("hello\n"));
        QCOMPARE(m_kept->readFile(QStringLiteral("/root/dir/sub/file"), 1 << 20, &error), QByteArray("deep\n"));
        QCOMPARE(m_kept->readFile(QStringLiteral("/root/new.txt"), 3, &error), QByteArray("hel"));
        QVERIFY(m_kept->readFile(QStringLiteral("/etc/debian_version"), 1 << 20, &error).endsWith("extra\n"));
    }

    void linksNeverLeadOut_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sandboxFile"); // what it must read instead (empty: must fail)
        QTest::newRow("absolute link to /etc/shadow") << "/root/shadow-link" << "/etc/shadow";
        QTest::newRow("relative link climbing past /") << "/root/climb-link" << "/etc/passwd";
        QTest::newRow("dot-dot in the path") << "/../../../../etc/passwd" << "/etc/passwd";
        QTest::newRow("link to a host-only directory") << "/root/host-link/tst_sandboxfiles.cpp" << "";
    }

    void linksNeverLeadOut()
    {
        QFETCH(QString, path);
        QFETCH(QString, sandboxFile);
        QString error;
        const QByteArray got = m_kept->readFile(path, 1 << 20, &error);
        if (sandboxFile.isEmpty()) {
            QVERIFY(QFile::exists(QStringLiteral(QT_TESTCASE_SOURCEDIR "/tst_sandboxfiles.cpp"))); // on the host
            QVERIFY2(!error.isEmpty(), got.constData());
            QVERIFY(got.isEmpty());
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The image's own file, never the host's.
        QFile image(m_engine->images().rootfs(QStringLiteral("debian-slim")) + sandboxFile);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(got, image.readAll());
        QFile host(sandboxFile);
        if (host.open(QIODevice::ReadOnly) && host.size() > 0)
            QVERIFY(got != host.readAll());
    }

    void specialFilesAreNotOpened()
    {
        QString error;
        QVERIFY(m_kept->readFile(QStringLiteral("/root/fifo"), 10, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }

    void openedFilesStreamTheSameBytes()
    {
        QString error;
        const UniqueFd file = m_kept->openFile(QStringLiteral("/root/dir/sub/file"), &error);
        QVERIFY2(file.isValid(), qPrintable(error));
        char buffer[64] = {};
        QCOMPARE(::read(file.get(), buffer, sizeof buffer), ssize_t(5));
        QCOMPARE(QByteArray(buffer), QByteArray("deep\n"));
        QVERIFY(!m_kept->openFile(QStringLiteral("/root/fifo"), &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(!m_kept->openFile(QStringLiteral("/root/host-link/tst_sandboxfiles.cpp"), &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void changesFromTheUpperLayer()
    {
        QString error;
        const QList<FileChange> changes = m_kept->changes(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<FileChange> expected{
            {Kind::Modified, QStringLiteral("/etc/debian_version"), false},
            {Kind::Deleted, QStringLiteral("/etc/issue"), false},
            {Kind::Added, QStringLiteral("/root/climb-link"), false},
            {Kind::Added, QStringLiteral("/root/dir"), true},
            {Kind::Added, QStringLiteral("/root/dir/sub"), true},
            {Kind::Added, QStringLiteral("/root/dir/sub/file"), false},
            {Kind::Added, QStringLiteral("/root/fifo"), false},
            {Kind::Added, QStringLiteral("/root/host-link"), false},
            {Kind::Added, QStringLiteral("/root/new.txt"), false},
            {Kind::Added, QStringLiteral("/root/shadow-link"), false},
        };
        for (const FileChange& change : expected) {
            QVERIFY2(changes.contains(change), qPrintable(change.path));
        }
        // The replaced directory: opaque in the upper layer, so what the
        // image had there is reported deleted.
        QVERIFY(changes.contains(FileChange{Kind::Modified, QStringLiteral("/usr/share/doc"), true}));
        QVERIFY(changes.contains(FileChange{Kind::Added, QStringLiteral("/usr/share/doc/fresh"), false}));
        int deletedDocs = 0;
        for (const FileChange& change : changes) {
            if (change.kind == Kind::Deleted && change.path.startsWith(QLatin1String("/usr/share/doc/")))
                ++deletedDocs;
        }
        QVERIFY(deletedDocs > 5);
        // Nothing unchanged is reported.
        for (const FileChange& change : changes)
            QVERIFY2(!change.path.startsWith(QLatin1String("/bin")), qPrintable(change.path));
    }

    void filesWhileRunning()
    {
        QString error;
        std::unique_ptr<Sandbox> box(m_engine->createSandbox(
            testsupport::shellSpec(QStringLiteral("mkdir /data; echo live > /data/f; rm /etc/issue; echo ready; exec sleep 60")), &error));
        QVERIFY(box);
        QSignalSpy out(box.get(), &Sandbox::stdoutReceived);
        box->start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 20000);
        QCOMPARE(box->readFile(QStringLiteral("/data/f"), 100, &error), QByteArray("live\n"));
        QVERIFY(find(box->listFiles(QStringLiteral("/data"), &error), QStringLiteral("f")));
        QVERIFY(box->changes(&error).contains(FileChange{Kind::Deleted, QStringLiteral("/etc/issue"), false}));
        box->terminate();
        QVERIFY(box->waitForFinished(15000));
        // Not kept: gone at exit.
        QVERIFY(!box->filesAvailable());
        QVERIFY(box->readFile(QStringLiteral("/data/f"), 100, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void originalFilesFromTheImage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("imageFile"); // what it must read (empty: must fail)
        QTest::addColumn<QString>("problem");
        QTest::newRow("changed by the run") << "/etc/debian_version" << "/etc/debian_version" << "";
        QTest::newRow("deleted by the run") << "/etc/issue" << "/etc/issue" << "";
        QTest::newRow("through a relative link") << "/etc/os-release" << "/usr/lib/os-release" << "";
        QTest::newRow("through a linked folder") << "/lib/os-release" << "/usr/lib/os-release" << ""; // /lib -> usr/lib
        QTest::newRow("dot-dot past /") << "/../../etc/../etc/issue" << "/etc/issue" << "";
        QTest::newRow("added by the run") << "/root/new.txt" << "" << "not in the image";
        QTest::newRow("a directory") << "/etc" << "" << "not a regular file";
        QTest::newRow("below a file") << "/etc/issue/x" << "" << "not a directory";
    }

    void originalFilesFromTheImage()
    {
        QFETCH(QString, path);
        QFETCH(QString, imageFile);
        QFETCH(QString, problem);
        QString error;
        const QByteArray got = m_kept->readOriginalFile(path, 1 << 20, &error);
        if (imageFile.isEmpty()) {
            QVERIFY(got.isEmpty());
            QVERIFY2(error.contains(problem), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile image(m_engine->images().rootfs(QStringLiteral("debian-slim")) + imageFile);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(got, image.readAll());
        QVERIFY(!got.isEmpty());
        if (path == QLatin1String("/etc/debian_version"))
            QCOMPARE(m_kept->readFile(path, 1 << 20, &error), got + "extra\n");
    }

    void discardRemovesEverything()
    {
        QVERIFY(m_kept->filesAvailable());
        QVERIFY(!testsupport::engineLeftovers(*m_engine).isEmpty()); // kept: its directory and mount
        m_kept->discard();
        QVERIFY(!m_kept->filesAvailable());
        SANDBOX_VERIFY_NOTHING_LEFT(*m_engine);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFiles)
#include "tst_sandboxfiles.moc"
