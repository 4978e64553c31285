#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sandbox {

// Measures how long a thread's event loop goes without turning (a window
// that does not repaint or answer) and names what held it: the longest gap
// between ticks of a 5 ms timer, and the event whose handler ran through
// the longest gap between two deliveries. For benchmarks and tests of the
// window under load; it watches the thread it was created on.
class StallWatch : public QObject
{
    Q_OBJECT

public:
    explicit StallWatch(QObject* parent = nullptr);
    ~StallWatch() override;

    void start();
    void stop();

    // Longest gap between two timer ticks since start(), and when it ended
    // (ms after start()).
    qint64 longestStallMs() const { return m_longestTickGapMs; }
    qint64 longestStallEndMs() const { return m_longestTickGapEndMs; }
    // The event delivery that ran longest, as "Receiver (parent Parent,
    // grandparent ...) event N" with its duration.
    QString slowestEvent() const;
    qint64 slowestEventMs() const { return m_slowestMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Delivery
    {
        const char* receiver = nullptr;
        const char* parent = nullptr;
        const char* grandparent = nullptr;
        int type = 0;
        qint64 atNs = 0;
    };
    void onTick();

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTickMs = 0;
    qint64 m_longestTickGapMs = 0;
    qint64 m_longestTickGapEndMs = 0;
    Delivery m_last;
    Delivery m_slowest;
    qint64 m_slowestMs = 0;
    bool m_running = false;
};

} // namespace sandbox
