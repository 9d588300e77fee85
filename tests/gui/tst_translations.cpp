#include "EngineBridge.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "StoreTestSupport.h"
#include "engine/Engine.h"
#include "models/AuditModel.h"
#include "views/AuditView.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

// Every message of the German and Spanish catalogues is translated, keeps the placeholders and the
// accelerator of its source, and the compiled catalogue that the console embeds is the one read.
// The English catalogue holds the singular and plural of every count the sources ask for, and is
// the one a language without a catalogue gets.

using namespace syncline;
using namespace syncline::ui;

namespace {

struct CatalogueMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one entry, or one per plural form
    qint64 line = 0;
};

// Reads a Qt Linguist .ts file; an error names the line where the XML stopped making sense.
QList<CatalogueMessage> readCatalogue(const QString &path, QString *error)
{
    QList<CatalogueMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = CatalogueMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                message.line = xml.lineNumber();
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                message.unfinished = type == u"unfinished";
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The arguments a message is filled with: %1..%99, %n for plurals, %v and %m of a progress bar.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9][0-9]?|n|v|m)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// Mnemonic markers: "&" before a letter, not "&&" nor an HTML entity such as "&mdash;".
int accelerators(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&&"));
    QString stripped = text;
    stripped.remove(entity);
    static const QRegularExpression marker(QStringLiteral("&\\w"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = marker.globalMatch(stripped); it.hasNext(); it.next())
        ++count;
    return count;
}

QString describe(const CatalogueMessage &message)
{
    return QStringLiteral("line %1, %2: \"%3\"")
        .arg(message.line)
        .arg(message.context, message.source);
}

// What is wrong with the English forms of the counts among `extracted` (the messages lupdate finds
// in the sources now): a "%n" text that is not asked for with a count, or whose singular or plural
// is missing, empty, unfinished or still reads "(s)".
QStringList countsWithoutEnglish(const QList<CatalogueMessage> &extracted,
                                 const QList<CatalogueMessage> &english)
{
    QStringList problems;
    for (const CatalogueMessage &message : extracted) {
        if (!message.source.contains(QStringLiteral("%n")))
            continue;
        const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
        if (!message.numerus) {
            problems.append(QStringLiteral("has %n but no count (tr(text, nullptr, n) or "
                                           "QT_TRANSLATE_N_NOOP): ") +
                            where);
            continue;
        }
        const auto found =
            std::find_if(english.begin(), english.end(), [&message](const CatalogueMessage &e) {
                return e.context == message.context && e.source == message.source;
            });
        if (found == english.end()) {
            problems.append(QStringLiteral("no English forms (update_translations, then fill "
                                           "syncline_en.ts): ") +
                            where);
            continue;
        }
        const bool empty =
            std::any_of(found->translations.begin(), found->translations.end(),
                        [](const QString &form) { return form.trimmed().isEmpty(); });
        if (found->unfinished || empty || found->translations.size() != 2)
            problems.append(QStringLiteral("English singular and plural not both filled: ") +
                            where);
        for (const QString &form : found->translations) {
            if (form.contains(QStringLiteral("(s)")))
                problems.append(
                    QStringLiteral("English form \"%1\" still reads \"(s)\": ").arg(form) + where);
        }
    }
    return problems;
}

// Runs lupdate over the console's sources, as update_translations does, into `ts`.
bool extractSourceTexts(const QString &ts, QString *error)
{
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    for (const QString &folder : QStringLiteral(SYNCLINE_TRANSLATED_SOURCES).split(u'|'))
        arguments.append(folder);
    arguments << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SYNCLINE_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120'000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + lupdate.errorString() + u'\n' +
                 QString::fromLocal8Bit(lupdate.readAll());
        return false;
    }
    return true;
}

CatalogueMessage countMessage(const QString &source, bool numerus, QStringList forms,
                              bool unfinished = false)
{
    CatalogueMessage message;
    message.context = QStringLiteral("syncline::ui::AuditView");
    message.source = source;
    message.numerus = numerus;
    message.translations = std::move(forms);
    message.unfinished = unfinished;
    return message;
}

