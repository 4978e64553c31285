#pragma once

#include "util/Spawn.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace sandbox {

// A sandbox's stdin, as asyncio's StreamWriter: write() buffers and never
// blocks, drained() (or waitForDrained) says the buffer reached the pipe,
// writeEof() closes it once everything is written. Writes made before the
// sandbox starts are kept until then.
class InputStream : public QObject
{
    Q_OBJECT

public:
    explicit InputStream(QObject* parent = nullptr);
    ~InputStream() override;

    // Starts feeding `fd` (taken over). `eofBytes`, when set, is written
    // instead of closing (a terminal's end-of-file character).
    void attach(UniqueFd fd, const QByteArray& eofBytes = {});

    void write(const QByteArray& data);
    void writeEof();
    qint64 pendingBytes() const { return m_buffer.size(); }
    bool isClosed() const { return m_closed; }
    // Blocks until the buffer is empty (or the reader is gone); false on
    // timeout.
    bool waitForDrained(int msecs);
    // Set when the reader went away before taking everything.
    QString errorString() const { return m_error; }

    // The sandbox ended: drop what was not taken.
    void close();

Q_SIGNALS:
    void drained();

private:
    void flush();

    UniqueFd m_fd;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_buffer;
    QByteArray m_eofBytes;
    bool m_eofRequested = false;
    bool m_closed = false;
    QString m_error;
};

} // namespace sandbox
