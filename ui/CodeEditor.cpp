#include "CodeEditor.h"

#include "source/LanguageGuess.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFontDatabase>
#include <QMimeDatabase>
#include <QPainter>
#include <QTextBlock>

namespace ui {

// The gutter left of the text; paints through its editor.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor* m_editor;
};

CodeEditor::CodeEditor(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("codeEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_gutter = new LineNumberArea(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);
    applyTheme();
    updateGutterWidth();
}

CodeEditor::~CodeEditor() = default;

KSyntaxHighlighting::Repository& CodeEditor::repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

bool CodeEditor::setLanguage(const QString& definitionName)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(definitionName);
    if (!definition.isValid())
        return false;
    if (definition.name() == language())
        return true;
    m_highlighter->setDefinition(definition);
    Q_EMIT languageChanged(definition.name());
    return true;
}

void CodeEditor::clearLanguage()
{
    if (language().isEmpty())
        return;
    m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    Q_EMIT languageChanged(QString());
}

QString CodeEditor::language() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

QString CodeEditor::themeName() const
{
    return m_highlighter->theme().name();
}

QString CodeEditor::detectLanguage(const QString& fileName, const QString& text)
{
    KSyntaxHighlighting::Repository& repo = repository();
    static const QMimeDatabase mimeDatabase;
    const QByteArray data = text.left(4096).toUtf8();
    if (!fileName.isEmpty()) {
        const QMimeType mime = mimeDatabase.mimeTypeForFileNameAndData(fileName, data);
        if (!mime.isDefault() && mime.name() != QLatin1String("text/plain")) {
            if (const auto definition = repo.definitionForMimeType(mime.name()); definition.isValid())
                return definition.name();
        }
        if (const auto definition = repo.definitionForFileName(fileName); definition.isValid())
            return definition.name();
    }
    if (const QString guessed = sandbox::guessLanguageFromContent(text); !guessed.isEmpty()) {
        if (const auto definition = repo.definitionForName(guessed); definition.isValid())
            return definition.name();
    }
    const QMimeType sniffed = mimeDatabase.mimeTypeForData(data);
    if (!sniffed.isDefault() && sniffed.name() != QLatin1String("text/plain")) {
        if (const auto definition = repo.definitionForMimeType(sniffed.name()); definition.isValid())
            return definition.name();
    }
    return {};
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void CodeEditor::applyTheme()
{
    // The application's palette, not this widget's: the editor sets its own
    // colours from the theme and must still follow a light/dark switch.
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(QApplication::palette(this));
    if (m_highlighter->theme().name() == theme.name() && m_highlighter->theme().isValid())
        return;
    QPalette colours = palette();
    colours.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    colours.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    colours.setColor(QPalette::Highlight,
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    // Setting the palette would re-enter through PaletteChange; the theme
    // name check above stops that.
    m_highlighter->setTheme(theme);
    setPalette(colours);
    m_highlighter->rehighlight();
    highlightCurrentLine();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2);
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(
        QColor::fromRgba(m_highlighter->theme().editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections({selection});
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool current = block.blockNumber() == currentBlock;
            painter.setPen(QColor::fromRgba(theme.editorColor(current ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                                      : KSyntaxHighlighting::Theme::LineNumbers)));
            painter.drawText(0, top, m_gutter->width() - 4, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace ui
