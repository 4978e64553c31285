#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTimer;

namespace sandbox {
class ImageBuild;
} // namespace sandbox

namespace ui {

// Shows one image build as it goes: overall progress, the current step,
// the live log, and at the end either "ready" or the error (which names
// the failed step and ends with the tail of its output). Log lines are
// appended in batches so that a chatty step never stalls the window.
class ImageBuildView : public QWidget
{
    Q_OBJECT

public:
    // Lines kept in the log view (older ones scroll away).
    static constexpr int kMaxLogLines = 20000;

    explicit ImageBuildView(QWidget* parent = nullptr);

    QProgressBar* progressBar() const { return m_progress; }
    QLabel* stepLabel() const { return m_step; }
    QLabel* errorLabel() const { return m_error; }
    QPlainTextEdit* logView() const { return m_log; }
    // Lines received from the current or last build.
    int receivedLines() const { return m_receivedLines; }

    // Follows `build` (not owned) until it finishes; clears the last one.
    void follow(sandbox::ImageBuild* build);
    void clear();

private:
    void setStep(const QString& text);
    void appendLine(const QString& line);
    void flushLog();
    void showFinished(sandbox::ImageBuild* build, bool ok);

    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QTimer* m_flush = nullptr;
    QStringList m_pendingLines;
    int m_receivedLines = 0;
};

} // namespace ui
