#pragma once

#include <QWidget>

class QLabel;
class QLayout;

namespace sandbox {
class Sandbox;
}

namespace ui {

// What the Files and Changes views share: the sandbox they show (not
// owned), a note for when there is none, a fresh read whenever they come
// into view while it runs, and their layout (tools above a list beside a
// titled viewer).
class SandboxView : public QWidget
{
    Q_OBJECT

public:
    // nullptr: none. Call with nullptr before the sandbox is deleted.
    void setSandbox(const sandbox::Sandbox* sandbox);
    const sandbox::Sandbox* sandbox() const { return m_sandbox; }
    // Shown instead of the sandbox's files when there is none.
    void setUnavailableText(const QString& text);
    QString unavailableText() const { return m_unavailable; }
    // Why there are no files to show (no sandbox, it never started, or
    // its files were removed).
    QString noFilesText() const;

public Q_SLOTS:
    // Reads the sandbox again.
    virtual void refresh() = 0;

protected:
    SandboxView(const QString& unavailableText, QWidget* parent);
    // A new sandbox (or none): forget what the last one showed.
    virtual void clearShown() = 0;
    void showEvent(QShowEvent* event) override;
    void layOut(QLayout* tools, QWidget* list, QLabel* title, QWidget* viewer);

private:
    const sandbox::Sandbox* m_sandbox = nullptr;
    QString m_unavailable;
    bool m_stale = true; // read again when next shown
};

} // namespace ui
