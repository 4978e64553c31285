#pragma once

#include "spec/ImageRecipe.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ui {

// The "Image and packages" form as plain data, and how it maps to a recipe:
// the base (with the steps of a local image it builds on), then one layer
// each for apt packages, pip packages, environment variables and build
// commands, in that order, so that what changes least is cached lowest.
struct ImageFormFields
{
    // Which form field a problem belongs to.
    enum class Field { None, Base, Apt, Pip, PipIndex, Env, Commands };

    // Where the window puts the run's source (see MainWindow): a recipe's
    // last add_local_dir to this path is the source, not part of the image.
    static QString sourceDestination() { return QStringLiteral("/workspace"); }

    sandbox::ImageRecipe base; // its steps: those of the local image it starts from
    QStringList aptPackages;
    QStringList pipPackages;
    QString pipIndexUrl;                   // empty: pip's default
    QList<QPair<QString, QString>> env;    // rows as typed; empty rows are ignored
    QStringList commands;                  // one shell command each

    // The recipe; on a problem, *error names the field (and *field says
    // which) and the recipe is not usable.
    sandbox::ImageRecipe toRecipe(QString* error, Field* field = nullptr) const;
    // The inverse: the trailing steps that fit the fields fill them, the
    // rest stays with the base. fromRecipe(r).toRecipe() == r without a
    // trailing source step.
    static ImageFormFields fromRecipe(const sandbox::ImageRecipe& recipe);
    // The recipe without its trailing source step (if it has one).
    static sandbox::ImageRecipe withoutSource(const sandbox::ImageRecipe& recipe);

    // "jq  tree\ncurl" -> {"jq", "tree", "curl"}.
    static QStringList splitWords(const QString& text);
    // Non-blank lines, trimmed.
    static QStringList splitLines(const QString& text);
};

} // namespace ui
