// What the engine and sandbox-init say to each other: the command's
// encoding and the report of how it ended.
#include "sandbox/InitProtocol.h"

#include <QFileInfo>
#include <QTest>

using namespace sandbox;
using Kind = initprotocol::Report::Kind;

class TestInitProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesCommand()
    {
        const QByteArray encoded = initprotocol::encodeCommand(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'ä b'")},
            {{QStringLiteral("A"), QStringLiteral("x=y")}, {QStringLiteral("PATH"), QStringLiteral("/bin")}},
            QStringLiteral("/srv/job"));
        QCOMPARE(encoded, QByteArray("/srv/job\0" "3\0" "sh\0" "-c\0" "echo '\xc3\xa4 b'\0" "2\0" "A=x=y\0" "PATH=/bin\0",
                                     47));
    }

    void parsesReport_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("value");
        QTest::newRow("exit 0") << QByteArray("exit 0\n") << Kind::Exited << 0;
        QTest::newRow("exit 255") << QByteArray("exit 255\n") << Kind::Exited << 255;
        QTest::newRow("signal 9") << QByteArray("signal 9\n") << Kind::Signaled << 9;
        QTest::newRow("exec error ENOENT") << QByteArray("exec-error 2\n") << Kind::ExecError << 2;
        QTest::newRow("nothing (init killed)") << QByteArray() << Kind::None << 0;
        QTest::newRow("exit out of range") << QByteArray("exit 256\n") << Kind::None << 0;
        QTest::newRow("signal 0") << QByteArray("signal 0\n") << Kind::None << 0;
        QTest::newRow("garbage") << QByteArray("exit x\n") << Kind::None << 0;
        QTest::newRow("unknown word") << QByteArray("stopped 3\n") << Kind::None << 0;
    }

    void parsesReport()
    {
        QFETCH(QByteArray, text);
        QFETCH(Kind, kind);
        QFETCH(int, value);
        const initprotocol::Report report = initprotocol::parseReport(text);
        QCOMPARE(report.kind, kind);
        QCOMPARE(report.value, value);
    }

    void findsTheBuiltBinary()
    {
        const QString path = initprotocol::locateBinary();
        QVERIFY2(!path.isEmpty(), "sandbox-init is built with the project");
        QVERIFY(QFileInfo(path).isExecutable());
    }
};

QTEST_GUILESS_MAIN(TestInitProtocol)
#include "tst_initprotocol.moc"
