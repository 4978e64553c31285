// sandbox-bench: how fast sandboxes start, speak and stream, each figure
// next to raw `runc run` on the same image rootfs measured in the same run.
//
//   start-to-exit  /bin/true, start() to finished() (warm engine), p50/p90
//   first byte     start() to the first stdout byte of `echo x`
//   throughput     100 MB of stdout (dd), API (drained into an
//                  OutputStream, first byte to EOF, and to finished() with
//                  the teardown) and sandbox-run (descriptors passed
//                  through), median of three
//   concurrency    32 sandboxes of /bin/true started at once, until all end
//   long-lived     exec vs raw `runc exec`, create, snapshot, ls
//                  (bench_detached.cpp; --no-detached leaves them out,
//                  --detached-only measures only them)
//                  (default network, and block_network like raw runc)
//   cold start     sandbox-run -- /bin/true as a whole process, with
//                  --block-network and the default network, in turns with
//                  raw `runc run`; p50 of [runs]
//
// Run as root with the image built: tools/bench.sh (or sandbox-bench
// [runs]); SANDBOX_STUDIO_DATA_DIR picks the data directory.
#include "bench_detached.h"
#include "image/ImageStore.h"
#include "sandbox/Engine.h"
#include "sandbox/OutputStream.h"
#include "sandbox/Sandbox.h"
#include "util/Spawn.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace sandbox;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

namespace {

constexpr qint64 kThroughputBytes = 100LL * 1024 * 1024;
const QStringList kDdCommand{QStringLiteral("dd"), QStringLiteral("if=/dev/zero"), QStringLiteral("bs=1M"),
                             QStringLiteral("count=100"), QStringLiteral("status=none")};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
    return values[index];
}

// Raw runc: a bundle made by `runc spec`, its root the image's rootfs
// (read-only, as nothing may change the image).
class RawRunc
{
public:
    RawRunc(QString program, QString dir, const QString& rootfs) : m_program(std::move(program)), m_dir(std::move(dir))
    {
        QDir(m_dir).removeRecursively();
        QDir().mkpath(m_dir + QStringLiteral("/state"));
        QProcess::execute(m_program, {QStringLiteral("spec"), QStringLiteral("--bundle"), m_dir});
        QFile file(m_dir + QStringLiteral("/config.json"));
        file.open(QIODevice::ReadOnly);
        m_config = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject root{{QStringLiteral("path"), rootfs}, {QStringLiteral("readonly"), true}};
        m_config.insert(QStringLiteral("root"), root);
    }
    ~RawRunc() { QDir(m_dir).removeRecursively(); }

    void setCommand(const QStringList& args)
    {
        QJsonObject process = m_config.value(QStringLiteral("process")).toObject();
        process.insert(QStringLiteral("terminal"), false);
        process.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
        m_config.insert(QStringLiteral("process"), process);
        QFile file(m_dir + QStringLiteral("/config.json"));
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(m_config).toJson());
    }

    pid_t spawn(int id, int stdoutFd)
    {
        QString error;
        return spawnProcess(m_program,
                            {QStringLiteral("--root"), m_dir + QStringLiteral("/state"), QStringLiteral("run"),
                             QStringLiteral("--bundle"), m_dir, QStringLiteral("bench-%1").arg(id)},
                            {-1, stdoutFd, -1}, &error);
    }

private:
    QString m_program;
    QString m_dir;
    QJsonObject m_config;
};

