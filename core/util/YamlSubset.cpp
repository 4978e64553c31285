#include "util/YamlSubset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

namespace sandbox::yaml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::yaml", text);
}

struct Line
{
    int indent = 0;
    QString text;
    int number = 0; // 1-based, for messages
};

// Drops a comment that starts outside quotes.
QString withoutComment(const QString& line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

class Parser
{
public:
    explicit Parser(QList<Line> lines) : m_lines(std::move(lines)) {}

    QJsonValue document(QString* error)
    {
        QJsonValue value = m_lines.isEmpty() ? QJsonValue() : node(m_lines.first().indent);
        if (m_error.isEmpty() && m_next < m_lines.size())
            fail(m_lines.at(m_next), tr("unexpected indentation"));
        *error = m_error;
        return m_error.isEmpty() ? value : QJsonValue();
    }

private:
    void fail(const Line& line, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = tr("YAML line %1: %2").arg(line.number).arg(what);
    }

    static bool isSequenceItem(const QString& text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    // "key: value" or "key:" -> key and value; false when not a mapping line.
    static bool splitKey(const QString& text, QString* key, QString* value)
    {
        static const QRegularExpression pattern(QStringLiteral(R"(^("[^"]*"|'[^']*'|[^"'\s][^:]*?)\s*:(?:\s+(.*))?$)"));
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return false;
        *key = scalar(match.captured(1)).toString();
        *value = match.captured(2).trimmed();
        return true;
    }

    QJsonValue node(int indent)
    {
        if (m_next >= m_lines.size() || m_lines.at(m_next).indent != indent)
            return QJsonValue();
        const Line& line = m_lines.at(m_next);
        if (isSequenceItem(line.text))
            return sequence(indent);
        QString key;
        QString value;
        if (splitKey(line.text, &key, &value))
            return mapping(indent);
        ++m_next;
        return inlineValue(line, line.text);
    }

    QJsonValue sequence(int indent)
    {
        QJsonArray array;
        while (m_error.isEmpty() && m_next < m_lines.size() && m_lines.at(m_next).indent == indent
               && isSequenceItem(m_lines.at(m_next).text)) {
            Line& line = m_lines[m_next];
            const QString rest = line.text.mid(1);
            const QString item = rest.trimmed();
            if (item.isEmpty()) {
                ++m_next;
                array.append(m_next < m_lines.size() && m_lines.at(m_next).indent > indent
                                 ? node(m_lines.at(m_next).indent)
                                 : QJsonValue());
                continue;
            }
            // "- key: value" opens a mapping whose keys line up after "- ".
            line.indent = indent + 1 + int(rest.indexOf(item));
            line.text = item;
            array.append(node(line.indent));
        }
        return array;
    }

    QJsonValue mapping(int indent)
    {
        QJsonObject object;
        while (m_error.isEmpty() && m_next < m_lines.size() && m_lines.at(m_next).indent == indent
               && !isSequenceItem(m_lines.at(m_next).text)) {
            const Line line = m_lines.at(m_next);
            QString key;
            QString value;
            if (!splitKey(line.text, &key, &value)) {
                fail(line, tr("expected \"key: value\""));
                break;
            }
            ++m_next;
            if (!value.isEmpty()) {
                object.insert(key, inlineValue(line, value));
                continue;
            }
            // The value is the block below: deeper, or a sequence at the
            // key's own indentation (the compact style).
            if (m_next < m_lines.size() && (m_lines.at(m_next).indent > indent
                                            || (m_lines.at(m_next).indent == indent
                                                && isSequenceItem(m_lines.at(m_next).text)))) {
                object.insert(key, node(m_lines.at(m_next).indent));
            } else {
                object.insert(key, QJsonValue());
            }
        }
        return object;
    }

    QJsonValue inlineValue(const Line& line, const QString& text)
    {
        if (text.startsWith(QLatin1Char('&')) || text.startsWith(QLatin1Char('*')) || text.startsWith(QLatin1Char('!'))
            || text == QLatin1String("|") || text == QLatin1String(">") || text.startsWith(QLatin1String("| "))
            || text.startsWith(QLatin1String("> "))) {
            fail(line, tr("anchors, tags and block scalars are not supported"));
            return {};
        }
        if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            const bool isArray = text.startsWith(QLatin1Char('['));
            if (!text.endsWith(isArray ? QLatin1Char(']') : QLatin1Char('}')) || inner.contains(QLatin1Char('['))
                || inner.contains(QLatin1Char('{'))) {
                fail(line, tr("only simple flow collections are supported"));
                return {};
            }
            QJsonArray array;
            QJsonObject object;
            for (const QString& part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString key;
                QString value;
                if (isArray)
                    array.append(scalar(part.trimmed()));
                else if (splitKey(part.trimmed(), &key, &value))
                    object.insert(key, scalar(value));
            }
            return isArray ? QJsonValue(array) : QJsonValue(object);
        }
        return scalar(text);
    }

    static QJsonValue scalar(const QString& text)
    {
        if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
            return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
            QString out;
            const QString inner = text.mid(1, text.size() - 2);
            for (qsizetype i = 0; i < inner.size(); ++i) {
                QChar c = inner.at(i);
                if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                    const QChar next = inner.at(++i);
                    c = next == QLatin1Char('n') ? QLatin1Char('\n') : next == QLatin1Char('t') ? QLatin1Char('\t') : next;
                }
                out += c;
            }
            return out;
        }
        if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
            return QJsonValue();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
        if (integer.match(text).hasMatch())
            return text.toDouble();
        return text;
    }

    QList<Line> m_lines;
    qsizetype m_next = 0;
    QString m_error;
};

} // namespace

QJsonValue parse(const QByteArray& text, QString* error)
{
    QList<Line> lines;
    int number = 0;
    bool started = false;
    for (const QString& raw : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        ++number;
        QString line = withoutComment(raw);
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char('\t')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line == QLatin1String("---")) {
            if (started) {
                *error = tr("YAML line %1: only one document is supported").arg(number);
                return {};
            }
            started = true;
            continue;
        }
        if (line.contains(QLatin1Char('\t')) && line.trimmed().size() != line.size() && line.at(0) == QLatin1Char('\t')) {
            *error = tr("YAML line %1: tabs cannot indent").arg(number);
            return {};
        }
        started = true;
        const int indent = int(line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        lines.append({indent, line.mid(indent), number});
    }
    return Parser(std::move(lines)).document(error);
}

} // namespace sandbox::yaml
