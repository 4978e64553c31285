#include "AboutDialog.h"

#include "runtime/OciRuntime.h"
#include "util/ComponentVersions.h"

#include <ksyntaxhighlighting_version.h>
#include <qtermwidget_version.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

AboutDialog::AboutDialog(const sandbox::RuntimeInfo& runtime, const QString& runtimeError, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Sandbox Studio"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* intro = new QLabel(tr("<p><b>Sandbox Studio</b> %1</p><p>Runs code you don't fully trust in fresh, "
                                "disposable Linux sandboxes.</p>")
                                 .arg(QStringLiteral(SANDBOX_STUDIO_VERSION)),
                             this);
    intro->setObjectName(QStringLiteral("aboutText"));
    intro->setWordWrap(true);

    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("versionTable"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Component"), tr("Built with"), tr("Running")});

    auto addRow = [this](const QString& name, const QString& built, const QString& running) {
        new QTreeWidgetItem(m_versions, {name, built, running});
    };
    const QString runtimeRunning = runtime.name.isEmpty()
                                       ? tr("none found: %1").arg(runtimeError)
                                       : tr("%1 (%2)").arg(runtime.version, runtime.program);
    addRow(tr("OCI runtime"), QString(), runtimeRunning);
    for (const sandbox::ComponentVersion& library : sandbox::engineLibraryVersions())
        addRow(library.name, library.built, library.running);
    addRow(QStringLiteral("QTermWidget"),
           QStringLiteral("%1.%2.%3")
               .arg(QTERMWIDGET_VERSION_MAJOR)
               .arg(QTERMWIDGET_VERSION_MINOR)
               .arg(QTERMWIDGET_VERSION_PATCH),
           sandbox::loadedLibraryVersion(QStringLiteral("libqtermwidget6.so")));
    addRow(QStringLiteral("KSyntaxHighlighting (KF6)"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
           sandbox::loadedLibraryVersion(QStringLiteral("libKF6SyntaxHighlighting.so")));
    for (const sandbox::ComponentVersion& tool : sandbox::helperToolVersions())
        addRow(tool.name, tool.built, tool.running);
    for (int column = 0; column < m_versions->columnCount(); ++column)
        m_versions->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_versions, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace ui
