#pragma once

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace ui {

// Rows the user adds and removes (mounts, volumes): each row is a widget of
// fields followed by a remove button. The owner knows its rows' type.
class FormRows : public QWidget
{
    Q_OBJECT

public:
    explicit FormRows(QWidget* parent = nullptr);

    // Takes ownership of `fields` and shows it as the last row; returns
    // that row's index.
    int append(QWidget* fields);
    int count() const { return int(m_fields.size()); }
    QWidget* fields(int row) const { return m_fields.value(row); }
    // A field of a row whose fields widget is a `Row`; nullptr when there
    // is no such row.
    template<class Row, class Field>
    Field* field(int row, Field* Row::*member) const
    {
        auto* fields = static_cast<Row*>(m_fields.value(row));
        return fields ? fields->*member : nullptr;
    }
    void removeAt(int row);
    void clear();

Q_SIGNALS:
    void rowRemoved(int row);

private:
    QVBoxLayout* m_layout = nullptr;
    QList<QWidget*> m_rows;   // a row: its fields and its remove button
    QList<QWidget*> m_fields;
};

// Why `path` cannot be where a mount or volume appears in the sandbox;
// empty when it can (absolute, normalised, not over / or the kernel's
// /proc, /sys, /dev).
QString containerPathProblem(const QString& path);

// "<section>, row <n>: <problem>", n counted from 1 as the user sees it.
QString rowProblem(const QString& section, int row, const QString& problem);

} // namespace ui
