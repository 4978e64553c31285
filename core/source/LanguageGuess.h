#pragma once

#include <QString>

namespace sandbox {

// Guesses the language of pasted code from its text alone: a shebang line
// first, then a few telltale constructs. Returns one of codeLanguages()'
// names, or an empty string when nothing is telling enough. Pure.
QString guessLanguageFromContent(const QString& text);

// The language a shebang line names ("#!/usr/bin/env python3" → Python),
// or an empty string.
QString languageFromShebang(const QString& firstLine);

} // namespace sandbox
