#include "image/StepScripts.h"

#include "spec/ImageRecipe.h"
#include "util/ShellWords.h"

namespace sandbox::stepscripts {

QString venvDir()
{
    return QStringLiteral("/opt/venv");
}

QString aptInstall(const QStringList& packages)
{
    return QStringLiteral("set -e\n"
                          "apt-get update -q\n"
                          "apt-get install -y -q --no-install-recommends %1\n"
                          "apt-get clean\n"
                          "rm -rf /var/lib/apt/lists/*\n")
        .arg(joinShellWords(packages));
}

QString pipInstall(const ImageStep& step)
{
    // Few retries and a short timeout: an unreachable index fails in seconds.
    QStringList arguments{venvDir() + QStringLiteral("/bin/pip"), QStringLiteral("install"),
                          QStringLiteral("--no-cache-dir"), QStringLiteral("--disable-pip-version-check"),
                          QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--timeout"),
                          QStringLiteral("15")};
    if (!step.pip.indexUrl.isEmpty())
        arguments << QStringLiteral("--index-url") << step.pip.indexUrl;
    if (!step.pip.extraIndexUrl.isEmpty())
        arguments << QStringLiteral("--extra-index-url") << step.pip.extraIndexUrl;
    if (!step.pip.findLinks.isEmpty())
        arguments << QStringLiteral("--find-links") << step.pip.findLinks;
    arguments << step.pip.extraOptions << step.items;
    return QStringLiteral("set -e\n[ -x %1/bin/pip ] || python3 -m venv %1\n%2\n")
        .arg(venvDir(), joinShellWords(arguments));
}

QString runCommands(const QStringList& commands)
{
    return QStringLiteral("set -e\n") + commands.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sandbox::stepscripts
