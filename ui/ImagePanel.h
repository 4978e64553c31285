#pragma once

#include "ImageFormFields.h"
#include "spec/ImageRecipe.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace sandbox {
class ImageBuild;
class ImageStore;
} // namespace sandbox

namespace ui {

class CodeEditor;
class ImageBuildView;
class RepositoryImageOffer;

// The form's "Image and packages" section: the base (debian-slim and its
// suite, a registry image, an image built before, or a root file system),
// apt and pip packages, environment variables and build commands. It can
// build the image ahead of a launch, showing progress and the live log,
// shows the recipe as JSON (copy, or paste one to fill the form), and
// remembers its last values in the app's settings.
class ImagePanel : public QWidget
{
    Q_OBJECT

public:
    enum class BaseKind { Debian, Registry, Local, RootFs };

    explicit ImagePanel(QWidget* parent = nullptr);
    ~ImagePanel() override;

    // Where local images are listed from and builds go (not owned).
    void setImageStore(sandbox::ImageStore* store);

    // The recipe the section describes; *error names the field at fault.
    sandbox::ImageRecipe recipe(QString* error) const;
    ImageFormFields fields() const;
    // Fills the form (a trailing source step is left out: the source
    // section owns it).
    void setRecipe(const sandbox::ImageRecipe& recipe);
    // Fills the form from the last values saved, or `fallbackBase` (the
    // settings' default image) the first time.
    void restoreLastRecipe(const QString& fallbackBase);

    BaseKind baseKind() const;
    void setBaseKind(BaseKind kind);

    QComboBox* baseKindBox() const { return m_baseKind; }
    QComboBox* suiteBox() const { return m_suite; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLabel* resolvedReferenceLabel() const { return m_resolvedReference; }
    QComboBox* localImageBox() const { return m_localImage; }
    QLineEdit* rootfsEdit() const { return m_rootfs; }
    QLineEdit* aptEdit() const { return m_apt; }
    QLineEdit* pipEdit() const { return m_pip; }
    QLineEdit* pipIndexEdit() const { return m_pipIndex; }
    QTableWidget* envTable() const { return m_env; }
    QPlainTextEdit* commandsEdit() const { return m_commands; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* buildButton() const { return m_build; }
    QPushButton* cancelButton() const { return m_cancel; }
    ImageBuildView* buildView() const { return m_buildView; }
    CodeEditor* recipeView() const { return m_recipeView; }
    QPushButton* copyRecipeButton() const { return m_copyRecipe; }
    QPushButton* pasteRecipeButton() const { return m_pasteRecipe; }
    QTabWidget* outputTabs() const { return m_outputTabs; }
    // The build started with the button, while it runs.
    sandbox::ImageBuild* currentBuild() const { return m_currentBuild.get(); }

    // The index pip uses when the form names none (the settings' package
    // index, handed to builds through PIP_INDEX_URL, never into recipes).
    void setDefaultPipIndex(const QString& url);
    QPushButton* openRecipeButton() const { return m_openRecipe; }

    // Offers what the cloned repository `dir` states about its image (a
    // Dockerfile, requirements file, pyproject.toml); empty: nothing.
    void offerRepository(const QString& dir);
    RepositoryImageOffer* repositoryOffer() const { return m_offer; }

    // Sets one row of the environment table (adding rows as needed).
    void setEnvRow(int row, const QString& name, const QString& value);

public Q_SLOTS:
    // Builds what the form describes (the source is not part of it).
    void buildImage();
    void cancelBuild();
    void copyRecipe();
    // Fills the form from the clipboard: a recipe, or a whole spec (its
    // "image"); false (and the reason shown) when it holds neither.
    bool pasteRecipe();
    // Fills the form from a JSON file (a recipe or a spec); false when it
    // holds neither.
    bool openRecipeFile(const QString& path);
    // Lists the images this machine has built (without run sources).
    void refreshLocalImages();

Q_SIGNALS:
    // The form changed (shortly after the typing stopped).
    void recipeChanged();
    void buildFinished(bool ok);

private:
    QWidget* createBaseRow();
    QWidget* createEnvEditor();
    void scheduleUpdate();
    // Shows the recipe (or the problem) and saves valid values.
    void updateRecipe();
    QWidget* widgetFor(ImageFormFields::Field field) const;
    void markField(ImageFormFields::Field field);
    // Selects (adding it when unlisted) a local image with this recipe.
    void selectLocalImage(const sandbox::ImageRecipe& recipe);
    sandbox::ImageRecipe recipe(QString* error, ImageFormFields::Field* field) const;
    // Fills the form from JSON text (a recipe or a spec); `from` names
    // where it came from in the error.
    bool fillFromJson(const QByteArray& text, const QString& from);

    sandbox::ImageStore* m_store = nullptr;
    std::unique_ptr<sandbox::ImageBuild> m_currentBuild;
    QComboBox* m_baseKind = nullptr;
    QStackedWidget* m_baseStack = nullptr;
    QComboBox* m_suite = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_resolvedReference = nullptr;
    RepositoryImageOffer* m_offer = nullptr;
    QComboBox* m_localImage = nullptr;
    QToolButton* m_refreshLocal = nullptr;
    QLineEdit* m_rootfs = nullptr;
    QLineEdit* m_apt = nullptr;
    QLineEdit* m_pip = nullptr;
    QLineEdit* m_pipIndex = nullptr;
    QTableWidget* m_env = nullptr;
    QPlainTextEdit* m_commands = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_cancel = nullptr;
    QTabWidget* m_outputTabs = nullptr;
    ImageBuildView* m_buildView = nullptr;
    CodeEditor* m_recipeView = nullptr;
    QPushButton* m_copyRecipe = nullptr;
    QPushButton* m_pasteRecipe = nullptr;
    QPushButton* m_openRecipe = nullptr;
    QTimer* m_updateTimer = nullptr;
    bool m_filling = false; // setRecipe() is writing the widgets
    bool m_restored = false; // saving starts once the last values are in
};

} // namespace ui
