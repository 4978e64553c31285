#include "PasteSourcePage.h"

#include "CodeEditor.h"
#include "source/DefaultCommand.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kAutomatic = 0;

} // namespace

PasteSourcePage::PasteSourcePage(QWidget* parent) : QWidget(parent)
{
    m_fileName = new QLineEdit(this);
    m_fileName->setObjectName(QStringLiteral("fileNameEdit"));
    m_fileName->setToolTip(tr("The code is saved under this name in the sandbox's working directory"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Detect automatically"));
    for (const sandbox::CodeLanguage& language : sandbox::codeLanguages())
        m_language->addItem(language.name, language.name);
    m_editor = new CodeEditor(this);
    m_editor->setPlaceholderText(tr("Paste or type code here"));
    m_detectDelay = new QTimer(this);
    m_detectDelay->setSingleShot(true);
    m_detectDelay->setInterval(250);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("File:"), this));
    row->addWidget(m_fileName, 1);
    row->addWidget(new QLabel(tr("Language:"), this));
    row->addWidget(m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);

    setFileNameQuietly(sandbox::codeLanguages().first().fileName);
    m_editor->setLanguage(sandbox::codeLanguages().first().name);

    connect(m_editor, &QPlainTextEdit::textChanged, m_detectDelay, qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        // Empty ↔ non-empty changes the suggestion (a shell without code).
        Q_EMIT suggestedCommandChanged();
    });
    connect(m_detectDelay, &QTimer::timeout, this, &PasteSourcePage::detectLanguage);
    connect(m_fileName, &QLineEdit::textEdited, this, [this] {
        m_fileNameChosen = !m_fileName->text().isEmpty();
        detectLanguage();
        Q_EMIT suggestedCommandChanged();
    });
    connect(m_language, &QComboBox::activated, this, &PasteSourcePage::onLanguageChosen);
}

QString PasteSourcePage::fileName() const
{
    return m_fileName->text().trimmed();
}

QString PasteSourcePage::code() const
{
    return m_editor->toPlainText();
}

bool PasteSourcePage::hasCode() const
{
    return !m_editor->document()->isEmpty() && !code().trimmed().isEmpty();
}

QString PasteSourcePage::language() const
{
    return m_editor->language();
}

void PasteSourcePage::chooseLanguage(const QString& name)
{
    const int index = name.isEmpty() ? kAutomatic : m_language->findData(name);
    if (index < 0)
        return;
    m_language->setCurrentIndex(index);
    onLanguageChosen(index);
}

void PasteSourcePage::onLanguageChosen(int index)
{
    if (index == kAutomatic) {
        m_fileNameChosen = false;
        detectLanguage();
        return;
    }
    const sandbox::CodeLanguage* language = sandbox::codeLanguageNamed(m_language->itemData(index).toString());
    if (!language)
        return;
    m_editor->setLanguage(language->name);
    // A hand-picked language decides the file name too.
    m_fileNameChosen = false;
    setFileNameQuietly(language->fileName);
}

void PasteSourcePage::openFile(const QString& fileName, const QString& code)
{
    m_language->setCurrentIndex(kAutomatic);
    m_fileNameChosen = true;
    m_fileName->setText(fileName);
    m_editor->setPlainText(code);
    m_detectDelay->stop();
    detectLanguage();
    Q_EMIT suggestedCommandChanged();
}

void PasteSourcePage::detectLanguage()
{
    if (m_language->currentIndex() != kAutomatic)
        return;
    // Until the user names the file, the content decides; the default name
    // only breaks ties.
    QString detected = m_fileNameChosen ? CodeEditor::detectLanguage(fileName(), code())
                                        : CodeEditor::detectLanguage(QString(), code());
    if (detected.isEmpty())
        detected = CodeEditor::detectLanguage(fileName(), code());
    if (detected.isEmpty())
        return;
    m_editor->setLanguage(detected);
    if (!m_fileNameChosen) {
        if (const sandbox::CodeLanguage* language = sandbox::codeLanguageNamed(detected))
            setFileNameQuietly(language->fileName);
    }
}

void PasteSourcePage::setFileNameQuietly(const QString& name)
{
    if (m_fileName->text() == name)
        return;
    m_fileName->setText(name);
    Q_EMIT suggestedCommandChanged();
}

QString PasteSourcePage::validateFileName() const
{
    const QString name = fileName();
    if (name.isEmpty())
        return tr("file name: enter a name for the pasted code, e.g. main.py");
    if (name.contains(QLatin1Char('/')) || name == QLatin1String(".") || name == QLatin1String("..")
        || name.contains(QChar(0))) {
        return tr("file name: \"%1\" must be a plain file name, without folders").arg(name);
    }
    return {};
}

QStringList PasteSourcePage::suggestedCommand() const
{
    if (!hasCode())
        return sandbox::defaultShellCommand();
    return sandbox::commandForPastedFile(fileName());
}

bool PasteSourcePage::writeTo(const QString& dir, QString* error) const
{
    if (const QString problem = validateFileName(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QFile file(dir + QLatin1Char('/') + fileName());
    QByteArray bytes = code().toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = tr("cannot save the code to %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace ui
