#pragma once

#include <QByteArray>

namespace sandbox {

// Keeps a run's output for the history within a fixed budget: the first
// half of the budget and the most recent half, with a line in between that
// says how much was left out. Memory stays bounded however much a run prints.
class OutputCapture
{
public:
    static constexpr qsizetype kDefaultLimit = 8 * 1024 * 1024;

    explicit OutputCapture(qsizetype limit = kDefaultLimit);

    void appendStdout(const QByteArray& bytes);
    // Stored between colour escapes, as the terminal shows it.
    void appendStderr(const QByteArray& bytes);

    // Everything kept, with the "left out" line where bytes were dropped.
    QByteArray contents() const;
    qint64 totalBytes() const { return m_total; }
    bool truncated() const { return droppedBytes() > 0; }
    void clear();

private:
    void append(const QByteArray& bytes);
    qint64 droppedBytes() const;

    qsizetype m_limit;
    QByteArray m_head;
    QByteArray m_tail; // a ring would save copies; chunked trimming is enough
    qint64 m_total = 0;
    qint64 m_dropped = 0;
};

} // namespace sandbox
