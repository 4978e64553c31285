#pragma once

#include <QEventLoop>
#include <QTimer>

namespace sandbox {

// Runs a local event loop until `done()` holds, re-checked whenever
// `object` emits `signal`, or until msecs pass (-1: no limit). For the
// command line and tests; returns done().
template <typename Object, typename Signal, typename Done>
bool waitFor(Object* object, Signal signal, Done done, int msecs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(object, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer guard;
    if (msecs >= 0) {
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(msecs);
    }
    loop.exec();
    return done();
}

} // namespace sandbox
