#include "util/StallWatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

namespace sandbox {

namespace {

const char* classOf(const QObject* object)
{
    return object ? object->metaObject()->className() : nullptr;
}

} // namespace

StallWatch::StallWatch(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(5);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &StallWatch::onTick);
}

StallWatch::~StallWatch()
{
    stop();
}

void StallWatch::start()
{
    m_clock.start();
    m_lastTickMs = 0;
    m_longestTickGapMs = 0;
    m_longestTickGapEndMs = 0;
    m_last = {};
    m_slowest = {};
    m_slowestMs = 0;
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_ticker.start();
}

void StallWatch::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_ticker.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void StallWatch::onTick()
{
    const qint64 now = m_clock.elapsed();
    if (now - m_lastTickMs > m_longestTickGapMs) {
        m_longestTickGapMs = now - m_lastTickMs;
        m_longestTickGapEndMs = now;
    }
    m_lastTickMs = now;
}

bool StallWatch::eventFilter(QObject* watched, QEvent* event)
{
    // Only this thread's deliveries; with the ticker running, the loop is
    // never idle for longer than a tick, so a long gap is a long handler.
    if (watched->thread() == thread()) {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last.receiver && (now - m_last.atNs) / 1000000 > m_slowestMs) {
            m_slowestMs = (now - m_last.atNs) / 1000000;
            m_slowest = m_last;
        }
        const QObject* parent = watched->parent();
        m_last = {classOf(watched), classOf(parent), classOf(parent ? parent->parent() : nullptr),
                  static_cast<int>(event->type()), now};
    }
    return QObject::eventFilter(watched, event);
}

QString StallWatch::slowestEvent() const
{
    if (!m_slowest.receiver)
        return QStringLiteral("none");
    QString text = QString::fromLatin1(m_slowest.receiver);
    if (m_slowest.parent)
        text += QStringLiteral(" (in %1").arg(QString::fromLatin1(m_slowest.parent))
                + (m_slowest.grandparent ? QStringLiteral(" in %1)").arg(QString::fromLatin1(m_slowest.grandparent))
                                         : QStringLiteral(")"));
    return text + QStringLiteral(", event type %1, %2 ms").arg(m_slowest.type).arg(m_slowestMs);
}

} // namespace sandbox
