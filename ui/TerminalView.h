#pragma once

#include <QByteArray>
#include <QKeySequence>
#include <QList>
#include <QWidget>

class QTermWidget;
class QSocketNotifier;

namespace ui {

// An embedded terminal that shows a sandbox's output and takes typed input.
// Output is written to the terminal's pty without ever blocking the GUI
// thread: the same thread drains the pty's other end, so a blocking write
// of a large flood would deadlock the window.
class TerminalView : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalView(QWidget* parent = nullptr);
    ~TerminalView() override;

    void appendStdout(const QByteArray& bytes);
    // Shown in red so that it stands apart from stdout.
    void appendStderr(const QByteArray& bytes);
    // A line from the app itself (status, errors), in a dim colour.
    void appendNotice(const QString& text);
    void clear();

    // Echo typed input (pipe mode has no terminal line discipline of its own).
    void setLocalEcho(bool enabled) { m_localEcho = enabled; }
    // PTY mode: keys go to the sandbox's terminal exactly as typed (it
    // echoes and edits lines itself; Ctrl+D is its end of file), and its
    // output is shown as it comes, without turning \n into \r\n.
    void setRawInput(bool raw);
    bool rawInput() const { return m_rawInput; }
    // The visible screen's size in character cells.
    int columns() const;
    int rows() const;

    // Key sequences the window's actions own: the terminal lets them
    // through instead of sending them to the sandbox.
    void setWindowShortcuts(const QList<QKeySequence>& shortcuts) { m_windowShortcuts = shortcuts; }

    // The visible screen's text; for tests and accessibility.
    QString screenText() const;
    // Bytes written to the pty but not yet accepted by it.
    qsizetype pendingBytes() const { return m_pending.size() - m_written; }
    // Bytes never shown because output came faster than the terminal drew.
    qint64 skippedBytes() const { return m_skippedBytes; }

Q_SIGNALS:
    void inputTyped(const QByteArray& bytes);
    // Ctrl+D typed in the terminal: the user wants stdin closed.
    void endOfInputTyped();
    // The screen's size in cells changed (the widget was resized).
    void sizeChanged(int columns, int rows);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void enqueue(const QByteArray& bytes);
    void flush();
    void checkSize();

    QTermWidget* m_terminal = nullptr;
    QSocketNotifier* m_writable = nullptr;
    QList<QKeySequence> m_windowShortcuts;
    QByteArray m_pending;
    qsizetype m_written = 0; // bytes at the front of m_pending already written
    qint64 m_skippedBytes = 0;
    int m_slaveFd = -1;
    bool m_localEcho = true;
    bool m_rawInput = false;
    int m_lastColumns = 0;
    int m_lastRows = 0;
};

} // namespace ui
