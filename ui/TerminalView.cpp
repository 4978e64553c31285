#include "TerminalView.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QSocketNotifier>
#include <QVBoxLayout>
// QTermWidget's headers use the bare signals/slots keywords that the
// project turns off (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <qtermwidget.h>
#undef signals
#undef slots

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ui {

namespace {

constexpr qsizetype kWriteChunk = 16 * 1024;
// A flood faster than the terminal can draw must not grow without bound:
// past this, the oldest unshown bytes are skipped (the history keeps them).
constexpr qsizetype kMaxPending = 16 * 1024 * 1024;
constexpr qsizetype kCompactAt = 1024 * 1024;

} // namespace

TerminalView::TerminalView(QWidget* parent) : QWidget(parent)
{
    m_terminal = new QTermWidget(0, this); // 0: start no shell; we feed it
    m_terminal->setObjectName(QStringLiteral("terminal"));
    m_terminal->setFlowControlEnabled(false);
    m_terminal->setTerminalSizeHint(false); // no "Size: 80 x 24" overlay on resize
    m_terminal->setHistorySize(100000);
    m_terminal->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_terminal->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Light or dark like the rest of the window.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_terminal->setColorScheme(dark ? QStringLiteral("Linux") : QStringLiteral("BlackOnWhite"));
    m_terminal->startTerminalTeletype();
    m_slaveFd = m_terminal->getPtySlaveFd();
    if (m_slaveFd >= 0) {
        ::fcntl(m_slaveFd, F_SETFL, ::fcntl(m_slaveFd, F_GETFL) | O_NONBLOCK);
        m_writable = new QSocketNotifier(m_slaveFd, QSocketNotifier::Write, this);
        m_writable->setEnabled(false);
        connect(m_writable, &QSocketNotifier::activated, this, &TerminalView::flush);
    }
    connect(m_terminal, &QTermWidget::sendData, this, [this](const char* typed, int size) {
        QByteArray bytes(typed, size);
        if (m_rawInput) {
            Q_EMIT inputTyped(bytes);
            return;
        }
        if (bytes == "\x04") {
            Q_EMIT endOfInputTyped();
            return;
        }
        if (m_localEcho)
            enqueue(QByteArray(bytes).replace('\r', '\n'));
        Q_EMIT inputTyped(bytes.replace('\r', '\n'));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_terminal);
    setFocusProxy(m_terminal);
    // The terminal claims every key (ShortcutOverride); watch its parts so
    // that the window's shortcuts still work while it has the focus.
    for (QWidget* part : m_terminal->findChildren<QWidget*>())
        part->installEventFilter(this);
}

bool TerminalView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        // A terminal's Ctrl+D is its end of file, not the window's.
        const bool terminalKey = m_rawInput && pressed == QKeySequence(Qt::CTRL | Qt::Key_D);
        if (m_windowShortcuts.contains(pressed) && !terminalKey) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

TerminalView::~TerminalView() = default;

void TerminalView::setRawInput(bool raw)
{
    m_rawInput = raw;
    // The sandbox's terminal already turned \n into \r\n: output passes
    // through ours unchanged (no OPOST), notices write \r\n themselves.
    termios attributes{};
    if (m_slaveFd >= 0 && ::tcgetattr(m_slaveFd, &attributes) == 0) {
        if (raw)
            attributes.c_oflag &= ~tcflag_t(OPOST);
        else
            attributes.c_oflag |= OPOST;
        ::tcsetattr(m_slaveFd, TCSANOW, &attributes);
    }
}

int TerminalView::columns() const
{
    return m_terminal->screenColumnsCount();
}

int TerminalView::rows() const
{
    return m_terminal->screenLinesCount();
}

void TerminalView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The terminal recomputes its cells in its own resize handling; read
    // them once that is done.
    QMetaObject::invokeMethod(this, &TerminalView::checkSize, Qt::QueuedConnection);
}

void TerminalView::checkSize()
{
    const int newColumns = columns();
    const int newRows = rows();
    if (newColumns <= 0 || newRows <= 0 || (newColumns == m_lastColumns && newRows == m_lastRows))
        return;
    m_lastColumns = newColumns;
    m_lastRows = newRows;
    Q_EMIT sizeChanged(newColumns, newRows);
}

void TerminalView::appendStdout(const QByteArray& bytes)
{
    enqueue(bytes);
}

void TerminalView::appendStderr(const QByteArray& bytes)
{
    enqueue("\x1b[31m" + bytes + "\x1b[0m");
}

void TerminalView::appendNotice(const QString& text)
{
    enqueue("\x1b[2m" + text.toUtf8() + "\x1b[0m\r\n");
}

void TerminalView::clear()
{
    m_pending.clear();
    m_written = 0;
    m_terminal->clear();
}

void TerminalView::enqueue(const QByteArray& bytes)
{
    if (bytes.isEmpty() || m_slaveFd < 0)
        return;
    m_pending.append(bytes);
    if (m_pending.size() - m_written > kMaxPending) {
        const qsizetype skipped = m_pending.size() - m_written - kMaxPending / 2;
        m_pending.remove(0, m_written + skipped);
        m_written = 0;
        m_skippedBytes += skipped;
        m_pending.prepend("\x1b[0m\r\n\x1b[2m[... " + QByteArray::number(skipped)
                          + " bytes not shown: the terminal fell behind; the run's history keeps them ...]\x1b[0m\r\n");
    }
    flush();
}

void TerminalView::flush()
{
    // Written bytes are skipped by an offset and compacted rarely: removing
    // them from the front each time would move the whole backlog per chunk.
    while (m_written < m_pending.size()) {
        const qsizetype chunk = std::min(m_pending.size() - m_written, kWriteChunk);
        const ssize_t written = ::write(m_slaveFd, m_pending.constData() + m_written, static_cast<size_t>(chunk));
        if (written > 0) {
            m_written += written;
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        break; // full (EAGAIN): wait until the terminal drained some
    }
    if (m_written == m_pending.size()) {
        m_pending.clear();
        m_written = 0;
    } else if (m_written > kCompactAt) {
        m_pending.remove(0, m_written);
        m_written = 0;
    }
    if (m_writable)
        m_writable->setEnabled(!m_pending.isEmpty());
}

QString TerminalView::screenText() const
{
    // Selection rows count from the top of the scrollback.
    const int top = m_terminal->historyLinesCount();
    const int lines = m_terminal->screenLinesCount();
    const int columns = m_terminal->screenColumnsCount();
    m_terminal->setSelectionStart(top, 0);
    m_terminal->setSelectionEnd(top + lines - 1, columns - 1);
    const QString text = m_terminal->selectedText(true);
    return text;
}

} // namespace ui
