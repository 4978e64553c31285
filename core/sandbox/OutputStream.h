#pragma once

#include "util/Spawn.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace sandbox {

// One output stream of a sandbox (stdout, stderr, or the terminal). The
// engine always drains the pipe, so an unread stream never blocks the
// sandbox, and keeps everything: the first memoryLimit() bytes in memory,
// the rest in an unlinked file in the sandbox's directory. Read it live
// (chunkReceived, lineReceived) or whole (readAll).
class OutputStream : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMemoryLimit = 8 * 1024 * 1024;
    // Longer lines reach lineReceived in pieces of this size.
    static constexpr qsizetype kMaxLineLength = 1024 * 1024;

    explicit OutputStream(QObject* parent = nullptr);
    ~OutputStream() override;

    // Starts draining `fd` (taken over). Output past the memory limit goes
    // to a file in `spillDir`.
    void attach(UniqueFd fd, const QString& spillDir);
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }
    qint64 memoryLimit() const { return m_memoryLimit; }

    // Everything received so far, in order.
    QByteArray readAll() const;
    qint64 size() const { return m_size; }
    qint64 spilledBytes() const { return m_spilled; }
    bool isAttached() const { return m_fd.isValid() || m_ended; }
    // True once the writer side closed and everything was read.
    bool atEnd() const { return m_ended; }
    bool waitForEnd(int msecs);
    QString errorString() const { return m_error; }

    // Reads what is left without waiting, then closes: the writer is gone.
    void drainAndClose();

Q_SIGNALS:
    void chunkReceived(const QByteArray& data);
    // One line with its '\n'; the last one may lack it (a partial line at EOF).
    void lineReceived(const QByteArray& line);
    void ended();

private:
    void onReadable();
    void readAvailable(qint64 budget);
    void store(const QByteArray& data);
    void splitLines(const QByteArray& data);
    void finish();

    UniqueFd m_fd;
    UniqueFd m_spill;
    QString m_spillDir;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_memory; // the head, up to the memory limit
    QByteArray m_tail;   // only if the spill file failed: what it could not take
    QByteArray m_partialLine;
    QByteArray m_readBuffer; // reused while no receiver keeps a chunk
    bool m_spliceFailed = false;
    qint64 m_memoryLimit = kDefaultMemoryLimit;
    qint64 m_size = 0;
    qint64 m_spilled = 0;
    bool m_ended = false;
    QString m_error;
};

} // namespace sandbox
