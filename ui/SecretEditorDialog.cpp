#include "SecretEditorDialog.h"

#include "FormRows.h"
#include "spec/SandboxSpec.h"
#include "storage/Secrets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ui {

namespace {

// One KEY=value row; the value masked unless revealed.
class SecretRow : public QWidget
{
public:
    SecretRow(bool reveal, QWidget* parent) : QWidget(parent)
    {
        key = new QLineEdit(this);
        key->setObjectName(QStringLiteral("secretKey"));
        key->setPlaceholderText(SecretEditorDialog::tr("VARIABLE"));
        value = new QLineEdit(this);
        value->setObjectName(QStringLiteral("secretValue"));
        value->setPlaceholderText(SecretEditorDialog::tr("value"));
        value->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(key, 2);
        layout->addWidget(new QLabel(QStringLiteral("="), this));
        layout->addWidget(value, 3);
    }

    QLineEdit* key = nullptr;
    QLineEdit* value = nullptr;
};

} // namespace

SecretEditorDialog::SecretEditorDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("secretEditor"));
    setWindowTitle(tr("New Secret"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setPlaceholderText(tr("e.g. github-token"));
    m_rows = new FormRows(this);
    m_addRow = new QPushButton(tr("&Add Variable"), this);
    m_addRow->setObjectName(QStringLiteral("addSecretRow"));
    m_addRow->setAutoDefault(false);
    connect(m_addRow, &QPushButton::clicked, this, [this] { keyEdit(addRow())->setFocus(); });
    m_reveal = new QCheckBox(tr("Show &values"), this);
    m_reveal->setObjectName(QStringLiteral("revealValues"));
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool reveal) {
        for (int row = 0; row < rowCount(); ++row)
            valueEdit(row)->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("secretError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_reveal);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Environment variables the sandbox gets:"), this));
    layout->addWidget(m_rows);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    addRow();
    resize(480, sizeHint().height());
}

int SecretEditorDialog::addRow(const QString& key, const QString& value)
{
    auto* row = new SecretRow(m_reveal->isChecked(), this);
    row->key->setText(key);
    row->value->setText(value);
    return m_rows->append(row);
}

int SecretEditorDialog::rowCount() const
{
    return m_rows->count();
}

QLineEdit* SecretEditorDialog::keyEdit(int row) const
{
    return m_rows->field(row, &SecretRow::key);
}

QLineEdit* SecretEditorDialog::valueEdit(int row) const
{
    return m_rows->field(row, &SecretRow::value);
}

QPushButton* SecretEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

bool SecretEditorDialog::loadSecret(const QString& name, QString* error)
{
    const sandbox::SecretStore store;
    const QMap<QString, QString> values = store.get(name, error);
    if (!error->isEmpty())
        return false;
    setWindowTitle(tr("Edit Secret %1").arg(name));
    m_loadedName = name;
    m_name->setText(name);
    m_rows->clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        addRow(it.key(), it.value());
    if (values.isEmpty())
        addRow();
    return true;
}

QString SecretEditorDialog::checkForm(QMap<QString, QString>* values) const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name: enter a name for the secret");
    if (!sandbox::SandboxSpec::isValidStoreName(name))
        return tr("Name: \"%1\" is not a valid secret name (letters, digits, '.', '_', '-'; at most 64)").arg(name);
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = keyEdit(row)->text().trimmed();
        const QString value = valueEdit(row)->text();
        if (key.isEmpty() && value.isEmpty())
            continue;
        const QString section = tr("Variables");
        if (key.isEmpty())
            return rowProblem(section, row, tr("enter the variable's name"));
        if (!envName.match(key).hasMatch())
            return rowProblem(section, row,
                              tr("\"%1\" is not a valid variable name (letters, digits, '_'; not starting with "
                                 "a digit)")
                                  .arg(key));
        if (values->contains(key))
            return rowProblem(section, row, tr("%1 is set twice").arg(key));
        values->insert(key, value);
    }
    if (values->isEmpty())
        return tr("Variables: add at least one KEY=value");
    return {};
}

bool SecretEditorDialog::save()
{
    QMap<QString, QString> values;
    if (const QString problem = checkForm(&values); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const QString name = m_name->text().trimmed();
    // The keyring answers in a nested event loop: no second Save meanwhile.
    m_buttons->setEnabled(false);
    const bool saved = store(name, values);
    m_buttons->setEnabled(true);
    if (saved) {
        m_savedName = name;
        m_loadedName = name;
        accept();
    }
    return saved;
}

bool SecretEditorDialog::store(const QString& name, const QMap<QString, QString>& values)
{
    sandbox::SecretStore keyring;
    if (name != m_loadedName) {
        // A new name must not silently replace another secret.
        QString error;
        const QStringList existing = keyring.list(&error);
        if (!error.isEmpty()) {
            showError(error);
            return false;
        }
        if (existing.contains(name)) {
            showError(tr("Name: a secret named %1 exists already; edit it instead").arg(name));
            return false;
        }
    }
    if (const QString problem = keyring.set(name, values); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    // Renamed: the old entry goes once the new one is safely stored.
    if (!m_loadedName.isEmpty() && m_loadedName != name) {
        if (const QString problem = keyring.remove(m_loadedName); !problem.isEmpty()) {
            m_loadedName = name; // stored under the new name: Save again overwrites it
            showError(problem);
            return false;
        }
    }
    return true;
}

void SecretEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace ui
