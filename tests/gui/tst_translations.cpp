#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

// Every message of the German and Spanish catalogues is translated, keeps the placeholders and the
// accelerator of its source, and the compiled catalogue that the console embeds is the one read.

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

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("pluralForms");
        const QString directory = QStringLiteral(SYNCLINE_TRANSLATIONS_DIR);
        QTest::newRow("de") << directory + QStringLiteral("/syncline_de.ts") << 2;
        QTest::newRow("es") << directory + QStringLiteral("/syncline_es.ts") << 2;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QFETCH(int, pluralForms);
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The catalogues hold the whole console; a handful would mean lupdate found nothing.
        QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));

        QStringList problems;
        for (const CatalogueMessage &message : messages) {
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
