#pragma once

#include <QComboBox>
#include <memory>

namespace sandbox {
class Backend;
class Engine;
} // namespace sandbox

namespace ui {

// The window's "Run on" choice: this computer, or one of the clusters in
// the user's cluster file (`sandbox-run clusters add`).
class RunOnSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit RunOnSelector(QWidget* parent = nullptr);

    // Re-reads the cluster file, keeping the current choice when it still
    // exists. A broken file leaves only "This computer" and says why in
    // the tooltip.
    void reload();
    // Empty for this computer, otherwise the cluster's name.
    QString currentCluster() const;
    bool selectCluster(const QString& name);
    // The backend for the current choice; local runs go through `engine`.
    std::unique_ptr<sandbox::Backend> createBackend(sandbox::Engine* engine, QString* error) const;
};

} // namespace ui
