#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace syncline::ui {

namespace {
const QString LanguageKey = QStringLiteral("language");
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString configuredLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

void setConfiguredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

void installTranslators(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    // The translators installed so far are the application's children (see main()).
    for (QTranslator *old :
         app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(app);
    // The source texts are English, but a count reads "1 entry" only through a catalogue's plural
    // forms: a language without a catalogue of its own gets the English one.
    if (own->load(locale, QStringLiteral("syncline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/syncline_en.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace syncline::ui
