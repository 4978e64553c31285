// The German translation: every string of the catalogue is translated with
// its placeholders and accelerator intact, and the real window, opened in
// a German locale, shows no English text that the catalogue translates.
#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // empty, "unfinished", "vanished" or "obsolete"
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, {}, xml.lineNumber()};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(u"type").toString();
                if (xml.attributes().value(u"type") == u"vanished" || xml.attributes().value(u"type") == u"obsolete") {
                    xml.skipCurrentElement();
                    continue;
                }
                // Either plain text or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        current.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Accelerator markers, ignoring an escaped "&&".
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

bool isObsolete(const Message& message)
{
    return message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete");
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QList<Message> m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings(m_config.path());
        QString error;
        m_catalogue = readCatalogue(QStringLiteral(GERMAN_CATALOGUE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_catalogue.size() > 100);
    }

    void everyStringIsTranslated()
    {
        QStringList problems;
        int live = 0;
        for (const Message& message : std::as_const(m_catalogue)) {
            if (isObsolete(message))
                continue;
            ++live;
            const QString where = QStringLiteral("line %1 (%2): \"%3\"").arg(message.line).arg(message.context, message.source);
            if (message.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral(" is unfinished");
                continue;
            }
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (placeholders(translation) != placeholders(message.source))
                    problems << where + QStringLiteral(" changes the placeholders");
                else if (accelerators(translation) != accelerators(message.source))
                    problems << where + QStringLiteral(" changes the accelerators");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        qInfo("%d strings translated", live);
    }

    void windowSpeaksGerman()
    {
        // English text that the catalogue translates differently.
        QHash<QString, QString> translated;
        for (const Message& message : std::as_const(m_catalogue)) {
            if (!isObsolete(message) && !message.translations.isEmpty() && message.translations.first() != message.source)
                translated.insert(message.source, message.translations.first());
        }

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        sandbox::installTranslations();
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList shown;
        for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
            shown << button->text() << button->toolTip();
        for (const QLabel* label : window.findChildren<QLabel*>())
            shown << label->text();
        for (const QGroupBox* box : window.findChildren<QGroupBox*>())
            shown << box->title();
        for (const QLineEdit* edit : window.findChildren<QLineEdit*>())
            shown << edit->placeholderText();
        for (const QAction* action : window.findChildren<QAction*>())
            shown << action->text() << action->toolTip();
        for (const QMenu* menu : window.findChildren<QMenu*>())
            shown << menu->title();
        for (const QToolBox* box : window.findChildren<QToolBox*>()) {
            for (int i = 0; i < box->count(); ++i)
                shown << box->itemText(i);
        }
        for (const QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i)
                shown << tabs->tabText(i);
        }

        QStringList english;
        int german = 0;
        for (const QString& text : std::as_const(shown)) {
            if (text.isEmpty())
                continue;
            if (translated.contains(text))
                english << text;
            else if (std::any_of(translated.cbegin(), translated.cend(), [&](const QString& t) { return t == text; }))
                ++german;
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("still English: ") + english.join(QStringLiteral(" | "))));
        // The check above means nothing if the catalogue never loaded.
        QVERIFY2(german >= 10, qPrintable(QString::number(german)));
        qInfo("%d texts in German", german);
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
