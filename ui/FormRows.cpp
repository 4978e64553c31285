#include "FormRows.h"

#include <QDir>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

FormRows::FormRows(QWidget* parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

int FormRows::append(QWidget* fields)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    fields->setParent(row);
    layout->addWidget(fields, 1);
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeRow"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove this row"));
    remove->setAutoRaise(true);
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeAt(int(m_rows.indexOf(row))); });
    m_rows.append(row);
    m_fields.append(fields);
    m_layout->addWidget(row);
    return count() - 1;
}

void FormRows::removeAt(int row)
{
    if (row < 0 || row >= count())
        return;
    QWidget* widget = m_rows.takeAt(row);
    m_fields.removeAt(row);
    widget->hide();
    widget->deleteLater(); // it may be the sender of the click that got here
    Q_EMIT rowRemoved(row);
}

void FormRows::clear()
{
    while (count() > 0)
        removeAt(count() - 1);
}

QString containerPathProblem(const QString& path)
{
    if (path.isEmpty())
        return FormRows::tr("enter the path inside the sandbox");
    if (!path.startsWith(QLatin1Char('/')))
        return FormRows::tr("the sandbox path \"%1\" is relative; it must start with /").arg(path);
    if (QDir::cleanPath(path) != path)
        return FormRows::tr("the sandbox path \"%1\" is not normalised (write %2)").arg(path, QDir::cleanPath(path));
    if (path == QLatin1String("/"))
        return FormRows::tr("cannot mount over the sandbox's root directory");
    for (const char* reserved : {"/proc", "/sys", "/dev"}) {
        const QString prefix = QString::fromLatin1(reserved);
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return FormRows::tr("%1 is reserved for the sandbox's own %2").arg(path, prefix);
    }
    return {};
}

QString rowProblem(const QString& section, int row, const QString& problem)
{
    return FormRows::tr("%1, row %2: %3").arg(section).arg(row + 1).arg(problem);
}

} // namespace ui
