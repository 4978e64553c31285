// The code editor and the paste page on a (virtual) display: highlighting
// definitions, language detection, line numbers, palette-following theme.
#include "ui/CodeEditor.h"
#include "ui/PasteSourcePage.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include "source/DefaultCommand.h"

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOfferedLanguageHasADefinition()
    {
        for (const sandbox::CodeLanguage& language : sandbox::codeLanguages()) {
            QVERIFY2(ui::CodeEditor::repository().definitionForName(language.name).isValid(),
                     qPrintable(language.name));
        }
    }

    void detectLanguage_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("python by name") << "main.py" << "" << "Python";
        QTest::newRow("javascript by name") << "app.js" << "" << "JavaScript";
        QTest::newRow("c by name") << "x.c" << "" << "C";
        QTest::newRow("cmake by name") << "CMakeLists.txt" << "" << "CMake";
        QTest::newRow("shebang without suffix") << "run" << "#!/bin/bash\necho hi\n" << "Bash";
        QTest::newRow("python shebang, no name") << "" << "#!/usr/bin/env python3\nprint(1)\n" << "Python";
        QTest::newRow("content only: go") << "" << "package main\nfunc main() {}\n" << "Go";
        QTest::newRow("content only: js") << "" << "console.log('hi');\n" << "JavaScript";
        QTest::newRow("name wins over content") << "main.rb" << "print('x')\n" << "Ruby";
        QTest::newRow("nothing telling") << "" << "hello there" << "";
    }

    void detectLanguage()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(ui::CodeEditor::detectLanguage(fileName, text), language);
    }

    void gutterGrowsWithLineCount()
    {
        ui::CodeEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int narrow = editor.lineNumberAreaWidth();
        editor.setPlainText(QString("x\n").repeated(1200));
        QVERIFY(editor.lineNumberAreaWidth() > narrow);
        QCOMPARE(editor.viewport()->geometry().left() - editor.contentsRect().left(), editor.lineNumberAreaWidth());
        // The current line is highlighted across the full width.
        QCOMPARE(editor.extraSelections().size(), 1);
        QVERIFY(editor.extraSelections().first().format.property(QTextFormat::FullWidthSelection).toBool());
    }

    void setLanguageHighlights()
    {
        ui::CodeEditor editor;
        QSignalSpy changed(&editor, &ui::CodeEditor::languageChanged);
        QVERIFY(editor.setLanguage("Python"));
        QCOMPARE(editor.language(), "Python");
        QCOMPARE(changed.size(), 1);
        QVERIFY(!editor.setLanguage("No Such Language"));
        QCOMPARE(editor.language(), "Python");
        editor.setPlainText("def f():\n    return 'text'\n");
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // The highlighter formats the keyword differently from the name.
        const QTextBlock block = editor.document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QVERIFY2(formats.size() >= 2, qPrintable(QString::number(formats.size())));
    }

    void themeFollowsThePalette()
    {
        const QPalette original = QApplication::palette();
        ui::CodeEditor editor;
        QPalette light = original;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QApplication::setPalette(light);
        QTRY_VERIFY(!editor.themeName().isEmpty());
        const QString lightTheme = editor.themeName();
        QVERIFY(editor.palette().color(QPalette::Base).lightness() > 128);
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        QApplication::setPalette(dark);
        QTRY_VERIFY(editor.themeName() != lightTheme);
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QApplication::setPalette(original);
    }

    void pasteDetectsLanguageAndNamesTheFile()
    {
        ui::PasteSourcePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.suggestedCommand(), QStringList{"sh"}); // nothing pasted yet
        QSignalSpy suggestion(&page, &ui::PasteSourcePage::suggestedCommandChanged);
        page.editor()->setFocus();
        QTest::keyClicks(page.editor(), "console.log('hi from js');");
        QTRY_COMPARE(page.language(), "JavaScript");
        QCOMPARE(page.fileName(), "main.js");
        QCOMPARE(page.suggestedCommand(), (QStringList{"node", "main.js"}));
        QVERIFY(!suggestion.isEmpty());

        // Chosen by hand: the language and the file name follow the choice.
        page.chooseLanguage("Ruby");
        QCOMPARE(page.language(), "Ruby");
        QCOMPARE(page.fileName(), "main.rb");
        QCOMPARE(page.suggestedCommand(), (QStringList{"ruby", "main.rb"}));

        // Back to detection, then a file name typed by the user wins.
        page.chooseLanguage(QString());
        QTRY_COMPARE(page.language(), "JavaScript");
        page.fileNameEdit()->selectAll();
        QTest::keyClicks(page.fileNameEdit(), "tool.py");
        QCOMPARE(page.fileName(), "tool.py");
        QTRY_COMPARE(page.language(), "Python");
        QCOMPARE(page.suggestedCommand(), (QStringList{"python3", "tool.py"}));
    }

    void pasteWritesTheFile_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << "main.py" << "";
        QTest::newRow("empty") << "" << "file name: enter";
        QTest::newRow("folder") << "a/b.py" << "must be a plain file name";
        QTest::newRow("dot dot") << ".." << "must be a plain file name";
    }

    void pasteWritesTheFile()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, error);
        ui::PasteSourcePage page;
        page.editor()->setPlainText("print('saved')");
        page.fileNameEdit()->setText(fileName);
        QTemporaryDir dir;
        QString actual;
        const bool ok = page.writeTo(dir.path(), &actual);
        QCOMPARE(ok, error.isEmpty());
        if (!ok) {
            QVERIFY2(actual.contains(error), qPrintable(actual));
            QVERIFY(QDir(dir.path()).isEmpty());
            return;
        }
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("print('saved')\n"));
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
