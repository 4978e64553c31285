#include "image/ImageStore.h"

#include "image/LocalFiles.h"
#include "image/PipFiles.h"
#include "image/RegistriesConf.h"
#include "runtime/OciRuntime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

namespace sandbox {

ImageStore::ImageStore(QString imagesDir, QObject* parent)
    : QObject(parent), m_layers(std::move(imagesDir))
{
    m_context.store = &m_layers;
}

void ImageStore::setBuildRuntime(const OciRuntime* runtime, const QString& cgroupParent)
{
    m_context.runtime = runtime;
    m_context.cgroupParent = cgroupParent;
}

int ImageStore::cleanOrphans(const QStringList& liveContainers)
{
    if (!QFileInfo::exists(m_layers.imagesDir() + QStringLiteral("/staging")))
        return 0;
    const QStringList dead = m_layers.deadStaging();
    for (const QString& key : dead) {
        const QString id = ImageBuild::containerIdFor(key);
        if (m_context.runtime && liveContainers.contains(id))
            m_context.runtime->forceDelete(id);
        m_layers.discardStaging(key);
    }
    return static_cast<int>(dead.size());
}

QString ImageStore::debianSlimPackages()
{
    return QStringLiteral("python3,python3-venv,ca-certificates");
}

QString ImageStore::baseKey(const ImageBase& base, QString* error, const QString& digestCache)
{
    switch (base.kind) {
    case ImageBase::Kind::DebianSlim:
        return LayerStore::keyFor({}, "debian-slim\n" + base.suite.toUtf8() + '\n' + debianSlimPackages().toUtf8());
    case ImageBase::Kind::Tarball: {
        const QByteArray digest = localfiles::fileDigest(base.path, error, digestCache);
        return digest.isEmpty() ? QString() : LayerStore::keyFor({}, "tarball\n" + digest);
    }
    case ImageBase::Kind::Directory: {
        const QByteArray digest = localfiles::treeMetadataDigest(base.path, error);
        return digest.isEmpty() ? QString() : LayerStore::keyFor({}, "directory\n" + digest);
    }
    case ImageBase::Kind::Registry:
    case ImageBase::Kind::Dockerfile:
        break; // known only once pulled or built: LayerStore::pulledTop()
    }
    return {};
}

QString ImageStore::pullRecord(const ImageBase& base, QString* error)
{
    if (base.kind != ImageBase::Kind::Dockerfile)
        return base.reference;
    // What the build reads: the Dockerfile, the context's metadata, the
    // build arguments and how FROM names resolve.
    QFile dockerfile(base.path);
    if (!dockerfile.open(QIODevice::ReadOnly)) {
        *error = tr("image: cannot read the Dockerfile %1: %2").arg(base.path, dockerfile.errorString());
        return {};
    }
    QByteArray material = "dockerfile\n" + QCryptographicHash::hash(dockerfile.readAll(), QCryptographicHash::Sha256).toHex();
    const QByteArray context = localfiles::treeMetadataDigest(base.context, error);
    if (context.isEmpty())
        return {};
    material += '\n' + context;
    for (auto it = base.buildArgs.cbegin(); it != base.buildArgs.cend(); ++it)
        material += '\n' + it.key().toUtf8() + '=' + it.value().toUtf8();
    QString confError;
    material += '\n' + RegistriesConf::load(&confError).toToml();
    return QStringLiteral("dockerfile:") + LayerStore::keyFor({}, material);
}

QString ImageStore::stepKey(const QString& parent, const ImageStep& step, QString* error)
{
    QByteArray material = QJsonDocument(step.toJson()).toJson(QJsonDocument::Compact);
    if (step.kind == ImageStep::Kind::AddLocalFile || step.kind == ImageStep::Kind::AddLocalDir) {
        const QByteArray digest = localfiles::contentDigest(step, error);
        if (digest.isEmpty())
            return {};
        material += '\n' + digest;
    }
    if (step.kind == ImageStep::Kind::PipRequirements || step.kind == ImageStep::Kind::PipPyproject) {
        const QByteArray digest = pipfiles::contentDigest(step, error);
        if (digest.isEmpty())
            return {};
        material += '\n' + digest;
    }
    return LayerStore::keyFor(parent, material);
}

ResolvedImage ImageStore::resolve(const ImageRecipe& recipe, QString* error) const
{
    return resolveLayers(recipe, error, DamageCheck::On);
}

ResolvedImage ImageStore::resolveLayers(const ImageRecipe& recipe, QString* error, DamageCheck checkDamage) const
{
    QString problem = recipe.validate();
    QString key;
    if (problem.isEmpty()) {
        const bool pulled = recipe.base.kind == ImageBase::Kind::Registry
                            || recipe.base.kind == ImageBase::Kind::Dockerfile;
        key = pulled ? m_layers.pulledTop(pullRecord(recipe.base, &problem))
                     : baseKey(recipe.base, &problem, digestCacheDir());
    }
    for (const ImageStep& step : recipe.steps) {
        if (!m_layers.hasLayer(key))
            break;
        key = stepKey(key, step, &problem);
    }
    if (error)
        *error = problem;
    if (!problem.isEmpty() || !m_layers.hasLayer(key))
        return {};
    const ResolvedImage image = m_layers.resolve(key);
    if (const QString tooMany = image.checkStackable(); !tooMany.isEmpty()) {
        if (error)
            *error = tooMany;
        return {};
    }
    if (checkDamage == DamageCheck::On) {
        if (const QString damaged = m_layers.damage(image); !damaged.isEmpty()) {
            if (error)
                *error = tr("image: %1 is damaged (%2); building it again (sandbox-run images build) repairs it")
                             .arg(recipe.displayName(), damaged);
            return {};
        }
    }
    return image;
}

ImageBuild* ImageStore::ensure(const ImageRecipe& recipe)
{
    auto* build = new ImageBuild(m_context, recipe, nullptr);
    // A damaged layer goes first, so that the build below makes it again.
    if (const ResolvedImage layers = resolveLayers(recipe, nullptr, DamageCheck::Off); layers.isValid()) {
        QString damagedLayer;
        if (!m_layers.damage(layers, &damagedLayer).isEmpty())
            m_layers.discardLayer(damagedLayer);
    }
    QString problem;
    const ResolvedImage image = resolve(recipe, &problem);
    if (!problem.isEmpty()) {
        build->finish(problem);
    } else if (image.isValid()) {
        m_layers.recordImage(recipe, image.topKey);
        build->finishWith(image);
    } else {
        // Start from the event loop, so that callers can connect first.
        QTimer::singleShot(0, build, &ImageBuild::start);
    }
    return build;
}

} // namespace sandbox
