#include "backend/BackendFactory.h"

#include "backend/ClusterConfig.h"
#include "backend/LocalBackend.h"
#include "backend/SlurmBackend.h"

#include <QCoreApplication>

namespace sandbox {

std::unique_ptr<Backend> createBackend(const QString& choice, Engine* engine, QString* error)
{
    auto failWith = [error](const QString& message) -> std::unique_ptr<Backend> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (choice.isEmpty()) {
        if (!engine)
            return failWith(QCoreApplication::translate("sandbox::Backend", "no local engine"));
        return std::make_unique<LocalBackend>(*engine);
    }
    ClusterStore store;
    QString problem;
    if (!store.load(&problem))
        return failWith(problem);
    const ClusterConfig* cluster = store.find(choice);
    if (!cluster) {
        return failWith(QCoreApplication::translate("sandbox::Backend",
                                                    "no cluster named \"%1\" in %2 (add one with "
                                                    "`sandbox-run clusters add`)")
                            .arg(choice, store.filePath()));
    }
    return std::make_unique<SlurmBackend>(*cluster);
}

} // namespace sandbox
