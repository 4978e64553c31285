#include "RunOnSelector.h"

#include "backend/BackendFactory.h"
#include "backend/ClusterConfig.h"

namespace ui {

RunOnSelector::RunOnSelector(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("runOnSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
}

void RunOnSelector::reload()
{
    const QString previous = currentCluster();
    clear();
    addItem(tr("This computer"), QString());
    sandbox::ClusterStore store;
    QString error;
    if (!store.load(&error)) {
        setToolTip(tr("Clusters could not be read: %1").arg(error));
        return;
    }
    for (const sandbox::ClusterConfig& cluster : store.clusters())
        addItem(tr("Cluster %1").arg(cluster.name), cluster.name);
    setToolTip(store.clusters().isEmpty()
                   ? tr("Runs on this computer. Add clusters with `sandbox-run clusters add`.")
                   : tr("Where the sandbox runs: this computer or a Slurm cluster"));
    selectCluster(previous);
}

QString RunOnSelector::currentCluster() const
{
    return currentData().toString();
}

bool RunOnSelector::selectCluster(const QString& name)
{
    const int index = findData(name);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

std::unique_ptr<sandbox::Backend> RunOnSelector::createBackend(sandbox::Engine* engine, QString* error) const
{
    return sandbox::createBackend(currentCluster(), engine, error);
}

} // namespace ui
