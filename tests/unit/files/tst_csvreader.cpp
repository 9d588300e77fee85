#include "FixtureFile.h"
#include "files/CsvReader.h"
#include "files/TextEncoding.h"
#include "model/Json.h"
#include "util/Time.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::files;
namespace json = boost::json;

Q_DECLARE_METATYPE(std::string)

namespace {

// Records as "a|b|c" joined by "/" for compact expectations.
QString recordsText(const std::vector<CsvRecord> &records)
{
    QStringList out;
    for (const auto &record : records) {
        QStringList fields;
        for (const auto &field : record.fields)
            fields << QString::fromStdString(field);
        out << fields.join('|');
    }
    return out.join('/');
}

CsvOptions inventoryOptions()
{
    CsvOptions options;
    options.kind = CsvOptions::Kind::InventorySnapshot;
    options.connection = "wms-main";
    return options;
}

model::InventoryLevel levelOf(const Event &event)
{
    return json::value_to<model::InventoryLevel>(parseJson(event.payload));
}

std::string errorsText(const ParseResult &result)
{
    std::string text = result.fatalReason;
    for (const auto &error : result.errors)
        text += "\n" + describe(error);
    return text;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void splitsRecords_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("lines");

        QTest::newRow("plain") << std::string("a,b,c\nd,e,f\n") << "a|b|c/d|e|f"
                               << "1,2";
        QTest::newRow("no final newline") << std::string("a,b\nc,d") << "a|b/c|d"
                                          << "1,2";
        QTest::newRow("quoted delimiter") << std::string("\"a,b\",c\n") << "a,b|c"
                                          << "1";
        QTest::newRow("doubled quotes") << std::string("\"say \"\"hi\"\"\",x\n") << "say \"hi\"|x"
                                        << "1";
        QTest::newRow("embedded LF")
            << std::string("\"one\ntwo\",x\nnext,y\n") << "one\ntwo|x/next|y"
            << "1,3";
        QTest::newRow("embedded CRLF")
            << std::string("\"one\r\ntwo\",x\r\nnext,y\r\n") << "one\r\ntwo|x/next|y"
            << "1,3";
        QTest::newRow("CRLF") << std::string("a,b\r\nc,d\r\n") << "a|b/c|d"
                              << "1,2";
        QTest::newRow("CR only") << std::string("a,b\rc,d\r") << "a|b/c|d"
                                 << "1,2";
        QTest::newRow("blank lines skipped") << std::string("a,b\n\n\nc,d\n") << "a|b/c|d"
                                             << "1,4";
        QTest::newRow("empty fields") << std::string("a,,\"\",\n") << "a|||"
                                      << "1";
        QTest::newRow("quote inside unquoted") << std::string("5\" pipe,x\n") << "5\" pipe|x"
                                               << "1";
    }

    void splitsRecords()
    {
        QFETCH(std::string, text);
        QFETCH(QString, records);
        QFETCH(QString, lines);
        const auto split = splitCsvRecords(text, ',', '"');
        QCOMPARE(recordsText(split), records);
        QStringList gotLines;
        for (const auto &record : split) {
            gotLines << QString::number(record.line);
            QVERIFY(record.syntaxError.empty());
        }
        QCOMPARE(gotLines.join(','), lines);
    }

    void reportsSyntaxErrors()
    {
        const auto unterminated = splitCsvRecords("a,b\nc,\"open\nstill open", ',', '"');
        QCOMPARE(unterminated.size(), std::size_t(2));
        QCOMPARE(unterminated[1].syntaxError,
                 std::string("quoted field opened on line 2 is never closed"));
        QCOMPARE(unterminated[1].syntaxErrorColumn, std::size_t(2));

        const auto stray = splitCsvRecords("\"ab\"c,d\n", ',', '"');
        QCOMPARE(stray[0].syntaxError,
                 std::string("unexpected character 'c' after a closing quote"));
        QCOMPARE(stray[0].fields[0], std::string("abc")); // nothing of the row is lost
    }

