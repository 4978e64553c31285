// The window as sandbox-studio starts it, driven for the fault suite:
// launches argv[1] in the real MainWindow and prints "running" once the
// run's output on screen shows argv[2]. tst_security_faults SIGKILLs it
// then. With --quit-when-done it instead prints "finished <code>" once the
// run has ended and its output is on screen, and closes the window (the
// restart that must work). It prints "window-up" once the window (and so
// its engine, whose janitor cleans what a killed app left) is constructed.
#include "ui/MainWindow.h"
#include "ui/TerminalView.h"

#include "sandbox/Rootless.h"
#include "util/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <optional>

int main(int argc, char* argv[])
{
    // As in studio_main.cpp: the user namespace before Qt starts threads.
    sandbox::rootless::enterUserNamespace();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QApplication::setOrganizationName(QStringLiteral("sandbox-studio"));
    sandbox::installTranslations();
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s COMMAND READY_TEXT [--quit-when-done]\n", argv[0]);
        return 2;
    }
    const QString readyText = args.at(2);
    const bool quitWhenDone = args.contains(QStringLiteral("--quit-when-done"));

    ui::MainWindow window;
    window.show();
    std::puts("window-up");
    std::fflush(stdout);
    std::optional<int> finishedCode;
    QElapsedTimer sinceFinished;
    QObject::connect(&window, &ui::MainWindow::runFinished, &window, [&](int code) {
        finishedCode = code;
        sinceFinished.start();
    });
    window.commandEdit()->setText(args.at(1));
    window.launch();
    QTimer poll;
    bool runningSaid = false;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        const bool shown = window.terminal()->screenText().contains(readyText);
        if (shown && !runningSaid) {
            runningSaid = true;
            std::puts("running");
            std::fflush(stdout);
        }
        // The terminal draws the last output a moment after the run ends.
        if (quitWhenDone && finishedCode && (shown || sinceFinished.elapsed() > 10000)) {
            std::printf("finished %d%s\n", *finishedCode, shown ? "" : " (ready text not on screen)");
            std::fflush(stdout);
            poll.stop();
            window.close();
        }
    });
    poll.start(100);
    return QApplication::exec();
}
