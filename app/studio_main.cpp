// sandbox-studio: the window.
#include "ui/MainWindow.h"

#include "util/Translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
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
