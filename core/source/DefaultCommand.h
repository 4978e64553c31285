#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// A language code can be pasted in: the file it is saved as and how it runs.
// Names match KSyntaxHighlighting's definition names so that the editor's
// language choice maps straight onto them.
struct CodeLanguage
{
    QString name;
    QString fileName;
    QStringList command;
};

// Every language the window offers for pasted code; Python first.
const QList<CodeLanguage>& codeLanguages();
// nullptr when no offered language has that name / file name's suffix.
const CodeLanguage* codeLanguageNamed(const QString& name);
const CodeLanguage* codeLanguageForFileName(const QString& fileName);

// The command for pasted code saved as fileName: `python3 main.py` for
// main.py; `sh` when the language is unknown.
QStringList commandForPastedFile(const QString& fileName);

// The command that most likely runs a cloned repository's tests, from the
// files at its top level: Python tests (unittest when the suite needs
// nothing more, else pytest), npm test, make test, go test, cargo test,
// in that order of preference; `sh` when none is recognised. Reads a few
// small files; runs nothing.
QStringList detectRepositoryCommand(const QString& repositoryDir);

// The command when there is no source at all.
QStringList defaultShellCommand();

} // namespace sandbox
