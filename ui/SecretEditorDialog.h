#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class FormRows;

// Creates or edits one stored secret: a name and KEY=value rows, the values
// masked unless "Show values" is on. Saving writes it to the keyring
// (Secret Service); nothing here ever shows a value in a message.
class SecretEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretEditorDialog(QWidget* parent = nullptr);

    // Loads the stored secret `name` for editing; false and *error (which
    // names it, never a value) when the keyring cannot give it.
    bool loadSecret(const QString& name, QString* error);

    int addRow(const QString& key = {}, const QString& value = {});
    int rowCount() const;
    QLineEdit* keyEdit(int row) const;
    QLineEdit* valueEdit(int row) const;
    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* revealBox() const { return m_reveal; }
    QPushButton* addRowButton() const { return m_addRow; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const;
    // The name it was saved under; empty until saved.
    QString savedName() const { return m_savedName; }

public Q_SLOTS:
    // Checks the form and writes the secret; accepts the dialog on success,
    // otherwise shows why and stays open.
    bool save();

private:
    QString checkForm(QMap<QString, QString>* values) const;
    // Writes the checked form to the keyring; false (error shown) when it
    // refused.
    bool store(const QString& name, const QMap<QString, QString>& values);
    void showError(const QString& text);

    QLineEdit* m_name = nullptr;
    FormRows* m_rows = nullptr;
    QPushButton* m_addRow = nullptr;
    QCheckBox* m_reveal = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_loadedName; // the stored secret being edited; empty for a new one
    QString m_savedName;
};

} // namespace ui
