#include "AppIcon.h"
#include "Console.h"
#include "EngineBridge.h"
#include "Language.h"
#include "MainWindow.h"
#include "PipelineStatus.h"
#include "host/ConfigWiring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>
#include <sstream>

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

QString defaultDataDirectory()
{
    const QString remembered = QSettings().value(QStringLiteral("dataDirectory")).toString();
    if (!remembered.isEmpty())
        return remembered;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("data"));
}

// "holds=3,deadletters=1,events=20": the counts --wait-for waits for.
std::optional<std::map<QString, std::int64_t>> parseWaitFor(const QString &text)
{
    std::map<QString, std::int64_t> wanted;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = item.split(QLatin1Char('='));
        bool ok = false;
        const std::int64_t count = pair.size() == 2 ? pair.at(1).toLongLong(&ok) : 0;
        const QString name = pair.value(0).trimmed();
        if (!ok || count < 0 ||
            !QStringList{QStringLiteral("events"), QStringLiteral("holds"),
                         QStringLiteral("deadletters")}
                 .contains(name))
            return std::nullopt;
        wanted[name] = count;
    }
    return wanted;
}

bool reached(const std::map<QString, std::int64_t> &wanted, const PipelineCounts &counts)
{
    const std::map<QString, std::int64_t> have{{QStringLiteral("events"), counts.events},
                                               {QStringLiteral("holds"), counts.holds},
                                               {QStringLiteral("deadletters"), counts.deadLetters}};
    for (const auto &[name, count] : wanted)
        if (have.at(name) < count)
            return false;
    return true;
}

void printCounts(const PipelineCounts &counts)
{
    std::printf("syncline: events=%lld holds=%lld deadletters=%lld\n",
                static_cast<long long>(counts.events), static_cast<long long>(counts.holds),
                static_cast<long long>(counts.deadLetters));
    std::fflush(stdout);
}

// --help and --version only print: they must work without a display (over ssh, in a package
// check), so they get the offscreen platform unless one was chosen.
void printOnlyWithoutDisplay(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" ||
            argument == "--version" || argument == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

void fail(const QString &message)
{
    std::fprintf(stderr, "syncline: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    printOnlyWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Syncline"));
    QApplication::setApplicationName(QStringLiteral("syncline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncline"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLINE_VERSION));
    QApplication::setWindowIcon(syncline::ui::applicationIcon());

    // --lang wins over the language chosen in Settings, which wins over the system's.
    QString language = languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = syncline::ui::configuredLanguage();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    syncline::ui::installTranslators(locale);

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
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QApplication::translate("main", "Host the pipeline of the configuration <file> (webhook "
                                        "listener, drop folders, targets, order rules, admin "
                                        "listener) on its data directory, as synclined run "
                                        "does."),
        QApplication::translate("main", "file"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QApplication::translate("main", "Serve webhooks on <address:port> instead of the "
                                        "configuration's (port 0: any free port)."),
        QApplication::translate("main", "address:port"));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"),
        QApplication::translate("main", "Serve /metrics and /healthz on <address:port> instead "
                                        "of the configuration's."),
        QApplication::translate("main", "address:port"));
    const QCommandLineOption portsFileOption(
        QStringLiteral("ports-file"),
        QApplication::translate("main", "Write the bound ports as \"webhook=PORT admin=PORT\" "
                                        "to <file> once the pipeline listens."),
        QApplication::translate("main", "file"));
    const QCommandLineOption waitForOption(
        QStringLiteral("wait-for"),
        QApplication::translate("main", "Wait until the engine has at least these counts "
                                        "(e.g. events=20,holds=3,deadletters=1), print them, "
                                        "save the --screenshot if any, then exit."),
        QApplication::translate("main", "counts"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QApplication::translate("main", "Give up waiting for --wait-for after <seconds> "
                                        "(default 120) and exit with status 3."),
        QApplication::translate("main", "seconds"), QStringLiteral("120"));
    parser.addOptions({dataOption, configOption, listenOption, adminOption, portsFileOption,
                       languageOption, screenshotOption, viewOption, waitForOption, timeoutOption});
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    std::optional<std::map<QString, std::int64_t>> waitFor;
    if (parser.isSet(waitForOption)) {
        waitFor = parseWaitFor(parser.value(waitForOption));
        if (!waitFor) {
            fail(QApplication::translate("main", "--wait-for takes name=count pairs separated "
                                                 "by commas; the names are events, holds and "
                                                 "deadletters."));
            return 2;
        }
    }
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0) {
        fail(QApplication::translate("main", "--timeout takes a positive number of seconds."));
        return 2;
    }

    ConsoleHosting hosting;
    if (parser.isSet(configOption)) {
        std::ostringstream diagnostics;
        hosting.config = syncline::host::loadConfigOrReport(
            parser.value(configOption).toStdString(), diagnostics);
        if (!diagnostics.str().empty())
            std::fputs(diagnostics.str().c_str(), stderr);
        if (!hosting.config)
            return 2;
    }
    for (const auto &[option, endpoint] :
         {std::pair{&listenOption, &hosting.webhook}, std::pair{&adminOption, &hosting.admin}}) {
        if (!parser.isSet(*option))
            continue;
        *endpoint = syncline::host::parseListenAddress(parser.value(*option).toStdString());
        if (!*endpoint) {
            fail(QApplication::translate("main", "--%1 takes ADDRESS:PORT.")
                     .arg(option->names().constFirst()));
            return 2;
        }
    }
    if (!hosting.config && (hosting.webhook || hosting.admin || parser.isSet(portsFileOption))) {
        fail(QApplication::translate("main", "--listen, --admin and --ports-file need --config."));
        return 2;
    }
    hosting.portsFile = parser.value(portsFileOption);

    // The data directory: --data, else the configuration's, else the one used last.
    QString directory = parser.value(dataOption);
    if (directory.isEmpty() && hosting.config)
        directory = QString::fromStdString(hosting.config->engine.dataDirectory.string());
    if (directory.isEmpty())
        directory = defaultDataDirectory();
    Console console(/*interactive=*/screenshot.isEmpty() && !waitFor);
    if (!console.open(directory, std::move(hosting)))
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

    if (waitFor) {
        QObject::connect(&console, &Console::hostingFailed, &app, [](const QString &) {
            QApplication::exit(1); // the error is on stderr already
        });
        QObject::connect(
            console.pipelineStatus(), &PipelineStatus::countsChanged, &app,
            [&console, screenshot, wanted = *waitFor,
             done = std::make_shared<bool>(false)](const PipelineCounts &counts) {
                if (*done || !reached(wanted, counts))
                    return;
                *done = true;
                printCounts(counts);
                // A few more turns of the event loop, so that the views have laid out the data.
                QTimer::singleShot(500, &console, [&console, screenshot] {
                    if (screenshot.isEmpty()) {
                        QApplication::exit(0);
                        return;
                    }
                    const bool saved = console.window()->grab().save(screenshot, "PNG");
                    if (!saved)
                        fail(QApplication::translate("main", "cannot write %1").arg(screenshot));
                    QApplication::exit(saved ? 0 : 1);
                });
            });
        QTimer::singleShot(std::chrono::seconds(timeoutSeconds), &console, [&console] {
            printCounts(console.pipelineStatus()->counts());
            fail(QApplication::translate("main", "the counts of --wait-for were not reached "
                                                 "in time."));
            QApplication::exit(3);
        });
    } else if (!screenshot.isEmpty()) {
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