double elapsedMs(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void waitChild(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

// Reads a pipe to its end; returns ms from `clock`'s start to the first
// byte and the byte count; `streamMs` is first byte to EOF.
qint64 drainPipe(int fd, const QElapsedTimer& clock, double* firstByteMs, double* streamMs)
{
    std::vector<char> buffer(1 << 20);
    qint64 total = 0;
    double first = -1;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (first < 0)
            first = elapsedMs(clock);
        total += n;
    }
    if (firstByteMs)
        *firstByteMs = first;
    if (streamMs)
        *streamMs = elapsedMs(clock) - first;
    return total;
}

struct Figures
{
    std::vector<double> startToExit;
    // The same with block_network: no pasta, like raw runc's container.
    std::vector<double> startToExitBlocked;
    std::vector<double> firstByte;
    double throughputMBps = 0;
    double throughputToFinishedMBps = 0;
    // Nobody reading live: the pipe spliced into the spill file.
    double throughputUnwatchedMBps = 0;
    double concurrentMs = 0;
    double concurrentBlockedMs = 0;
};

Figures measureSandboxes(Engine& engine, int runs)
{
    Figures figures;
    SandboxSpec trueSpec;
    trueSpec.command = {QStringLiteral("/bin/true")};
    SandboxSpec echoSpec;
    echoSpec.command = {QStringLiteral("echo"), QStringLiteral("x")};
    QString error;
    auto runOnce = [&](const SandboxSpec& spec, double* firstByte) {
        std::unique_ptr<Sandbox> box(engine.createSandbox(spec, &error));
        if (!box) {
            out() << "error: " << error << Qt::endl;
            ::exit(1);
        }
        QElapsedTimer clock;
        if (firstByte) {
            QObject::connect(box.get(), &Sandbox::stdoutReceived, box.get(), [&] {
                if (*firstByte < 0)
                    *firstByte = elapsedMs(clock);
            });
        }
        clock.start();
        box->start();
        box->waitForFinished();
        const double total = elapsedMs(clock);
        if (box->endReason() != Sandbox::EndReason::Exited || box->returnCode() != 0) {
            out() << "error: " << box->errorString() << box->stderrStream().readAll() << Qt::endl;
            ::exit(1);
        }
        QCoreApplication::processEvents(); // let the warm pool refill
        return total;
    };
    // Gives the pool its refill, as a caller between runs would.
    auto waitForWarmContainer = [&engine] {
        QElapsedTimer wait;
        wait.start();
        while (engine.warmContainerCount() < 1 && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    };
    // Warm up (image in page cache, warm pool filled).
    for (int i = 0; i < 3; ++i)
        runOnce(trueSpec, nullptr);
    for (int i = 0; i < runs; ++i) {
        waitForWarmContainer();
        figures.startToExit.push_back(runOnce(trueSpec, nullptr));
    }
    SandboxSpec blockedSpec = trueSpec;
    blockedSpec.blockNetwork = true;
    for (int i = 0; i < 3; ++i) // the pool follows the last kind of sandbox
        runOnce(blockedSpec, nullptr);
    for (int i = 0; i < runs; ++i) {
        waitForWarmContainer();
        figures.startToExitBlocked.push_back(runOnce(blockedSpec, nullptr));
    }
    for (int i = 0; i < 3; ++i)
        runOnce(echoSpec, nullptr);
    for (int i = 0; i < runs; ++i) {
        waitForWarmContainer();
        double first = -1;
        runOnce(echoSpec, &first);
        figures.firstByte.push_back(first);
    }
    // Throughput through the API: drained into an OutputStream (memory,
    // then disk), from the first byte to the stream's end (EOF, every byte
    // kept), as raw runc's is to EOF of its pipe. The teardown after it is
    // start-to-exit's business. Median of three: a single stream is at the
    // mercy of whatever else the machine does.
    std::vector<double> rates;
    std::vector<double> finishedRates; // to finished(): the container's teardown included
    for (int round = 0; round < 3; ++round) {
        SandboxSpec dd;
        dd.command = kDdCommand;
        std::unique_ptr<Sandbox> box(engine.createSandbox(dd, &error));
        QElapsedTimer clock;
        double first = -1;
        double end = -1;
        QObject::connect(box.get(), &Sandbox::stdoutReceived, box.get(), [&] {
            if (first < 0)
                first = elapsedMs(clock);
        });
        QObject::connect(&box->stdoutStream(), &OutputStream::ended, box.get(), [&] { end = elapsedMs(clock); });
        clock.start();
        box->start();
        box->waitForFinished();
        if (box->stdoutStream().size() != kThroughputBytes) {
            out() << "error: " << box->stdoutStream().size() << " bytes of stdout kept, not " << kThroughputBytes
                  << Qt::endl;
            ::exit(1);
        }
        rates.push_back(static_cast<double>(box->stdoutStream().size()) / 1e6 / ((end - first) / 1000));
        finishedRates.push_back(static_cast<double>(box->stdoutStream().size()) / 1e6 / ((elapsedMs(clock) - first) / 1000));
    }
    figures.throughputToFinishedMBps = percentile(finishedRates, 0.5);
    figures.throughputMBps = percentile(rates, 0.5);
    // The same with nobody reading live after the first byte (a caller that
    // reads the stream at the end): every byte still kept, the pipe spliced
    // into the spill file past the memory head.
    std::vector<double> unwatchedRates;
    for (int round = 0; round < 3; ++round) {
        SandboxSpec dd;
        dd.command = kDdCommand;
        std::unique_ptr<Sandbox> box(engine.createSandbox(dd, &error));
        QElapsedTimer clock;
        double first = -1;
        double end = -1;
        QMetaObject::Connection firstByte;
        firstByte = QObject::connect(box.get(), &Sandbox::stdoutReceived, box.get(), [&] {
            first = elapsedMs(clock);
            QObject::disconnect(firstByte);
        });
        QObject::connect(&box->stdoutStream(), &OutputStream::ended, box.get(), [&] { end = elapsedMs(clock); });
        clock.start();
        box->start();
        box->waitForFinished();
        if (box->stdoutStream().size() != kThroughputBytes || box->stdoutStream().readAll().size() != kThroughputBytes) {
            out() << "error: " << box->stdoutStream().size() << " bytes of stdout kept, not " << kThroughputBytes
                  << Qt::endl;
            ::exit(1);
        }
        unwatchedRates.push_back(static_cast<double>(kThroughputBytes) / 1e6 / ((end - first) / 1000));
    }
    figures.throughputUnwatchedMBps = percentile(unwatchedRates, 0.5);
    // 32 at once.
    {
        std::vector<std::unique_ptr<Sandbox>> boxes;
        for (int i = 0; i < 32; ++i)
            boxes.emplace_back(engine.createSandbox(trueSpec, &error));
        QElapsedTimer clock;
        clock.start();
        for (auto& box : boxes)
            box->start();
        for (auto& box : boxes)
            box->waitForFinished();
        figures.concurrentMs = elapsedMs(clock);
    }
    {
        // Without a network, like raw runc's containers.
        SandboxSpec blocked = trueSpec;
        blocked.blockNetwork = true;
        std::vector<std::unique_ptr<Sandbox>> boxes;
        for (int i = 0; i < 32; ++i)
            boxes.emplace_back(engine.createSandbox(blocked, &error));
        QElapsedTimer clock;
        clock.start();
        for (auto& box : boxes)
            box->start();
        for (auto& box : boxes)
            box->waitForFinished();
        figures.concurrentBlockedMs = elapsedMs(clock);
        for (auto& box : boxes) {
            if (box->endReason() != Sandbox::EndReason::Exited || box->returnCode() != 0) {
                out() << "error: " << box->errorString() << Qt::endl;
                ::exit(1);
            }
        }
    }
    return figures;
}

Figures measureRawRunc(RawRunc& raw, int runs)
{
    Figures figures;
    raw.setCommand({QStringLiteral("/bin/true")});
    for (int i = 0; i < runs + 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        waitChild(raw.spawn(i, -1));
        if (i >= 3)
            figures.startToExit.push_back(elapsedMs(clock));
    }
    raw.setCommand({QStringLiteral("echo"), QStringLiteral("x")});
    for (int i = 0; i < runs; ++i) {
        UniqueFd readEnd, writeEnd;
        makePipe(&readEnd, &writeEnd);
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = raw.spawn(i, writeEnd.get());
        writeEnd.reset();
        double first = -1;
        drainPipe(readEnd.get(), clock, &first, nullptr);
        waitChild(pid);
        figures.firstByte.push_back(first);
    }
    raw.setCommand(kDdCommand);
    std::vector<double> rates;
    for (int round = 0; round < 3; ++round) {
        UniqueFd readEnd, writeEnd;
        makePipe(&readEnd, &writeEnd);
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = raw.spawn(0, writeEnd.get());
        writeEnd.reset();
        double streamMs = 0;
        const qint64 bytes = drainPipe(readEnd.get(), clock, nullptr, &streamMs);
        waitChild(pid);
        rates.push_back(static_cast<double>(bytes) / 1e6 / (streamMs / 1000));
    }
    figures.throughputMBps = percentile(rates, 0.5);
    raw.setCommand({QStringLiteral("/bin/true")});
    {
        QElapsedTimer clock;
        clock.start();
        std::vector<pid_t> pids;
        for (int i = 0; i < 32; ++i)
            pids.push_back(raw.spawn(100 + i, -1));
        for (pid_t pid : pids)
            waitChild(pid);
        figures.concurrentMs = elapsedMs(clock);
    }
    return figures;
}

// sandbox-run with a pipe as stdout: the container writes straight into it.
double measureCliThroughput()
{
    QString error;
    std::vector<double> rates;
    for (int round = 0; round < 3; ++round) {
        UniqueFd readEnd, writeEnd;
        makePipe(&readEnd, &writeEnd);
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = spawnProcess(QStringLiteral(SANDBOX_RUN_BINARY),
                                       QStringList{QStringLiteral("--")} + kDdCommand,
                                       {-1, writeEnd.get(), STDERR_FILENO}, &error);
        writeEnd.reset();
        double streamMs = 0;
        const qint64 bytes = drainPipe(readEnd.get(), clock, nullptr, &streamMs);
        waitChild(pid);
        rates.push_back(static_cast<double>(bytes) / 1e6 / (streamMs / 1000));
    }
    return percentile(rates, 0.5);
}

// Cold starts as whole processes (a new sandbox-run each time, no warm
// container), in turns with raw `runc run` of the same rootfs so that the
// machine's load falls on both alike.
struct ColdFigures
{
    std::vector<double> blocked; // --block-network
    std::vector<double> network; // the default: pasta
    std::vector<double> raw;
};

ColdFigures measureColdCli(RawRunc& raw, int runs)
{
    ColdFigures figures;
    raw.setCommand({QStringLiteral("/bin/true")});
    QString error;
    auto timed = [&](const QStringList& arguments) {
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = spawnProcess(QStringLiteral(SANDBOX_RUN_BINARY), arguments, {-1, -1, STDERR_FILENO}, &error);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            out() << "error: sandbox-run " << arguments.join(QLatin1Char(' ')) << " failed" << Qt::endl;
            ::exit(1);
        }
        return elapsedMs(clock);
    };
    const QStringList blocked{QStringLiteral("--block-network"), QStringLiteral("--"), QStringLiteral("/bin/true")};
    const QStringList network{QStringLiteral("--"), QStringLiteral("/bin/true")};
    timed(blocked); // the first one fills the runtime's version cache
    for (int i = 0; i < runs; ++i) {
        figures.blocked.push_back(timed(blocked));
        QElapsedTimer clock;
        clock.start();
        waitChild(raw.spawn(200 + i, -1));
        figures.raw.push_back(elapsedMs(clock));
        figures.network.push_back(timed(network));
    }
    return figures;
}

// The same dd on the host into a pipe: the ceiling (median of three).
double measureHostPipe()
{
    std::vector<double> rates;
    for (int round = 0; round < 3; ++round) {
        UniqueFd readEnd, writeEnd;
        makePipe(&readEnd, &writeEnd);
        QString error;
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = spawnProcess(QStringLiteral("/bin/dd"), kDdCommand.mid(1), {-1, writeEnd.get(), -1}, &error);
        writeEnd.reset();
        double streamMs = 0;
        const qint64 bytes = drainPipe(readEnd.get(), clock, nullptr, &streamMs);
        waitChild(pid);
        rates.push_back(static_cast<double>(bytes) / 1e6 / (streamMs / 1000));
    }
    return percentile(rates, 0.5);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, QByteArray(argv[1]).toInt()) : 30;
    Engine engine;
    if (!engine.errorString().isEmpty()) {
        out() << "error: " << engine.errorString() << Qt::endl;
        return 1;
    }
    std::unique_ptr<ImageBuild> build(engine.images().ensure(QStringLiteral("debian-slim")));
    if (!build->waitForFinished()) {
        out() << "error: " << build->errorString() << Qt::endl;
        return 1;
    }
    const QString rootfs = engine.images().rootfs(QStringLiteral("debian-slim"));
    RawRunc raw(engine.runtimeInfo().program, engine.paths().dataDir + QStringLiteral("/bench-raw-runc"), rootfs);

    out() << "runtime " << engine.runtimeInfo().version << ", " << runs << " runs each, "
          << QThread::idealThreadCount() << " cores" << Qt::endl;
    auto row = [](const QString& what, double mine, double runc, const QString& unit) {
        out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(10) << Qt::right
              << QString::number(mine, 'f', 1) << qSetFieldWidth(0) << " " << unit << "   raw runc "
              << QString::number(runc, 'f', 1) << " " << unit << "   ratio "
              << QString::number(mine / runc, 'f', 2) << Qt::endl;
    };
    if (app.arguments().contains(QStringLiteral("--detached-only"))) {
        measureDetached(engine, QStringLiteral(SANDBOX_RUN_BINARY), rootfs, runs, row);
        return 0;
    }
    const Figures ours = measureSandboxes(engine, runs);
    const Figures theirs = measureRawRunc(raw, runs);
    const ColdFigures cold = measureColdCli(raw, runs);
    const double cliMBps = measureCliThroughput();
    const double hostMBps = measureHostPipe();

    row(QStringLiteral("start-to-exit /bin/true p50"), percentile(ours.startToExit, 0.5),
        percentile(theirs.startToExit, 0.5), QStringLiteral("ms"));
    row(QStringLiteral("start-to-exit /bin/true p90"), percentile(ours.startToExit, 0.9),
        percentile(theirs.startToExit, 0.9), QStringLiteral("ms"));
    if (!ours.startToExitBlocked.empty()) {
        row(QStringLiteral("start-to-exit p50, block_network"), percentile(ours.startToExitBlocked, 0.5),
            percentile(theirs.startToExit, 0.5), QStringLiteral("ms"));
        row(QStringLiteral("start-to-exit p90, block_network"), percentile(ours.startToExitBlocked, 0.9),
            percentile(theirs.startToExit, 0.9), QStringLiteral("ms"));
    }
    row(QStringLiteral("first stdout byte p50"), percentile(ours.firstByte, 0.5), percentile(theirs.firstByte, 0.5),
        QStringLiteral("ms"));
    row(QStringLiteral("stdout 100 MB, API"), ours.throughputMBps, theirs.throughputMBps, QStringLiteral("MB/s"));
    row(QStringLiteral("stdout 100 MB, API, to finished()"), ours.throughputToFinishedMBps, theirs.throughputMBps,
        QStringLiteral("MB/s"));
    row(QStringLiteral("stdout 100 MB, API, unwatched"), ours.throughputUnwatchedMBps, theirs.throughputMBps,
        QStringLiteral("MB/s"));
    row(QStringLiteral("stdout 100 MB, sandbox-run"), cliMBps, theirs.throughputMBps, QStringLiteral("MB/s"));
    row(QStringLiteral("32 concurrent /bin/true, all done"), ours.concurrentMs, theirs.concurrentMs,
        QStringLiteral("ms"));
    row(QStringLiteral("32 concurrent, block_network"), ours.concurrentBlockedMs, theirs.concurrentMs,
        QStringLiteral("ms"));
    row(QStringLiteral("sandbox-run cold, block-network p50"), percentile(cold.blocked, 0.5),
        percentile(cold.raw, 0.5), QStringLiteral("ms"));
    row(QStringLiteral("sandbox-run cold, default net p50"), percentile(cold.network, 0.5),
        percentile(cold.raw, 0.5), QStringLiteral("ms"));
    auto hostRow = [&](const QString& what, double mine) {
        out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(10) << Qt::right
              << QString::number(mine, 'f', 1) << qSetFieldWidth(0) << " MB/s   host pipe "
              << QString::number(hostMBps, 'f', 1) << " MB/s   ratio " << QString::number(mine / hostMBps, 'f', 2)
              << Qt::endl;
    };
    hostRow(QStringLiteral("stdout 100 MB, API (vs host)"), ours.throughputMBps);
    hostRow(QStringLiteral("stdout 100 MB, API unwatched (vs host)"), ours.throughputUnwatchedMBps);
    hostRow(QStringLiteral("stdout 100 MB, sandbox-run (vs host)"), cliMBps);
    hostRow(QStringLiteral("stdout 100 MB, raw runc (vs host)"), theirs.throughputMBps);
    out() << "host pipe (dd on the host): " << QString::number(hostMBps, 'f', 1) << " MB/s" << Qt::endl;
    if (!app.arguments().contains(QStringLiteral("--no-detached")))
        measureDetached(engine, QStringLiteral(SANDBOX_RUN_BINARY), rootfs, runs, row);
    return 0;
}
