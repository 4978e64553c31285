#include "SandboxView.h"

#include "sandbox/Sandbox.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ui {

SandboxView::SandboxView(const QString& unavailableText, QWidget* parent)
    : QWidget(parent), m_unavailable(unavailableText)
{
}

void SandboxView::setSandbox(const sandbox::Sandbox* sandbox)
{
    if (m_sandbox == sandbox)
        return;
    m_sandbox = sandbox;
    clearShown();
    m_stale = true;
    if (isVisible() || !m_sandbox) {
        m_stale = false;
        refresh();
    }
}

void SandboxView::setUnavailableText(const QString& text)
{
    m_unavailable = text;
    if (!m_sandbox)
        refresh();
}

QString SandboxView::noFilesText() const
{
    if (!m_sandbox)
        return m_unavailable;
    if (m_sandbox->endReason() == sandbox::Sandbox::EndReason::FailedToStart)
        return tr("The sandbox did not start, so it has no files.");
    return tr("The sandbox's files are gone.");
}

void SandboxView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A running sandbox changes its files all the time: show them as they
    // are now whenever the view comes into sight.
    if (m_stale || (m_sandbox && m_sandbox->state() == sandbox::Sandbox::State::Running)) {
        m_stale = false;
        refresh();
    }
}

void SandboxView::layOut(QLayout* tools, QWidget* list, QLabel* title, QWidget* viewer)
{
    tools->setContentsMargins(4, 2, 4, 0);
    auto* viewerArea = new QWidget(this);
    auto* viewerLayout = new QVBoxLayout(viewerArea);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(title);
    viewerLayout->addWidget(viewer, 1);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(viewerArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
}

} // namespace ui
