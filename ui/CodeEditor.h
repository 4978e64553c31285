#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace ui {

// A source editor: syntax highlighting from KSyntaxHighlighting, a line
// number gutter, the current line highlighted, colours from a theme that
// follows the palette (light or dark).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    // The one syntax repository of the application (loading it is costly).
    static KSyntaxHighlighting::Repository& repository();

    // Highlights as the named KSyntaxHighlighting definition ("Python");
    // returns false and changes nothing when there is no such definition.
    bool setLanguage(const QString& definitionName);
    // Plain text, no highlighting.
    void clearLanguage();
    QString language() const;
    QString themeName() const;

    // The definition name that best fits a file name and its content:
    // the file name's type when it has a known one (content sniffed by
    // QMimeDatabase), otherwise a shebang or telltale constructs in the
    // text. Empty when nothing fits.
    static QString detectLanguage(const QString& fileName, const QString& text);

    int lineNumberAreaWidth() const;

Q_SIGNALS:
    void languageChanged(const QString& definitionName);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class LineNumberArea;
    void applyTheme();
    void paintLineNumbers(QPaintEvent* event);
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void highlightCurrentLine();

    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter = nullptr;
    QWidget* m_gutter = nullptr;
};

} // namespace ui
