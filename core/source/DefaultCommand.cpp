#include "source/DefaultCommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace sandbox {

namespace {

constexpr qint64 kMaxReadBytes = 1024 * 1024;

QString readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(kMaxReadBytes));
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromLatin1(word);
    return result;
}

QStringList compileAndRun(const char* compileCommand)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(compileCommand)};
}

bool hasPytestConfig(const QDir& dir)
{
    if (dir.exists(QStringLiteral("pytest.ini")) || dir.exists(QStringLiteral("conftest.py")))
        return true;
    if (readSmallFile(dir.filePath(QStringLiteral("pyproject.toml"))).contains(QLatin1String("[tool.pytest")))
        return true;
    if (readSmallFile(dir.filePath(QStringLiteral("setup.cfg"))).contains(QLatin1String("[tool:pytest]")))
        return true;
    return readSmallFile(dir.filePath(QStringLiteral("tox.ini"))).contains(QLatin1String("[pytest]"));
}

// Python test files at the top level or in tests/.
QStringList pythonTestFiles(const QDir& dir)
{
    const QStringList patterns{QStringLiteral("test_*.py"), QStringLiteral("*_test.py")};
    QStringList files;
    for (const QString& name : dir.entryList(patterns, QDir::Files))
        files << dir.filePath(name);
    const QDir tests(dir.filePath(QStringLiteral("tests")));
    if (tests.exists()) {
        for (const QString& name : tests.entryList(patterns, QDir::Files))
            files << tests.filePath(name);
    }
    return files;
}

// Suites written for the standard library's unittest run on a plain
// python3 (the default image has no pytest): every test file imports
// unittest, none mentions pytest, and unittest's discovery finds them all.
bool runsWithUnittest(const QStringList& testFiles)
{
    for (const QString& path : testFiles) {
        if (!QFileInfo(path).fileName().startsWith(QLatin1String("test")))
            return false; // *_test.py: not in unittest's default pattern
        const QString text = readSmallFile(path);
        if (text.contains(QLatin1String("pytest")))
            return false;
        if (!text.contains(QLatin1String("import unittest")) && !text.contains(QLatin1String("from unittest")))
            return false;
    }
    return !testFiles.isEmpty();
}

// pytest, unittest, or empty when the directory has no Python tests.
QStringList pythonTestCommand(const QDir& dir)
{
    if (hasPytestConfig(dir))
        return words({"python3", "-m", "pytest"});
    const QStringList testFiles = pythonTestFiles(dir);
    if (testFiles.isEmpty())
        return {};
    if (!runsWithUnittest(testFiles))
        return words({"python3", "-m", "pytest"});
    // Discovery from the top descends only into packages; a plain tests/
    // folder must be named as the start.
    const bool topLevelTests = std::any_of(testFiles.cbegin(), testFiles.cend(), [&](const QString& path) {
        return QFileInfo(path).absolutePath() == dir.absolutePath();
    });
    if (topLevelTests || dir.exists(QStringLiteral("tests/__init__.py")))
        return words({"python3", "-m", "unittest", "-v"});
    return words({"python3", "-m", "unittest", "discover", "-v", "-s", "tests"});
}

bool hasNpmTestScript(const QDir& dir)
{
    const QJsonObject package =
        QJsonDocument::fromJson(readSmallFile(dir.filePath(QStringLiteral("package.json"))).toUtf8()).object();
    const QString test = package.value(QStringLiteral("scripts")).toObject().value(QStringLiteral("test")).toString();
    // `npm init` writes a test script that only fails; that is no test suite.
    return !test.isEmpty() && !test.contains(QLatin1String("no test specified"));
}

bool hasMakeTestTarget(const QDir& dir)
{
    static const QRegularExpression target(QStringLiteral("^test\\s*:(?!=)"),
                                           QRegularExpression::MultilineOption);
    for (const QString& name : {QStringLiteral("GNUmakefile"), QStringLiteral("makefile"), QStringLiteral("Makefile")}) {
        if (dir.exists(name) && target.match(readSmallFile(dir.filePath(name))).hasMatch())
            return true;
    }
    return false;
}

} // namespace

const QList<CodeLanguage>& codeLanguages()
{
    static const QList<CodeLanguage> languages{
        {QStringLiteral("Python"), QStringLiteral("main.py"), words({"python3", "main.py"})},
        {QStringLiteral("Bash"), QStringLiteral("main.sh"), words({"bash", "main.sh"})},
        {QStringLiteral("JavaScript"), QStringLiteral("main.js"), words({"node", "main.js"})},
        {QStringLiteral("Ruby"), QStringLiteral("main.rb"), words({"ruby", "main.rb"})},
        {QStringLiteral("Perl"), QStringLiteral("main.pl"), words({"perl", "main.pl"})},
        {QStringLiteral("Lua"), QStringLiteral("main.lua"), words({"lua", "main.lua"})},
        {QStringLiteral("Go"), QStringLiteral("main.go"), words({"go", "run", "main.go"})},
        {QStringLiteral("Rust"), QStringLiteral("main.rs"), compileAndRun("rustc -o main main.rs && ./main")},
        {QStringLiteral("C"), QStringLiteral("main.c"), compileAndRun("cc -o main main.c && ./main")},
        {QStringLiteral("C++"), QStringLiteral("main.cpp"), compileAndRun("c++ -o main main.cpp && ./main")},
        {QStringLiteral("Java"), QStringLiteral("Main.java"), words({"java", "Main.java"})},
        {QStringLiteral("R Script"), QStringLiteral("main.R"), words({"Rscript", "main.R"})},
    };
    return languages;
}

const CodeLanguage* codeLanguageNamed(const QString& name)
{
    for (const CodeLanguage& language : codeLanguages()) {
        if (language.name.compare(name, Qt::CaseInsensitive) == 0)
            return &language;
    }
    return nullptr;
}

const CodeLanguage* codeLanguageForFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty())
        return nullptr;
    for (const CodeLanguage& language : codeLanguages()) {
        // .R and .r are both R; elsewhere case matters (.C is C++ to some).
        if (QFileInfo(language.fileName).suffix() == suffix
            || (suffix == QLatin1String("r") && language.fileName == QLatin1String("main.R"))) {
            return &language;
        }
    }
    return nullptr;
}

QStringList commandForPastedFile(const QString& fileName)
{
    const CodeLanguage* language = codeLanguageForFileName(fileName);
    if (!language)
        return defaultShellCommand();
    if (language->fileName == fileName)
        return language->command;
    // Same language, another name: run that file the same way.
    QStringList command = language->command;
    for (QString& word : command)
        word.replace(language->fileName, fileName);
    return command;
}

QStringList detectRepositoryCommand(const QString& repositoryDir)
{
    const QDir dir(repositoryDir);
    if (const QStringList python = pythonTestCommand(dir); !python.isEmpty())
        return python;
    if (hasNpmTestScript(dir))
        return words({"npm", "test"});
    if (hasMakeTestTarget(dir))
        return words({"make", "test"});
    if (dir.exists(QStringLiteral("go.mod")))
        return words({"go", "test", "./..."});
    if (dir.exists(QStringLiteral("Cargo.toml")))
        return words({"cargo", "test"});
    return defaultShellCommand();
}

QStringList defaultShellCommand()
{
    return {QStringLiteral("sh")};
}

} // namespace sandbox
