// CDI specs as nvidia-ctk writes them (YAML and JSON), the YAML subset
// reader, and how GPU requests pick devices. Device nodes and mounts point
// at files every Linux machine has.
#include "runtime/Cdi.h"
#include "util/Yaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;

namespace {

// The shape of `nvidia-ctk cdi generate` output, with harmless paths.
const QByteArray kNvidiaLikeYaml = R"(---
cdiVersion: 0.5.0
containerEdits:
  deviceNodes:
  - path: /dev/zero   # the control device
  env:
  - NVIDIA_VISIBLE_DEVICES=void
  hooks:
  - args:
    - nvidia-ctk
    - hook
    - create-symlinks
    - --link
    - libnvidia-allocator.so.1::/usr/lib/x86_64-linux-gnu/gbm/nvidia-drm_gbm.so
    hookName: createContainer
    path: /usr/bin/nvidia-ctk
  mounts:
  - containerPath: /usr/bin/nvidia-smi
    hostPath: /bin/sh
    options:
    - ro
    - nosuid
    - nodev
    - bind
devices:
- containerEdits:
    deviceNodes:
    - path: /dev/gpu0
      hostPath: /dev/null
  name: "0"
- containerEdits:
    deviceNodes:
    - path: /dev/gpu1
      hostPath: /dev/null
  name: "1"
- containerEdits:
    deviceNodes: []
  name: all
kind: nvidia.com/gpu
)";

} // namespace

