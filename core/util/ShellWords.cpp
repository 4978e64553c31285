#include "util/ShellWords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sandbox {

QStringList splitShellWords(const QString& line, QString* error)
{
    enum class Quote { None, Single, Double };
    QStringList words;
    QString current;
    bool inWord = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                current += c;
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size()
                       && QStringLiteral("\\\"$`").contains(line.at(i + 1))) {
                current += line.at(++i);
            } else {
                current += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c.isSpace()) {
            if (inWord) {
                words << current;
                current.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < line.size())
                current += line.at(++i);
        } else {
            current += c;
        }
    }
    if (quote != Quote::None) {
        if (error) {
            *error = QCoreApplication::translate("sandbox::ShellWords", "command: unterminated %1 quote")
                         .arg(quote == Quote::Single ? QStringLiteral("'") : QStringLiteral("\""));
        }
        return {};
    }
    if (inWord)
        words << current;
    if (error)
        error->clear();
    return words;
}

QString joinShellWords(const QStringList& words)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& word : words) {
        if (safe.match(word).hasMatch()) {
            quoted << word;
        } else {
            QString escaped = word;
            escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            quoted << QLatin1Char('\'') + escaped + QLatin1Char('\'');
        }
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace sandbox
