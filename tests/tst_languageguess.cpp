// Guessing the language of pasted code from its text.
#include "source/DefaultCommand.h"
#include "source/LanguageGuess.h"

#include <QTest>

class TestLanguageGuess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("empty") << "" << "";
        QTest::newRow("prose") << "Hello there, this is a note." << "";
        QTest::newRow("shebang python") << "#!/usr/bin/python3\nx = 1\n" << "Python";
        QTest::newRow("shebang env python") << "#!/usr/bin/env python3.11\n" << "Python";
        QTest::newRow("shebang env -S node") << "#!/usr/bin/env -S node --harmony\n" << "JavaScript";
        QTest::newRow("shebang sh") << "#!/bin/sh\nls\n" << "Bash";
        QTest::newRow("shebang unknown") << "#!/usr/bin/awk -f\n" << "";
        QTest::newRow("python print") << "print('hello')\n" << "Python";
        QTest::newRow("python def") << "import sys\n\ndef main():\n    return 0\n" << "Python";
        QTest::newRow("python from import") << "from pathlib import Path\n" << "Python";
        QTest::newRow("javascript") << "const fs = require('fs');\nconsole.log(1);\n" << "JavaScript";
        QTest::newRow("go") << "package main\n\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n" << "Go";
        QTest::newRow("rust") << "fn main() {\n    println!(\"hi\");\n}\n" << "Rust";
        QTest::newRow("c") << "#include <stdio.h>\nint main(void) { return 0; }\n" << "C";
        QTest::newRow("c++") << "#include <iostream>\nint main() { std::cout << 1; }\n" << "C++";
        QTest::newRow("java") << "public class Main {\n  public static void main(String[] a) {}\n}\n" << "Java";
        QTest::newRow("ruby") << "puts 'hi'\n" << "Ruby";
        QTest::newRow("perl") << "use strict;\nmy $x = 1;\n" << "Perl";
        QTest::newRow("lua") << "local x = 1\nprint(x)\n" << "Lua";
        QTest::newRow("shell") << "set -eu\necho hi\n" << "Bash";
    }

    void guess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const QString guessed = sandbox::guessLanguageFromContent(text);
        QCOMPARE(guessed, language);
        if (!guessed.isEmpty())
            QVERIFY(sandbox::codeLanguageNamed(guessed));
    }
};

QTEST_GUILESS_MAIN(TestLanguageGuess)
#include "tst_languageguess.moc"
