#include "ImageFormFields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>

namespace ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ui::ImageFormFields", text);
}

} // namespace

QStringList ImageFormFields::splitWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QStringList ImageFormFields::splitLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

sandbox::ImageRecipe ImageFormFields::withoutSource(const sandbox::ImageRecipe& recipe)
{
    sandbox::ImageRecipe result = recipe;
    if (!result.steps.isEmpty() && result.steps.last().kind == sandbox::ImageStep::Kind::AddLocalDir
        && result.steps.last().path == sourceDestination())
        result.steps.removeLast();
    return result;
}

sandbox::ImageRecipe ImageFormFields::toRecipe(QString* error, Field* field) const
{
    error->clear();
    auto fail = [&](Field which, const QString& message) {
        *error = message;
        if (field)
            *field = which;
        return sandbox::ImageRecipe{};
    };
    if (field)
        *field = Field::None;
    if (const QString problem = base.validate(); !problem.isEmpty())
        return fail(Field::Base, tr("base image: %1").arg(problem));

    sandbox::ImageRecipe recipe = base;
    if (!aptPackages.isEmpty()) {
        const sandbox::ImageStep step = sandbox::ImageStep::aptInstall(aptPackages);
        if (const QString problem = step.validate(); !problem.isEmpty())
            return fail(Field::Apt, tr("apt packages: %1").arg(problem));
        recipe.steps << step;
    }
    if (!pipPackages.isEmpty() || !pipIndexUrl.isEmpty()) {
        if (pipPackages.isEmpty())
            return fail(Field::Pip, tr("pip packages: an index URL is set but no packages are given"));
        // Recipes go into the history and spec files: no secrets in them.
        if (const QUrl url(pipIndexUrl); !url.userInfo().isEmpty())
            return fail(Field::PipIndex, tr("pip index URL: leave the user and password out of the URL (recipes are "
                                            "kept in the history); set the index with its credentials in Settings "
                                            "or PIP_INDEX_URL instead"));
        sandbox::PipOptions options;
        options.indexUrl = pipIndexUrl;
        const sandbox::ImageStep step = sandbox::ImageStep::pipInstall(pipPackages, options);
        if (const QString problem = step.validate(); !problem.isEmpty()) {
            const bool indexAtFault = !pipIndexUrl.isEmpty() && problem.contains(pipIndexUrl);
            return fail(indexAtFault ? Field::PipIndex : Field::Pip,
                        (indexAtFault ? tr("pip index URL: %1") : tr("pip packages: %1")).arg(problem));
        }
        recipe.steps << step;
    }
    QMap<QString, QString> variables;
    for (qsizetype row = 0; row < env.size(); ++row) {
        const QString name = env[row].first.trimmed();
        const QString& value = env[row].second;
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty())
            return fail(Field::Env, tr("environment: row %1 has a value but no name").arg(row + 1));
        if (variables.contains(name))
            return fail(Field::Env, tr("environment: %1 is set twice").arg(name));
        variables.insert(name, value);
    }
    if (!variables.isEmpty()) {
        const sandbox::ImageStep step = sandbox::ImageStep::setEnv(variables);
        if (const QString problem = step.validate(); !problem.isEmpty())
            return fail(Field::Env, tr("environment: %1").arg(problem));
        recipe.steps << step;
    }
    if (!commands.isEmpty()) {
        const sandbox::ImageStep step = sandbox::ImageStep::runCommands(commands);
        if (const QString problem = step.validate(); !problem.isEmpty())
            return fail(Field::Commands, tr("build commands: %1").arg(problem));
        recipe.steps << step;
    }
    return recipe;
}

ImageFormFields ImageFormFields::fromRecipe(const sandbox::ImageRecipe& recipe)
{
    using Kind = sandbox::ImageStep::Kind;
    ImageFormFields fields;
    QList<sandbox::ImageStep> steps = withoutSource(recipe).steps;
    auto takeLast = [&steps](Kind kind) -> std::optional<sandbox::ImageStep> {
        if (steps.isEmpty() || steps.last().kind != kind)
            return std::nullopt;
        return steps.takeLast();
    };
    if (const auto step = takeLast(Kind::RunCommands))
        fields.commands = step->items;
    if (const auto step = takeLast(Kind::Env)) {
        for (auto it = step->env.cbegin(); it != step->env.cend(); ++it)
            fields.env.append({it.key(), it.value()});
    }
    // Only the index URL has a field; other pip options stay with the base.
    if (!steps.isEmpty() && steps.last().kind == Kind::PipInstall && steps.last().pip.extraIndexUrl.isEmpty()
        && steps.last().pip.findLinks.isEmpty() && steps.last().pip.extraOptions.isEmpty()) {
        const sandbox::ImageStep step = steps.takeLast();
        fields.pipPackages = step.items;
        fields.pipIndexUrl = step.pip.indexUrl;
    }
    if (const auto step = takeLast(Kind::AptInstall))
        fields.aptPackages = step->items;
    fields.base = recipe;
    fields.base.steps = steps;
    return fields;
}

} // namespace ui
