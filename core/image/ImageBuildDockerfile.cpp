// ImageBuild's Dockerfile base: buildah builds it (its storage, and so its
// layer cache, kept in the image store's directory), pushes the result
// into an OCI layout, and the layout is imported as a registry pull is.
#include "image/ImageBuild.h"

#include "image/ImageStore.h"
#include "image/RegistriesConf.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/resource.h>

namespace sandbox {

namespace {

// "docker.io/library/python:3.12@sha256:..." -> "docker.io/library/python".
QString withoutTag(const QString& reference)
{
    QString name = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = name.indexOf(QLatin1Char(':'), slash + 1); colon >= 0)
        name = name.left(colon);
    return name;
}

bool isLoopbackHost(const QString& host)
{
    const QString name = host.startsWith(QLatin1Char('[')) ? host.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']')
                                                           : host.section(QLatin1Char(':'), 0, 0);
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1") || name == QLatin1String("[::1]");
}

// The images a Dockerfile's FROM lines name literally (not earlier stages,
// not scratch, not ones built from ARG values).
QStringList fromImages(const QByteArray& dockerfile)
{
    static const QRegularExpression from(
        QStringLiteral("^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList stages{QStringLiteral("scratch")};
    QStringList images;
    for (const QByteArray& line : dockerfile.split('\n')) {
        const QRegularExpressionMatch match = from.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            continue;
        const QString image = match.captured(1);
        if (!image.contains(QLatin1Char('$')) && !stages.contains(image.toLower()) && !images.contains(image))
            images << image;
        if (match.hasCaptured(2))
            stages << match.captured(2).toLower();
    }
    return images;
}

QString hardLimit(int resource)
{
    struct rlimit limit{};
    if (::getrlimit(resource, &limit) != 0 || limit.rlim_max == RLIM_INFINITY)
        return {};
    return QString::number(limit.rlim_max);
}

} // namespace

QStringList ImageBuild::buildahArguments() const
{
    const QString dir = m_context.store->imagesDir() + QStringLiteral("/buildah");
    return {QStringLiteral("--root"), dir + QStringLiteral("/root"), QStringLiteral("--runroot"),
            dir + QStringLiteral("/run"), QStringLiteral("--storage-driver"),
            qEnvironmentVariable("SANDBOX_STUDIO_BUILDAH_DRIVER", QStringLiteral("overlay"))};
}

QProcessEnvironment ImageBuild::buildahEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONTAINERS_REGISTRIES_CONF"), m_staging + QStringLiteral("/registries.conf"));
    environment.insert(QStringLiteral("TMPDIR"), m_staging + QStringLiteral("/tmp"));
    return environment;
}

void ImageBuild::buildDockerfile()
{
    LayerStore& store = *m_context.store;
    QString problem;
    m_pullRecord = ImageStore::pullRecord(m_recipe.base, &problem);
    if (!problem.isEmpty()) {
        finish(problem);
        return;
    }
    if (const QString top = store.pulledTop(m_pullRecord); store.hasLayer(top)) {
        report(100, tr("cached"));
        nextStage(top);
        return;
    }
    m_pullKey = LayerStore::keyFor(QStringLiteral("dockerfile"), m_pullRecord.toUtf8());
    if (!m_waitingNoted)
        report(0);
    if (!lockLayer(m_lock, m_pullKey))
        return;
    if (const QString top = store.pulledTop(m_pullRecord); store.hasLayer(top)) {
        report(100, tr("cached"));
        nextStage(top);
        return;
    }
    QFile dockerfile(m_recipe.base.path);
    if (!dockerfile.open(QIODevice::ReadOnly)) {
        finish(tr("image: cannot read the Dockerfile %1: %2").arg(m_recipe.base.path, dockerfile.errorString()));
        return;
    }
    // FROM names resolve as --image does: our resolution, given to buildah
    // as aliases in a registries.conf of its own, with loopback registries
    // spoken to over plain HTTP.
    RegistriesConf conf = RegistriesConf::load(&problem);
    if (!problem.isEmpty()) {
        finish(tr("image: %1").arg(problem));
        return;
    }
    QMap<QString, QString> aliases;
    for (const QString& image : fromImages(dockerfile.readAll())) {
        if (RegistriesConf::isShortName(image)) {
            const RegistriesConf::Resolution resolution = conf.resolve(image, &problem);
            if (resolution.reference.isEmpty()) {
                finish(tr("image: %1: FROM %2: %3").arg(m_recipe.base.path, image, problem));
                return;
            }
            aliases.insert(withoutTag(image), withoutTag(resolution.reference));
        } else if (const QString host = ImageRecipe::registryHost(image);
                   isLoopbackHost(host) && !conf.registryFor(image)) {
            conf.registries.append({host, host, true, false, {}});
        }
    }
    store.discardStaging(m_pullKey);
    m_staging = store.stagingDir(m_pullKey);
    m_containerId.clear();
    m_tail.clear();
    m_dockerStep.clear();
    QFile registries(m_staging + QStringLiteral("/registries.conf"));
    if (!store.makeStaging(m_pullKey, QStringLiteral("tmp")) || !registries.open(QIODevice::WriteOnly)
        || registries.write(conf.toToml(aliases)) < 0 || !registries.flush()) {
        failStage(tr("cannot prepare %1").arg(m_staging));
        return;
    }
    registries.close();
    runBuildah();
}

