#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace ui {

class StoragePage;

// Runtime, data directory, default image and package index (saved with
// QSettings; the engine uses them from the next start), and the Storage
// page: what the app keeps on this computer.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    AppSettings settings() const;
    QComboBox* runtimeBox() const { return m_runtime; }
    QLineEdit* dataDirectoryEdit() const { return m_dataDirectory; }
    QComboBox* imageBox() const { return m_image; }
    QLineEdit* packageIndexEdit() const { return m_packageIndex; }
    QLabel* errorLabel() const { return m_error; }
    QTabWidget* pages() const { return m_pages; }
    StoragePage* storagePage() const { return m_storage; }

public Q_SLOTS:
    // Validates and saves; stays open with the error shown otherwise.
    void accept() override;

private:
    QComboBox* m_runtime = nullptr;
    QLineEdit* m_dataDirectory = nullptr;
    QComboBox* m_image = nullptr;
    QLineEdit* m_packageIndex = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_pages = nullptr;
    StoragePage* m_storage = nullptr;
};

} // namespace ui