    void readsInventorySnapshot()
    {
        const auto bytes = fixtureBytes("csv/inventory_snapshot.csv");
        const auto result = readCsv(bytes, inventoryOptions(), "snapshot.csv");
        QVERIFY2(result.errors.empty() && !result.fatal, errorsText(result).c_str());
        QCOMPARE(result.events.size(), std::size_t(4));
        const auto &event = result.events[0];
        QVERIFY(event.domain == Domain::Inventory);
        QCOMPARE(event.type, std::string("inventory.level"));
        QCOMPARE(event.correlationId, std::string("WID-001"));
        QCOMPARE(event.entityKey, std::string("inventory:WID-001@WH1"));
        QCOMPARE(event.connection, std::string("wms-main"));
        QCOMPARE(event.sourceSystem, std::string("wms"));
        const auto first = levelOf(event);
        QCOMPARE(first.onHand, std::int64_t(120));
        QCOMPARE(first.reserved, std::int64_t(20));
        QCOMPARE(first.available, std::int64_t(100));
        QCOMPARE(levelOf(result.events[1]).sku, std::string("WID-002"));
        // The record with the embedded line break starts on line 4; the next one on line 6.
        QVERIFY(result.events[2].idempotencyKey.ends_with(":4"));
        QVERIFY(result.events[3].idempotencyKey.ends_with(":6"));
        QCOMPARE(levelOf(result.events[2]).reserved, std::int64_t(0));
    }

    void idempotencyKeysFollowTheFile()
    {
        const auto bytes = fixtureBytes("csv/inventory_snapshot.csv");
        const auto a = readCsv(bytes, inventoryOptions(), "snapshot.csv");
        const auto again = readCsv(bytes, inventoryOptions(), "snapshot.csv");
        const auto renamed = readCsv(bytes, inventoryOptions(), "other.csv");
        const auto changed =
            readCsv(bytes + "WID-005,WH1,1,0,x\r\n", inventoryOptions(), "snapshot.csv");
        QCOMPARE(a.events[0].idempotencyKey, again.events[0].idempotencyKey);
        QVERIFY(a.events[0].eventId != again.events[0].eventId);
        QVERIFY(a.events[0].idempotencyKey != renamed.events[0].idempotencyKey);
        QVERIFY(a.events[0].idempotencyKey != changed.events[0].idempotencyKey);
        QVERIFY(a.events[0].idempotencyKey != a.events[1].idempotencyKey);
    }

    void headerDetection_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<int>("header");
        QTest::addColumn<QStringList>("columns"); // field=column pairs
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("fatal");

