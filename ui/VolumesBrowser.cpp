#include "VolumesBrowser.h"

#include "backend/ClusterConfig.h"
#include "storage/VolumeStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kIsDirectoryRole = Qt::UserRole + 1;
constexpr int kLoadedRole = Qt::UserRole + 2;
constexpr int kSizeRole = Qt::UserRole + 3;
// Bigger files are saved out, not shown.
constexpr qint64 kMaxViewBytes = 4 * 1024 * 1024;
constexpr qsizetype kBinaryProbeBytes = 8192;

// A cluster's store answers over ssh: show that the window waits.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

// One store call at a time, in a worker thread: the window keeps drawing
// and other tabs keep streaming while ssh answers. Input waits.
template <typename Call>
auto VolumesBrowser::whileBusy(Call call)
{
    const BusyCursor busy;
    decltype(call()) result{};
    m_busy = true;
    setEnabled(false);
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&result, &call] { result = call(); }));
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    setEnabled(true);
    m_busy = false;
    return result;
}

void VolumesBrowser::closeEvent(QCloseEvent* event)
{
    // The worker uses this dialog's store.
    if (m_busy)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

namespace {

QString joinPath(const QString& folder, const QString& name)
{
    return folder.endsWith(QLatin1Char('/')) ? QString(folder + name) : QString(folder + QLatin1Char('/') + name);
}

} // namespace

VolumesBrowser::VolumesBrowser(QString localVolumesDir, QWidget* parent)
    : QDialog(parent), m_localDir(std::move(localVolumesDir))
{
    setWindowTitle(tr("Volumes"));
    setObjectName(QStringLiteral("volumesBrowser"));
    resize(900, 560);

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("volumesPlace"));
    m_location = new QLabel(this);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Volumes on:"), this));
    top->addWidget(m_place);
    top->addWidget(m_location, 1);
    top->addWidget(refreshButton);

    m_volumes = new QListWidget(this);
    m_volumes->setObjectName(QStringLiteral("volumeList"));
    m_newVolume = new QPushButton(tr("&New…"), this);
    m_deleteVolume = new QPushButton(tr("&Delete…"), this);
    m_deleteVolume->setObjectName(QStringLiteral("deleteVolumeButton"));
    auto* volumeButtons = new QHBoxLayout;
    volumeButtons->addWidget(m_newVolume);
    volumeButtons->addWidget(m_deleteVolume);
    auto* volumesPane = new QWidget(this);
    auto* volumesLayout = new QVBoxLayout(volumesPane);
    volumesLayout->setContentsMargins(0, 0, 0, 0);
    volumesLayout->addWidget(m_volumes);
    volumesLayout->addLayout(volumeButtons);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("volumeFiles"));
    m_files->setHeaderLabels({tr("Name"), tr("Size")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_view = new QPushButton(tr("&View"), this);
    m_save = new QPushButton(tr("&Save As…"), this);
    m_upload = new QPushButton(tr("&Upload…"), this);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_view);
    fileButtons->addWidget(m_save);
    fileButtons->addWidget(m_upload);
    fileButtons->addStretch();
    auto* filesPane = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_files);
    filesLayout->addLayout(fileButtons);

    m_viewer = new QPlainTextEdit(this);
    m_viewer->setObjectName(QStringLiteral("volumeViewer"));
    m_viewer->setReadOnly(true);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_viewer->setPlaceholderText(tr("Select a file and press View."));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(volumesPane);
    splitter->addWidget(filesPane);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("volumesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Clusters added meanwhile show up too.
    connect(refreshButton, &QPushButton::clicked, this, &VolumesBrowser::loadPlaces);
    connect(m_place, &QComboBox::currentIndexChanged, this, &VolumesBrowser::onPlaceChanged);
    connect(m_volumes, &QListWidget::currentTextChanged, this, &VolumesBrowser::onVolumeChanged);
    connect(m_files, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (!item->data(0, kLoadedRole).toBool())
            loadChildren(item, item->data(0, kPathRole).toString());
    });
    connect(m_files, &QTreeWidget::currentItemChanged, this, &VolumesBrowser::updateButtons);
    connect(m_files, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->data(0, kIsDirectoryRole).toBool())
            viewCurrentFile();
    });
    connect(m_newVolume, &QPushButton::clicked, this, &VolumesBrowser::askCreateVolume);
    connect(m_deleteVolume, &QPushButton::clicked, this, &VolumesBrowser::askDeleteVolume);
    connect(m_view, &QPushButton::clicked, this, &VolumesBrowser::viewCurrentFile);
    connect(m_save, &QPushButton::clicked, this, &VolumesBrowser::askSaveFile);
    connect(m_upload, &QPushButton::clicked, this, &VolumesBrowser::askUploadFile);

    loadPlaces();
}

