#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace syncline::ui {

// The console's language: the system's unless chosen in Settings (remembered in QSettings) or
// given with --lang. A change applies at once to the views that retranslate on
// QEvent::LanguageChange, and everywhere after a restart.

// Language codes the console can show: "en" (built in) and those with a translation.
QStringList availableLanguages();
// The language chosen in Settings; empty means the system's.
QString configuredLanguage();
void setConfiguredLanguage(const QString &code);
// Replaces the application's translators (the console's and Qt's own) with those of `locale`;
// every widget then receives QEvent::LanguageChange. A locale without a catalogue of its own gets
// the English one, which holds the singular and plural of every count ("1 entry", "2 entries").
void installTranslators(const QLocale &locale);

} // namespace syncline::ui
