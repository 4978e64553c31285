#pragma once

// A row in the image form that offers what a cloned repository states
// about its image: "Dockerfile in this repository" as the base, and its
// requirements file or pyproject.toml as a pip step (see
// sandbox::detectRepositoryImageFiles). Hidden when there is nothing.

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

class RepositoryImageOffer : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryImageOffer(QWidget* parent = nullptr);

    // Looks at `dir` (empty: no repository) and shows what it offers.
    void setRepository(const QString& dir);

    QPushButton* dockerfileButton() const { return m_dockerfile; }
    QPushButton* requirementsButton() const { return m_requirements; }
    QPushButton* pyprojectButton() const { return m_pyproject; }

Q_SIGNALS:
    // The Dockerfile and its context (the repository).
    void dockerfileChosen(const QString& dockerfile, const QString& context);
    // A requirements file or a pyproject.toml to install.
    void pipFileChosen(const QString& file);

private:
    QString m_dir;
    QString m_dockerfilePath;
    QString m_requirementsPath;
    QString m_pyprojectPath;
    QLabel* m_label = nullptr;
    QPushButton* m_dockerfile = nullptr;
    QPushButton* m_requirements = nullptr;
    QPushButton* m_pyproject = nullptr;
};

} // namespace ui
