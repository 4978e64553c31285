#include "ImagePanel.h"

#include "AppSettings.h"
#include "CodeEditor.h"
#include "ImageBuildView.h"
#include "RepositoryImageOffer.h"
#include "image/ImageStore.h"
#include "image/RegistriesConf.h"
#include "source/ImageFiles.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QUrl>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kUpdateDelayMs = 150;
const char* const kInvalidProperty = "invalidField";

QString compactJson(const QJsonValue& value)
{
    // A document holds an array or an object; a plain-string recipe is
    // wrapped and unwrapped again.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// Parses any JSON value, a plain string included; undefined when invalid.
QJsonValue parseJsonValue(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (text.trimmed().isEmpty() || error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().first();
}

sandbox::ImageRecipe recipeFromCompactJson(const QString& text)
{
    QString ignored;
    return sandbox::ImageRecipe::fromJson(parseJsonValue(text.toUtf8()), &ignored);
}

QString indentedJson(const QJsonValue& value)
{
    if (value.isString())
        return compactJson(value) + QLatin1Char('\n');
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

} // namespace

ImagePanel::ImagePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("imagePanel"));

    m_apt = new QLineEdit(this);
    m_apt->setObjectName(QStringLiteral("aptPackages"));
    m_apt->setPlaceholderText(tr("Debian packages, e.g. jq curl git"));
    m_apt->setClearButtonEnabled(true);
    m_pip = new QLineEdit(this);
    m_pip->setObjectName(QStringLiteral("pipPackages"));
    m_pip->setPlaceholderText(tr("requirements, e.g. requests numpy==2.1"));
    m_pip->setClearButtonEnabled(true);
    m_pipIndex = new QLineEdit(this);
    m_pipIndex->setObjectName(QStringLiteral("pipIndexUrl"));
    m_pipIndex->setPlaceholderText(tr("pip's default"));
    m_pipIndex->setClearButtonEnabled(true);
    m_commands = new QPlainTextEdit(this);
    m_commands->setObjectName(QStringLiteral("buildCommands"));
    m_commands->setPlaceholderText(tr("Shell commands run once while building, one per line"));
    m_commands->setTabChangesFocus(true);
    m_commands->setMaximumHeight(m_commands->fontMetrics().lineSpacing() * 6);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("imageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setVisible(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Base image:"), createBaseRow());
    form->addRow(tr("&Apt packages:"), m_apt);
    form->addRow(tr("&Pip packages:"), m_pip);
    form->addRow(tr("Pip &index URL:"), m_pipIndex);
    form->addRow(tr("&Environment:"), createEnvEditor());
    form->addRow(tr("Build &commands:"), m_commands);
    auto* formArea = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formArea);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_offer = new RepositoryImageOffer(this);
    formLayout->addWidget(m_offer);
    formLayout->addLayout(form);
    formLayout->addWidget(m_problem);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(formArea);

    m_build = new QPushButton(tr("B&uild image"), this);
    m_build->setObjectName(QStringLiteral("buildImageButton"));
    m_build->setToolTip(tr("Build the image now, so that Launch starts at once"));
    m_cancel = new QPushButton(tr("Cancel build"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBuildButton"));
    m_cancel->setEnabled(false);
    m_buildView = new ImageBuildView(this);
    m_recipeView = new CodeEditor(this);
    m_recipeView->setObjectName(QStringLiteral("recipeView"));
    m_recipeView->setReadOnly(true);
    m_recipeView->setLanguage(QStringLiteral("JSON"));
    m_copyRecipe = new QPushButton(tr("C&opy"), this);
    m_copyRecipe->setObjectName(QStringLiteral("copyRecipeButton"));
    m_copyRecipe->setToolTip(tr("Copy the recipe as JSON"));
    m_pasteRecipe = new QPushButton(tr("&Paste"), this);
    m_pasteRecipe->setObjectName(QStringLiteral("pasteRecipeButton"));
    m_pasteRecipe->setToolTip(tr("Fill the form from a recipe or a spec (JSON) on the clipboard"));
    m_openRecipe = new QPushButton(tr("Op&en…"), this);
    m_openRecipe->setObjectName(QStringLiteral("openRecipeButton"));
    m_openRecipe->setToolTip(tr("Fill the form from a recipe or an exported spec (JSON file)"));

    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(m_build);
    buildRow->addWidget(m_cancel);
    buildRow->addStretch(1);
    auto* recipePage = new QWidget(this);
    auto* recipeLayout = new QVBoxLayout(recipePage);
    recipeLayout->setContentsMargins(0, 0, 0, 0);
    auto* recipeButtons = new QHBoxLayout;
    recipeButtons->addWidget(m_copyRecipe);
    recipeButtons->addWidget(m_pasteRecipe);
    recipeButtons->addWidget(m_openRecipe);
    recipeButtons->addStretch(1);
    recipeLayout->addLayout(recipeButtons);
    recipeLayout->addWidget(m_recipeView, 1);
    m_outputTabs = new QTabWidget(this);
    m_outputTabs->setObjectName(QStringLiteral("imageOutputTabs"));
    m_outputTabs->setDocumentMode(true);
    m_outputTabs->addTab(m_buildView, tr("Build log"));
    m_outputTabs->addTab(recipePage, tr("Recipe (JSON)"));
    auto* outputArea = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(outputArea);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addLayout(buildRow);
    outputLayout->addWidget(m_outputTabs, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(outputArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_updateTimer = new QTimer(this);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateDelayMs);
    connect(m_updateTimer, &QTimer::timeout, this, &ImagePanel::updateRecipe);
    for (QLineEdit* edit : {m_reference, m_rootfs, m_apt, m_pip, m_pipIndex})
        connect(edit, &QLineEdit::textChanged, this, &ImagePanel::scheduleUpdate);
    connect(m_commands, &QPlainTextEdit::textChanged, this, &ImagePanel::scheduleUpdate);
    connect(m_env, &QTableWidget::itemChanged, this, &ImagePanel::scheduleUpdate);
    connect(m_suite, &QComboBox::currentIndexChanged, this, &ImagePanel::scheduleUpdate);
    connect(m_localImage, &QComboBox::currentIndexChanged, this, &ImagePanel::scheduleUpdate);
    connect(m_build, &QPushButton::clicked, this, &ImagePanel::buildImage);
    connect(m_cancel, &QPushButton::clicked, this, &ImagePanel::cancelBuild);
    connect(m_copyRecipe, &QPushButton::clicked, this, &ImagePanel::copyRecipe);
    connect(m_pasteRecipe, &QPushButton::clicked, this, &ImagePanel::pasteRecipe);
    connect(m_openRecipe, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open recipe or spec"), QString(), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            openRecipeFile(path);
    });
    // What a cloned repository offers goes under the base (a Dockerfile
    // replaces it), before the form's own steps.
    connect(m_offer, &RepositoryImageOffer::dockerfileChosen, this, [this](const QString& path, const QString& context) {
        ImageFormFields current = fields();
        current.base = sandbox::ImageRecipe();
        current.base.base = sandbox::ImageBase::dockerfile(path, context);
        QString error;
        const sandbox::ImageRecipe result = current.toRecipe(&error);
        setRecipe(error.isEmpty() ? result : current.base);
    });
    connect(m_offer, &RepositoryImageOffer::pipFileChosen, this, [this](const QString& file) {
        ImageFormFields current = fields();
        current.base = sandbox::withPipFileStep(current.base, file, current.pipIndexUrl);
        QString error;
        const sandbox::ImageRecipe result = current.toRecipe(&error);
        setRecipe(error.isEmpty() ? result : current.base);
    });
    updateRecipe();
}

ImagePanel::~ImagePanel() = default;

void ImagePanel::offerRepository(const QString& dir)
{
    m_offer->setRepository(dir);
}

QWidget* ImagePanel::createBaseRow()
{
    m_baseKind = new QComboBox(this);
    m_baseKind->setObjectName(QStringLiteral("baseKind"));
    m_baseKind->addItem(tr("Debian slim"), int(BaseKind::Debian));
    m_baseKind->addItem(tr("Registry image"), int(BaseKind::Registry));
    m_baseKind->addItem(tr("Local image"), int(BaseKind::Local));
    m_baseKind->addItem(tr("Root file system"), int(BaseKind::RootFs));
    m_baseKind->setToolTip(tr("What the image starts from"));

    m_suite = new QComboBox(this);
    m_suite->setObjectName(QStringLiteral("debianSuite"));
    for (const QString& suite : sandbox::ImageRecipe::debianSuites())
        m_suite->addItem(suite, suite);
    m_suite->setToolTip(tr("The Debian release"));

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("registryReference"));
    m_reference->setPlaceholderText(tr("python:3.12-slim or registry.example.com/team/tool:1.2"));
    m_resolvedReference = new QLabel(this);
    m_resolvedReference->setObjectName(QStringLiteral("resolvedReference"));
    m_resolvedReference->setWordWrap(true);
    m_resolvedReference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* referencePage = new QWidget(this);
    auto* referenceColumn = new QVBoxLayout(referencePage);
    referenceColumn->setContentsMargins(0, 0, 0, 0);
    referenceColumn->addWidget(m_reference);
    referenceColumn->addWidget(m_resolvedReference);

    m_localImage = new QComboBox(this);
    m_localImage->setObjectName(QStringLiteral("localImage"));
    m_localImage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_localImage->setMinimumContentsLength(8);
    m_localImage->setPlaceholderText(tr("No image built yet"));
    m_refreshLocal = new QToolButton(this);
    m_refreshLocal->setText(tr("Refresh"));
    m_refreshLocal->setToolTip(tr("List the images this computer has built"));
    connect(m_refreshLocal, &QToolButton::clicked, this, &ImagePanel::refreshLocalImages);
    auto* localPage = new QWidget(this);
    auto* localRow = new QHBoxLayout(localPage);
    localRow->setContentsMargins(0, 0, 0, 0);
    localRow->addWidget(m_localImage, 1);
    localRow->addWidget(m_refreshLocal);

    m_rootfs = new QLineEdit(this);
    m_rootfs->setObjectName(QStringLiteral("rootfsPath"));
    m_rootfs->setPlaceholderText(tr("/path/to/rootfs.tar or a directory"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a root file system tarball"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Root file system"), m_rootfs->text(),
                                                          tr("Tarballs (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst "
                                                             "*.tar.bz2);;All files (*)"));
        if (!path.isEmpty())
            m_rootfs->setText(path);
    });
    auto* rootfsPage = new QWidget(this);
    auto* rootfsRow = new QHBoxLayout(rootfsPage);
    rootfsRow->setContentsMargins(0, 0, 0, 0);
    rootfsRow->addWidget(m_rootfs, 1);
    rootfsRow->addWidget(browse);

    m_baseStack = new QStackedWidget(this);
    m_baseStack->addWidget(m_suite);
    m_baseStack->addWidget(referencePage);
    m_baseStack->addWidget(localPage);
    m_baseStack->addWidget(rootfsPage);
    m_baseStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_baseKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_baseStack->setCurrentIndex(index);
        if (baseKind() == BaseKind::Local && m_localImage->count() == 0)
            refreshLocalImages();
        scheduleUpdate();
    });

    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_baseKind);
    layout->addWidget(m_baseStack, 1);
    return row;
}

