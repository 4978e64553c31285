#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace sandbox {
struct SandboxSpec;
} // namespace sandbox

namespace ui {

class FormRows;

// Host files and directories shown inside the sandbox, read-only: rows of
// host path (typed or chosen) -> sandbox path. Problems are found before a
// launch and name the row.
class MountsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MountsEditor(QWidget* parent = nullptr);

    // Appends a row; returns its index.
    int addRow(const QString& hostPath = {}, const QString& containerPath = {});
    int rowCount() const;
    QLineEdit* hostEdit(int row) const;
    QLineEdit* containerEdit(int row) const;
    QToolButton* chooseButton(int row) const;
    QPushButton* addButton() const { return m_add; }
    void removeRow(int row);

    // Adds the rows (blank ones skipped) to spec.mounts; returns the first
    // problem, naming its row, or an empty string.
    QString applyTo(sandbox::SandboxSpec& spec) const;
    // Shows the spec's mounts as the rows.
    void restoreFrom(const sandbox::SandboxSpec& spec);

private:
    FormRows* m_rows = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace ui
