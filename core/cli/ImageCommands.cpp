#include "cli/ImageCommands.h"

#include "image/ImageStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace sandbox::imagecommands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageCommands", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ResolvedImage build(ImageStore& store, const ImageRecipe& recipe, const Sink& progress, QString* error)
{
    std::unique_ptr<ImageBuild> job(store.ensure(recipe));
    QString lastStage;
    QObject::connect(job.get(), &ImageBuild::progress, [&](int, const QString& stage) {
        if (stage != lastStage)
            progress(stage);
        lastStage = stage;
    });
    QObject::connect(job.get(), &ImageBuild::logLine,
                     [&](ImageBuild::Stream, const QString& line) { progress(QStringLiteral("  ") + line); });
    if (!job->waitForFinished()) {
        *error = job->errorString();
        return {};
    }
    error->clear();
    return job->image();
}

void list(const LayerStore& layers, const Sink& out)
{
    out(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(tr("ID").leftJustified(12), tr("LAYERS"), tr("SIZE").rightJustified(10),
                 tr("CREATED").leftJustified(20), tr("IMAGE")));
    for (const StoredImage& image : layers.images()) {
        out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(image.id.leftJustified(12), QString::number(image.layers).rightJustified(6),
                     megabytes(image.bytes).rightJustified(10), image.created.leftJustified(20), image.name));
    }
}

bool remove(const LayerStore& layers, const QStringList& ids, const Sink& out, const Sink& err)
{
    bool allFound = true;
    for (const QString& id : ids) {
        QString error;
        const QString removed = layers.removeImage(id, &error);
        if (removed.isEmpty()) {
            err(error);
            allFound = false;
        } else {
            out(removed);
        }
    }
    return allFound;
}

void prune(const LayerStore& layers, const Sink& out)
{
    qint64 bytes = 0;
    const int count = layers.prune(&bytes);
    out(tr("removed %1 unused layer(s), %2").arg(count).arg(megabytes(bytes)));
}

} // namespace sandbox::imagecommands
