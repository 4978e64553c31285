// sandbox-bench, long-lived sandboxes: exec into a running sandbox next to
// raw `runc exec` into a running container (same run, same image rootfs),
// create next to a one-shot start, a 100 MB snapshot, and `ls` with 20
// sandboxes.
#include "bench_detached.h"

#include "lifecycle/DetachedSandbox.h"
#include "lifecycle/ExecProcess.h"
#include "util/Spawn.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cerrno>
#include <sys/wait.h>

using namespace sandbox;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs a program to its end; returns the ms it took (-1 on failure) and its stdout.
double timed(const QString& program, const QStringList& arguments, QByteArray* output = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    UniqueFd readEnd, writeEnd;
    makePipe(&readEnd, &writeEnd);
    QString error;
    const pid_t pid = spawnProcess(program, arguments, {-1, writeEnd.get(), -1}, &error);
    writeEnd.reset();
    if (pid < 0)
        return -1;
    QByteArray data;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(readEnd.get(), buffer, sizeof buffer)) != 0) {
        if (n > 0)
            data.append(buffer, n);
        else if (errno != EINTR)
            break;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (output)
        *output = data;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1;
}

// A raw runc container that waits (sleep), made from `runc spec` with the
// image's rootfs read-only, for `runc exec`.
std::vector<double> rawRuncExec(const QString& runc, const QString& dir, const QString& rootfs, int runs)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir + QStringLiteral("/state"));
    QProcess::execute(runc, {QStringLiteral("spec"), QStringLiteral("--bundle"), dir});
    QFile file(dir + QStringLiteral("/config.json"));
    file.open(QIODevice::ReadOnly);
    QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    config.insert(QStringLiteral("root"), QJsonObject{{QStringLiteral("path"), rootfs}, {QStringLiteral("readonly"), true}});
    QJsonObject process = config.value(QStringLiteral("process")).toObject();
    process.insert(QStringLiteral("terminal"), false);
    process.insert(QStringLiteral("args"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("3600")});
    config.insert(QStringLiteral("process"), process);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(config).toJson());
    file.close();
    const QStringList root{QStringLiteral("--root"), dir + QStringLiteral("/state")};
    // Not timed(): the detached container keeps its stdout open.
    QString error;
    const pid_t starter = spawnProcess(runc, root + QStringList{QStringLiteral("run"), QStringLiteral("--detach"),
                                                                QStringLiteral("--bundle"), dir, QStringLiteral("bench-exec")},
                                       {-1, -1, -1}, &error);
    int status = 0;
    while (starter > 0 && ::waitpid(starter, &status, 0) < 0 && errno == EINTR) {
    }
    std::vector<double> times;
    for (int i = 0; i < runs + 3; ++i) {
        const double ms = timed(runc, root + QStringList{QStringLiteral("exec"), QStringLiteral("bench-exec"),
                                                         QStringLiteral("/bin/true")});
        if (i >= 3 && ms >= 0)
            times.push_back(ms);
    }
    timed(runc, root + QStringList{QStringLiteral("delete"), QStringLiteral("--force"), QStringLiteral("bench-exec")});
    QDir(dir).removeRecursively();
    return times;
}

QString createOne(const QString& sandboxRun, double* ms)
{
    QByteArray id;
    *ms = timed(sandboxRun, {QStringLiteral("create")}, &id);
    return QString::fromUtf8(id.trimmed());
}

} // namespace

void measureDetached(Engine& engine, const QString& sandboxRun, const QString& rootfs, int runs, const BenchRow& row)
{
    const QString cli = sandboxRun;
    double createMs = 0;
    const QString id = createOne(cli, &createMs);
    std::optional<DetachedSandbox> box = DetachedSandbox::open(engine.paths(), id, nullptr);
    if (!box)
        return;
    std::vector<double> cliExec, apiExec;
    for (int i = 0; i < runs + 3; ++i) {
        const double ms = timed(cli, {QStringLiteral("exec"), id, QStringLiteral("--"), QStringLiteral("/bin/true")});
        if (i >= 3 && ms >= 0)
            cliExec.push_back(ms);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<ExecProcess> process(box->exec({QStringLiteral("/bin/true")}, {}));
        process->closeStdin();
        process->waitForFinished(10000);
        if (i >= 3)
            apiExec.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    const std::vector<double> runcExec =
        rawRuncExec(engine.runtimeInfo().program, engine.paths().dataDir + QStringLiteral("/bench-raw-exec"), rootfs, runs);
    row(QStringLiteral("exec /bin/true p50, sandbox-run"), median(cliExec), median(runcExec), QStringLiteral("ms"));
    row(QStringLiteral("exec /bin/true p50, API"), median(apiExec), median(runcExec), QStringLiteral("ms"));

    // A 100 MB change set, frozen and copied into a new layer.
    timed(cli, {QStringLiteral("exec"), id, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("head -c 104857600 /dev/urandom > /root/blob")});
    const double snapshotMs =
        timed(cli, {QStringLiteral("snapshot"), id, QStringLiteral("--tag"), QStringLiteral("bench-snapshot")});
    timed(cli, {QStringLiteral("images"), QStringLiteral("rm"), QStringLiteral("bench-snapshot")});
    timed(cli, {QStringLiteral("images"), QStringLiteral("prune")});
    timed(cli, {QStringLiteral("kill"), id});

    // create next to a one-shot run, then `ls` over 20 sandboxes.
    std::vector<double> creates, oneShots, lists;
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        double ms = 0;
        ids << createOne(cli, &ms);
        creates.push_back(ms);
        if (i < 10)
            oneShots.push_back(timed(cli, {QStringLiteral("--"), QStringLiteral("/bin/true")}));
    }
    for (int i = 0; i < 10; ++i)
        lists.push_back(timed(cli, {QStringLiteral("ls")}));
    for (const QString& each : std::as_const(ids))
        timed(cli, {QStringLiteral("kill"), each});
    row(QStringLiteral("create (sandbox-run) p50"), median(creates), median(oneShots), QStringLiteral("ms"));
    out() << "  (ratio against a one-shot `sandbox-run -- /bin/true` p50)" << Qt::endl;
    out() << "snapshot of a 100 MB change set: " << QString::number(snapshotMs, 'f', 0) << " ms" << Qt::endl;
    out() << "sandbox-run ls with 20 sandboxes p50: " << QString::number(median(lists), 'f', 1) << " ms" << Qt::endl;
}