VolumesBrowser::~VolumesBrowser() = default;

void VolumesBrowser::loadPlaces()
{
    QString error;
    {
        const QSignalBlocker blocker(m_place);
        const QString current = m_place->currentData().toString();
        m_place->clear();
        m_place->addItem(tr("This computer"), QString());
        sandbox::ClusterStore clusters;
        clusters.load(&error);
        for (const sandbox::ClusterConfig& cluster : clusters.clusters())
            m_place->addItem(tr("Cluster %1").arg(cluster.name), cluster.name);
        m_place->setCurrentIndex(std::max(0, m_place->findData(current)));
    }
    onPlaceChanged();
    if (!error.isEmpty())
        fail(error); // a broken cluster file still leaves this computer
}

bool VolumesBrowser::selectPlace(const QString& cluster)
{
    const int index = m_place->findData(cluster);
    if (index < 0)
        return fail(tr("no cluster named %1").arg(cluster));
    if (index == m_place->currentIndex())
        refresh();
    else
        m_place->setCurrentIndex(index);
    return m_store != nullptr;
}

void VolumesBrowser::onPlaceChanged()
{
    m_message->clear();
    const QString cluster = m_place->currentData().toString();
    QString error;
    if (cluster.isEmpty()) {
        m_store = std::make_unique<sandbox::LocalVolumeStore>(m_localDir);
    } else {
        sandbox::ClusterStore clusters;
        const sandbox::ClusterConfig* config = clusters.load(&error) ? clusters.find(cluster) : nullptr;
        m_store = config ? sandbox::clusterVolumeStore(*config, &error) : nullptr;
        if (!config && error.isEmpty())
            error = tr("cluster %1 is no longer configured").arg(cluster);
    }
    m_location->setText(m_store ? m_store->location() : QString());
    if (!m_store)
        fail(error);
    refresh();
}

void VolumesBrowser::refresh()
{
    const QString previous = currentVolume();
    {
        const QSignalBlocker blocker(m_volumes);
        m_volumes->clear();
        if (m_store) {
            QString error;
            const QStringList names = whileBusy([&] { return m_store->list(&error); });
            if (!error.isEmpty())
                fail(error);
            m_volumes->addItems(names);
            const QList<QListWidgetItem*> match = m_volumes->findItems(previous, Qt::MatchExactly);
            if (!match.isEmpty())
                m_volumes->setCurrentItem(match.constFirst());
        }
    }
    onVolumeChanged();
}

bool VolumesBrowser::selectVolume(const QString& name)
{
    const QList<QListWidgetItem*> match = m_volumes->findItems(name, Qt::MatchExactly);
    if (match.isEmpty())
        return fail(tr("no volume named %1 here").arg(name));
    if (m_volumes->currentItem() == match.constFirst())
        onVolumeChanged();
    else
        m_volumes->setCurrentItem(match.constFirst());
    return true;
}

QString VolumesBrowser::currentVolume() const
{
    const QListWidgetItem* item = m_volumes->currentItem();
    return item ? item->text() : QString();
}

void VolumesBrowser::onVolumeChanged()
{
    m_files->clear();
    m_viewer->clear();
    if (!currentVolume().isEmpty())
        loadChildren(m_files->invisibleRootItem(), QStringLiteral("/"));
    updateButtons();
}

