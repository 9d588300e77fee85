#include "AppIcon.h"
#include "Console.h"
#include "EngineBridge.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// --lang has to be known before the translated option descriptions exist, so it is read
// ahead of QCommandLineParser.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")}) {
            if (argument.startsWith(prefix))
                return argument.mid(prefix.size());
        }
    }
    return {};
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    // Our catalogue is embedded; Qt's own (standard dialogs and buttons) comes with Qt.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("syncline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QString defaultDataDirectory()
{
    const QString remembered = QSettings().value(QStringLiteral("dataDirectory")).toString();
    if (!remembered.isEmpty())
        return remembered;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("data"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Syncline"));
    QApplication::setApplicationName(QStringLiteral("syncline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncline"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLINE_VERSION));
    QApplication::setWindowIcon(syncline::ui::applicationIcon());

    const QString language = languageArgument(QApplication::arguments());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Operations console for the Syncline sync engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QApplication::translate("main", "Open the data directory <dir> (remembered)."),
        QApplication::translate("main", "dir"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use the language <code> (de, en, es) instead of the "
                                        "system's."),
        QApplication::translate("main", "code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the main window as a PNG image to <file> once the "
                                        "first data arrived, then exit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Show the view <id> first (dashboard, feeds...)."),
        QApplication::translate("main", "id"));
    parser.addOptions({dataOption, languageOption, screenshotOption, viewOption});
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    Console console(/*interactive=*/screenshot.isEmpty());
    const QString directory =
        parser.isSet(dataOption) ? parser.value(dataOption) : defaultDataDirectory();
    if (!console.open(directory))
        return 1;
    if (parser.isSet(viewOption)) {
        const QStringList views = console.window()->viewIds();
        if (!views.contains(parser.value(viewOption))) {
            std::fprintf(
                stderr, "syncline: %s\n",
                qPrintable(QApplication::translate("main", "Unknown view %1; the views "
                                                           "are: %2.")
                               .arg(parser.value(viewOption), views.join(QStringLiteral(", ")))));
            return 2;
        }
        console.window()->showView(parser.value(viewOption));
    }

    if (!screenshot.isEmpty()) {
        QObject::connect(
            console.bridge(), &syncline::ui::EngineBridge::feedsChanged, &app,
            [&console, screenshot] {
                // One more turn of the event loop so that the views have laid out the data.
                QTimer::singleShot(250, &console, [&console, screenshot] {
                    const bool saved = console.window()->grab().save(screenshot, "PNG");
                    if (!saved)
                        std::fprintf(stderr, "syncline: cannot write %s\n", qPrintable(screenshot));
                    QApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