class TestCdi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QFile yaml(m_dir.filePath(QStringLiteral("nvidia.yaml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(kNvidiaLikeYaml);
    }

    void yamlDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json"); // empty: must be refused
        QTest::newRow("mapping") << QByteArray("a: 1\nb: text\nc: \"0\"\nd: true\ne: ~\n")
                                 << QByteArray(R"({"a":1,"b":"text","c":"0","d":true,"e":null})");
        QTest::newRow("compact sequence") << QByteArray("list:\n- x\n- 'y z'\n")
                                          << QByteArray(R"({"list":["x","y z"]})");
        QTest::newRow("indented sequence of maps") << QByteArray("l:\n  - a: 1\n    b: 2\n  - a: 3\n")
                                                   << QByteArray(R"({"l":[{"a":1,"b":2},{"a":3}]})");
        QTest::newRow("flow and comments") << QByteArray("# head\na: [] # none\nb: [p, q]\nc: {}\n")
                                           << QByteArray(R"({"a":[],"b":["p","q"],"c":{}})");
        QTest::newRow("colons in values") << QByteArray("- a::b\n- k: 'v: w'\n")
                                          << QByteArray(R"(["a::b",{"k":"v: w"}])");
        QTest::newRow("escapes") << QByteArray("s: \"a\\\"b\\\\c\"\nt: 'it''s'\n")
                                 << QByteArray("{\"s\":\"a\\\"b\\\\c\",\"t\":\"it's\"}");
        QTest::newRow("anchor and alias") << QByteArray("a: &x 1\nb: *x\n") << QByteArray(R"({"a":1,"b":1})");
        QTest::newRow("block scalar") << QByteArray("a: |\n  text\n") << QByteArray(R"({"a":"text\n"})");
        QTest::newRow("quoted stays text") << QByteArray("a: '1'\nb: \"true\"\nc: 1.5\n")
                                           << QByteArray(R"({"a":"1","b":"true","c":1.5})");
        // YAML has no plain scalar "v: w" in a block mapping; the old hand-written reader took it.
        QTest::newRow("colon-space in a plain value refused") << QByteArray("k: v: w\n") << QByteArray();
        QTest::newRow("unclosed flow refused") << QByteArray("a: [x, y\n") << QByteArray();
        QTest::newRow("two documents refused") << QByteArray("---\na: 1\n---\nb: 2\n") << QByteArray();
        QTest::newRow("bad indentation refused") << QByteArray("a:\n    b: 1\n  c: 2\n") << QByteArray();
    }

    void yamlDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        QString error;
        const QJsonValue value = yaml::parse(yaml, &error);
        if (json.isEmpty()) {
            QVERIFY2(error.startsWith(QStringLiteral("YAML line")), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonDocument expected = QJsonDocument::fromJson(json);
        const QJsonDocument actual = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        QCOMPARE(actual.toJson(QJsonDocument::Compact), expected.toJson(QJsonDocument::Compact));
    }

    void nvidiaCtkYamlResolves()
    {
        const CdiRegistry registry = CdiRegistry::load({m_dir.path()});
        QVERIFY2(registry.skippedFiles().isEmpty(), qPrintable(registry.skippedFiles().join(QLatin1Char(';'))));
        QCOMPARE(registry.gpuNames(), (QStringList{QStringLiteral("nvidia.com/gpu=0"), QStringLiteral("nvidia.com/gpu=1")}));
        QString error;
        const CdiEdits edits = registry.resolveGpu(QStringLiteral("any"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(edits.devices.size(), 2); // the control node and gpu0
        QCOMPARE(edits.devices.at(1).path, QStringLiteral("/dev/gpu0"));
        QCOMPARE(edits.devices.at(1).major, 1); // /dev/null is 1:3
        QCOMPARE(edits.devices.at(1).minor, 3);
        QCOMPARE(edits.env.value(QStringLiteral("NVIDIA_VISIBLE_DEVICES")), QStringLiteral("void"));
        QCOMPARE(edits.mounts.size(), 1);
        QVERIFY(edits.mounts.first().readOnly);
        QCOMPARE(edits.hooks.size(), 1);
        QCOMPARE(edits.hooks.first().stage, QStringLiteral("createContainer"));
        QCOMPARE(edits.hooks.first().args.last(),
                 QStringLiteral("libnvidia-allocator.so.1::/usr/lib/x86_64-linux-gnu/gbm/nvidia-drm_gbm.so"));
    }

    void requests_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QStringList>("devicePaths"); // empty: error expected
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("any") << "any" << QStringList{"/dev/zero", "/dev/gpu0"} << "";
        QTest::newRow("count 2") << "2" << QStringList{"/dev/zero", "/dev/gpu0", "/dev/gpu1"} << "";
        QTest::newRow("by name") << "1" << QStringList{"/dev/zero", "/dev/gpu0"} << "";
        QTest::newRow("by id") << "nvidia.com/gpu=1" << QStringList{"/dev/zero", "/dev/gpu1"} << "";
        QTest::newRow("two ids") << "nvidia.com/gpu=1,0" << QStringList{"/dev/zero", "/dev/gpu1", "/dev/gpu0"} << "";
        QTest::newRow("too many") << "3" << QStringList{} << "3 GPUs asked for, but this machine has 2";
        QTest::newRow("unknown id") << "nvidia.com/gpu=7" << QStringList{} << "no GPU \"nvidia.com/gpu=7\"";
    }

    void requests()
    {
        QFETCH(QString, request);
        QFETCH(QStringList, devicePaths);
        QFETCH(QString, errorContains);
        QString error;
        const CdiEdits edits = CdiRegistry::load({m_dir.path()}).resolveGpu(request, &error);
        if (devicePaths.isEmpty()) {
            QVERIFY2(error.startsWith(QStringLiteral("gpu:")) && error.contains(errorContains), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList paths;
        for (const OciDeviceNode& node : edits.devices)
            paths << node.path;
        QCOMPARE(paths, devicePaths);
    }

    void brokenSpecsAreReported()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("kind: [x.com/gpu\n");
        bad.close();
        QFile missing(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(missing.open(QIODevice::WriteOnly));
        missing.write(R"({"kind":"x.com/gpu","devices":[{"name":"0","containerEdits":{"deviceNodes":[{"path":"/dev/no-such-gpu"}]}}]})");
        missing.close();
        const CdiRegistry registry = CdiRegistry::load({dir.path()});
        QCOMPARE(registry.skippedFiles().size(), 1);
        QVERIFY(registry.skippedFiles().first().contains(QStringLiteral("bad.yaml")));
        QString error;
        registry.resolveGpu(QStringLiteral("any"), &error);
        QCOMPARE(error, QStringLiteral("gpu: x.com/gpu=0 needs the device node /dev/no-such-gpu, which is not on this host"));
    }
};

QTEST_GUILESS_MAIN(TestCdi)
#include "tst_cdi.moc"
