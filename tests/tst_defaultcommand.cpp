// The command the window suggests for pasted code and cloned repositories.
#include "TestFiles.h"
#include "source/DefaultCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Files = QMap<QString, QByteArray>;
Q_DECLARE_METATYPE(Files)

class TestDefaultCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repository_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("command");
        QTest::newRow("empty") << Files{} << "sh";
        QTest::newRow("readme only") << Files{{"README.md", "# hi"}} << "sh";
        QTest::newRow("pytest.ini") << Files{{"pytest.ini", "[pytest]\n"}} << "python3 -m pytest";
        QTest::newRow("pyproject with pytest")
            << Files{{"pyproject.toml", "[project]\nname='x'\n[tool.pytest.ini_options]\n"}} << "python3 -m pytest";
        QTest::newRow("pyproject without pytest") << Files{{"pyproject.toml", "[project]\nname='x'\n"}} << "sh";
        QTest::newRow("setup.cfg") << Files{{"setup.cfg", "[tool:pytest]\naddopts=-q\n"}} << "python3 -m pytest";
        QTest::newRow("tests/test_x.py") << Files{{"tests/test_x.py", "def test(): pass\n"}} << "python3 -m pytest";
        QTest::newRow("top test_x.py") << Files{{"test_x.py", ""}} << "python3 -m pytest";
        QTest::newRow("unittest at the top")
            << Files{{"test_calc.py", "import unittest\nclass T(unittest.TestCase): pass\n"}}
            << "python3 -m unittest -v";
        QTest::newRow("unittest in a tests package")
            << Files{{"tests/__init__.py", ""}, {"tests/test_calc.py", "from unittest import TestCase\n"}}
            << "python3 -m unittest -v";
        QTest::newRow("unittest in a plain tests folder")
            << Files{{"tests/test_calc.py", "import unittest\n"}} << "python3 -m unittest discover -v -s tests";
        QTest::newRow("unittest and pytest mixed")
            << Files{{"tests/test_a.py", "import unittest\n"}, {"tests/test_b.py", "import pytest\n"}}
            << "python3 -m pytest";
        QTest::newRow("unittest named *_test.py") << Files{{"calc_test.py", "import unittest\n"}} << "python3 -m pytest";
        QTest::newRow("unittest with pytest.ini")
            << Files{{"pytest.ini", ""}, {"test_calc.py", "import unittest\n"}} << "python3 -m pytest";
        QTest::newRow("tests/ without tests") << Files{{"tests/helper.py", ""}} << "sh";
        QTest::newRow("npm test") << Files{{"package.json", "{\"scripts\":{\"test\":\"jest\"}}"}} << "npm test";
        QTest::newRow("npm init default")
            << Files{{"package.json", "{\"scripts\":{\"test\":\"echo \\\"Error: no test specified\\\" && exit 1\"}}"}}
            << "sh";
        QTest::newRow("npm no scripts") << Files{{"package.json", "{\"name\":\"x\"}"}} << "sh";
        QTest::newRow("broken package.json") << Files{{"package.json", "{"}} << "sh";
        QTest::newRow("make test") << Files{{"Makefile", "all:\n\tcc x.c\n\ntest: all\n\t./x\n"}} << "make test";
        QTest::newRow("make without test") << Files{{"Makefile", "all:\n\tcc x.c\n"}} << "sh";
        QTest::newRow("make test variable") << Files{{"Makefile", "test:=1\n"}} << "sh";
        QTest::newRow("GNUmakefile") << Files{{"GNUmakefile", "test:\n\ttrue\n"}} << "make test";
        QTest::newRow("go") << Files{{"go.mod", "module x\n"}} << "go test ./...";
        QTest::newRow("cargo") << Files{{"Cargo.toml", "[package]\n"}} << "cargo test";
        QTest::newRow("pytest beats npm")
            << Files{{"pytest.ini", ""}, {"package.json", "{\"scripts\":{\"test\":\"jest\"}}"}} << "python3 -m pytest";
        QTest::newRow("npm beats make")
            << Files{{"Makefile", "test:\n"}, {"package.json", "{\"scripts\":{\"test\":\"jest\"}}"}} << "npm test";
        QTest::newRow("make beats go") << Files{{"Makefile", "test:\n"}, {"go.mod", ""}} << "make test";
        QTest::newRow("go beats cargo") << Files{{"Cargo.toml", ""}, {"go.mod", ""}} << "go test ./...";
    }

    void repository()
    {
        QFETCH(Files, files);
        QFETCH(QString, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(testsupport::writeTree(dir.path(), files));
        QCOMPARE(sandbox::detectRepositoryCommand(dir.path()).join(' '), command);
    }

    void pasted_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("command");
        QTest::newRow("python") << "main.py" << "python3 main.py";
        QTest::newRow("python other name") << "script.py" << "python3 script.py";
        QTest::newRow("shell") << "main.sh" << "bash main.sh";
        QTest::newRow("javascript") << "main.js" << "node main.js";
        QTest::newRow("c") << "main.c" << "sh -c cc -o main main.c && ./main";
        QTest::newRow("go") << "main.go" << "go run main.go";
        QTest::newRow("java") << "Main.java" << "java Main.java";
        QTest::newRow("r lower case") << "x.r" << "Rscript x.r";
        QTest::newRow("unknown suffix") << "notes.txt" << "sh";
        QTest::newRow("no suffix") << "Makefile" << "sh";
    }

    void pasted()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, command);
        QCOMPARE(sandbox::commandForPastedFile(fileName).join(' '), command);
    }

    void everyLanguageIsConsistent()
    {
        QCOMPARE(sandbox::codeLanguages().first().name, "Python");
        for (const sandbox::CodeLanguage& language : sandbox::codeLanguages()) {
            QCOMPARE(sandbox::codeLanguageNamed(language.name), &language);
            QCOMPARE(sandbox::codeLanguageForFileName(language.fileName), &language);
            QCOMPARE(sandbox::commandForPastedFile(language.fileName), language.command);
            QVERIFY(language.command.join(' ').contains(language.fileName));
        }
        QCOMPARE(sandbox::codeLanguageNamed("python")->fileName, "main.py");
        QVERIFY(!sandbox::codeLanguageNamed("Klingon"));
    }
};

QTEST_GUILESS_MAIN(TestDefaultCommand)
#include "tst_defaultcommand.moc"
