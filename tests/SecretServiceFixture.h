#pragma once

// A real Secret Service for tests: a private D-Bus session bus and a real
// gnome-keyring-daemon in a private home, started by the test and stopped
// with it. QtKeychain (SecretStore) then talks to it.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace testsupport {

class SecretServiceFixture
{
public:
    ~SecretServiceFixture()
    {
        // The keyring quits once its session bus is gone. (Closing the bus
        // makes GDBus in a client of it raise SIGTERM: end it last.)
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    // Why the fixture cannot run here (a tool missing); empty when it can.
    static QString skipReason()
    {
        for (const char* tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QStringLiteral("needs %1").arg(QString::fromLatin1(tool));
        }
        return {};
    }

    // Starts the bus and the keyring, and points this process at them.
    // Empty on success, otherwise what failed.
    QString start()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                    QStringLiteral("--print-address=1")});
        if (!m_bus.waitForReadyRead(10000))
            return QStringLiteral("dbus-daemon printed no address");
        const QByteArray address = m_bus.readLine().trimmed();
        if (!address.startsWith("unix:"))
            return QStringLiteral("dbus-daemon printed %1").arg(QString::fromUtf8(address));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcess keyring;
        // Its own session: when it quits it signals its process group,
        // which must not be the test's.
        keyring.setChildProcessModifier([] { ::setsid(); });
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
        keyring.write("test-password");
        keyring.closeWriteChannel();
        if (!keyring.waitForFinished(10000))
            return QStringLiteral("gnome-keyring-daemon did not daemonize");
        // --daemonize prints GNOME_KEYRING_CONTROL=...; the daemon is a child
        // of no one we know, so find it by its session bus name's owner.
        for (int attempt = 0; attempt < 50 && m_keyringPid <= 0; ++attempt) {
            QProcess owner;
            owner.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                                      QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                                      QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                                                      QStringLiteral("string:org.freedesktop.secrets")});
            if (!owner.waitForFinished(10000))
                return QStringLiteral("dbus-send hung");
            if (owner.exitCode() == 0)
                m_keyringPid = owner.readAllStandardOutput().simplified().split(' ').last().toLongLong();
            else
                QTest::qWait(100);
        }
        if (m_keyringPid <= 0)
            return QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets");
        return {};
    }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    qint64 m_keyringPid = 0;
};

} // namespace testsupport