void ImageBuild::runBuildah()
{
    const QString buildah = QStandardPaths::findExecutable(QStringLiteral("buildah"));
    if (buildah.isEmpty()) {
        failStage(tr("buildah is not installed"));
        return;
    }
    // RUN instructions reach the network through pasta, as build steps do
    // (servers on the host's loopback included), never the host's own.
    const QString networkDir = m_staging + QStringLiteral("/net");
    QDir().mkpath(networkDir);
    if (const QString error = m_network.setUp(networkDir, PastaNetwork::HostLoopback::BoundTcpPorts);
        !error.isEmpty()) {
        failStage(error);
        return;
    }
    QStringList arguments{QStringLiteral("--net=") + m_network.namespacePath(), QStringLiteral("--"), buildah};
    arguments << buildahArguments();
    arguments << QStringLiteral("build") << QStringLiteral("--layers") << QStringLiteral("--isolation")
              << QStringLiteral("chroot") << QStringLiteral("--network") << QStringLiteral("host")
              << QStringLiteral("--dns") << QString::fromLatin1(PastaNetwork::kDnsAddress)
              << QStringLiteral("--force-rm") << QStringLiteral("--cap-drop")
              << QStringLiteral("CAP_SYS_CHROOT,CAP_MKNOD,CAP_NET_RAW");
    // buildah asks for more than the runtime may grant here (NOTES.md).
    if (const QString files = hardLimit(RLIMIT_NOFILE); !files.isEmpty())
        arguments << QStringLiteral("--ulimit") << QStringLiteral("nofile=%1:%1").arg(files);
    if (const QString processes = hardLimit(RLIMIT_NPROC); !processes.isEmpty())
        arguments << QStringLiteral("--ulimit") << QStringLiteral("nproc=%1:%1").arg(processes);
    for (auto it = m_recipe.base.buildArgs.cbegin(); it != m_recipe.base.buildArgs.cend(); ++it)
        arguments << QStringLiteral("--build-arg") << it.key() + QLatin1Char('=') + it.value();
    arguments << QStringLiteral("--iidfile") << m_staging + QStringLiteral("/iid") << QStringLiteral("--tag")
              << QStringLiteral("localhost/sandbox-studio-dockerfile:") + m_pullKey.left(16) << QStringLiteral("--file")
              << m_recipe.base.path << m_recipe.base.context;
    report(2, tr("buildah build"));
    runProcess(
        QStringLiteral("nsenter"), arguments,
        [this, networkDir] {
            m_network.tearDown();
            QDir(networkDir).removeRecursively();
            m_dockerStep.clear();
            pushBuiltImage();
        },
        buildahEnvironment());
}

void ImageBuild::pushBuiltImage()
{
    QFile iid(m_staging + QStringLiteral("/iid"));
    if (!iid.open(QIODevice::ReadOnly)) {
        failStage(tr("buildah left no image id: %1").arg(iid.errorString()));
        return;
    }
    QString imageId = QString::fromUtf8(iid.readAll()).trimmed();
    if (imageId.startsWith(QStringLiteral("sha256:")))
        imageId = imageId.mid(7);
    report(85, tr("exporting the image"));
    QStringList arguments = buildahArguments();
    arguments << QStringLiteral("push") << QStringLiteral("--quiet") << QStringLiteral("--disable-compression")
              << imageId << QStringLiteral("oci:") + m_staging + QStringLiteral("/oci:image");
    runProcess(
        QStringLiteral("buildah"), arguments, [this] { importLayout(m_staging + QStringLiteral("/oci")); },
        buildahEnvironment());
}

void ImageBuild::followBuildahLine(const QString& line)
{
    // "[1/2] STEP 3/6: RUN make" (multi-stage) or "STEP 3/6: RUN make".
    static const QRegularExpression step(QStringLiteral("^(?:\\[(\\d+)/(\\d+)\\] )?STEP (\\d+)/(\\d+): (.*)$"));
    const QRegularExpressionMatch match = step.match(line);
    if (!match.hasMatch())
        return;
    const int stage = match.hasCaptured(1) ? match.captured(1).toInt() : 1;
    const int stages = match.hasCaptured(2) ? qMax(1, match.captured(2).toInt()) : 1;
    const int index = match.captured(3).toInt();
    const int count = qMax(1, match.captured(4).toInt());
    m_dockerStep = line;
    report(5 + 75 * ((stage - 1) * count + index) / (stages * count), line);
}

} // namespace sandbox