        const int automatic = int(CsvOptions::Header::Auto);
        const int present = int(CsvOptions::Header::Present);
        const int absent = int(CsvOptions::Header::Absent);
        const std::string data = "A,WH1,5\nB,WH1,6\n";
        QTest::newRow("auto, canonical names")
            << "SKU,Location,On_Hand\n" + data << automatic << QStringList{} << 2 << "";
        QTest::newRow("auto, configured names")
            << "Item,Depot,Qty\n" + data << automatic
            << QStringList{"sku=Item", "location=Depot", "on_hand=Qty"} << 2 << "";
        QTest::newRow("auto, indexes, no header")
            << data << automatic << QStringList{"sku=1", "location=2", "on_hand=3"} << 2 << "";
        QTest::newRow("auto, indexes, header with canonical names")
            << "sku,location,on_hand\n" + data << automatic
            << QStringList{"sku=1", "location=2", "on_hand=3"} << 2 << "";
        QTest::newRow("absent, indexes")
            << data << absent << QStringList{"sku=1", "location=2", "on_hand=3"} << 2 << "";
        QTest::newRow("present, column missing")
            << "Item,Depot,Count\n" + data << present
            << QStringList{"sku=Item", "location=Depot", "on_hand=Qty"} << 0
            << "line 1: the header has no column \"Qty\" for field on_hand (columns: \"Item\", "
               "\"Depot\", \"Count\")";
        QTest::newRow("auto, names but no header")
            << data << automatic << QStringList{"sku=Item", "location=Depot", "on_hand=Qty"} << 0
            << "the file has no header row, so the column \"Item\" for field sku cannot be found";
        QTest::newRow("unknown field") << data << absent << QStringList{"qty=3"} << 0
                                       << "unknown field \"qty\" in the column mapping";
    }

    void headerDetection()
    {
        QFETCH(std::string, text);
        QFETCH(int, header);
        QFETCH(QStringList, columns);
        QFETCH(int, events);
        QFETCH(QString, fatal);
        auto options = inventoryOptions();
        options.header = CsvOptions::Header(header);
        for (const auto &pair : columns) {
            const auto parts = pair.split('=');
            options.columns[parts[0].toStdString()] = parts[1].toStdString();
        }
        const auto result = readCsv(text, options, "f.csv");
        QCOMPARE(QString::fromStdString(result.fatalReason), fatal);
        QCOMPARE(result.fatal, !fatal.isEmpty());
        QVERIFY2(result.errors.empty(), errorsText(result).c_str());
        QCOMPARE(int(result.events.size()), events);
        if (events > 0)
            QCOMPARE(levelOf(result.events[1]).onHand, std::int64_t(6));
    }

    void ownColumnNamesAndDelimiter()
    {
        auto options = inventoryOptions();
        options.delimiter = ';';
        options.columns = {{"sku", "Item Number"},
                           {"location", "warehouse"}, // matched without regard to case
                           {"on_hand", "Qty On Hand"},
                           {"reserved", "Qty Allocated"},
                           {"as_of", "Last Count"}};
        const auto result =
            readCsv(fixtureBytes("csv/inventory_columns_named.csv"), options, "named.csv");
        QVERIFY2(result.errors.empty() && !result.fatal, errorsText(result).c_str());
        QCOMPARE(result.events.size(), std::size_t(2));
        const auto level = levelOf(result.events[0]);
        QCOMPARE(level.sku, std::string("A-100"));
        QCOMPARE(level.location, std::string("MAIN"));
        QCOMPARE(level.available, std::int64_t(35));
        QCOMPARE(level.asOf, *parseIso8601("2026-11-25T00:00:00Z"));
        QCOMPARE(result.events[0].occurredAt, level.asOf);
    }

    void badCellsAreReportedWithLineAndColumn_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        // inventory_bad_rows.csv: one bad cell of each kind between good rows.
        QTest::newRow("negative") << 0
                                  << "line 3, column 3 (on_hand): \"-5\" is not a non-negative "
                                     "integer";
        QTest::newRow("empty sku") << 1 << "line 4, column 1 (sku): is empty";
        QTest::newRow("text") << 2
                              << "line 6, column 3 (on_hand): \"lots\" is not a non-negative "
                                 "integer";
        QTest::newRow("short row") << 3
                                   << "line 7, column 3 (on_hand): missing (the row has 2 "
                                      "columns)";
        QTest::newRow("invalid UTF-8") << 4
                                       << "line 8, column 1 (sku): invalid UTF-8 at byte 10 of "
                                          "the cell";
        QTest::newRow("fraction") << 5
                                  << "line 9, column 4 (reserved): \"1.5\" is not a "
                                     "non-negative integer";
    }

    void badCellsAreReportedWithLineAndColumn()
    {
        QFETCH(int, index);
        QFETCH(QString, expected);
        const auto result =
            readCsv(fixtureBytes("csv/inventory_bad_rows.csv"), inventoryOptions(), "bad.csv");
        QVERIFY(!result.fatal);
        QCOMPARE(result.errors.size(), std::size_t(6));
        QCOMPARE(QString::fromStdString(describe(result.errors[std::size_t(index)])), expected);
        // Good rows are still returned.
        QCOMPARE(result.events.size(), std::size_t(3));
        QCOMPARE(result.events[2].correlationId, std::string("GOOD-3"));
    }

    // A refused row comes with an excerpt that reads on its own with the same options.
    void refusedRowsCanBeReplayed()
    {
        const auto result =
            readCsv(fixtureBytes("csv/inventory_bad_rows.csv"), inventoryOptions(), "bad.csv");
        const auto &excerpt = result.errors[0].excerpt;
        QCOMPARE(excerpt, std::string("sku,location,on_hand,reserved\r\nBAD-NEG,WH1,-5,0\r\n"));
        const auto fixed = readCsv(replaceAll(excerpt, "-5", "5"), inventoryOptions(), "fix.csv");
        QCOMPARE(fixed.events.size(), std::size_t(1));
        QCOMPARE(levelOf(fixed.events[0]).onHand, std::int64_t(5));

        auto options = inventoryOptions();
        options.encoding = "windows-1252";
        options.delimiter = ';';
        options.columns = {{"sku", "Artikel"}, {"location", "Lager"}, {"on_hand", "Bestand"}};
        auto bytes = fixtureBytes("csv/inventory_windows1252.csv");
        bytes = replaceAll(bytes, ";12\r\n", ";zwölf\r\n");
        const auto latin = readCsv(bytes, options, "w.csv");
        QCOMPARE(latin.errors.size(), std::size_t(1));
        // Re-encoded as UTF-8 with a BOM, so the same windows-1252 options read it correctly.
        const auto replay = readCsv(latin.errors[0].excerpt, options, "replay.csv");
        QCOMPARE(replay.errors.size(), std::size_t(1));
        QCOMPARE(replay.errors[0].message, latin.errors[0].message);
    }

    void encodings_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("location");

        QTest::newRow("windows-1252")
            << fixtureBytes("csv/inventory_windows1252.csv") << "windows-1252"
            << QString::fromUtf8("Preis € – Tasse") << QString::fromUtf8("Lager Süd");
        QTest::newRow("latin-1") << replaceAll(fixtureBytes("csv/inventory_windows1252.csv"),
                                               "\x80 \x96 ", "")
                                 << "iso-8859-1"
                                 << "Preis Tasse" << QString::fromUtf8("Lager Süd");
        QTest::newRow("utf-16le BOM") << fixtureBytes("csv/inventory_utf16le.csv") << "utf-8"
                                      << QString::fromUtf8("MUG-😀") << "WH1";
        QTest::newRow("utf-8 BOM")
            << std::string("\xEF\xBB\xBFsku,location,on_hand\nA,B,1\nC,D,2\n") << "utf-8"
            << "C"
            << "D";
    }

    void encodings()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, sku);
        QFETCH(QString, location);
        auto options = inventoryOptions();
        options.encoding = encoding.toStdString();
        if (bytes.find("Artikel") != std::string::npos) {
            options.delimiter = ';';
            options.columns = {{"sku", "Artikel"}, {"location", "Lager"}, {"on_hand", "Bestand"}};
        }
        const auto result = readCsv(bytes, options, "enc.csv");
        QVERIFY2(result.errors.empty() && !result.fatal, errorsText(result).c_str());
        // Only the UTF-16 file has a BOM that contradicts the configured encoding.
        QCOMPARE(result.warnings.size(), std::size_t(bytes.starts_with("\xFF\xFE") ? 1 : 0));
        QCOMPARE(result.events.size(), std::size_t(2));
        const auto level = levelOf(result.events[1]);
        QCOMPARE(QString::fromStdString(level.sku), sku);
        QCOMPARE(QString::fromStdString(level.location), location);
    }

    void encodingTables()
    {
        QCOMPARE(windows1252ToUtf8("\x80\x9F\xFF\x81"), std::string("€Ÿÿ\xC2\x81"));
        QCOMPARE(latin1ToUtf8("\x80\xE9"), std::string("\xC2\x80\xC3\xA9"));
        QCOMPARE(*utf16ToUtf8(std::string("\x3D\xD8\x00\xDE", 4), false), std::string("😀"));
        QCOMPARE(*utf16ToUtf8(std::string("\xD8\x3D\xDE\x00", 4), true), std::string("😀"));
        DecodeError error;
        QVERIFY(!utf16ToUtf8(std::string("\x00\xDE", 2), false, &error));
        QCOMPARE(error.message, std::string("unpaired UTF-16 low surrogate"));
        QVERIFY(!utf16ToUtf8("abc", false));
        QCOMPARE(firstInvalidUtf8("ok \xC3\xA9"), std::nullopt);
        QCOMPARE(firstInvalidUtf8("ab\xC0\xAF"), std::optional<std::size_t>(2));   // overlong
        QCOMPARE(firstInvalidUtf8("\xED\xA0\x80"), std::optional<std::size_t>(0)); // surrogate
        QCOMPARE(firstInvalidUtf8("x\xE2\x82"), std::optional<std::size_t>(1));    // truncated
        QVERIFY(!textEncodingFromName("ebcdic"));
        QVERIFY(textEncodingFromName("CP1252") == TextEncoding::Windows1252);
    }

    void refusedInputs_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << std::string() << "utf-8"
                               << "the file is empty";
        QTest::newRow("only blank lines") << std::string("\r\n\r\n") << "utf-8"
                                          << "the file holds no rows";
        QTest::newRow("unknown encoding") << std::string("a\n") << "ebcdic"
                                          << "unknown encoding \"ebcdic\"";
        QTest::newRow("broken UTF-16") << std::string("\xFF\xFE\x00\xDC", 4) << "utf-8"
                                       << "cannot decode the file: unpaired UTF-16 low surrogate "
                                          "at byte 0";
    }

    void refusedInputs()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, reason);
        auto options = inventoryOptions();
        options.encoding = encoding.toStdString();
        const auto result = readCsv(bytes, options, "x.csv");
        QVERIFY(result.fatal);
        QCOMPARE(QString::fromStdString(result.fatalReason), reason);
        QVERIFY(result.events.empty());
    }

    void defaultLocationFillsTheGap()
    {
        auto options = inventoryOptions();
        const std::string text = "sku,on_hand\nA,1\n";
        QVERIFY(readCsv(text, options, "f.csv").fatal); // location is required without a default
        options.defaultLocation = "DC-EAST";
        const auto result = readCsv(text, options, "f.csv");
        QCOMPARE(result.events.size(), std::size_t(1));
        QCOMPARE(levelOf(result.events[0]).location, std::string("DC-EAST"));
    }

    void shipmentsAreGroupedById()
    {
        CsvOptions options;
        options.kind = CsvOptions::Kind::ShipmentConfirmation;
        options.connection = "wms-main";
        options.defaultLocation = "WH1";
        const auto result =
            readCsv(fixtureBytes("csv/shipment_confirmations.csv"), options, "ship.csv");
        QVERIFY2(result.errors.empty() && !result.fatal, errorsText(result).c_str());
        QCOMPARE(result.events.size(), std::size_t(2));
        const auto &event = result.events[0];
        QVERIFY(event.domain == Domain::Fulfilment);
        QCOMPARE(event.type, std::string("shipment.created"));
        QCOMPARE(event.correlationId, std::string("1001"));
        QCOMPARE(event.entityKey, std::string("shipment:SHP-1"));
        const auto shipment = json::value_to<model::Shipment>(parseJson(event.payload));
        QCOMPARE(shipment.shipmentId, std::string("SHP-1"));
        QCOMPARE(shipment.carrier, std::string("UPS"));
        QCOMPARE(shipment.trackingNumber, std::string("1Z999AA10123456784"));
        QCOMPARE(shipment.fromLocation, std::string("WH1"));
        QCOMPARE(shipment.shippedAt, parseIso8601("2026-11-25T14:00:00Z"));
        QCOMPARE(shipment.lines.size(), std::size_t(2));
        QCOMPARE(shipment.lines[0].sku, std::string("WID-001"));
        QCOMPARE(shipment.lines[0].quantity, std::int64_t(3)); // lines 2 and 5
        QCOMPARE(result.events[1].correlationId, std::string("1002"));
    }

    void shipmentWithABadRowIsRefusedWhole()
    {
        CsvOptions options;
        options.kind = CsvOptions::Kind::ShipmentConfirmation;
        auto bytes = fixtureBytes("csv/shipment_confirmations.csv");
        bytes = replaceAll(bytes, "SHP-1,1001,WID-002,1,", "SHP-1,1009,WID-002,1,");
        const auto result = readCsv(bytes, options, "ship.csv");
        QCOMPARE(result.events.size(), std::size_t(1));
        QCOMPARE(result.events[0].correlationId, std::string("1002"));
        QCOMPARE(result.errors.size(), std::size_t(3)); // every row of SHP-1
        QCOMPARE(describe(result.errors[1]),
                 std::string("line 3, column 2 (order_number): \"1009\" differs from \"1001\" on "
                             "line 2 for shipment \"SHP-1\""));
        QCOMPARE(result.errors[0].line, std::size_t(2));
        QCOMPARE(result.errors[2].line, std::size_t(5));
        QVERIFY(result.errors[2].message.find("refused as a whole because line 3") !=
                std::string::npos);
        QCOMPARE(result.errors[0].excerpt.substr(0, 12), std::string("shipment_id,"));
    }

    void shipmentQuantityMustBePositive()
    {
        CsvOptions options;
        options.kind = CsvOptions::Kind::ShipmentConfirmation;
        const std::string text = "shipment_id,order_number,sku,quantity\nS1,O1,A,0\nS2,O2,B,1\n";
        const auto result = readCsv(text, options, "s.csv");
        QCOMPARE(result.events.size(), std::size_t(1));
        QCOMPARE(describe(result.errors.at(0)),
                 std::string("line 2, column 4 (quantity): \"0\" is not a positive integer"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
