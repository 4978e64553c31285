#pragma once

#include <QDialog>
#include <memory>

class QCloseEvent;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sandbox {
class VolumeStore;
} // namespace sandbox

namespace ui {

// File > Volumes…: the named volumes of this computer and of each
// configured cluster. Browse a volume's files, view one, save one out,
// upload one, create and delete volumes. A cluster's volumes are read from
// its volumes dir directly where this computer mounts it, else through its
// ssh login (see sandbox::clusterVolumeStore).
class VolumesBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit VolumesBrowser(QString localVolumesDir, QWidget* parent = nullptr);
    ~VolumesBrowser() override;

    // For tests and scripts; each returns false and shows why on failure.
    // Empty: this computer; otherwise a cluster's name.
    bool selectPlace(const QString& cluster);
    bool selectVolume(const QString& name);
    // Selects (and expands the folders leading to) a path in the volume.
    bool selectPath(const QString& path);
    QString currentVolume() const;
    QString currentPath() const;
    bool createVolumeNamed(const QString& name);
    // Deletes the current volume without asking.
    bool deleteCurrentVolume();
    bool viewCurrentFile();
    bool saveCurrentFileTo(const QString& localPath);
    // Writes a local file into the current volume at `volumePath`.
    bool uploadFile(const QString& localPath, const QString& volumePath);

    QComboBox* placeSelector() const { return m_place; }
    QListWidget* volumeList() const { return m_volumes; }
    QTreeWidget* fileTree() const { return m_files; }
    QPlainTextEdit* viewer() const { return m_viewer; }
    // The last problem, or what was done last.
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    template <typename Call>
    auto whileBusy(Call call);
    void loadPlaces();
    void onPlaceChanged();
    void onVolumeChanged();
    void loadChildren(QTreeWidgetItem* parent, const QString& path);
    void updateButtons();
    bool fail(const QString& message);
    void succeed(const QString& message);
    // The folder an upload goes into: the selected folder, or the
    // selected file's folder, or the volume's top.
    QString uploadFolder() const;
    void askCreateVolume();
    void askDeleteVolume();
    void askSaveFile();
    void askUploadFile();

    QString m_localDir;
    std::unique_ptr<sandbox::VolumeStore> m_store;
    QComboBox* m_place = nullptr;
    QLabel* m_location = nullptr;
    QListWidget* m_volumes = nullptr;
    QTreeWidget* m_files = nullptr;
    QPlainTextEdit* m_viewer = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_newVolume = nullptr;
    QPushButton* m_deleteVolume = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_upload = nullptr;
    bool m_busy = false;
};

} // namespace ui
