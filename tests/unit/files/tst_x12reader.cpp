#include "FixtureFile.h"
#include "files/X12Reader.h"
#include "model/Json.h"
#include "util/Time.h"

#include <QtTest>

#include <algorithm>

using namespace syncline;
using namespace syncline::files;
namespace json = boost::json;

Q_DECLARE_METATYPE(std::string)

namespace {

X12Document read(const std::string &bytes)
{
    X12ReadOptions options;
    options.connection = "edi-partner";
    options.fileName = "in.edi";
    return readX12(bytes, options);
}

template <typename T>
T payloadOf(const Event &event)
{
    return json::value_to<T>(parseJson(event.payload));
}

const ParseIssue *findIssue(const std::vector<ParseIssue> &issues, const std::string &field)
{
    const auto it = std::find_if(issues.begin(), issues.end(),
                                 [&](const ParseIssue &issue) { return issue.field == field; });
    return it == issues.end() ? nullptr : &*it;
}

std::string allErrors(const ParseResult &result)
{
    std::string text;
    for (const auto &issue : result.errors)
        text += describe(issue) + "\n";
    return text + result.fatalReason;
}

} // namespace

class TestX12Reader : public QObject {
    Q_OBJECT

private slots:
    void readsPublishedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("sets");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<int>("errors");

