#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sandbox {
class GitClone;
struct GitCloneRequest;
} // namespace sandbox

namespace ui {

// Source by cloning a git repository: URL, branch, depth, destination and
// optional credentials; Clone and Cancel; progress (objects, then
// checkout) and a clear error.
class CloneSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit CloneSourcePage(QWidget* parent = nullptr);
    ~CloneSourcePage() override;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* branchEdit() const { return m_branch; }
    QSpinBox* depthBox() const { return m_depth; }
    QLineEdit* destinationEdit() const { return m_destination; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* tokenEdit() const { return m_token; }
    QPushButton* cloneButton() const { return m_clone; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* messageLabel() const { return m_message; }

    // Where a new clone goes by default: <base>/<repository name>.
    void setDestinationBase(const QString& base);
    sandbox::GitCloneRequest request() const;
    // Prefills the URL (and the destination it suggests); cloning waits
    // for the user.
    void setUrl(const QString& url);

    bool isCloning() const;
    // The last successful clone's directory, or an empty string.
    QString clonedDirectory() const { return m_cloned; }
    // The detected test runner of the clone; `sh` before any clone.
    QStringList suggestedCommand() const;

public Q_SLOTS:
    void startClone();
    void cancelClone();

Q_SIGNALS:
    void cloneFinished(bool ok);
    void suggestedCommandChanged();

private:
    void suggestDestination();
    void setBusy(bool busy);
    void showError(const QString& text);
    void showNote(const QString& text);

    sandbox::GitClone* m_git = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_branch = nullptr;
    QSpinBox* m_depth = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_sshAgent = nullptr;
    QPushButton* m_clone = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QString m_destinationBase;
    QString m_cloned;
    QString m_cloning;
    bool m_destinationChosen = false;
};

} // namespace ui
