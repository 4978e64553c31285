#pragma once

// The long-lived sandbox figures of sandbox-bench (bench_detached.cpp).

#include "sandbox/Engine.h"

#include <QString>
#include <QTextStream>

#include <functional>

using BenchRow = std::function<void(const QString& what, double mine, double runc, const QString& unit)>;

QTextStream& out();
void measureDetached(sandbox::Engine& engine, const QString& sandboxRun, const QString& rootfs, int runs,
                     const BenchRow& row);
