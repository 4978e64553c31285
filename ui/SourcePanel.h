#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QTabWidget;
class QTemporaryDir;

namespace ui {

class CloneSourcePage;
class PasteSourcePage;

// Where a run's code comes from: pasted into an editor, or cloned from a
// git repository. Either way it ends up as a directory on the host that
// the run gets as its working directory.
class SourcePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Paste, Clone };

    explicit SourcePanel(QWidget* parent = nullptr);
    ~SourcePanel() override;

    PasteSourcePage* pastePage() const { return m_paste; }
    CloneSourcePage* clonePage() const { return m_clone; }
    QTabWidget* modeTabs() const { return m_tabs; }

    Mode mode() const;
    void setMode(Mode mode);

    // Where new clones go by default (a folder of the data directory).
    void setCloneBase(const QString& base);

    // The command the current source most likely runs with.
    QStringList suggestedCommand() const;

    // Makes the source a host directory for the next run and returns it:
    // pasted code is saved to a fresh private directory (kept until this
    // panel goes); a clone is used where it is. Returns an empty string
    // with no error when there is no source (nothing pasted), and an empty
    // string with *error set when the source is not usable yet.
    QString prepareSourceDirectory(QString* error);

Q_SIGNALS:
    void suggestedCommandChanged();

private:
    QTabWidget* m_tabs = nullptr;
    PasteSourcePage* m_paste = nullptr;
    CloneSourcePage* m_clone = nullptr;
    std::vector<std::unique_ptr<QTemporaryDir>> m_pasteDirs;
};

} // namespace ui
