#pragma once

// Helpers for image tests: shell scripts, free loopback ports, tiny root
// file systems and a local pip index, all made by the test itself.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

namespace testsupport {

struct ShellResult
{
    int exitCode = -1;
    QByteArray output;
};

inline ShellResult shell(const QString& script, const QStringList& arguments = {}, int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral("-ec"), script, QStringLiteral("bash")} + arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

inline QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

// A port nothing listens on right now (the kernel's pick on 127.0.0.1).
inline int freeLoopbackPort()
{
    const ShellResult result = shell(QStringLiteral(
        "python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])'"));
    return result.output.trimmed().toInt();
}

// Waits until something accepts connections on 127.0.0.1:port.
inline bool waitForPort(int port, int timeoutMs = 20000)
{
    return shell(QStringLiteral("for i in $(seq %1); do (exec 3<>/dev/tcp/127.0.0.1/%2) 2>/dev/null && exit 0; "
                                "sleep 0.1; done; exit 1")
                     .arg(timeoutMs / 100)
                     .arg(port))
               .exitCode
           == 0;
}

// A root file system of a few MB: sh (dash), cat, their libraries, and
// /etc/marker holding `marker`.
inline bool makeTinyRootfs(const QString& dir, const QString& marker)
{
    const ShellResult result = shell(QStringLiteral("r=$1\n"
"mkdir -p \"$r/usr/bin\" \"$r/usr/lib\" \"$r/usr/lib64\" \"$r/etc\" \"$r/proc\" \"$r/dev\" \"$r/sys\" \"$r/tmp\" \"$r/root\"\n"
"ln -s usr/bin \"$r/bin\"; ln -s usr/lib \"$r/lib\"; ln -s usr/lib64 \"$r/lib64\"\n"
"cp -L /usr/bin/dash \"$r/usr/bin/sh\"; cp -L /usr/bin/cat \"$r/usr/bin/cat\"; cp -L /usr/bin/ls \"$r/usr/bin/ls\"\n"
"for lib in $(ldd /usr/bin/dash /usr/bin/cat /usr/bin/ls | grep -o '/[^ ]*' | grep -v ':$' | sort -u); do\n"
"    mkdir -p \"$r$(dirname \"$lib\")\"; cp -L \"$lib\" \"$r$lib\"\n"
"done\n"
"printf '%s\\n' \"$2\" > \"$r/etc/marker\"\n"
"\n"),
                                     {dir, marker});
    if (result.exitCode != 0)
        qWarning("%s", result.output.constData());
    return result.exitCode == 0;
}

// Builds the wheel hello-sandbox 0.1 and lays out a PEP 503 simple index
// under `root` (root/simple/hello-sandbox/).
inline bool makePipIndex(const QString& root)
{
    const ShellResult result = shell(QStringLiteral("root=$1\n"
"mkdir -p \"$root/src/hello_sandbox\" \"$root/wheels\" \"$root/simple/hello-sandbox\"\n"
"cat > \"$root/src/setup.py\" <<'PY'\n"
"from setuptools import setup\n"
"setup(name=\"hello-sandbox\", version=\"0.1\", packages=[\"hello_sandbox\"])\n"
"PY\n"
"echo 'GREETING = \"hello from a wheel\"' > \"$root/src/hello_sandbox/__init__.py\"\n"
"(cd \"$root/src\" && python3 setup.py -q bdist_wheel -d \"$root/wheels\") >/dev/null 2>&1\n"
"wheel=$(cd \"$root/wheels\" && ls hello_sandbox-0.1-*.whl)\n"
"echo \"<html><body><a href=\\\"../../wheels/$wheel\\\">$wheel</a></body></html>\" > \"$root/simple/hello-sandbox/index.html\"\n"
"echo '<html><body><a href=\"hello-sandbox/\">hello-sandbox</a></body></html>' > \"$root/simple/index.html\"\n"
"\n"),
                                     {root});
    if (result.exitCode != 0)
        qWarning("%s", result.output.constData());
    return result.exitCode == 0;
}

// A server process the test started; stopped when this goes away.
class Server
{
public:
    bool start(const QString& program, const QStringList& arguments, int port)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, arguments);
        return m_process.waitForStarted() && waitForPort(port);
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};

// Serves a pip index made by makePipIndex (under `root`) on loopback;
// returns its simple-index URL, or an empty string when it did not start.
inline QString startPipIndex(Server& server, const QString& root)
{
    if (!makePipIndex(root))
        return {};
    const int port = freeLoopbackPort();
    if (!server.start(QStringLiteral("python3"),
                      {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), root},
                      port))
        return {};
    return QStringLiteral("http://127.0.0.1:%1/simple").arg(port);
}

// Runs Debian's docker-registry on loopback, storing under `dir`; returns
// its host:port, or an empty string when it did not start.
inline QString startRegistry(Server& server, const QString& dir)
{
    const int port = freeLoopbackPort();
    const QString config = dir + QStringLiteral("/registry.yml");
    const ShellResult written = shell(QStringLiteral("printf 'version: 0.1\\nlog:\\n  level: error\\nstorage:\\n  filesystem:\\n"
                                                     "    rootdirectory: %1\\nhttp:\\n  addr: 127.0.0.1:%2\\n' > \"$1\"")
                                          .arg(dir + QStringLiteral("/storage"))
                                          .arg(port),
                                      {config});
    if (written.exitCode != 0
        || !server.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), config}, port))
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

} // namespace testsupport