QWidget* ImagePanel::createEnvEditor()
{
    m_env = new QTableWidget(1, 2, this);
    m_env->setObjectName(QStringLiteral("imageEnv"));
    m_env->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_env->horizontalHeader()->setStretchLastSection(true);
    m_env->verticalHeader()->setVisible(false);
    m_env->setMaximumHeight(m_env->fontMetrics().lineSpacing() * 8);
    m_env->setMinimumWidth(m_env->fontMetrics().averageCharWidth() * 16);
    m_env->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_env->horizontalHeader()->setDefaultSectionSize(m_env->fontMetrics().averageCharWidth() * 14);
    auto* add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a variable"));
    auto* remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected variable"));
    connect(add, &QToolButton::clicked, this, [this] {
        m_env->insertRow(m_env->rowCount());
        m_env->setCurrentCell(m_env->rowCount() - 1, 0);
        m_env->editItem(m_env->item(m_env->rowCount() - 1, 0));
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_env->currentRow();
        if (row < 0)
            return;
        m_env->removeRow(row);
        if (m_env->rowCount() == 0)
            m_env->insertRow(0);
        scheduleUpdate();
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* editor = new QWidget(this);
    auto* layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_env, 1);
    layout->addLayout(buttons);
    return editor;
}

void ImagePanel::setImageStore(sandbox::ImageStore* store)
{
    m_store = store;
    if (baseKind() == BaseKind::Local)
        refreshLocalImages();
    updateRecipe();
}

ImagePanel::BaseKind ImagePanel::baseKind() const
{
    return BaseKind(m_baseKind->currentData().toInt());
}

void ImagePanel::setBaseKind(BaseKind kind)
{
    m_baseKind->setCurrentIndex(m_baseKind->findData(int(kind)));
}

void ImagePanel::setEnvRow(int row, const QString& name, const QString& value)
{
    if (m_env->rowCount() <= row)
        m_env->setRowCount(row + 1);
    m_env->setItem(row, 0, new QTableWidgetItem(name));
    m_env->setItem(row, 1, new QTableWidgetItem(value));
    scheduleUpdate();
}

ImageFormFields ImagePanel::fields() const
{
    ImageFormFields fields;
    switch (baseKind()) {
    case BaseKind::Debian:
        fields.base = sandbox::ImageRecipe(QStringLiteral("debian-slim:") + m_suite->currentData().toString());
        break;
    case BaseKind::Registry:
        fields.base = sandbox::ImageRecipe(m_reference->text().trimmed());
        break;
    case BaseKind::Local:
        fields.base = m_localImage->currentIndex() < 0 ? sandbox::ImageRecipe(QString())
                                                       : recipeFromCompactJson(m_localImage->currentData().toString());
        break;
    case BaseKind::RootFs:
        fields.base = sandbox::ImageRecipe(m_rootfs->text().trimmed());
        break;
    }
    fields.aptPackages = ImageFormFields::splitWords(m_apt->text());
    fields.pipPackages = ImageFormFields::splitWords(m_pip->text());
    fields.pipIndexUrl = m_pipIndex->text().trimmed();
    for (int row = 0; row < m_env->rowCount(); ++row) {
        const QTableWidgetItem* name = m_env->item(row, 0);
        const QTableWidgetItem* value = m_env->item(row, 1);
        fields.env.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    fields.commands = ImageFormFields::splitLines(m_commands->toPlainText());
    return fields;
}

sandbox::ImageRecipe ImagePanel::recipe(QString* error) const
{
    return recipe(error, nullptr);
}

sandbox::ImageRecipe ImagePanel::recipe(QString* error, ImageFormFields::Field* field) const
{
    if (baseKind() == BaseKind::Local && m_localImage->currentIndex() < 0) {
        *error = tr("base image: choose a local image (build one first)");
        if (field)
            *field = ImageFormFields::Field::Base;
        return {};
    }
    // A relative path here is a mistake, never a short registry name.
    if (const QString path = m_rootfs->text().trimmed(); baseKind() == BaseKind::RootFs && !path.startsWith(QLatin1Char('/'))) {
        *error = tr("base image: image: \"%1\" is not an absolute path").arg(path);
        if (field)
            *field = ImageFormFields::Field::Base;
        return {};
    }
    return fields().toRecipe(error, field);
}

void ImagePanel::setRecipe(const sandbox::ImageRecipe& recipe)
{
    const ImageFormFields fields = ImageFormFields::fromRecipe(recipe);
    m_filling = true;
    if (!fields.base.steps.isEmpty() || fields.base.base.kind == sandbox::ImageBase::Kind::Dockerfile) {
        setBaseKind(BaseKind::Local);
        selectLocalImage(fields.base);
    } else {
        switch (fields.base.base.kind) {
        case sandbox::ImageBase::Kind::DebianSlim:
            setBaseKind(BaseKind::Debian);
            m_suite->setCurrentIndex(m_suite->findData(fields.base.base.suite));
            break;
        case sandbox::ImageBase::Kind::Registry:
            setBaseKind(BaseKind::Registry);
            m_reference->setText(fields.base.base.reference);
            break;
        case sandbox::ImageBase::Kind::Tarball:
        case sandbox::ImageBase::Kind::Directory:
            setBaseKind(BaseKind::RootFs);
            m_rootfs->setText(fields.base.base.path);
            break;
        case sandbox::ImageBase::Kind::Dockerfile:
            break;
        }
    }
    m_apt->setText(fields.aptPackages.join(QLatin1Char(' ')));
    m_pip->setText(fields.pipPackages.join(QLatin1Char(' ')));
    m_pipIndex->setText(fields.pipIndexUrl);
    m_env->setRowCount(0);
    for (qsizetype row = 0; row < fields.env.size(); ++row)
        setEnvRow(int(row), fields.env[row].first, fields.env[row].second);
    if (m_env->rowCount() == 0)
        m_env->setRowCount(1);
    m_commands->setPlainText(fields.commands.join(QLatin1Char('\n')));
    m_filling = false;
    updateRecipe();
}

void ImagePanel::restoreLastRecipe(const QString& fallbackBase)
{
    const QJsonValue saved = AppSettings::lastImageRecipe();
    QString error;
    sandbox::ImageRecipe recipe;
    if (!saved.isUndefined())
        recipe = sandbox::ImageRecipe::fromJson(saved, &error);
    if (saved.isUndefined() || !error.isEmpty())
        recipe = sandbox::ImageRecipe(fallbackBase);
    setRecipe(recipe);
    m_restored = true;
}

void ImagePanel::selectLocalImage(const sandbox::ImageRecipe& recipe)
{
    const QString key = compactJson(recipe.toJson());
    int index = m_localImage->findData(key);
    if (index < 0) {
        m_localImage->addItem(recipe.displayName(), key);
        index = m_localImage->count() - 1;
    }
    m_localImage->setCurrentIndex(index);
}

void ImagePanel::refreshLocalImages()
{
    if (!m_store)
        return;
    const QString current = m_localImage->currentData().toString();
    QSet<QString> seen;
    const QSignalBlocker blocker(m_localImage);
    m_localImage->clear();
    // Newest first; each run's source is its own image: list what is under it.
    for (const sandbox::StoredImage& stored : m_store->layers().images()) {
        QString error;
        const sandbox::ImageRecipe recipe =
            ImageFormFields::withoutSource(sandbox::ImageRecipe::fromJson(stored.recipe, &error));
        if (!error.isEmpty())
            continue;
        const QString key = compactJson(recipe.toJson());
        // Checked once per recipe: many runs share one.
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!m_store->isBuilt(recipe))
            continue;
        m_localImage->addItem(recipe.displayName(), key);
        m_localImage->setItemData(m_localImage->count() - 1,
                                  tr("%1\nid %2, built %3").arg(recipe.displayName(), stored.id, stored.created),
                                  Qt::ToolTipRole);
    }
    if (!current.isEmpty() && m_localImage->findData(current) < 0)
        m_localImage->addItem(recipeFromCompactJson(current).displayName(), current);
    m_localImage->setCurrentIndex(current.isEmpty() ? (m_localImage->count() > 0 ? 0 : -1)
                                                    : m_localImage->findData(current));
    scheduleUpdate();
}

void ImagePanel::scheduleUpdate()
{
    if (!m_filling)
        m_updateTimer->start();
}

QWidget* ImagePanel::widgetFor(ImageFormFields::Field field) const
{
    switch (field) {
    case ImageFormFields::Field::None:
        return nullptr;
    case ImageFormFields::Field::Base:
        switch (baseKind()) {
        case BaseKind::Debian:
            return m_suite;
        case BaseKind::Registry:
            return m_reference;
        case BaseKind::Local:
            return m_localImage;
        case BaseKind::RootFs:
            return m_rootfs;
        }
        return nullptr;
    case ImageFormFields::Field::Apt:
        return m_apt;
    case ImageFormFields::Field::Pip:
        return m_pip;
    case ImageFormFields::Field::PipIndex:
        return m_pipIndex;
    case ImageFormFields::Field::Env:
        return m_env;
    case ImageFormFields::Field::Commands:
        return m_commands;
    }
    return nullptr;
}

void ImagePanel::markField(ImageFormFields::Field field)
{
    QWidget* invalid = widgetFor(field);
    const QList<QWidget*> all{m_suite, m_reference, m_localImage, m_rootfs, m_apt, m_pip, m_pipIndex, m_env, m_commands};
    for (QWidget* widget : all) {
        const bool mark = widget == invalid;
        if (widget->property(kInvalidProperty).toBool() == mark)
            continue;
        widget->setProperty(kInvalidProperty, mark);
        widget->setStyleSheet(mark ? QStringLiteral("border: 1px solid #c62828;") : QString());
    }
}

void ImagePanel::updateRecipe()
{
    m_updateTimer->stop();
    QString error;
    ImageFormFields::Field field = ImageFormFields::Field::None;
    const sandbox::ImageRecipe result = recipe(&error, &field);
    markField(field);
    // A short name shows what it resolves to (registries.conf).
    const QString resolved = sandbox::RegistriesConf::describeShortName(m_reference->text().trimmed());
    m_resolvedReference->setText(resolved);
    m_resolvedReference->setVisible(!resolved.isEmpty());
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        m_recipeView->setPlainText(indentedJson(result.toJson()));
        if (m_restored)
            AppSettings::saveLastImageRecipe(result.toJson());
    } else {
        m_recipeView->setPlainText(tr("// %1").arg(error));
    }
    m_copyRecipe->setEnabled(error.isEmpty());
    m_build->setEnabled(error.isEmpty() && !m_currentBuild && m_store);
    Q_EMIT recipeChanged();
}

