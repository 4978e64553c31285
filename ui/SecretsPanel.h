#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sandbox {
struct SandboxSpec;
} // namespace sandbox

namespace ui {

class SecretEditorDialog;

// The stored secrets (names only) as a checkable list: checked ones reach
// the next run as environment variables. New, Edit and Delete work on the
// keyring. The keyring is first asked when the panel is shown (or
// refresh() is called), not when the window opens.
class SecretsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPanel(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* refreshButton() const { return m_refresh; }
    // What went wrong last (keyring unavailable, ...), or what was done.
    QLabel* messageLabel() const { return m_message; }
    // Whether the names were read from the keyring (or it said why not).
    bool isLoaded() const { return m_loaded; }

    QStringList checkedSecrets() const;
    // Checks these names (and only these); a name the keyring does not
    // hold is listed anyway, marked missing, so that the run says why.
    void setCheckedSecrets(const QStringList& names);

    // Adds the checked names to spec.secrets.
    void applyTo(sandbox::SandboxSpec& spec) const;
    void restoreFrom(const sandbox::SandboxSpec& spec);

public Q_SLOTS:
    // Re-reads the names from the keyring, keeping the checks; false when
    // the keyring cannot be read (the message says why).
    bool refresh();
    // Opens the editor (not modal to the app: the caller gets it); the
    // list follows once it is saved.
    SecretEditorDialog* createSecret();
    SecretEditorDialog* editSelected();
    // Asks, then removes the selected secret from the keyring.
    void deleteSelected();
    // Removes without asking; false when the keyring refused (see message).
    bool removeSecret(const QString& name);

Q_SIGNALS:
    void secretsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // `edited`: the stored name the dialog edits; empty for a new secret.
    SecretEditorDialog* openEditor(SecretEditorDialog* dialog, const QString& edited);
    void showNames(const QStringList& stored, const QStringList& checked);
    void showMessage(const QString& text);
    void updateButtons();
    QString selectedName() const;

    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_message = nullptr;
    bool m_loadRequested = false;
    bool m_loaded = false;
    bool m_keyringAvailable = false;
};

} // namespace ui
