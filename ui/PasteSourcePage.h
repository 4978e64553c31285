#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace ui {

class CodeEditor;

// Source by pasting: a file name, a language (detected or chosen) and the
// code itself. The code is saved under the file name when a run starts.
class PasteSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit PasteSourcePage(QWidget* parent = nullptr);

    CodeEditor* editor() const { return m_editor; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* fileNameEdit() const { return m_fileName; }

    QString fileName() const;
    QString code() const;
    bool hasCode() const;
    // The language the editor highlights as (a KSyntaxHighlighting name).
    QString language() const;
    // Chooses a language by hand ("Python"); an empty name goes back to
    // automatic detection.
    void chooseLanguage(const QString& name);
    // Shows a file's code under its name (a file opened from the desktop
    // or the command line); the language is detected from both.
    void openFile(const QString& fileName, const QString& code);

    // Empty when the file name is usable; otherwise why not.
    QString validateFileName() const;
    // `python3 main.py` for main.py; `sh` while there is no code.
    QStringList suggestedCommand() const;
    // Writes the code into dir under fileName(); false and *error if not.
    bool writeTo(const QString& dir, QString* error) const;

Q_SIGNALS:
    void suggestedCommandChanged();

private:
    void detectLanguage();
    void onLanguageChosen(int index);
    void setFileNameQuietly(const QString& name);

    QLineEdit* m_fileName = nullptr;
    QComboBox* m_language = nullptr;
    CodeEditor* m_editor = nullptr;
    QTimer* m_detectDelay = nullptr;
    bool m_fileNameChosen = false; // typed by the user: detection leaves it alone
};

} // namespace ui
