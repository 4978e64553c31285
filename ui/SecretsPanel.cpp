#include "SecretsPanel.h"

#include "SecretEditorDialog.h"
#include "spec/SandboxSpec.h"
#include "storage/Secrets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

// Item data: the secret's name (the text may add "(missing)"), and
// whether the keyring holds it.
constexpr int kNameRole = Qt::UserRole;
constexpr int kStoredRole = Qt::UserRole + 1;

} // namespace

SecretsPanel::SecretsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("secretsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("secretsList"));
    m_list->setToolTip(tr("Checked secrets reach the sandbox as environment variables"));
    m_list->setMinimumHeight(fontMetrics().height() * 4);
    m_list->setMaximumHeight(fontMetrics().height() * 8);
    m_new = new QPushButton(tr("Ne&w…"), this);
    m_new->setObjectName(QStringLiteral("newSecret"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSecret"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteSecret"));
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_refresh->setObjectName(QStringLiteral("reloadSecrets"));
    m_refresh->setToolTip(tr("Read the secrets' names from the keyring again"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("secretsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_new, &QPushButton::clicked, this, &SecretsPanel::createSecret);
    connect(m_edit, &QPushButton::clicked, this, &SecretsPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &SecretsPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &SecretsPanel::refresh);
    connect(m_list, &QListWidget::currentItemChanged, this, &SecretsPanel::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SecretsPanel::editSelected);

    // Buttons beside the list: the form's column is narrow.
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow);
    layout->addWidget(m_message);
    updateButtons();
}

void SecretsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the show: the keyring's answer waits in an event loop of its own.
    if (!m_loadRequested && !m_loaded) {
        m_loadRequested = true;
        QTimer::singleShot(0, this, [this] { refresh(); });
    }
}

bool SecretsPanel::refresh()
{
    QString error;
    const QStringList stored = sandbox::SecretStore().list(&error);
    m_loaded = true;
    m_keyringAvailable = error.isEmpty();
    if (!m_keyringAvailable) {
        showMessage(tr("The keyring is unavailable, so no secrets can be listed or stored: %1").arg(error));
        showNames({}, checkedSecrets());
        return false;
    }
    showMessage(stored.isEmpty() ? tr("No stored secrets yet: New… adds one to the keyring.") : QString());
    showNames(stored, checkedSecrets());
    return true;
}

void SecretsPanel::showNames(const QStringList& stored, const QStringList& checked)
{
    const QString current = selectedName();
    m_list->clear();
    QStringList names = stored;
    for (const QString& name : checked) {
        if (!names.contains(name))
            names << name;
    }
    for (const QString& name : std::as_const(names)) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(kNameRole, name);
        item->setData(kStoredRole, stored.contains(name));
        // Missing only when the keyring said so (not before asking it, not
        // when it could not be asked).
        const bool missing = m_loaded && m_keyringAvailable && !stored.contains(name);
        item->setText(missing ? tr("%1 (missing)").arg(name) : name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (name == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QStringList SecretsPanel::checkedSecrets() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->data(kNameRole).toString();
    }
    return names;
}

void SecretsPanel::setCheckedSecrets(const QStringList& names)
{
    QStringList stored;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->data(kStoredRole).toBool())
            stored << item->data(kNameRole).toString();
    }
    showNames(stored, names);
}

void SecretsPanel::applyTo(sandbox::SandboxSpec& spec) const
{
    spec.secrets += checkedSecrets();
}

void SecretsPanel::restoreFrom(const sandbox::SandboxSpec& spec)
{
    setCheckedSecrets(spec.secrets);
}

QString SecretsPanel::selectedName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void SecretsPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SecretsPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

SecretEditorDialog* SecretsPanel::createSecret()
{
    return openEditor(new SecretEditorDialog(this), {});
}

SecretEditorDialog* SecretsPanel::editSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return nullptr;
    auto* dialog = new SecretEditorDialog(this);
    QString error;
    if (!dialog->loadSecret(name, &error)) {
        delete dialog;
        showMessage(error);
        return nullptr;
    }
    return openEditor(dialog, name);
}

SecretEditorDialog* SecretsPanel::openEditor(SecretEditorDialog* dialog, const QString& edited)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edited] {
        QStringList checked = checkedSecrets();
        // A new secret is what the user wants next: checked. A renamed one
        // keeps its check under its new name.
        if (edited.isEmpty() || checked.removeAll(edited) > 0)
            checked << dialog->savedName();
        refresh();
        setCheckedSecrets(checked);
        showMessage(tr("Saved the secret %1 in the keyring.").arg(dialog->savedName()));
        Q_EMIT secretsChanged();
    });
    dialog->open();
    return dialog;
}

void SecretsPanel::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete secret"),
                                              tr("Delete the secret %1 from the keyring? Runs that name it will "
                                                 "fail to start.")
                                                  .arg(name));
    if (answer == QMessageBox::Yes)
        removeSecret(name);
}

bool SecretsPanel::removeSecret(const QString& name)
{
    if (const QString problem = sandbox::SecretStore().remove(name); !problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    QStringList checked = checkedSecrets();
    checked.removeAll(name);
    refresh();
    setCheckedSecrets(checked);
    showMessage(tr("Deleted the secret %1.").arg(name));
    Q_EMIT secretsChanged();
    return true;
}

} // namespace ui