        QTest::newRow("850 tilde and LF") << "x12/850.edi" << 1 << 1 << 1 << "order.created" << 0;
        QTest::newRow("850 LF terminator")
            << "x12/850_2.edi" << 1 << 1 << 1 << "order.created" << 0;
        QTest::newRow("850 EdiEngine") << "x12/850.OK.edi" << 1 << 1 << 1 << "order.created" << 0;
        QTest::newRow("855") << "x12/855.edi" << 1 << 1 << 1 << "order.acknowledged" << 0;
        QTest::newRow("856") << "x12/856.edi" << 1 << 1 << 1 << "shipment.created" << 0;
        QTest::newRow("856 crossdock")
            << "x12/856.Crossdock.OK.edi" << 1 << 1 << 2 << "shipment.created" << 0;
        QTest::newRow("two groups of 940") << "x12/AckTest.edi" << 2 << 3 << 0 << "" << 3;
    }

    void readsPublishedFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, groups);
        QFETCH(int, sets);
        QFETCH(int, events);
        QFETCH(QString, eventType);
        QFETCH(int, errors);

        const auto bytes = fixtureBytes(file);
        QVERIFY(!bytes.empty());
        const auto document = read(bytes);
        QVERIFY2(!document.result.fatal, document.result.fatalReason.c_str());
        QVERIFY(document.interchange.has_value());
        const auto &interchange = *document.interchange;
        QCOMPARE(int(interchange.groups.size()), groups);
        int setCount = 0;
        for (const auto &group : interchange.groups)
            setCount += int(group.sets.size());
        QCOMPARE(setCount, sets);
        QCOMPARE(int(document.result.events.size()), events);
        QVERIFY2(int(document.result.errors.size()) == errors, allErrors(document.result).c_str());
        for (const auto &event : document.result.events) {
            QCOMPARE(QString::fromStdString(event.type), eventType);
            QCOMPARE(event.connection, std::string("edi-partner"));
            QVERIFY(!event.idempotencyKey.empty());
            QVERIFY(!event.correlationId.empty());
        }
    }

    void purchaseOrderValues()
    {
        const auto document = read(fixtureBytes("x12/850.edi"));
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto &event = document.result.events.front();
        QVERIFY(event.domain == Domain::Order);
        QCOMPARE(event.correlationId, std::string("08292233294"));
        const auto order = payloadOf<model::Order>(event);
        QCOMPARE(order.orderNumber, std::string("08292233294"));
        QCOMPARE(order.lines.size(), std::size_t(6));
        // PO1*1*120*EA*9.25*TE*CB*065322-117*PR*RO*VN*AB3542: the vendor's number is our SKU.
        QCOMPARE(order.lines[0].sku, std::string("AB3542"));
        QCOMPARE(order.lines[0].quantity, std::int64_t(120));
        QCOMPARE(order.lines[0].unitPrice, *Decimal::parse("9.25"));
        QCOMPARE(order.lines[5].sku, std::string("DX1875"));
        QCOMPARE(order.lines[5].quantity, std::int64_t(696));
        // The lines add up to the AMT the sender declared.
        QCOMPARE(order.subtotal, *Decimal::parse("13045.94"));
        QCOMPARE(order.total, *Decimal::parse("13045.94"));
        QCOMPARE(order.shippingAddress.name, std::string("XYZ RETAIL"));
        QCOMPARE(order.shippingAddress.line1, std::string("31875 SOLON RD"));
        QCOMPARE(order.shippingAddress.city, std::string("SOLON"));
        QCOMPARE(order.shippingAddress.region, std::string("OH"));
        QCOMPARE(order.shippingAddress.postalCode, std::string("44139"));
        QCOMPARE(order.customer.id, std::string("4405197800"));
        QCOMPARE(order.placedAt, parseIso8601("2010-11-27T00:00:00Z"));
        QCOMPARE(event.occurredAt, *parseIso8601("2010-11-27T00:00:00Z"));
    }

    void acknowledgementValues()
    {
        const auto document = read(fixtureBytes("x12/855.edi"));
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto &event = document.result.events.front();
        QCOMPARE(event.correlationId, std::string("POTEST1112"));
        const auto payload = parseJson(event.payload);
        const auto order = json::value_to<model::Order>(payload);
        QCOMPARE(order.lines.size(), std::size_t(4));
        QCOMPARE(order.lines[0].sku, std::string("9780446360265"));
        QCOMPARE(order.lines[2].unitPrice, Decimal{});
        QCOMPARE(order.currency, std::string("USD"));
        const auto &ack = payload.at("acknowledgement");
        QCOMPARE(ack.at("type").as_string(), json::string("AD"));
        QCOMPARE(ack.at("request_reference").as_string(), json::string("60169126"));
        QCOMPARE(ack.at("lines").as_array().size(), std::size_t(4));
        QCOMPARE(ack.at("lines").at(1).at("status").as_string(), json::string("IR"));
        QCOMPARE(ack.at("lines").at(0).at("quantity").as_int64(), std::int64_t(3));
    }

    void shipNoticeValues()
    {
        const auto document = read(fixtureBytes("x12/856.edi"));
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto shipment = payloadOf<model::Shipment>(document.result.events.front());
        QCOMPARE(shipment.shipmentId, std::string("829716"));
        QCOMPARE(shipment.orderNumber, std::string("99999817"));
        QCOMPARE(shipment.carrier, std::string("XXXX"));
        QCOMPARE(shipment.trackingNumber, std::string("5787970539"));
        QCOMPARE(shipment.lines.size(), std::size_t(2));
        QCOMPARE(shipment.lines[0].sku, std::string("87787D"));
        QCOMPARE(shipment.lines[0].quantity, std::int64_t(24));
        QCOMPARE(shipment.lines[1].sku, std::string("99887D"));
        QCOMPARE(shipment.lines[1].quantity, std::int64_t(6));
        QCOMPARE(shipment.shippedAt, parseIso8601("2011-12-06T00:00:00Z"));
        // 00406 with ISA11 "-": the repetition separator, which this sender also uses inside
        // plain values ("999999-001", "31139-0020"); values are never split on it.
        QCOMPARE(document.interchange->delimiters.repetition, std::optional<char>('-'));
        const auto &set = document.interchange->groups[0].sets[0];
        const auto bol = std::find_if(set.segments.begin(), set.segments.end(),
                                      [](const X12Segment &s) { return s.id == "REF"; });
        QCOMPARE(bol->element(2), std::string_view("999999-001"));
    }

    // Pick and pack without an order level: the shipment level carries the PRF.
    void shipNoticeWithoutOrderLevel()
    {
        auto bytes = fixtureBytes("x12/856.edi");
        bytes = replaceAll(bytes, "HL*2*1*O~\n", "");
        bytes = replaceAll(bytes, "HL*3*2*I", "HL*2*1*I");
        bytes = replaceAll(bytes, "HL*4*2*I", "HL*3*1*I");
        bytes = replaceAll(bytes, "CTT*4*30", "CTT*3*30");
        bytes = replaceAll(bytes, "SE*31*0008", "SE*30*0008");
        const auto document = read(bytes);
        QVERIFY2(document.result.errors.empty(), allErrors(document.result).c_str());
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto shipment = payloadOf<model::Shipment>(document.result.events.front());
        QCOMPARE(shipment.orderNumber, std::string("99999817"));
        QCOMPARE(shipment.lines.size(), std::size_t(2));
        QCOMPARE(shipment.lines[1].quantity, std::int64_t(6));
    }

    // The EdiEngine rendering of the same file is an independent reading to compare with.
    void crossdockMatchesIndependentRendering()
    {
        const auto document = read(fixtureBytes("x12/856.Crossdock.OK.edi"));
        QCOMPARE(document.result.events.size(), std::size_t(2));
        QVERIFY(document.result.warnings.empty());

        const auto rendering = parseJson(fixtureBytes("x12/856.Crossdock.OK.json"));
        std::vector<std::string> skus, orders;
        std::vector<std::int64_t> quantities;
        std::string shipmentId, tracking, carrier;
        std::function<void(const json::value &)> walk = [&](const json::value &node) {
            if (!node.is_object())
                return;
            const auto &object = node.as_object();
            if (object.at("Type").as_string() == "S") {
                const auto &content = object.at("Content").as_array();
                auto element = [&](std::size_t i) {
                    return i < content.size() ? std::string(content[i].at("E").as_string())
                                              : std::string();
                };
                const auto name = object.at("Name").as_string();
                if (name == "BSN")
                    shipmentId = element(1);
                else if (name == "LIN")
                    skus.push_back(element(2));
                else if (name == "SN1")
                    quantities.push_back(std::stoll(element(1)));
                else if (name == "PRF")
                    orders.push_back(element(0));
                else if (name == "REF" && element(0) == "CN")
                    tracking = element(1);
                else if (name == "TD5")
                    carrier = element(2);
                return;
            }
            for (const auto &child : object.at("Content").as_array())
                walk(child);
        };
        walk(rendering);
        QCOMPARE(orders, (std::vector<std::string>{"POREF00", "POREF01"}));
        QCOMPARE(skus.size(), std::size_t(5));

        std::int64_t renderedTotal = 0, readTotal = 0;
        for (const auto q : quantities)
            renderedTotal += q;
        for (std::size_t i = 0; i < 2; ++i) {
            const auto &event = document.result.events[i];
            const auto shipment = payloadOf<model::Shipment>(event);
            QCOMPARE(shipment.orderNumber, orders[i]);
            QCOMPARE(event.correlationId, orders[i]);
            QCOMPARE(shipment.shipmentId, shipmentId);
            QCOMPARE(shipment.trackingNumber, tracking);
            QCOMPARE(shipment.carrier, carrier);
            QCOMPARE(shipment.fromLocation, std::string("000009"));
            for (const auto &line : shipment.lines) {
                QVERIFY(std::find(skus.begin(), skus.end(), line.sku) != skus.end());
                readTotal += line.quantity;
            }
        }
        QCOMPARE(readTotal, renderedTotal);
        const auto first = payloadOf<model::Shipment>(document.result.events[0]);
        QCOMPARE(first.lines.size(), std::size_t(4));
        QCOMPARE(first.lines[0].sku, std::string("0000000000642"));
        QCOMPARE(first.lines[0].quantity, std::int64_t(12));
    }

    void unsupportedSetsAreReportedNotDropped()
    {
        const auto document = read(fixtureBytes("x12/AckTest.edi"));
        QCOMPARE(document.result.errors.size(), std::size_t(3));
        for (const auto &issue : document.result.errors) {
            QCOMPARE(issue.message, std::string("unsupported transaction set 940"));
            QCOMPARE(issue.field, std::string("ST01"));
        }
        QCOMPARE(document.result.errors[0].segment, std::size_t(3));
        QCOMPARE(document.result.errors[1].segment, std::size_t(12));
        QCOMPARE(document.result.errors[2].segment, std::size_t(23));
        const auto &set = document.interchange->groups[1].sets[0];
        QVERIFY(set.acceptance == X12Acceptance::Rejected);
        QCOMPARE(set.setCodes, std::vector<int>{1});
        QCOMPARE(set.segments.size(), std::size_t(9));
        QCOMPARE(set.segments[4].element(3), std::string_view("000100022220"));
    }

    void brokenFixturesAreRefusedForTheRightReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("segment");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not EDI") << "x12/NonEdi.edi"
                                 << "" << 0 << "not an X12 interchange";
        QTest::newRow("group count")
            << "x12/WrongGroupsAndTranCount.edi"
            << "IEA01" << 9 << "IEA01 \"2\" does not match the 1 functional groups";
        QTest::newRow("set count")
            << "x12/WrongGroupsAndTranCount.edi"
            << "GE01" << 8 << "GE01 \"2\" does not match the 1 transaction sets";
        QTest::newRow("segment count")
            << "x12/940_Failed_SE01.edi"
            << "SE01" << 11 << "SE01 \"12\" does not match the 9 segments";
    }

    void brokenFixturesAreRefusedForTheRightReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(int, segment);
        QFETCH(QString, reason);

        const auto document = read(fixtureBytes(file));
        QVERIFY(document.result.fatal);
        QVERIFY(document.result.events.empty());
        QVERIFY2(QString::fromStdString(document.result.fatalReason).contains(reason),
                 document.result.fatalReason.c_str());
        if (field.isEmpty()) {
            QVERIFY(!document.interchange);
            return;
        }
        const auto *issue = findIssue(document.result.errors, field.toStdString());
        QVERIFY2(issue, allErrors(document.result).c_str());
        QCOMPARE(int(issue->segment), segment);
        QVERIFY(QString::fromStdString(issue->message).contains(reason));
        // Refused by the envelope, so never looked at as a 940.
        QVERIFY(allErrors(document.result).find("unsupported") == std::string::npos);
    }

    void messyVariantsReadTheSame_data()
    {
        QTest::addColumn<std::string>("bytes");
        const auto base = fixtureBytes("x12/850.edi");
        QTest::newRow("as published") << base;
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + base;
        QTest::newRow("CRLF after terminator") << replaceAll(base, "\n", "\r\n");
        QTest::newRow("one line") << replaceAll(base, "\n", "");
        QTest::newRow("indented") << replaceAll("  " + base, "\n", "\n\t  ");
        QTest::newRow("leading blank lines") << "\r\n\r\n" + base;
        QTest::newRow("trailing whitespace") << base + "\r\n\r\n";
        QTest::newRow("CRLF as terminator")
            << replaceAll(replaceAll(base + "\n", "~\n", "\n"), "\n", "\r\n");
        QTest::newRow("LF as terminator") << replaceAll(base + "\n", "~\n", "\n");
        QTest::newRow("CR as terminator") << replaceAll(base + "\n", "~\n", "\r");
        // ISA fields without their fixed-width padding, as hand-edited files have them.
        QTest::newRow("ISA not fixed width")
            << replaceAll(replaceAll(base, "ABCCO     ", "ABCCO"), "999999999      ", "999999999");
        QTest::newRow("other delimiters")
            << replaceAll(replaceAll(replaceAll(base, "*", "|"), "~", "'"), "|>'", "|:'");
    }

    void messyVariantsReadTheSame()
    {
        QFETCH(std::string, bytes);
        const auto reference = read(fixtureBytes("x12/850.edi"));
        const auto document = read(bytes);
        QVERIFY2(!document.result.fatal, document.result.fatalReason.c_str());
        QVERIFY2(document.result.errors.empty(), allErrors(document.result).c_str());
        QCOMPARE(document.result.events.size(), std::size_t(1));
        QCOMPARE(document.interchange->segmentCount, std::size_t(37));
        QCOMPARE(document.result.events[0].payload, reference.result.events[0].payload);
        QCOMPARE(document.interchange->senderId(), std::string("4405197800"));
        QCOMPARE(document.interchange->controlNumber(), std::string("000003438"));
    }

    void delimitersComeFromTheIsa()
    {
        const auto base = fixtureBytes("x12/850.edi");
        const auto plain = parseX12Structure(base);
        QCOMPARE(plain.interchange->delimiters.element, '*');
        QCOMPARE(plain.interchange->delimiters.component, '>');
        QCOMPARE(plain.interchange->delimiters.segment, '~');
        QVERIFY(!plain.interchange->delimiters.repetition); // 00400: ISA11 is a standards id

        // From 00402 on ISA11 is the repetition separator.
        auto repeated = replaceAll(base, "*U*00400*", "*^*00501*");
        repeated = replaceAll(repeated, "REF*DP*038~", "REF*DP*038^039~");
        const auto document = parseX12Structure(repeated);
        const auto &delimiters = document.interchange->delimiters;
        QCOMPARE(delimiters.repetition, std::optional<char>('^'));
        const auto &segments = document.interchange->groups[0].sets[0].segments;
        QCOMPARE(segments[2].id, std::string("REF"));
        QCOMPARE(segments[2].repetitions(2, delimiters), (std::vector<std::string>{"038", "039"}));
        QCOMPARE(segments[1].components(1, delimiters), std::vector<std::string>{"00"});
    }

    void envelopeErrorsNameTheSegment_data()
    {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("segment");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("fatal");
        const auto base = fixtureBytes("x12/850.edi");
        QTest::newRow("SE02") << replaceAll(base, "SE*33*000000010", "SE*33*000000011") << "SE02"
                              << 35 << 35 << true;
        QTest::newRow("GE02") << replaceAll(base, "GE*1*1421", "GE*1*1422") << "GE02" << 36 << 36
                              << true;
        QTest::newRow("IEA02") << replaceAll(base, "IEA*1*000003438", "IEA*1*000003439") << "IEA02"
                               << 37 << 37 << true;
        QTest::newRow("missing SE")
            << replaceAll(base, "SE*33*000000010~\n", "") << "SE" << 3 << 3 << true;
        QTest::newRow("missing GE")
            << replaceAll(base, "GE*1*1421~\n", "") << "GE" << 2 << 2 << true;
        QTest::newRow("bad quantity")
            << replaceAll(base, "PO1*2*220*", "PO1*2*2x0*") << "PO102" << 18 << 18 << false;
        QTest::newRow("amount out of range")
            << replaceAll(base, "PO1*2*220*EA*13.79*", "PO1*2*999999999*EA*99999999999999*")
            << "PO104" << 18 << 18 << false;
        QTest::newRow("item without SN1")
            << replaceAll(replaceAll(fixtureBytes("x12/856.edi"), "SN1*2*6*EA~\n", ""),
                          "SE*31*0008", "SE*30*0008")
            << "LIN" << 28 << 28 << false;
        QTest::newRow("line count")
            << replaceAll(base, "CTT*6", "CTT*7") << "CTT01" << 33 << 33 << false;
        QTest::newRow("no product id")
            << replaceAll(base, "PO1*3*126*EA*10.99*TE*CB*060733-110*PR*RO*VN*XY5266",
                          "PO1*3*126*EA*10.99")
            << "PO106" << 21 << 21 << false;
    }

    void envelopeErrorsNameTheSegment()
    {
        QFETCH(std::string, bytes);
        QFETCH(QString, field);
        QFETCH(int, segment);
        QFETCH(int, line);
        QFETCH(bool, fatal);
        const auto document = read(bytes);
        QCOMPARE(document.result.fatal, fatal);
        QVERIFY(document.result.events.empty());
        const auto *issue = findIssue(document.result.errors, field.toStdString());
        QVERIFY2(issue, allErrors(document.result).c_str());
        QCOMPARE(int(issue->segment), segment);
        QCOMPARE(int(issue->line), line);
        QVERIFY(describe(*issue).starts_with("segment " + std::to_string(segment)));
        // Set-level problems refuse the set, group-level ones the group; IEA the interchange.
        const auto &group = document.interchange->groups[0];
        if (field.startsWith("GE"))
            QVERIFY(group.rejected);
        else if (!field.startsWith("IEA"))
            QVERIFY(group.sets[0].acceptance == X12Acceptance::Rejected);
    }

    void missingInterchangeTrailerIsTolerated()
    {
        auto bytes = fixtureBytes("x12/856.Crossdock.OK.edi");
        bytes = replaceAll(bytes, "IEA*1*000000091\n", "");
        const auto document = read(bytes);
        QVERIFY(!document.result.fatal);
        QCOMPARE(document.result.events.size(), std::size_t(2));
        const auto *warning = findIssue(document.result.warnings, "IEA");
        QVERIFY(warning);
        QCOMPARE(warning->segment, std::size_t(60));
    }

    // One bad set does not take the good one down with it.
    void badSetIsRefusedAlone()
    {
        const auto base = fixtureBytes("x12/850.edi");
        const auto begin = base.find("ST*850");
        const auto end = base.find("GE*1*1421");
        auto secondSet = replaceAll(base.substr(begin, end - begin), "000000010", "000000011");
        secondSet = replaceAll(secondSet, "PO1*1*120*", "PO1*1*-1*");
        secondSet = replaceAll(secondSet, "08292233294", "08292233295");
        auto bytes = base;
        bytes.insert(end, secondSet);
        bytes = replaceAll(bytes, "GE*1*1421", "GE*2*1421");
        const auto document = read(bytes);
        QVERIFY(!document.result.fatal);
        QCOMPARE(document.result.events.size(), std::size_t(1));
        QCOMPARE(document.result.events[0].correlationId, std::string("08292233294"));
        QCOMPARE(document.result.errors.size(), std::size_t(1));
        QCOMPARE(document.result.errors[0].field, std::string("PO102"));
        QCOMPARE(document.result.errors[0].segment, std::size_t(15 + 33));
        const auto &rejected = document.interchange->groups[0].sets[1];
        QVERIFY(rejected.acceptance == X12Acceptance::Rejected);
        QCOMPARE(rejected.notes.size(), std::size_t(1));
        QCOMPARE(rejected.notes[0].positionInSet, std::size_t(13));
        QCOMPARE(rejected.notes[0].element, std::size_t(2));
        QVERIFY(x12SetText(*document.interchange, rejected).starts_with("ST*850*000000011~\n"));
    }

    // A group whose trailer does not match is refused with all its sets; other groups are read.
    void badGroupIsRefusedAlone()
    {
        const auto base = fixtureBytes("x12/850.edi");
        const auto begin = base.find("GS*");
        const auto end = base.find("IEA*");
        auto secondGroup = replaceAll(base.substr(begin, end - begin), "1421", "1422");
        secondGroup = replaceAll(secondGroup, "GE*1*1422", "GE*1*1423");
        auto bytes = base;
        bytes.insert(end, secondGroup);
        bytes = replaceAll(bytes, "IEA*1*", "IEA*2*");
        const auto document = read(bytes);
        QVERIFY2(!document.result.fatal, document.result.fatalReason.c_str());
        QCOMPARE(document.result.events.size(), std::size_t(1));
        QVERIFY(document.interchange->groups[1].rejected);
        const auto *groupError = findIssue(document.result.errors, "GE02");
        QVERIFY(groupError);
        QCOMPARE(groupError->segment, std::size_t(71));
        const auto *setError = findIssue(document.result.errors, "GS");
        QVERIFY(setError);
        QCOMPARE(setError->segment, std::size_t(38));
        QVERIFY(!setError->excerpt.empty());
        // The excerpt is a complete interchange of its own.
        const auto alone = read(setError->excerpt);
        QVERIFY(alone.result.errors.empty());
        QCOMPARE(alone.result.events.size(), std::size_t(1));
    }

    void inventoryAdvice()
    {
        const std::string bytes =
            "ISA*00*          *00*          *ZZ*WAREHOUSE      *ZZ*SYNCLINE       *261126*1200*U*"
            "00401*000000101*0*P*>~\n"
            "GS*IB*WAREHOUSE*SYNCLINE*20261126*1200*101*X*004010~\n"
            "ST*846*0001~\n"
            "BIA*00*MM*INV-7*20261125*2300~\n"
            "N1*WH*MAIN WAREHOUSE*92*WH1~\n"
            "LIN**SK*SKU-1*UP*012345678905~\n"
            "QTY*17*40~\n"
            "QTY*QH*5~\n"
            "LIN**VP*SKU-2~\n"
            "QTY*33*7~\n"
            "SDQ*EA*92*STORE-1*3*STORE-2*4~\n"
            "SE*10*0001~\n"
            "GE*1*101~\n"
            "IEA*1*000000101~\n";
        const auto document = read(bytes);
        QVERIFY2(document.result.errors.empty(), allErrors(document.result).c_str());
        QCOMPARE(document.result.events.size(), std::size_t(4));
        const auto first = payloadOf<model::InventoryLevel>(document.result.events[0]);
        QCOMPARE(first.sku, std::string("SKU-1"));
        QCOMPARE(first.location, std::string("WH1"));
        QCOMPARE(first.onHand, std::int64_t(40));
        QCOMPARE(first.reserved, std::int64_t(5));
        QCOMPARE(first.available, std::int64_t(35));
        QCOMPARE(first.asOf, *parseIso8601("2026-11-25T23:00:00Z"));
        QCOMPARE(document.result.events[0].entityKey, std::string("inventory:SKU-1@WH1"));
        // QTY*33 without SDQ goes to the header location, the SDQ pairs to their stores.
        const auto second = payloadOf<model::InventoryLevel>(document.result.events[1]);
        QCOMPARE(second.location, std::string("WH1"));
        QCOMPARE(second.available, std::int64_t(7));
        const auto store2 = payloadOf<model::InventoryLevel>(document.result.events[3]);
        QCOMPARE(store2.sku, std::string("SKU-2"));
        QCOMPARE(store2.location, std::string("STORE-2"));
        QCOMPARE(store2.available, std::int64_t(4));
        QVERIFY(document.result.events[3].domain == Domain::Inventory);
    }

    void sameFileGivesSameKeys()
    {
        const auto bytes = fixtureBytes("x12/856.Crossdock.OK.edi");
        const auto a = read(bytes);
        const auto b = read(bytes);
        QCOMPARE(a.result.events[1].idempotencyKey, b.result.events[1].idempotencyKey);
        QVERIFY(a.result.events[0].idempotencyKey != a.result.events[1].idempotencyKey);
        QVERIFY(a.result.events[0].eventId != b.result.events[0].eventId);
    }
};

QTEST_GUILESS_MAIN(TestX12Reader)
#include "tst_x12reader.moc"
