#pragma once

#include "image/LayerStore.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sandbox {

class ImageRecipe;
class ImageStore;

// `sandbox-run images ...` and the build that precedes a run, writing what
// a user reads to the given sinks (stdout for results, stderr for progress).
namespace imagecommands {

using Sink = std::function<void(const QString&)>;

// Builds what is missing of `recipe`, streaming "[step i/n] ..." and each
// step's output to `progress`. Returns the image, or an invalid one with
// *error set.
ResolvedImage build(ImageStore& store, const ImageRecipe& recipe, const Sink& progress, QString* error);

void list(const LayerStore& layers, const Sink& out);
// Returns false when one of `ids` matched nothing (the error goes to `err`).
bool remove(const LayerStore& layers, const QStringList& ids, const Sink& out, const Sink& err);
void prune(const LayerStore& layers, const Sink& out);

} // namespace imagecommands
} // namespace sandbox
