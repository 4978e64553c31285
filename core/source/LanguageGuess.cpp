#include "source/LanguageGuess.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sandbox {

namespace {

struct Telltale
{
    const char* language;
    const char* pattern;
};

// Ordered: the first match wins, so stricter patterns come first.
constexpr Telltale kTelltales[] = {
    {"Go", R"(^package\s+main\b)"},
    {"Rust", R"(^\s*(pub\s+)?fn\s+\w+\s*\(.*\)\s*(->\s*[\w<>&]+\s*)?\{)"},
    {"Java", R"(^\s*public\s+(final\s+)?class\s+\w+)"},
    {"C++", R"(^#include\s*<(iostream|string|vector|memory|map|algorithm)>|\bstd::)"},
    {"C", R"(^#include\s*[<"]\w+\.h[>"])"},
    {"Python", R"(^\s*(def\s+\w+\s*\(.*\)\s*(->\s*[^:]+)?:|class\s+\w+(\(.*\))?:|from\s+[\w.]+\s+import\s|import\s+[\w.]+\s*$|if\s+__name__\s*==)|\bprint\(\s*f?["'])"},
    {"JavaScript", R"(\bconsole\.log\(|\brequire\(\s*['"]|^\s*(const|let)\s+\w+\s*=|=>\s*\{|^\s*function\s+\w+\s*\()"},
    {"Ruby", R"(^\s*(puts|require)\s+['"]|^\s*def\s+\w+[^:(]*$|\.each\s+do\s*\|)"},
    {"Perl", R"(^\s*use\s+strict\s*;|^\s*my\s+[$@%]\w+)"},
    {"Lua", R"(^\s*local\s+\w+\s*=|^\s*local\s+function\s)"},
    {"Bash", R"(^\s*(echo|export|set\s+-[euxo]+|for\s+\w+\s+in\s.*;\s*do|if\s+\[)\b)"},
};

} // namespace

QString languageFromShebang(const QString& firstLine)
{
    if (!firstLine.startsWith(QLatin1String("#!")))
        return {};
    QStringList words = firstLine.mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString program = QFileInfo(words.takeFirst()).fileName();
    if (program == QLatin1String("env")) {
        while (!words.isEmpty() && words.first().startsWith(QLatin1Char('-')))
            words.removeFirst();
        if (words.isEmpty())
            return {};
        program = QFileInfo(words.first()).fileName();
    }
    static const QRegularExpression version(QStringLiteral("[0-9.]+$"));
    program.remove(version);
    static const QList<std::pair<QString, QString>> interpreters = {
        {QStringLiteral("python"), QStringLiteral("Python")}, {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},     {QStringLiteral("dash"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Bash")},      {QStringLiteral("node"), QStringLiteral("JavaScript")},
        {QStringLiteral("nodejs"), QStringLiteral("JavaScript")}, {QStringLiteral("ruby"), QStringLiteral("Ruby")},
        {QStringLiteral("perl"), QStringLiteral("Perl")},     {QStringLiteral("lua"), QStringLiteral("Lua")},
        {QStringLiteral("Rscript"), QStringLiteral("R Script")},
    };
    for (const auto& [name, language] : interpreters) {
        if (program == name)
            return language;
    }
    return {};
}

QString guessLanguageFromContent(const QString& text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (const QString language = languageFromShebang(firstLine); !language.isEmpty())
        return language;
    for (const Telltale& telltale : kTelltales) {
        const QRegularExpression pattern(QString::fromLatin1(telltale.pattern), QRegularExpression::MultilineOption);
        if (pattern.match(text).hasMatch())
            return QString::fromLatin1(telltale.language);
    }
    return {};
}

} // namespace sandbox
