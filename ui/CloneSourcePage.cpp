#include "CloneSourcePage.h"

#include "git/GitClone.h"
#include "source/DefaultCommand.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {

// "https://host/team/project.git" → "project".
QString repositoryName(const QString& url)
{
    QString name = url.trimmed();
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    name = name.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    return name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ? QStringLiteral("repository")
                                                                                         : name;
}

} // namespace

CloneSourcePage::CloneSourcePage(QWidget* parent) : QWidget(parent), m_git(new sandbox::GitClone(this))
{
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("cloneUrl"));
    m_url->setPlaceholderText(tr("https://example.org/team/project.git"));
    m_branch = new QLineEdit(this);
    m_branch->setObjectName(QStringLiteral("cloneBranch"));
    m_branch->setPlaceholderText(tr("default branch"));
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(QStringLiteral("cloneDepth"));
    m_depth->setRange(0, 1000000);
    m_depth->setValue(1);
    m_depth->setSpecialValueText(tr("full history"));
    m_depth->setToolTip(tr("How many recent commits to fetch (a shallow clone); 0 fetches the full history"));
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("cloneDestination"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("cloneUser"));
    m_user->setPlaceholderText(tr("only for private HTTPS repositories"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("cloneToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_sshAgent = new QCheckBox(tr("Use keys from ssh-agent"), this);
    m_sshAgent->setChecked(true);
    m_clone = new QPushButton(tr("C&lone"), this);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCloneButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("cloneProgress"));
    m_progress->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cloneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(tr("&Depth:"), m_depth);
    form->addRow(tr("D&estination:"), destinationRow);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Token:"), m_token);
    form->addRow(QString(), m_sshAgent);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clone);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_url, &QLineEdit::textEdited, this, &CloneSourcePage::suggestDestination);
    connect(m_url, &QLineEdit::returnPressed, this, &CloneSourcePage::startClone);
    connect(m_destination, &QLineEdit::textEdited, this,
            [this] { m_destinationChosen = !m_destination->text().isEmpty(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Clone into"), m_destination->text());
        if (!dir.isEmpty()) {
            m_destination->setText(dir);
            m_destinationChosen = true;
        }
    });
    connect(m_clone, &QPushButton::clicked, this, &CloneSourcePage::startClone);
    connect(m_cancel, &QPushButton::clicked, this, &CloneSourcePage::cancelClone);
    connect(m_git, &sandbox::GitClone::progress, this,
            [this](sandbox::GitClone::Stage stage, qint64 done, qint64 total) {
                m_progress->setFormat(stage == sandbox::GitClone::Stage::Objects ? tr("Receiving objects: %v of %m")
                                                                                : tr("Checking out files: %v of %m"));
                // QProgressBar counts in int; scale huge repositories down.
                const qint64 scale = std::max<qint64>(1, total / 1000000 + 1);
                m_progress->setRange(0, int(std::max<qint64>(total / scale, 1)));
                m_progress->setValue(int(done / scale));
            });
    connect(m_git, &sandbox::GitClone::finished, this, [this](bool ok) {
        setBusy(false);
        if (ok) {
            m_cloned = m_cloning;
            m_progress->setVisible(false);
            showNote(m_git->warningString().isEmpty()
                         ? tr("Cloned into %1.").arg(m_cloned)
                         : tr("Cloned into %1 (%2).").arg(m_cloned, m_git->warningString()));
            Q_EMIT suggestedCommandChanged();
        } else if (m_git->wasCancelled()) {
            m_progress->setVisible(false);
            showNote(tr("Cloning cancelled; nothing was kept."));
        } else {
            m_progress->setVisible(false);
            showError(m_git->errorString());
        }
        Q_EMIT cloneFinished(ok);
    });
}

CloneSourcePage::~CloneSourcePage() = default;

void CloneSourcePage::setDestinationBase(const QString& base)
{
    m_destinationBase = base;
    suggestDestination();
}

void CloneSourcePage::setUrl(const QString& url)
{
    m_url->setText(url);
    suggestDestination();
}

void CloneSourcePage::suggestDestination()
{
    if (m_destinationChosen || m_destinationBase.isEmpty())
        return;
    const QString name = repositoryName(m_url->text());
    QString candidate = m_destinationBase + QLatin1Char('/') + name;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = m_destinationBase + QLatin1Char('/') + name + QLatin1Char('-') + QString::number(n);
    m_destination->setText(candidate);
}

sandbox::GitCloneRequest CloneSourcePage::request() const
{
    sandbox::GitCloneRequest request;
    request.url = m_url->text().trimmed();
    request.branch = m_branch->text().trimmed();
    request.depth = m_depth->value();
    request.destination = QDir::cleanPath(m_destination->text().trimmed());
    if (m_destination->text().trimmed().isEmpty())
        request.destination.clear();
    request.user = m_user->text().trimmed();
    request.token = m_token->text();
    request.useSshAgent = m_sshAgent->isChecked();
    return request;
}

bool CloneSourcePage::isCloning() const
{
    return m_git->isRunning();
}

QStringList CloneSourcePage::suggestedCommand() const
{
    if (m_cloned.isEmpty())
        return sandbox::defaultShellCommand();
    return sandbox::detectRepositoryCommand(m_cloned);
}

void CloneSourcePage::startClone()
{
    if (isCloning())
        return;
    if (!m_destinationChosen)
        suggestDestination();
    const sandbox::GitCloneRequest r = request();
    if (!r.destination.isEmpty())
        QDir().mkpath(QFileInfo(r.destination).absolutePath());
    if (!m_git->start(r)) {
        showError(m_git->errorString());
        Q_EMIT cloneFinished(false);
        return;
    }
    m_cloning = r.destination;
    m_message->clear();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Connecting…"));
    m_progress->setVisible(true);
    setBusy(true);
}

void CloneSourcePage::cancelClone()
{
    m_git->cancel();
}

void CloneSourcePage::setBusy(bool busy)
{
    m_clone->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    for (QWidget* field : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_branch),
                           static_cast<QWidget*>(m_depth), static_cast<QWidget*>(m_destination),
                           static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_token), static_cast<QWidget*>(m_sshAgent)}) {
        field->setEnabled(!busy);
    }
}

void CloneSourcePage::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
    m_message->setText(text);
}

void CloneSourcePage::showNote(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

} // namespace ui