// One audit entry, so that the audit trail counts one.
void writeOneAuditEntry(const std::filesystem::path &directory)
{
    ManualClock clock(fromEpochMs(1'790'000'040'000));
    store::Store store(directory, clock, store::Store::CompletionExecutor{});
    testing::writeAndWait(store, [](store::Tx &tx) {
        tx.appendAudit({Actor{"alice", "manager"}, "hold.approve", "hold", "obj-1", R"({"qty":1})",
                        R"({"qty":2})", "stock counted again"});
    });
}

} // namespace

Q_DECLARE_METATYPE(CatalogueMessage)

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("pluralOnly");
        QTest::addColumn<int>("atLeast");
        const QString directory = QStringLiteral(SYNCLINE_TRANSLATIONS_DIR);
        // The German and Spanish catalogues hold the whole console, the English one its counts; a
        // handful would mean lupdate found nothing.
        QTest::newRow("de") << directory + QStringLiteral("/syncline_de.ts") << 2 << false << 100;
        QTest::newRow("es") << directory + QStringLiteral("/syncline_es.ts") << 2 << false << 100;
        QTest::newRow("en") << directory + QStringLiteral("/syncline_en.ts") << 2 << true << 10;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        QFETCH(int, atLeast);
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() >= atLeast, qPrintable(QString::number(messages.size())));

        QStringList problems;
        for (const CatalogueMessage &message : messages) {
            if (pluralOnly && !message.numerus)
                problems.append(QStringLiteral("not a count in a plural-only catalogue: ") +
                                describe(message));
            if (message.unfinished)
                problems.append(QStringLiteral("unfinished: ") + describe(message));
            if (message.numerus && message.translations.size() != pluralForms)
                problems.append(QStringLiteral("%1 plural forms instead of %2: ")
                                    .arg(message.translations.size())
                                    .arg(pluralForms) +
                                describe(message));
            const QStringList expected = placeholders(message.source);
            const int expectedAccelerators = accelerators(message.source);
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty: ") + describe(message));
                    continue;
                }
                // A plural form may leave %n out ("one entry"), never add another argument.
                QStringList actual = placeholders(translation);
                QStringList wanted = expected;
                if (message.numerus && !actual.contains(QStringLiteral("%n")))
                    wanted.removeAll(QStringLiteral("%n"));
                if (actual != wanted)
                    problems.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                        .arg(actual.join(u' '), expected.join(u' '), translation) +
                                    describe(message));
                if (accelerators(translation) != expectedAccelerators)
                    problems.append(
                        QStringLiteral("accelerator lost or added in \"%1\": ").arg(translation) +
                        describe(message));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void placeholderCheckSeesMismatches_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << "Order %1 is not known."
                              << "Bestellung %1 ist unbekannt." << true;
        QTest::newRow("reordered") << "%1 of %2"
                                   << "%2: %1" << true;
        QTest::newRow("dropped") << "Could not write %1: %2"
                                 << "Fehler: %2" << false;
        QTest::newRow("renumbered") << "Entry #%1"
                                    << "Eintrag #%2" << false;
        QTest::newRow("plural") << "%n entries"
                                << "%n Einträge" << true;
        QTest::newRow("progress") << "%v of %m"
                                  << "%v von" << false;
        QTest::newRow("percent sign") << "(%3 %)"
                                      << "(%3 %)" << true;
    }

    void placeholderCheckSeesMismatches()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QFETCH(bool, same);
        QCOMPARE(placeholders(source) == placeholders(translation), same);
    }

    void acceleratorCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << "Refresh" << 0;
        QTest::newRow("leading") << "&Refresh" << 1;
        QTest::newRow("inside") << "C&lear filter" << 1;
        QTest::newRow("entity") << "<b>Order %1</b> &mdash; %2 &lt;%3&gt;" << 0;
        QTest::newRow("literal ampersand") << "Sales && returns" << 0;
        QTest::newRow("umlaut") << "Ö&ffnen" << 1;
    }

    void acceleratorCount()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(accelerators(text), count);
    }

    void compiledGermanCatalogueTranslatesTheWindow()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/syncline_de.qm")));
        QCOMPARE(german.translate("syncline::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(german.translate("syncline::ui::ExceptionsView", "&Held orders"),
                 QStringLiteral("&Zurückgestellte Bestellungen"));
        QCOMPARE(german.translate("syncline::ui::AuditView", "%n entries", nullptr, 3),
                 QStringLiteral("%n Einträge"));

        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/syncline_es.qm")));
        QCOMPARE(spanish.translate("syncline::ui::ExceptionsView", "&Dead letters"),
                 QStringLiteral("&Mensajes fallidos"));
    }

    void countCheckSeesGaps_data()
    {
        QTest::addColumn<CatalogueMessage>("english");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<int>("problems");
        const QString source = QStringLiteral("%n entries");
        QTest::newRow("both forms")
            << countMessage(source, true,
                            {QStringLiteral("%n entry"), QStringLiteral("%n entries")})
            << true << 0;
        QTest::newRow("singular without the number")
            << countMessage(source, true,
                            {QStringLiteral("one entry"), QStringLiteral("%n entries")})
            << true << 0;
        QTest::newRow("missing") << countMessage(QStringLiteral("%n other entries"), true, {})
                                 << true << 1;
        QTest::newRow("plural empty")
            << countMessage(source, true, {QStringLiteral("%n entry"), QString()}) << true << 1;
        QTest::newRow("unfinished")
            << countMessage(source, true,
                            {QStringLiteral("%n entry"), QStringLiteral("%n entries")}, true)
            << true << 1;
        QTest::newRow("one form only")
            << countMessage(source, true, {QStringLiteral("%n entry")}) << true << 1;
        QTest::newRow("still (s)")
            << countMessage(source, true,
                            {QStringLiteral("%n entry"), QStringLiteral("%n entry(s)")})
            << true << 1;
        QTest::newRow("asked for without a count")
            << countMessage(source, true,
                            {QStringLiteral("%n entry"), QStringLiteral("%n entries")})
            << false << 1;
    }

    void countCheckSeesGaps()
    {
        QFETCH(CatalogueMessage, english);
        QFETCH(bool, numerus);
        QFETCH(int, problems);
        const QList<CatalogueMessage> extracted{
            countMessage(QStringLiteral("%n entries"), numerus, {}),
            countMessage(QStringLiteral("Refresh"), false, {})};
        const QStringList found = countsWithoutEnglish(extracted, {english});
        QVERIFY2(found.size() == problems, qPrintable(found.join(u'\n')));
    }

    // Fails as soon as the sources ask for a count that the English catalogue cannot say.
    void englishCatalogueHasEveryCountOfTheSources()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString extractedPath = work.filePath(QStringLiteral("syncline_en.ts"));
        QString error;
        QVERIFY2(extractSourceTexts(extractedPath, &error), qPrintable(error));
        const QList<CatalogueMessage> extracted = readCatalogue(extractedPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto counts =
            std::count_if(extracted.begin(), extracted.end(), [](const CatalogueMessage &m) {
                return m.source.contains(QStringLiteral("%n"));
            });
        QVERIFY2(counts >= 10, qPrintable(QString::number(counts)));

        const QList<CatalogueMessage> english = readCatalogue(
            QStringLiteral(SYNCLINE_TRANSLATIONS_DIR) + QStringLiteral("/syncline_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList problems = countsWithoutEnglish(extracted, english);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compiledEnglishCatalogueCounts_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QByteArray audit("syncline::ui::AuditView");
        QTest::newRow("one entry") << audit << QByteArray("%n entries") << 1 << "1 entry";
        QTest::newRow("two entries") << audit << QByteArray("%n entries") << 2 << "2 entries";
        QTest::newRow("no entries") << audit << QByteArray("%n entries") << 0 << "0 entries";
        QTest::newRow("one exported")
            << audit << QByteArray("%n entries exported to %1.") << 1 << "1 entry exported to %1.";
        QTest::newRow("one order matches")
            << QByteArray("syncline::ui::OrderLookupView") << QByteArray("%n orders match \"%1\".")
            << 1 << "1 order matches \"%1\".";
        QTest::newRow("one item") << QByteArray("syncline::ui::ExceptionsView")
                                  << QByteArray("Sending %n item(s)...") << 1
                                  << "Sending 1 item...";
        QTest::newRow("three items")
            << QByteArray("syncline::ui::ExceptionsView") << QByteArray("Sending %n item(s)...")
            << 3 << "Sending 3 items...";
        QTest::newRow("one open hold")
            << QByteArray("PipelineStatus") << QByteArray("%n open hold(s)") << 1 << "1 open hold";
    }

    void compiledEnglishCatalogueCounts()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/syncline_en.qm")));
        QString translation =
            english.translate(context.constData(), source.constData(), nullptr, count);
        QVERIFY2(!translation.isEmpty(), source.constData());
        QCOMPARE(translation.replace(QStringLiteral("%n"), QString::number(count)), expected);
    }

    void languageWithoutCatalogueSpeaksEnglish_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::newRow("English") << "en"
                                 << "1 entry"
                                 << "2 entries";
        QTest::newRow("British English") << "en_GB"
                                         << "1 entry"
                                         << "2 entries";
        QTest::newRow("C, as on a bare system") << "C"
                                                << "1 entry"
                                                << "2 entries";
        QTest::newRow("French: no catalogue") << "fr_FR"
                                              << "1 entry"
                                              << "2 entries";
        QTest::newRow("German") << "de_DE"
                                << "1 Eintrag"
                                << "2 Einträge";
        QTest::newRow("Mexican Spanish") << "es_MX"
                                         << "1 entrada"
                                         << "2 entradas";
    }

    void languageWithoutCatalogueSpeaksEnglish()
    {
        QFETCH(QString, locale);
        QFETCH(QString, one);
        QFETCH(QString, two);
        installTranslators(QLocale(locale));
        QCOMPARE(QCoreApplication::translate("syncline::ui::AuditView", "%n entries", nullptr, 1),
                 one);
        QCOMPARE(QCoreApplication::translate("syncline::ui::AuditView", "%n entries", nullptr, 2),
                 two);
    }

    // The real window in English: the audit trail of one entry says so. The picture is left in
    // the build directory to be looked at.
    void auditTrailOfOneEntryReadsEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeOneAuditEntry(dir.path().toStdString());
        installTranslators(QLocale(QLocale::English));
        EngineOptions options;
        options.dataDirectory = dir.path().toStdString();
        options.notifyInterval = Millis(50);
        auto engine = Engine::open(std::move(options));
        EngineBridge bridge(*engine, nullptr, std::chrono::milliseconds(50));
        OperatorSession session(QStringLiteral("mia"), domain::Role::Manager);
        ViewRegistry registry;
        registry.add(AuditView::descriptor());
        MainWindow window(bridge, registry, nullptr, &session);
        window.resize(1100, 420);
        window.showView(QStringLiteral("audit"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = qobject_cast<AuditView *>(window.view(QStringLiteral("audit")));
        QVERIFY(view);
        QTRY_VERIFY(view->model()->atEnd() && view->model()->rowCount() == 1);
        QTRY_COMPARE(view->statusLabel()->text(), QStringLiteral("1 entry"));

        const QString picture = QStringLiteral(SYNCLINE_BINARY_DIR) +
                                QStringLiteral("/tests/gui/audit-one-entry-en.png");
        QVERIFY(window.grab().save(picture));
    }

    void cleanup() { installTranslators(QLocale::c()); }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
