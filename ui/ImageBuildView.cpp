#include "ImageBuildView.h"

#include "image/ImageBuild.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kFlushMs = 50;

} // namespace

ImageBuildView::ImageBuildView(QWidget* parent) : QWidget(parent)
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("imageBuildProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("imageBuildStep"));
    // One line that never widens the narrow form; the whole text is its tooltip.
    m_step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("imageBuildError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("imageBuildLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setPlaceholderText(tr("The build's output appears here."));
    QFont mono = m_log->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &ImageBuildView::flushLog);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_error);
    layout->addWidget(m_log, 1);
}

void ImageBuildView::clear()
{
    m_flush->stop();
    m_pendingLines.clear();
    m_receivedLines = 0;
    m_log->clear();
    m_progress->setValue(0);
    m_step->clear();
    m_error->clear();
    m_error->setVisible(false);
}

void ImageBuildView::follow(sandbox::ImageBuild* build)
{
    clear();
    setStep(tr("Building %1…").arg(build->imageName()));
    connect(build, &sandbox::ImageBuild::progress, this, [this](int percent, const QString&) {
        m_progress->setValue(percent);
    });
    connect(build, &sandbox::ImageBuild::stepProgress, this,
            [this](int step, int total, const QString& description, int percent) {
                setStep(tr("Step %1 of %2: %3 (%4%)").arg(step).arg(total).arg(description).arg(percent));
            });
    connect(build, &sandbox::ImageBuild::logLine, this,
            [this](sandbox::ImageBuild::Stream, const QString& line) { appendLine(line); });
    connect(build, &sandbox::ImageBuild::finished, this, [this, build](bool ok) { showFinished(build, ok); });
}

void ImageBuildView::setStep(const QString& text)
{
    m_step->setText(text);
    m_step->setToolTip(text);
}

void ImageBuildView::appendLine(const QString& line)
{
    ++m_receivedLines;
    m_pendingLines << line;
    if (!m_flush->isActive())
        m_flush->start();
}

void ImageBuildView::flushLog()
{
    if (m_pendingLines.isEmpty())
        return;
    // Keep following the end unless the user scrolled up to read.
    QScrollBar* bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    if (m_pendingLines.size() > kMaxLogLines)
        m_pendingLines = m_pendingLines.mid(m_pendingLines.size() - kMaxLogLines);
    m_log->appendPlainText(m_pendingLines.join(QLatin1Char('\n')));
    m_pendingLines.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ImageBuildView::showFinished(sandbox::ImageBuild* build, bool ok)
{
    flushLog();
    if (ok) {
        m_progress->setValue(100);
        setStep(tr("Image ready: %1 (id %2)").arg(build->imageName(), build->image().id()));
        return;
    }
    setStep(tr("The build failed."));
    m_error->setText(build->errorString());
    m_error->setVisible(true);
}

} // namespace ui
