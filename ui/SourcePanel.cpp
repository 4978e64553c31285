#include "SourcePanel.h"

#include "CloneSourcePage.h"
#include "PasteSourcePage.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ui {

SourcePanel::SourcePanel(QWidget* parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceModes"));
    m_paste = new PasteSourcePage(m_tabs);
    m_clone = new CloneSourcePage(m_tabs);
    m_tabs->addTab(m_paste, tr("&Paste code"));
    m_tabs->addTab(m_clone, tr("Clone &repository"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &SourcePanel::suggestedCommandChanged);
    connect(m_paste, &PasteSourcePage::suggestedCommandChanged, this, [this] {
        if (mode() == Mode::Paste)
            Q_EMIT suggestedCommandChanged();
    });
    connect(m_clone, &CloneSourcePage::suggestedCommandChanged, this, [this] {
        if (mode() == Mode::Clone)
            Q_EMIT suggestedCommandChanged();
    });
}

SourcePanel::~SourcePanel() = default;

SourcePanel::Mode SourcePanel::mode() const
{
    return m_tabs->currentWidget() == m_clone ? Mode::Clone : Mode::Paste;
}

void SourcePanel::setMode(Mode mode)
{
    m_tabs->setCurrentWidget(mode == Mode::Clone ? static_cast<QWidget*>(m_clone) : m_paste);
}

void SourcePanel::setCloneBase(const QString& base)
{
    m_clone->setDestinationBase(base);
}

QStringList SourcePanel::suggestedCommand() const
{
    return mode() == Mode::Clone ? m_clone->suggestedCommand() : m_paste->suggestedCommand();
}

QString SourcePanel::prepareSourceDirectory(QString* error)
{
    error->clear();
    if (mode() == Mode::Clone) {
        if (m_clone->isCloning()) {
            *error = tr("source: the repository is still being cloned");
            return {};
        }
        if (m_clone->clonedDirectory().isEmpty() || !QFileInfo(m_clone->clonedDirectory()).isDir()) {
            *error = tr("source: clone the repository first, or switch to Paste code");
            return {};
        }
        return m_clone->clonedDirectory();
    }
    if (!m_paste->hasCode())
        return {};
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sandbox-studio-source-XXXXXX"));
    if (!dir->isValid()) {
        *error = tr("source: cannot create a directory for the pasted code: %1").arg(dir->errorString());
        return {};
    }
    if (!m_paste->writeTo(dir->path(), error))
        return {};
    // The sandbox's user may differ from ours; the code is not secret.
    QFile::setPermissions(dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    const QString path = dir->path();
    m_pasteDirs.push_back(std::move(dir));
    return path;
}

} // namespace ui
