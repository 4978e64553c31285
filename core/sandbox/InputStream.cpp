#include "sandbox/InputStream.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace sandbox {

InputStream::InputStream(QObject* parent) : QObject(parent) {}

InputStream::~InputStream() = default;

void InputStream::attach(UniqueFd fd, const QByteArray& eofBytes)
{
    if (m_closed)
        return;
    m_fd = std::move(fd);
    m_eofBytes = eofBytes;
    const int flags = ::fcntl(m_fd.get(), F_GETFL);
    ::fcntl(m_fd.get(), F_SETFL, flags | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &InputStream::flush);
    flush();
}

void InputStream::write(const QByteArray& data)
{
    if (m_closed || m_eofRequested || data.isEmpty())
        return;
    m_buffer += data;
    flush();
}

void InputStream::writeEof()
{
    if (m_closed || m_eofRequested)
        return;
    m_eofRequested = true;
    m_buffer += m_eofBytes;
    flush();
}

void InputStream::flush()
{
    if (!m_fd.isValid())
        return; // not attached yet, or closed
    while (!m_buffer.isEmpty()) {
        const ssize_t n = ::write(m_fd.get(), m_buffer.constData(), static_cast<size_t>(m_buffer.size()));
        if (n > 0) {
            m_buffer.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            m_notifier->setEnabled(true);
            return;
        }
        m_error = QCoreApplication::translate("sandbox::InputStream",
                                              "the sandbox closed its stdin; %n byte(s) not delivered", nullptr,
                                              static_cast<int>(m_buffer.size()));
        close();
        return;
    }
    m_notifier->setEnabled(false);
    if (m_eofRequested && m_eofBytes.isEmpty())
        close();
    Q_EMIT drained();
}

void InputStream::close()
{
    const bool hadPending = !m_buffer.isEmpty();
    m_closed = true;
    m_buffer.clear();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_fd.reset();
    if (hadPending)
        Q_EMIT drained(); // nothing more will be written: waiters may go on
}

bool InputStream::waitForDrained(int msecs)
{
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    while (!m_buffer.isEmpty() && !m_closed && !m_fd.isValid()) {
        // Not attached yet: the sandbox is still starting.
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    while (!m_buffer.isEmpty() && m_fd.isValid()) {
        pollfd pfd{m_fd.get(), POLLOUT, 0};
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        if (::poll(&pfd, 1, static_cast<int>(qMin<qint64>(left < 0 ? 1000 : left, 1000))) > 0)
            flush();
    }
    return m_buffer.isEmpty();
}

} // namespace sandbox
