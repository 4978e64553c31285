// sandbox-studio: the window.
#include "ui/MainWindow.h"

#include "desktop/StudioCommandLine.h"
#include "sandbox/Rootless.h"
#include "spec/SpecFile.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

// Can a window open at all? Without a display QApplication would abort;
// errors then go to stderr only and the exit status carries them.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    // Without root the engine works in a user namespace of its own, which
    // the kernel grants only to a process with one thread: enter it before
    // Qt starts any. A failure is reported by the engine in the window.
    sandbox::rootless::enterUserNamespace();

    // Parsed before the display is needed, so that --version, --help and a
    // bad spec work (and fail clearly) without one.
    const sandbox::StudioCommandLine commandLine =
        sandbox::StudioCommandLine::parse(argumentsOf(argc, argv), QDir::currentPath());
    switch (commandLine.action) {
    case sandbox::StudioCommandLine::Action::ShowHelp:
        printLine(stdout, commandLine.helpText);
        return 0;
    case sandbox::StudioCommandLine::Action::ShowVersion:
        printLine(stdout, QStringLiteral("sandbox-studio " SANDBOX_STUDIO_VERSION));
        return 0;
    case sandbox::StudioCommandLine::Action::Invalid:
        printLine(stderr, QStringLiteral("sandbox-studio: ") + commandLine.errors.join(QLatin1Char('\n')));
        return 2;
    case sandbox::StudioCommandLine::Action::OpenWindow:
        break;
    }
    QString specError;
    sandbox::SandboxSpec spec;
    if (!commandLine.runSpec.isEmpty())
        spec = sandbox::readSpecFile(commandLine.runSpec, &specError);
    for (const QString& error : commandLine.errors)
        printLine(stderr, QStringLiteral("sandbox-studio: ") + error);
    if (!specError.isEmpty()) {
        printLine(stderr, QStringLiteral("sandbox-studio: --run: ") + specError);
        if (!displayAvailable())
            return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sandbox Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SANDBOX_STUDIO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("sandbox-studio"));
    // The desktop entry's id: window managers match windows to it.
    QApplication::setDesktopFileName(QStringLiteral("dev.sandboxstudio.SandboxStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sandbox-studio.svg")));

    sandbox::installTranslations();

    if (!specError.isEmpty()) {
        // Read again now that the translations are in: the dialog speaks
        // the user's language.
        sandbox::readSpecFile(commandLine.runSpec, &specError);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot run the spec"), specError);
        return 1;
    }

    ui::MainWindow window;
    window.show();
    if (!commandLine.runSpec.isEmpty())
        window.openSpec(spec);
    QStringList errors = commandLine.errors;
    for (const QString& error : window.open(commandLine.open)) {
        printLine(stderr, QStringLiteral("sandbox-studio: ") + error);
        errors << error;
    }
    if (!errors.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "Cannot open"),
                             errors.join(QLatin1Char('\n')));
    }
    return QApplication::exec();
}