void ImagePanel::buildImage()
{
    updateRecipe();
    QString error;
    const sandbox::ImageRecipe wanted = recipe(&error);
    if (!error.isEmpty() || !m_store || m_currentBuild)
        return;
    m_currentBuild.reset(m_store->ensure(wanted));
    sandbox::ImageBuild* build = m_currentBuild.get();
    m_outputTabs->setCurrentWidget(m_buildView);
    m_buildView->follow(build);
    m_build->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(build, &sandbox::ImageBuild::finished, this, [this, build](bool ok) {
        if (build != m_currentBuild.get())
            return;
        m_currentBuild.release()->deleteLater();
        m_cancel->setEnabled(false);
        if (ok && baseKind() != BaseKind::Local)
            m_localImage->clear(); // listed again when next chosen
        updateRecipe();
        Q_EMIT buildFinished(ok);
    });
}

void ImagePanel::cancelBuild()
{
    if (m_currentBuild)
        m_currentBuild->cancel();
}

void ImagePanel::copyRecipe()
{
    QString error;
    const sandbox::ImageRecipe current = recipe(&error);
    if (!error.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(indentedJson(current.toJson()));
}

bool ImagePanel::pasteRecipe()
{
    return fillFromJson(QGuiApplication::clipboard()->text().toUtf8(), tr("the clipboard"));
}

bool ImagePanel::openRecipeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("open: cannot read %1: %2").arg(path, file.errorString()));
        m_problem->setVisible(true);
        return false;
    }
    return fillFromJson(file.readAll(), path);
}

bool ImagePanel::fillFromJson(const QByteArray& text, const QString& from)
{
    QJsonValue value = parseJsonValue(text);
    QString error;
    if (value.isUndefined()) {
        error = tr("%1 holds no JSON recipe").arg(from);
    } else {
        // A whole spec (an exported one, say): take its image.
        if (value.isObject() && value.toObject().contains(QStringLiteral("command")))
            value = value.toObject().value(QStringLiteral("image"));
        const sandbox::ImageRecipe read = sandbox::ImageRecipe::fromJson(value, &error);
        if (error.isEmpty()) {
            setRecipe(read);
            return true;
        }
        error = tr("%1: %2").arg(from, error);
    }
    m_problem->setText(error);
    m_problem->setVisible(true);
    return false;
}

void ImagePanel::setDefaultPipIndex(const QString& url)
{
    // The placeholder shows where pip goes, without any credentials.
    const QString shown = QUrl(url).toDisplayString(QUrl::RemoveUserInfo);
    m_pipIndex->setPlaceholderText(url.isEmpty() ? tr("pip's default") : tr("default: %1").arg(shown));
}

} // namespace ui
