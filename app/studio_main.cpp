// sandbox-studio: the window.
#include "ui/MainWindow.h"

#include "sandbox/Rootless.h"
#include "util/Translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    // Without root the engine works in a user namespace of its own, which
    // the kernel grants only to a process with one thread: enter it before
    // Qt starts any. A failure is reported by the engine in the window.
    sandbox::rootless::enterUserNamespace();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sandbox Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SANDBOX_STUDIO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("sandbox-studio"));
    QApplication::setDesktopFileName(QStringLiteral("sandbox-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sandbox-studio.svg")));

    sandbox::installTranslations();

    ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
