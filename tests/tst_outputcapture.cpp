// The capped output the history keeps.
#include "history/OutputCapture.h"

#include <QTest>

using sandbox::OutputCapture;

class TestOutputCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingUnderTheLimit()
    {
        OutputCapture capture(100);
        capture.appendStdout("out\n");
        capture.appendStderr("err\n");
        QCOMPARE(capture.contents(), QByteArray("out\n\x1b[31merr\n\x1b[0m"));
        QCOMPARE(capture.totalBytes(), 8);
        QVERIFY(!capture.truncated());
    }

    void keepsHeadAndTailOfAFlood_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("one byte writes") << 1;
        QTest::newRow("4 KiB writes") << 4096;
        QTest::newRow("one big write") << 1000000;
    }

    void keepsHeadAndTailOfAFlood()
    {
        QFETCH(int, chunk);
        const qsizetype limit = 10000;
        OutputCapture capture(limit);
        QByteArray all;
        for (int i = 0; all.size() < 1000000; ++i)
            all += QByteArray::number(i) + '\n';
        for (qsizetype at = 0; at < all.size(); at += chunk)
            capture.appendStdout(all.mid(at, chunk));
        QCOMPARE(capture.totalBytes(), all.size());
        QVERIFY(capture.truncated());
        const QByteArray kept = capture.contents();
        QVERIFY(kept.startsWith(all.left(limit / 2)));
        QVERIFY(kept.endsWith(all.right(limit / 2)));
        const QByteArray note = "[... " + QByteArray::number(all.size() - limit) + " bytes of output left out ...]";
        QVERIFY2(kept.contains(note), kept.mid(limit / 2, 80).constData());
        QVERIFY(kept.size() < limit + 100);
    }
};

QTEST_GUILESS_MAIN(TestOutputCapture)
#include "tst_outputcapture.moc"
