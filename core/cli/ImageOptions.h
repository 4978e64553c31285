#pragma once

#include "spec/ImageRecipe.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sandbox {

// The command-line flags that define an image (shared by `sandbox-run` and
// `sandbox-run images build`): a base, then steps in the order the flags
// are given. Consecutive flags of one kind make one step (one layer).
class ImageOptions
{
public:
    ImageOptions();

    void addTo(QCommandLineParser& parser) const;
    // `arguments` are the already-validated own arguments of `parser`, in
    // order (without the program name or anything after "--"). Relative host
    // paths are made absolute against the current directory.
    ImageRecipe recipe(const QCommandLineParser& parser, const QStringList& arguments, QString* error) const;
    // Whether any image flag was given (a --spec file's image stays otherwise).
    bool isSet(const QCommandLineParser& parser) const;

private:
    QList<QCommandLineOption> m_options;
};

} // namespace sandbox
