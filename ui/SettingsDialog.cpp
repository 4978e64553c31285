#include "SettingsDialog.h"

#include "StoragePage.h"
#include "backend/ClusterConfig.h"
#include "image/ImageStore.h"
#include "storage/Secrets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("runtimeBox"));
    m_runtime->addItem(tr("Detect automatically"), QString());
    for (const QString& name : {QStringLiteral("runc"), QStringLiteral("crun"), QStringLiteral("runsc")})
        m_runtime->addItem(name, name);
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(settings.runtime)));

    m_dataDirectory = new QLineEdit(settings.dataDirectory, this);
    m_dataDirectory->setObjectName(QStringLiteral("dataDirectoryEdit"));
    m_dataDirectory->setPlaceholderText(tr("default: ~/.local/share/sandbox-studio"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDirectory->text());
        if (!dir.isEmpty())
            m_dataDirectory->setText(dir);
    });
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(browse);

    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("imageBox"));
    m_image->setEditable(true);
    // The usual bases; any base the image builder takes can be typed.
    m_image->addItems({QStringLiteral("debian-slim"), QStringLiteral("debian-slim:trixie")});
    m_image->setCurrentText(settings.defaultImage);

    m_packageIndex = new QLineEdit(settings.packageIndex, this);
    m_packageIndex->setObjectName(QStringLiteral("packageIndexEdit"));
    m_packageIndex->setPlaceholderText(tr("default: the image's pip configuration"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("OCI &runtime:"), m_runtime);
    form->addRow(tr("&Data directory:"), dataRow);
    form->addRow(tr("Default &image:"), m_image);
    form->addRow(tr("&Package index:"), m_packageIndex);
    auto* note = new QLabel(tr("Changes take effect the next time Sandbox Studio starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);

    sandbox::StorageInventory::Locations locations;
    locations.paths = settings.engineOptions().paths;
    locations.settingsFile = QSettings().fileName();
    locations.clustersFile = sandbox::ClusterStore::defaultFilePath();
    locations.secretService = QString::fromLatin1(sandbox::SecretStore::kDefaultService);
    m_storage = new StoragePage(locations, this);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(general, tr("&General"));
    m_pages->addTab(m_storage, tr("S&torage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.runtime = m_runtime->currentData().toString();
    result.dataDirectory = m_dataDirectory->text().trimmed();
    result.defaultImage = m_image->currentText().trimmed();
    result.packageIndex = m_packageIndex->text().trimmed();
    return result;
}

void SettingsDialog::accept()
{
    const AppSettings chosen = settings();
    if (const QString problem = chosen.validate(); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    chosen.save();
    QDialog::accept();
}

} // namespace ui
