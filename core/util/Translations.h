#pragma once

namespace sandbox {

// Installs Qt's own and Sandbox Studio's translations for the user's
// locale, when there are any. Call once, after the application object
// exists.
void installTranslations();

} // namespace sandbox
