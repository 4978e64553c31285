#include "history/OutputCapture.h"

#include <QStringBuilder>

namespace sandbox {

OutputCapture::OutputCapture(qsizetype limit) : m_limit(std::max<qsizetype>(limit, 2)) {}

void OutputCapture::appendStdout(const QByteArray& bytes)
{
    m_total += bytes.size();
    append(bytes);
}

void OutputCapture::appendStderr(const QByteArray& bytes)
{
    m_total += bytes.size();
    append(QByteArrayLiteral("\x1b[31m") + bytes + QByteArrayLiteral("\x1b[0m"));
}

void OutputCapture::append(const QByteArray& bytes)
{
    const qsizetype headLimit = m_limit / 2;
    qsizetype offset = 0;
    if (m_head.size() < headLimit) {
        offset = std::min(headLimit - m_head.size(), bytes.size());
        m_head.append(bytes.constData(), offset);
    }
    if (offset == bytes.size())
        return;
    m_tail.append(bytes.constData() + offset, bytes.size() - offset);
    // Trim in large steps so that a flood of small writes stays linear.
    const qsizetype tailLimit = m_limit - headLimit;
    if (m_tail.size() > tailLimit + tailLimit / 4 || m_tail.size() > tailLimit + 4 * 1024 * 1024) {
        const qsizetype excess = m_tail.size() - tailLimit;
        m_dropped += excess;
        m_tail.remove(0, excess);
    }
}

qint64 OutputCapture::droppedBytes() const
{
    return m_dropped + std::max<qsizetype>(0, m_tail.size() - (m_limit - m_limit / 2));
}

QByteArray OutputCapture::contents() const
{
    const qsizetype excess = std::max<qsizetype>(0, m_tail.size() - (m_limit - m_limit / 2));
    const qint64 dropped = droppedBytes();
    QByteArray result = m_head;
    if (dropped > 0)
        result += QByteArrayLiteral("\n\x1b[2m[... ") + QByteArray::number(dropped)
                  + QByteArrayLiteral(" bytes of output left out ...]\x1b[0m\n");
    result.append(m_tail.constData() + excess, m_tail.size() - excess);
    return result;
}

void OutputCapture::clear()
{
    m_head.clear();
    m_tail.clear();
    m_total = 0;
    m_dropped = 0;
}

} // namespace sandbox
