#pragma once

#include <QDialog>

class QTreeWidget;

namespace sandbox {
struct RuntimeInfo;
} // namespace sandbox

namespace ui {

// Help > About: the app's version, the OCI runtime the engine detected
// (and its version), and the versions of the libraries and helper tools,
// as built and as running.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `runtimeError`: why the engine found no runtime (shown instead).
    AboutDialog(const sandbox::RuntimeInfo& runtime, const QString& runtimeError, QWidget* parent = nullptr);

    // Rows: component, built with, running.
    QTreeWidget* versionTable() const { return m_versions; }

private:
    QTreeWidget* m_versions = nullptr;
};

} // namespace ui
