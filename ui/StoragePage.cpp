#include "StoragePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

StoragePage::StoragePage(sandbox::StorageInventory::Locations locations, QWidget* parent)
    : QWidget(parent), m_inventory(std::move(locations))
{
    setObjectName(QStringLiteral("storagePage"));
    auto* intro = new QLabel(tr("What Sandbox Studio keeps on this computer. Removing an image, a clone or "
                                "the history frees space; they are made again when needed."),
                             this);
    intro->setWordWrap(true);
    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("storageList"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Kind"), tr("Name"), tr("Size"), tr("Location")});
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("storageRemove"));
    m_remove->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("storageMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);

    connect(refreshButton, &QPushButton::clicked, this, &StoragePage::refresh);
    connect(m_remove, &QPushButton::clicked, this, &StoragePage::removeSelected);
    connect(m_items, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_items->selectedItems().isEmpty()); });
    refresh();
}

QString StoragePage::formatSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

void StoragePage::refresh()
{
    QString warning;
    m_listed = m_inventory.list(&warning);
    m_items->clear();
    for (const sandbox::StorageItem& item : std::as_const(m_listed)) {
        auto* row = new QTreeWidgetItem(m_items, {sandbox::StorageItem::kindName(item.kind), item.name,
                                                  formatSize(item.bytes),
                                                  item.path.isEmpty() ? tr("keyring") : item.path});
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_items->columnCount(); ++column)
        m_items->resizeColumnToContents(column);
    m_message->setText(warning.isEmpty() ? QString() : tr("Secrets: %1").arg(warning));
    m_remove->setEnabled(false);
}

void StoragePage::removeSelected()
{
    const QList<QTreeWidgetItem*> selected = m_items->selectedItems();
    if (selected.isEmpty())
        return;
    const int index = m_items->indexOfTopLevelItem(selected.first());
    if (index < 0 || index >= m_listed.size())
        return;
    const sandbox::StorageItem item = m_listed.at(index);
    const QString what = sandbox::StorageItem::kindName(item.kind) + QStringLiteral(" \"") + item.name
                         + QLatin1Char('"');
    const auto answer = QMessageBox::question(
        this, tr("Remove"), tr("Remove %1 (%2)? This cannot be undone.").arg(what, formatSize(item.bytes)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString error = m_inventory.remove(item);
    refresh();
    m_message->setText(error.isEmpty() ? tr("Removed %1.").arg(what) : error);
}

} // namespace ui
