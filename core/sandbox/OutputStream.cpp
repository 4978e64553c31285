#include "sandbox/OutputStream.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QMetaMethod>
#include <QSocketNotifier>

#include <cerrno>
#include <limits>
#include <cstring>
#include <fcntl.h>
#include <utility>
#include <poll.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr qsizetype kReadSize = 1024 * 1024;
// Per wake-up, so that a flood cannot starve the event loop.
constexpr qint64 kMaxBytesPerWakeup = 8 * 1024 * 1024;

bool writeFully(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

OutputStream::OutputStream(QObject* parent) : QObject(parent) {}

OutputStream::~OutputStream() = default;

void OutputStream::attach(UniqueFd fd, const QString& spillDir)
{
    m_spillDir = spillDir;
    m_fd = std::move(fd);
    const int flags = ::fcntl(m_fd.get(), F_GETFL);
    ::fcntl(m_fd.get(), F_SETFL, flags | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &OutputStream::onReadable);
}

void OutputStream::onReadable()
{
    readAvailable(kMaxBytesPerWakeup);
}

void OutputStream::readAvailable(qint64 budget)
{
    static const QMetaMethod chunkSignal = QMetaMethod::fromSignal(&OutputStream::chunkReceived);
    static const QMetaMethod lineSignal = QMetaMethod::fromSignal(&OutputStream::lineReceived);
    qint64 total = 0;
    while (m_fd.isValid() && total < budget) {
        // Nobody reads live and the head is full: the pipe goes straight to
        // the spill file in the kernel, without a copy through this process.
        if (m_spill.isValid() && m_tail.isEmpty() && !m_spliceFailed && !isSignalConnected(chunkSignal)
            && !isSignalConnected(lineSignal)) {
            const ssize_t moved = ::splice(m_fd.get(), nullptr, m_spill.get(), nullptr,
                                           static_cast<size_t>(kReadSize), SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (moved > 0) {
                total += moved;
                m_size += moved;
                m_spilled += moved;
                continue;
            }
            if (moved < 0 && errno == EINTR)
                continue;
            if (moved < 0 && errno == EAGAIN)
                return;
            if (moved == 0) {
                finish();
                return;
            }
            // A file system without splice, or a full disk: the plain path
            // below keeps the bytes (in memory if the file takes no more).
            m_spliceFailed = true;
        }
        // A fresh buffer only when a receiver still holds the last chunk:
        // resizing a shared one would copy it first.
        if (m_readBuffer.isDetached())
            m_readBuffer.resize(kReadSize);
        else
            m_readBuffer = QByteArray(kReadSize, Qt::Uninitialized);
        const ssize_t n = ::read(m_fd.get(), m_readBuffer.data(), static_cast<size_t>(kReadSize));
        if (n > 0) {
            total += n;
            const QByteArray chunk = QByteArray::fromRawData(m_readBuffer.constData(), n);
            store(chunk);
            if (isSignalConnected(chunkSignal) || isSignalConnected(lineSignal)) {
                // Receivers may keep what they get: a real (shared) copy of
                // this chunk, not a view of the buffer read into next.
                m_readBuffer.truncate(n);
                const QByteArray received = m_readBuffer;
                Q_EMIT chunkReceived(received);
                splitLines(received);
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        finish(); // EOF, or EIO from a terminal whose last user left
        return;
    }
}

void OutputStream::store(const QByteArray& data)
{
    m_size += data.size();
    if (!m_spill.isValid() && m_tail.isEmpty() && m_memory.size() + data.size() <= m_memoryLimit) {
        m_memory += data;
        return;
    }
    if (!m_spill.isValid() && m_error.isEmpty()) {
        const QByteArray dir = QFile::encodeName(m_spillDir);
        m_spill.reset(::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
        if (!m_spill.isValid()) {
            m_error = QCoreApplication::translate("sandbox::OutputStream",
                                                  "cannot spill output to disk (%1); keeping it in memory")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    if (m_spill.isValid() && writeFully(m_spill.get(), data.constData(), data.size())) {
        m_spilled += data.size();
        return;
    }
    if (m_spill.isValid() && m_error.isEmpty()) {
        m_error = QCoreApplication::translate("sandbox::OutputStream",
                                              "cannot write output to disk (%1); keeping the rest in memory")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    // Never lose output: what the file did not take stays in memory, after
    // what the file holds.
    m_tail += data;
}

QByteArray OutputStream::readAll() const
{
    if (m_spilled == 0)
        return m_memory + m_tail;
    QByteArray out;
    out.reserve(static_cast<qsizetype>(m_size));
    out += m_memory;
    const qsizetype headSize = out.size();
    out.resize(headSize + static_cast<qsizetype>(m_spilled));
    qint64 offset = 0;
    while (offset < m_spilled) {
        const ssize_t n = ::pread(m_spill.get(), out.data() + headSize + offset,
                                  static_cast<size_t>(m_spilled - offset), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        offset += n;
    }
    out.truncate(headSize + static_cast<qsizetype>(offset));
    out += m_tail;
    return out;
}

void OutputStream::splitLines(const QByteArray& data)
{
    static const QMetaMethod lineSignal = QMetaMethod::fromSignal(&OutputStream::lineReceived);
    if (!isSignalConnected(lineSignal))
        return;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0) {
            m_partialLine += data.mid(start);
            while (m_partialLine.size() >= kMaxLineLength) {
                Q_EMIT lineReceived(m_partialLine.left(kMaxLineLength));
                m_partialLine.remove(0, kMaxLineLength);
            }
            return;
        }
        m_partialLine += data.mid(start, newline + 1 - start);
        Q_EMIT lineReceived(m_partialLine);
        m_partialLine.clear();
        start = newline + 1;
    }
}

void OutputStream::finish()
{
    if (m_ended)
        return;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_fd.reset();
    m_ended = true;
    if (!m_partialLine.isEmpty()) {
        const QByteArray last = std::exchange(m_partialLine, {});
        Q_EMIT lineReceived(last);
    }
    Q_EMIT ended();
}

void OutputStream::drainAndClose()
{
    readAvailable(std::numeric_limits<qint64>::max());
    finish();
}

bool OutputStream::waitForEnd(int msecs)
{
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    while (!m_ended && m_fd.isValid()) {
        pollfd pfd{m_fd.get(), POLLIN, 0};
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        if (::poll(&pfd, 1, static_cast<int>(qMin<qint64>(left < 0 ? 1000 : left, 1000))) > 0)
            onReadable();
    }
    return m_ended;
}

} // namespace sandbox
