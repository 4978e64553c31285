// Runs persisted under the data directory and read back by a new instance.
#include "history/RunHistory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sandbox::RunHistory;
using sandbox::RunRecord;

class TestRunHistory : public QObject
{
    Q_OBJECT

private:
    static RunRecord record(const QString& command, int exitCode, const QDateTime& at)
    {
        RunRecord r;
        r.spec.command = {"sh", "-c", command};
        r.spec.env = {{"A", "1"}};
        r.spec.timeoutSeconds = 9;
        r.startedAt = at;
        r.durationMs = 1234;
        r.exitCode = exitCode;
        r.reason = "exited";
        r.outputBytes = 6;
        return r;
    }

private Q_SLOTS:
    void survivesANewInstance()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime::fromString("2026-11-26T03:00:00.000Z", Qt::ISODateWithMs);
        {
            RunHistory history(dir.filePath("history"));
            RunRecord first = record("echo one", 0, t0);
            RunRecord second = record("echo two; exit 3", 3, t0.addSecs(5));
            second.outputTruncated = true;
            QString error;
            QVERIFY2(history.add(first, "one\n", &error), qPrintable(error));
            QVERIFY(history.add(second, "two\n\x1b[31merr\x1b[0m", &error));
            QVERIFY(!first.id.isEmpty() && first.id != second.id);
        }
        RunHistory reopened(dir.filePath("history"));
        const QList<RunRecord> runs = reopened.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].spec.command.last(), "echo two; exit 3"); // newest first
        QCOMPARE(runs[0].exitCode, 3);
        QCOMPARE(runs[0].durationMs, 1234);
        QCOMPARE(runs[0].reason, "exited");
        QCOMPARE(runs[0].startedAt, t0.addSecs(5));
        QVERIFY(runs[0].outputTruncated);
        QCOMPARE(runs[0].spec.env.value("A"), "1");
        QCOMPARE(runs[0].spec.timeoutSeconds, 9);
        QCOMPARE(reopened.output(runs[0].id), QByteArray("two\n\x1b[31merr\x1b[0m"));
        QCOMPARE(reopened.output(runs[1].id), QByteArray("one\n"));
        QVERIFY(reopened.remove(runs[1].id));
        QCOMPARE(reopened.runs().size(), 1);
    }

    void skipsDamagedEntriesAndRejectsBadIds()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        RunRecord r = record("true", 0, QDateTime::currentDateTimeUtc());
        QVERIFY(history.add(r, {}));
        QVERIFY(QDir().mkpath(dir.filePath("20260101-000000000-abcd")));
        QFile broken(dir.filePath("20260101-000000000-abcd/run.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        QVERIFY(QDir().mkpath(dir.filePath("not-a-run")));
        QCOMPARE(history.runs().size(), 1);
        QVERIFY(history.output("../etc").isEmpty());
        QVERIFY(!history.remove("../" + QFileInfo(dir.path()).fileName()));
        QVERIFY(QFileInfo::exists(dir.path()));
    }

    void keepsOnlyTheNewest()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < RunHistory::kMaxRuns + 3; ++i) {
            RunRecord r = record(QString::number(i), 0, t0.addSecs(i));
            QVERIFY(history.add(r, {}));
        }
        const QList<RunRecord> runs = history.runs();
        QCOMPARE(runs.size(), RunHistory::kMaxRuns);
        QCOMPARE(runs.first().spec.command.last(), QString::number(RunHistory::kMaxRuns + 2));
        QCOMPARE(runs.last().spec.command.last(), "3");
    }

    void unwritableDirectoryFailsClearly()
    {
        RunHistory history("/proc/sandbox-studio-history");
        RunRecord r = record("true", 0, QDateTime::currentDateTimeUtc());
        QString error;
        QVERIFY(!history.add(r, "x", &error));
        QVERIFY2(error.startsWith("history: cannot"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
