#include "MountsEditor.h"

#include "FormRows.h"
#include "spec/SandboxSpec.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// One row's fields: host path, its chooser, sandbox path.
class MountRow : public QWidget
{
public:
    explicit MountRow(QWidget* parent) : QWidget(parent)
    {
        host = new QLineEdit(this);
        host->setObjectName(QStringLiteral("mountHostPath"));
        host->setPlaceholderText(MountsEditor::tr("Host path"));
        choose = new QToolButton(this);
        choose->setObjectName(QStringLiteral("mountChoose"));
        choose->setText(MountsEditor::tr("…"));
        choose->setToolTip(MountsEditor::tr("Choose a host directory or file"));
        choose->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(choose);
        menu->addAction(MountsEditor::tr("&Directory…"), this, [this] {
            const QString path = QFileDialog::getExistingDirectory(this, MountsEditor::tr("Mount a directory"),
                                                                   host->text());
            if (!path.isEmpty())
                host->setText(path);
        });
        menu->addAction(MountsEditor::tr("&File…"), this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, MountsEditor::tr("Mount a file"), host->text());
            if (!path.isEmpty())
                host->setText(path);
        });
        choose->setMenu(menu);
        target = new QLineEdit(this);
        target->setObjectName(QStringLiteral("mountContainerPath"));
        target->setPlaceholderText(MountsEditor::tr("Path in the sandbox, e.g. /data"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(host, 3);
        layout->addWidget(choose);
        layout->addWidget(new QLabel(QStringLiteral("→"), this));
        layout->addWidget(target, 2);
    }

    QLineEdit* host = nullptr;
    QToolButton* choose = nullptr;
    QLineEdit* target = nullptr;
};

} // namespace

MountsEditor::MountsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mountsEditor"));
    m_rows = new FormRows(this);
    m_add = new QPushButton(tr("Add &Mount"), this);
    m_add->setObjectName(QStringLiteral("addMount"));
    m_add->setToolTip(tr("Show a host file or directory inside the sandbox, read-only"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        hostEdit(row)->setFocus();
    });
    auto* note = new QLabel(tr("Host files and directories, read-only in the sandbox."), this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_rows);
    layout->addLayout(buttons);
}

int MountsEditor::addRow(const QString& hostPath, const QString& containerPath)
{
    auto* row = new MountRow(this);
    row->host->setText(hostPath);
    row->target->setText(containerPath);
    return m_rows->append(row);
}

int MountsEditor::rowCount() const
{
    return m_rows->count();
}

QLineEdit* MountsEditor::hostEdit(int row) const
{
    return m_rows->field(row, &MountRow::host);
}

QLineEdit* MountsEditor::containerEdit(int row) const
{
    return m_rows->field(row, &MountRow::target);
}

QToolButton* MountsEditor::chooseButton(int row) const
{
    return m_rows->field(row, &MountRow::choose);
}

void MountsEditor::removeRow(int row)
{
    m_rows->removeAt(row);
}

QString MountsEditor::applyTo(sandbox::SandboxSpec& spec) const
{
    const QString section = tr("Mounts");
    QList<sandbox::SandboxSpec::Mount> mounts;
    QList<int> mountRows;
    for (int row = 0; row < rowCount(); ++row) {
        const QString host = hostEdit(row)->text().trimmed();
        const QString target = containerEdit(row)->text().trimmed();
        if (host.isEmpty() && target.isEmpty())
            continue;
        if (host.isEmpty())
            return rowProblem(section, row, tr("choose a host path"));
        if (!host.startsWith(QLatin1Char('/')))
            return rowProblem(section, row, tr("the host path \"%1\" is relative; it must start with /").arg(host));
        if (!QFileInfo::exists(host))
            return rowProblem(section, row, tr("%1 does not exist on this computer").arg(host));
        if (const QString problem = containerPathProblem(target); !problem.isEmpty())
            return rowProblem(section, row, problem);
        for (int earlier = 0; earlier < mounts.size(); ++earlier) {
            if (mounts.at(earlier).target == target)
                return rowProblem(section, row,
                                  tr("%1 is already used by row %2").arg(target).arg(mountRows.at(earlier) + 1));
        }
        mounts.append({host, target});
        mountRows.append(row);
    }
    spec.mounts += mounts;
    return {};
}

void MountsEditor::restoreFrom(const sandbox::SandboxSpec& spec)
{
    m_rows->clear();
    for (const sandbox::SandboxSpec::Mount& mount : spec.mounts)
        addRow(mount.source, mount.target);
}

} // namespace ui
