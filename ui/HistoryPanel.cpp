#include "HistoryPanel.h"

#include "cli/RunCommandLineWriter.h"
#include "spec/SpecFile.h"
#include "util/ShellWords.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QString plainText(const QByteArray& transcript)
{
    static const QRegularExpression escapes(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    return QString::fromUtf8(transcript).remove(escapes);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Started"), tr("Command"), tr("Exit"), tr("Reason"), tr("Duration")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("historyOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rerun = new QPushButton(tr("&Re-run"), this);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_copy = new QPushButton(tr("&Copy command line"), this);
    m_copy->setObjectName(QStringLiteral("copyCommandLineButton"));
    m_copy->setToolTip(tr("Copy the equivalent sandbox-run command line"));
    m_export = new QPushButton(tr("&Export spec…"), this);
    m_export->setObjectName(QStringLiteral("exportSpecButton"));
    m_useImage = new QPushButton(tr("Use &image"), this);
    m_useImage->setObjectName(QStringLiteral("useImageButton"));
    m_useImage->setToolTip(tr("Fill the form's image section with this run's image"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_useImage);
    buttons->addStretch(1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPanel::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryPanel::rerunSelected);
    connect(m_rerun, &QPushButton::clicked, this, &HistoryPanel::rerunSelected);
    connect(m_copy, &QPushButton::clicked, this, &HistoryPanel::copyCommandLine);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportSelected);
    connect(m_useImage, &QPushButton::clicked, this, [this] {
        sandbox::RunRecord record;
        if (selectedRecord(&record))
            Q_EMIT imageRequested(record.spec.image);
    });
    showSelected();
}

void HistoryPanel::setHistory(sandbox::RunHistory* history)
{
    m_history = history;
    reload();
}

void HistoryPanel::reload()
{
    m_records = m_history ? m_history->runs() : QList<sandbox::RunRecord>();
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (const sandbox::RunRecord& record : std::as_const(m_records)) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, sandbox::joinShellWords(record.spec.command));
        item->setText(2, record.error.isEmpty() ? QString::number(record.exitCode) : QStringLiteral("–"));
        item->setText(3, record.reason);
        item->setText(4, tr("%1 s").arg(double(record.durationMs) / 1000.0, 0, 'f', 1));
        item->setToolTip(1, item->text(1));
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    showSelected();
}

bool HistoryPanel::selectedRecord(sandbox::RunRecord* record) const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_records.size())
        return false;
    *record = m_records.at(row);
    return true;
}

QString HistoryPanel::selectedCommandLine() const
{
    sandbox::RunRecord record;
    return selectedRecord(&record) ? sandbox::sandboxRunCommandLine(record.spec) : QString();
}

void HistoryPanel::showSelected()
{
    sandbox::RunRecord record;
    const bool any = selectedRecord(&record);
    for (QPushButton* button : {m_rerun, m_copy, m_export, m_useImage})
        button->setEnabled(any);
    if (!any) {
        m_output->clear();
        return;
    }
    QByteArray output = m_history->output(record.id);
    QString text;
    if (output.size() > kShownOutputBytes) {
        text = tr("[showing the last %1 of %2 bytes]").arg(kShownOutputBytes).arg(output.size()) + QLatin1Char('\n');
        output = output.right(kShownOutputBytes);
    }
    text += plainText(output);
    if (!record.error.isEmpty())
        text += QLatin1Char('\n') + record.error;
    m_output->setPlainText(text);
}

void HistoryPanel::rerunSelected()
{
    sandbox::RunRecord record;
    if (selectedRecord(&record))
        Q_EMIT rerunRequested(record.spec);
}

void HistoryPanel::copyCommandLine()
{
    if (const QString line = selectedCommandLine(); !line.isEmpty())
        QGuiApplication::clipboard()->setText(line);
}

void HistoryPanel::exportSelected()
{
    sandbox::RunRecord record;
    if (!selectedRecord(&record))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export spec"), record.id + QStringLiteral(".json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!sandbox::writeSpecFile(record.spec, path, &error))
        QMessageBox::warning(this, tr("Export spec"), error);
}

} // namespace ui