void VolumesBrowser::loadChildren(QTreeWidgetItem* parent, const QString& path)
{
    qDeleteAll(parent->takeChildren());
    QString error;
    QList<sandbox::Volumes::Entry> entries =
        whileBusy([&, volume = currentVolume()] { return m_store->listFiles(volume, path, &error); });
    parent->setData(0, kLoadedRole, true);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    // Folders first, each group by name.
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.isDirectory > b.isDirectory;
    });
    for (const sandbox::Volumes::Entry& entry : std::as_const(entries)) {
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, entry.name);
        item->setData(0, kPathRole, joinPath(path, entry.name));
        item->setData(0, kIsDirectoryRole, entry.isDirectory);
        item->setData(0, kSizeRole, entry.size);
        item->setIcon(0, style()->standardIcon(entry.isDirectory ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
        if (entry.isDirectory) {
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        } else {
            item->setText(1, QLocale().formattedDataSize(entry.size));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

bool VolumesBrowser::selectPath(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QTreeWidgetItem* parent = m_files->invisibleRootItem();
    QTreeWidgetItem* found = nullptr;
    for (const QString& part : parts) {
        if (found) {
            found->setExpanded(true); // loads its children
            parent = found;
        }
        found = nullptr;
        for (int i = 0; i < parent->childCount() && !found; ++i) {
            if (parent->child(i)->text(0) == part)
                found = parent->child(i);
        }
        if (!found)
            return fail(tr("volume %1 has no %2").arg(currentVolume(), path));
    }
    if (!found)
        return false;
    m_files->setCurrentItem(found);
    return true;
}

QString VolumesBrowser::currentPath() const
{
    const QTreeWidgetItem* item = m_files->currentItem();
    return item ? item->data(0, kPathRole).toString() : QString();
}

void VolumesBrowser::updateButtons()
{
    const bool haveVolume = !currentVolume().isEmpty();
    const QTreeWidgetItem* item = m_files->currentItem();
    const bool isFile = item && !item->data(0, kIsDirectoryRole).toBool();
    m_newVolume->setEnabled(m_store != nullptr);
    m_deleteVolume->setEnabled(haveVolume);
    m_view->setEnabled(isFile);
    m_save->setEnabled(isFile);
    m_upload->setEnabled(haveVolume);
}

bool VolumesBrowser::fail(const QString& message)
{
    m_message->setText(message);
    return false;
}

void VolumesBrowser::succeed(const QString& message)
{
    m_message->setText(message);
}

bool VolumesBrowser::createVolumeNamed(const QString& name)
{
    if (!m_store)
        return false;
    const QString error = whileBusy([&] { return m_store->create(name); });
    if (!error.isEmpty())
        return fail(error);
    refresh();
    selectVolume(name);
    succeed(tr("Created volume %1.").arg(name));
    return true;
}

bool VolumesBrowser::deleteCurrentVolume()
{
    const QString name = currentVolume();
    if (!m_store || name.isEmpty())
        return false;
    const QString error = whileBusy([&] { return m_store->remove(name); });
    if (!error.isEmpty())
        return fail(error);
    refresh();
    succeed(tr("Deleted volume %1.").arg(name));
    return true;
}

bool VolumesBrowser::viewCurrentFile()
{
    const QTreeWidgetItem* item = m_files->currentItem();
    if (!m_store || !item || item->data(0, kIsDirectoryRole).toBool())
        return false;
    // Known from the listing: a big file is not fetched just to say so.
    if (const qint64 size = item->data(0, kSizeRole).toLongLong(); size > kMaxViewBytes) {
        m_viewer->setPlainText(tr("%1 is %2, too big to show here; use Save As….")
                                   .arg(currentPath(), QLocale().formattedDataSize(size)));
        succeed(currentPath());
        return true;
    }
    QString error;
    const QByteArray contents = whileBusy(
        [&, volume = currentVolume(), path = currentPath()] { return m_store->readFile(volume, path, &error); });
    if (!error.isEmpty())
        return fail(error);
    if (contents.size() > kMaxViewBytes) {
        m_viewer->setPlainText(tr("%1 is %2, too big to show here; use Save As….")
                                   .arg(currentPath(), QLocale().formattedDataSize(contents.size())));
    } else if (contents.left(kBinaryProbeBytes).contains('\0')) {
        m_viewer->setPlainText(tr("%1 is a binary file (%2); use Save As….")
                                   .arg(currentPath(), QLocale().formattedDataSize(contents.size())));
    } else {
        m_viewer->setPlainText(QString::fromUtf8(contents));
    }
    succeed(currentPath());
    return true;
}

bool VolumesBrowser::saveCurrentFileTo(const QString& localPath)
{
    if (!m_store || currentPath().isEmpty())
        return false;
    QString error;
    const QByteArray contents = whileBusy(
        [&, volume = currentVolume(), path = currentPath()] { return m_store->readFile(volume, path, &error); });
    if (!error.isEmpty())
        return fail(error);
    QSaveFile out(localPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.commit())
        return fail(tr("cannot write %1: %2").arg(localPath, out.errorString()));
    succeed(tr("Saved %1 to %2.").arg(currentPath(), localPath));
    return true;
}

bool VolumesBrowser::uploadFile(const QString& localPath, const QString& volumePath)
{
    if (!m_store || currentVolume().isEmpty())
        return false;
    QFile in(localPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(localPath, in.errorString()));
    const QByteArray contents = in.readAll();
    const QString error =
        whileBusy([&, volume = currentVolume()] { return m_store->writeFile(volume, volumePath, contents); });
    if (!error.isEmpty())
        return fail(error);
    onVolumeChanged();
    selectPath(volumePath);
    succeed(tr("Uploaded %1 to %2.").arg(QFileInfo(localPath).fileName(), volumePath));
    return true;
}

QString VolumesBrowser::uploadFolder() const
{
    const QTreeWidgetItem* item = m_files->currentItem();
    if (!item)
        return QStringLiteral("/");
    if (item->data(0, kIsDirectoryRole).toBool())
        return item->data(0, kPathRole).toString();
    const QString path = item->data(0, kPathRole).toString();
    return path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
}

void VolumesBrowser::askCreateVolume()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Volume"),
                                               tr("Name (letters, digits, '.', '_', '-'):"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        createVolumeNamed(name);
}

void VolumesBrowser::askDeleteVolume()
{
    const QString name = currentVolume();
    if (name.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Warning, tr("Delete Volume"),
                        tr("Delete volume %1 and every file in it? This cannot be undone.").arg(name),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDeleteVolume"));
    QPushButton* remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() == remove)
        deleteCurrentVolume();
}

void VolumesBrowser::askSaveFile()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const QString local = QFileDialog::getSaveFileName(this, tr("Save %1").arg(path),
                                                       path.mid(path.lastIndexOf(QLatin1Char('/')) + 1));
    if (!local.isEmpty())
        saveCurrentFileTo(local);
}

void VolumesBrowser::askUploadFile()
{
    const QString local = QFileDialog::getOpenFileName(this, tr("Upload to %1").arg(currentVolume()));
    if (local.isEmpty())
        return;
    const QString target = joinPath(uploadFolder(), QFileInfo(local).fileName());
    QString error;
    const QString folder = target.left(target.lastIndexOf(QLatin1Char('/')) + 1);
    bool exists = false;
    for (const sandbox::Volumes::Entry& entry :
         whileBusy([&, volume = currentVolume()] { return m_store->listFiles(volume, folder, &error); }))
        exists = exists || entry.name == QFileInfo(local).fileName();
    if (exists
        && QMessageBox::question(this, tr("Replace File"), tr("%1 exists in volume %2. Replace it?")
                                                                .arg(target, currentVolume()))
               != QMessageBox::Yes)
        return;
    uploadFile(local, target);
}

} // namespace ui
