// Makes the README's screenshots from the real app: drives the window
// through a real run and saves what it shows.
//   build/tools/screenshots/sandbox-studio-screenshots docs/screenshots
#include "ui/MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

namespace {

bool saveWindow(QWidget& window, const QString& path)
{
    QApplication::processEvents();
    const bool ok = window.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED to save", qPrintable(path));
    return ok;
}

void waitFor(ui::MainWindow& window, int msecs)
{
    QEventLoop loop;
    QObject::connect(&window, &ui::MainWindow::runFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sandbox Studio"));
    sandbox::installTranslations();
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    ui::MainWindow window;
    window.resize(1000, 560);
    window.show();
    window.commandEdit()->setText(QStringLiteral(
        "python3 -c \"import sys, platform; print('Hello from', platform.node()); "
        "print('python', platform.python_version()); print('a warning on stderr', file=sys.stderr); sys.exit(3)\""));
    window.launch();
    waitFor(window, 300000);
    QTimer::singleShot(300, &app, &QApplication::quit);
    QApplication::exec();
    return saveWindow(window, outDir + QStringLiteral("/main-window.png")) ? 0 : 1;
}
