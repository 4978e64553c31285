// OutputStream and InputStream on real pipes, without containers: chunks,
// lines (partial at EOF, over-long), spilling past the memory limit, and
// stdin's buffering, drain, EOF and a reader that goes away.
#include "sandbox/InputStream.h"
#include "sandbox/OutputStream.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace sandbox;

class TestStreams : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_spillDir;

    static void writeAll(int fd, const QByteArray& data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
            QVERIFY(n > 0);
            done += n;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::signal(SIGPIPE, SIG_IGN);
        QVERIFY(m_spillDir.isValid());
    }

    void lines_data()
    {
        QTest::addColumn<QList<QByteArray>>("writes");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("whole lines") << QList<QByteArray>{"a\nb\n"} << QList<QByteArray>{"a\n", "b\n"};
        QTest::newRow("split across chunks") << QList<QByteArray>{"al", "pha\nbe", "ta\n"}
                                             << QList<QByteArray>{"alpha\n", "beta\n"};
        QTest::newRow("partial last line at EOF") << QList<QByteArray>{"x\ny"} << QList<QByteArray>{"x\n", "y"};
        QTest::newRow("empty lines") << QList<QByteArray>{"\n\n"} << QList<QByteArray>{"\n", "\n"};
        QTest::newRow("nothing") << QList<QByteArray>{} << QList<QByteArray>{};
    }

    void lines()
    {
        QFETCH(QList<QByteArray>, writes);
        QFETCH(QList<QByteArray>, lines);
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        OutputStream stream;
        QList<QByteArray> got;
        connect(&stream, &OutputStream::lineReceived, this, [&](const QByteArray& line) { got << line; });
        stream.attach(std::move(readEnd), m_spillDir.path());
        for (const QByteArray& chunk : writes) {
            writeAll(writeEnd.get(), chunk);
            QTest::qWait(20); // separate wake-ups, separate chunks
        }
        writeEnd.reset();
        QVERIFY(stream.waitForEnd(5000));
        QCOMPARE(got, lines);
        QCOMPARE(stream.readAll(), writes.isEmpty() ? QByteArray() : QList<QByteArray>(writes).join());
    }

    void overlongLinesComeInPieces()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        OutputStream stream;
        QList<qsizetype> sizes;
        connect(&stream, &OutputStream::lineReceived, this, [&](const QByteArray& line) { sizes << line.size(); });
        stream.attach(std::move(readEnd), m_spillDir.path());
        const QByteArray line(OutputStream::kMaxLineLength + 10, 'z');
        QByteArray data = line + '\n';
        // A writer beside the event loop: the pipe is smaller than the line.
        const pid_t writer = ::fork();
        if (writer == 0) {
            readEnd.reset();
            writeAll(writeEnd.get(), data);
            _exit(0);
        }
        writeEnd.reset();
        QVERIFY(stream.waitForEnd(10000));
        QCOMPARE(sizes, (QList<qsizetype>{OutputStream::kMaxLineLength, 11}));
        ::waitpid(writer, nullptr, 0);
    }

    void spillsPastTheMemoryLimitAndKeepsEverything()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        OutputStream stream;
        stream.setMemoryLimit(64 * 1024);
        qint64 chunkBytes = 0;
        connect(&stream, &OutputStream::chunkReceived, this, [&](const QByteArray& chunk) { chunkBytes += chunk.size(); });
        stream.attach(std::move(readEnd), m_spillDir.path());
        QByteArray expected;
        for (int i = 0; i < 200000; ++i)
            expected += QByteArray::number(i) + '\n';
        const pid_t writer = ::fork();
        if (writer == 0) {
            writeAll(writeEnd.get(), expected);
            _exit(0);
        }
        writeEnd.reset();
        QVERIFY(stream.waitForEnd(20000));
        ::waitpid(writer, nullptr, 0);
        QCOMPARE(chunkBytes, expected.size());
        QCOMPARE(stream.size(), expected.size());
        QVERIFY(stream.spilledBytes() >= expected.size() - 64 * 1024);
        QVERIFY(stream.readAll() == expected);
        // The spill file is unlinked: nothing shows in the directory.
        QVERIFY(QDir(m_spillDir.path()).isEmpty());
    }

    void drainAndCloseTakesWhatIsThere()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        OutputStream stream;
        stream.attach(std::move(readEnd), m_spillDir.path());
        writeAll(writeEnd.get(), "left over");
        // The writer is still open (a stray holder): drain without waiting.
        QSignalSpy ended(&stream, &OutputStream::ended);
        stream.drainAndClose();
        QCOMPARE(stream.readAll(), QByteArray("left over"));
        QVERIFY(stream.atEnd());
        QCOMPARE(ended.size(), 1);
    }

    void inputBuffersUntilAttachedAndDrains()
    {
        InputStream input;
        input.write("before ");
        input.write("attach\n");
        QCOMPARE(input.pendingBytes(), 14);
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        QSignalSpy drained(&input, &InputStream::drained);
        input.attach(std::move(writeEnd));
        QCOMPARE(input.pendingBytes(), 0);
        QCOMPARE(drained.size(), 1);
        input.writeEof();
        QVERIFY(input.isClosed());
        char buffer[64];
        QCOMPARE(::read(readEnd.get(), buffer, sizeof buffer), ssize_t(14));
        QCOMPARE(::read(readEnd.get(), buffer, sizeof buffer), ssize_t(0)); // EOF
    }

    void inputWaitsForASlowReader()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        InputStream input;
        input.attach(std::move(writeEnd));
        const QByteArray data(4 * 1024 * 1024, 'q');
        input.write(data); // more than the pipe holds
        QVERIFY(input.pendingBytes() > 0);
        const pid_t reader = ::fork();
        if (reader == 0) {
            // Only the read end: an inherited write end would hide the EOF.
            for (int fd = 3; fd < 1024; ++fd) {
                if (fd != readEnd.get())
                    ::close(fd);
            }
            char buffer[65536];
            qint64 total = 0;
            ssize_t n;
            while ((n = ::read(readEnd.get(), buffer, sizeof buffer)) > 0)
                total += n;
            _exit(total == 4 * 1024 * 1024 ? 0 : 1);
        }
        readEnd.reset();
        QVERIFY(input.waitForDrained(20000));
        input.writeEof();
        int status = 0;
        ::waitpid(reader, &status, 0);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }

    void inputReportsAReaderThatLeft()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        InputStream input;
        input.attach(std::move(writeEnd));
        readEnd.reset();
        input.write("nobody reads this");
        QVERIFY(input.isClosed());
        QVERIFY(input.errorString().contains(QStringLiteral("17 byte(s) not delivered")));
        QVERIFY(input.waitForDrained(100)); // nothing left to wait for
    }

    void terminalEofIsABytes()
    {
        UniqueFd readEnd, writeEnd;
        QVERIFY(makePipe(&readEnd, &writeEnd));
        InputStream input;
        input.attach(std::move(writeEnd), QByteArray(1, '\x04'));
        input.write("ls\n");
        input.writeEof();
        QVERIFY(!input.isClosed()); // a terminal stays open; ^D ends the input
        char buffer[16];
        QCOMPARE(QByteArray(buffer, static_cast<int>(::read(readEnd.get(), buffer, sizeof buffer))), QByteArray("ls\n\x04"));
    }
};

QTEST_GUILESS_MAIN(TestStreams)
#include "tst_streams.moc"
