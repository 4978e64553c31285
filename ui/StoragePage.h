#pragma once

#include "storage/StorageInventory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ui {

// Settings > Storage: everything Sandbox Studio keeps on this computer
// (images, sandboxes, volumes, history, clones, settings, clusters,
// secrets) with sizes; removes the chosen item after asking. The listing
// and removal are the core's (StorageInventory).
class StoragePage : public QWidget
{
    Q_OBJECT

public:
    explicit StoragePage(sandbox::StorageInventory::Locations locations, QWidget* parent = nullptr);

    QTreeWidget* itemList() const { return m_items; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* messageLabel() const { return m_message; }
    // What the list shows, in its order.
    const QList<sandbox::StorageItem>& items() const { return m_listed; }

    // Human-readable size ("1.5 MiB"); "—" when unknown.
    static QString formatSize(qint64 bytes);

public Q_SLOTS:
    void refresh();
    // Asks, then removes the selected item.
    void removeSelected();

private:
    sandbox::StorageInventory m_inventory;
    QList<sandbox::StorageItem> m_listed;
    QTreeWidget* m_items = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ui
