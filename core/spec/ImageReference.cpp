// ImageRecipe's registry reference grammar (github.com/distribution/reference).
#include "spec/ImageRecipe.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::ImageRecipe", text);
}

} // namespace

QString ImageRecipe::registryHost(const QString& reference)
{
    return reference.section(QLatin1Char('/'), 0, 0);
}

bool ImageRecipe::isValidReference(const QString& reference, QString* why)
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    // The grammar of github.com/distribution/reference, with a required host.
    static const QRegularExpression host(QStringLiteral(
        "^(localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        "|\\[[0-9A-Fa-f:]+\\])(?::([0-9]{1,5}))?$"));
    static const QRegularExpression component(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    static const QRegularExpression digest(QStringLiteral("^sha256:[a-f0-9]{64}$"));

    QString rest = reference;
    QString digestPart;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        digestPart = rest.mid(at + 1);
        rest = rest.left(at);
        if (!digest.match(digestPart).hasMatch())
            return fail(tr("the digest \"%1\" is not sha256:<64 hex digits>").arg(digestPart));
    }
    const QStringList parts = rest.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return fail(tr("it names no registry host (e.g. localhost:5000/team/tool:1.2)"));
    const QString hostPart = parts.first();
    if (!hostPart.contains(QLatin1Char('.')) && !hostPart.contains(QLatin1Char(':'))
        && hostPart != QLatin1String("localhost"))
        return fail(tr("\"%1\" is not a registry host (it needs a dot, a port, or to be localhost)").arg(hostPart));
    const QRegularExpressionMatch hostMatch = host.match(hostPart);
    if (!hostMatch.hasMatch())
        return fail(tr("\"%1\" is not a valid registry host").arg(hostPart));
    if (hostMatch.hasCaptured(2) && hostMatch.captured(2).toInt() > 65535)
        return fail(tr("port %1 is out of range").arg(hostMatch.captured(2)));
    QString last = parts.last();
    if (const qsizetype colon = last.indexOf(QLatin1Char(':')); colon >= 0) {
        const QString tagPart = last.mid(colon + 1);
        if (!tag.match(tagPart).hasMatch())
            return fail(tr("the tag \"%1\" is not valid").arg(tagPart));
        last = last.left(colon);
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString name = i == parts.size() - 1 ? last : parts[i];
        if (!component.match(name).hasMatch())
            return fail(tr("the path component \"%1\" is not valid (lower case letters, digits, . _ -)").arg(name));
    }
    if (reference.size() > 255 + 128 + 72)
        return fail(tr("it is too long"));
    return true;
}

} // namespace sandbox
