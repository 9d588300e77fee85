#include "FixtureFile.h"
#include "files/X12Reader.h"
#include "files/X12Writer.h"
#include "model/Json.h"
#include "util/Time.h"

#include <QtTest>

#include <algorithm>

using namespace syncline;
using namespace syncline::files;
namespace json = boost::json;

namespace {

std::vector<const X12Segment *> segmentsNamed(const X12Interchange &interchange,
                                              const std::string &id)
{
    std::vector<const X12Segment *> found;
    for (const auto &group : interchange.groups)
        for (const auto &set : group.sets)
            for (const auto &segment : set.segments)
                if (segment.id == id)
                    found.push_back(&segment);
    return found;
}

std::string joined(const X12Segment &segment)
{
    std::string text;
    for (std::size_t i = 0; i < segment.elements.size(); ++i)
        text += (i ? "*" : "") + segment.elements[i];
    return text;
}

X12WriterOptions writerOptions()
{
    X12WriterOptions options;
    options.senderId = "SYNCLINE";
    options.receiverId = "PARTNER01";
    options.interchangeControlNumber = 4711;
    options.groupControlNumber = 815;
    options.firstSetControlNumber = 21;
    options.createdAt = *parseIso8601("2026-11-26T16:45:00Z");
    return options;
}

// The written interchange reads back without any envelope error (counts and control numbers
// are checked by the reader), with the configured ids and control numbers.
X12Document readBackWritten(const std::string &text, const X12WriterOptions &options)
{
    auto document = parseX12Structure(text);
    if (document.result.fatal || !document.result.errors.empty()) {
        qWarning("%s", document.result.fatalReason.c_str());
        for (const auto &error : document.result.errors)
            qWarning("%s", describe(error).c_str());
        return document;
    }
    const auto &interchange = *document.interchange;
    if (interchange.senderId() != options.senderId ||
        interchange.receiverId() != options.receiverId ||
        std::stoll(interchange.controlNumber()) != options.interchangeControlNumber ||
        std::stoll(interchange.groups.at(0).controlNumber()) != options.groupControlNumber)
        document.result.errors.push_back(ParseIssue{0, 0, 0, "ISA", "envelope ids differ"});
    return document;
}

X12Document readInterchange(const std::string &bytes)
{
    X12ReadOptions options;
    options.connection = "edi";
    return readX12(bytes, options);
}

} // namespace

class TestX12Writer : public QObject {
    Q_OBJECT

private slots:
    void acknowledgesAGoodInterchange()
    {
        const auto received = readInterchange(fixtureBytes("x12/850.edi"));
        auto options = replyOptionsFor(*received.interchange);
        QCOMPARE(options.senderId, std::string("999999999"));
        QCOMPARE(options.receiverId, std::string("4405197800"));
        QCOMPARE(options.receiverQualifier, std::string("12"));
        options.interchangeControlNumber = 9;
        options.createdAt = *parseIso8601("2026-11-26T16:45:00Z");
        const auto text = write997(*received.interchange, options);

        const auto ack = readBackWritten(text, options);
        QVERIFY(!ack.result.fatal);
        QVERIFY(ack.result.errors.empty());
        const auto &interchange = *ack.interchange;
        QCOMPARE(interchange.groups.size(), std::size_t(1));
        QCOMPARE(interchange.groups[0].functionalId(), std::string("FA"));
        QCOMPARE(interchange.groups[0].sets[0].id, std::string("997"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK1").at(0)), std::string("AK1*PO*1421"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK2").at(0)),
                 std::string("AK2*850*000000010"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK5").at(0)), std::string("AK5*A"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK9").at(0)), std::string("AK9*A*1*1*1"));
        // ISA is fixed width: 106 characters with its terminator.
        QCOMPARE(text.find('~'), std::size_t(105));
        QVERIFY(text.starts_with("ISA*00*          *00*          *01*999999999      *12*"
                                 "4405197800     *261126*1645*U*00400*000000009*0*P*>~\n"));
    }

    void acknowledgesAPartlyBadInterchange()
    {
        // Two purchase orders in one group; the second has a negative quantity in its first PO1.
        const auto base = fixtureBytes("x12/850.edi");
        const auto begin = base.find("ST*850");
        const auto end = base.find("GE*1*1421");
        auto second = replaceAll(base.substr(begin, end - begin), "000000010", "000000011");
        second = replaceAll(second, "PO1*1*120*", "PO1*1*-1*");
        auto bytes = base;
        bytes.insert(end, second);
        bytes = replaceAll(bytes, "GE*1*1421", "GE*2*1421");
        const auto received = readInterchange(bytes);
        QVERIFY(!received.result.fatal);
        QCOMPARE(received.result.events.size(), std::size_t(1));

        const auto options = writerOptions();
        const auto ack = readBackWritten(write997(*received.interchange, options), options);
        QVERIFY(ack.result.errors.empty());
        const auto &interchange = *ack.interchange;
        const auto ak2 = segmentsNamed(interchange, "AK2");
        QCOMPARE(ak2.size(), std::size_t(2));
        QCOMPARE(joined(*ak2[1]), std::string("AK2*850*000000011"));
        const auto ak5 = segmentsNamed(interchange, "AK5");
        QCOMPARE(joined(*ak5[0]), std::string("AK5*A"));
        QCOMPARE(joined(*ak5[1]), std::string("AK5*R*5"));
        // PO1 is the 13th segment of the set, its 2nd element has an invalid character.
        QCOMPARE(joined(*segmentsNamed(interchange, "AK3").at(0)), std::string("AK3*PO1*13**8"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK4").at(0)), std::string("AK4*2**6*-1"));
        QCOMPARE(joined(*segmentsNamed(interchange, "AK9").at(0)), std::string("AK9*P*2*2*1"));
        QCOMPARE(interchange.groups[0].sets[0].controlNumber, std::string("0021"));
    }

    void acknowledgementCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ak5");
        QTest::addColumn<QStringList>("ak9");

        QTest::newRow("unsupported sets in two groups")
            << "x12/AckTest.edi" << QStringList{"AK5*R*1", "AK5*R*1", "AK5*R*1"}
            << QStringList{"AK9*R*2*2*0", "AK9*R*1*1*0"};
        QTest::newRow("set count mismatch") << "x12/WrongGroupsAndTranCount.edi"
                                            << QStringList{"AK5*R"} << QStringList{"AK9*R*2*1*0*5"};
        QTest::newRow("segment count mismatch")
            << "x12/940_Failed_SE01.edi" << QStringList{"AK5*R*4"} << QStringList{"AK9*R*1*1*0"};
        QTest::newRow("two orders accepted")
            << "x12/856.Crossdock.OK.edi" << QStringList{"AK5*A"} << QStringList{"AK9*A*1*1*1"};
    }

    void acknowledgementCounts()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ak5);
        QFETCH(QStringList, ak9);
        // The structure of a refused interchange is still acknowledged; unsupported sets are
        // refused only once the reader has tried to map them.
        auto received = readInterchange(fixtureBytes(file));
        if (!received.interchange || received.result.fatal)
            received = parseX12Structure(fixtureBytes(file));
        QVERIFY(received.interchange);
        const auto options = writerOptions();
        const auto ack = readBackWritten(write997(*received.interchange, options), options);
        QVERIFY(ack.result.errors.empty());
        QStringList gotAk5, gotAk9;
        for (const auto *segment : segmentsNamed(*ack.interchange, "AK5"))
            gotAk5 << QString::fromStdString(joined(*segment));
        for (const auto *segment : segmentsNamed(*ack.interchange, "AK9"))
            gotAk9 << QString::fromStdString(joined(*segment));
        QCOMPARE(gotAk5, ak5);
        QCOMPARE(gotAk9, ak9);
        QCOMPARE(ack.interchange->groups[0].sets.size(), std::size_t(ak9.size()));
    }

    void purchaseOrderAcknowledgementRoundTrips()
    {
        model::Order order;
        order.orderNumber = "PO-2026-0042";
        order.currency = "USD";
        order.placedAt = parseIso8601("2026-11-20T09:30:00Z");
        order.shippingAddress.name = "Acme Retail";
        order.shippingAddress.line1 = "1 Main St";
        order.shippingAddress.city = "Springfield";
        order.shippingAddress.region = "IL";
        order.shippingAddress.postalCode = "62701";
        order.shippingAddress.country = "US";
        order.lines.push_back({"1", "WID-001", 12, *Decimal::parse("9.25"), {}});
        order.lines.push_back({"2", "WID-002", 3, *Decimal::parse("104.5"), {}});

        const auto options = writerOptions();
        const auto text = write855(order, options, "AD");
        QVERIFY(readBackWritten(text, options).result.errors.empty());
        const auto document = readInterchange(text);
        QVERIFY2(document.result.errors.empty(), document.result.fatalReason.c_str());
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto &event = document.result.events[0];
        QCOMPARE(event.type, std::string("order.acknowledged"));
        QCOMPARE(event.correlationId, order.orderNumber);
        const auto payload = parseJson(event.payload);
        const auto back = json::value_to<model::Order>(payload);
        QCOMPARE(back.orderNumber, order.orderNumber);
        QCOMPARE(back.currency, order.currency);
        QCOMPARE(back.placedAt, parseIso8601("2026-11-20T00:00:00Z")); // X12 dates carry no time
        QCOMPARE(back.shippingAddress.city, order.shippingAddress.city);
        QCOMPARE(back.shippingAddress.country, order.shippingAddress.country);
        QCOMPARE(back.lines.size(), order.lines.size());
        for (std::size_t i = 0; i < order.lines.size(); ++i) {
            QCOMPARE(back.lines[i].sku, order.lines[i].sku);
            QCOMPARE(back.lines[i].quantity, order.lines[i].quantity);
            QCOMPARE(back.lines[i].unitPrice, order.lines[i].unitPrice);
        }
        QCOMPARE(payload.at("acknowledgement").at("type").as_string(), json::string("AD"));
        QCOMPARE(payload.at("acknowledgement").at("lines").at(1).at("status").as_string(),
                 json::string("IA"));
        const auto &set = document.interchange->groups[0].sets[0];
        QCOMPARE(set.controlNumber, std::string("0021"));
        QCOMPARE(document.interchange->groups[0].functionalId(), std::string("PR"));
    }

    void invoiceRoundTrips_data()
    {
        QTest::addColumn<bool>("creditNote");
        QTest::newRow("invoice") << false;
        QTest::newRow("credit note") << true;
    }

    void invoiceRoundTrips()
    {
        QFETCH(bool, creditNote);
        model::Invoice invoice;
        invoice.invoiceNumber = "INV-9001";
        invoice.orderNumber = "PO-2026-0042";
        invoice.creditNote = creditNote;
        invoice.currency = "EUR";
        invoice.issuedAt = parseIso8601("2026-11-25T00:00:00Z");
        invoice.lines.push_back({"1", "WID-001", 12, *Decimal::parse("9.25"), {}});
        invoice.lines.push_back({"2", "WID-002", 3, *Decimal::parse("104.5"), {}});
        invoice.taxTotal = *Decimal::parse("80.66");
        invoice.total = *Decimal::parse("505.16");

        const auto options = writerOptions();
        const auto text = write810(invoice, options);
        QVERIFY(text.find("TDS*50516~") != std::string::npos);
        QVERIFY(readBackWritten(text, options).result.errors.empty());
        const auto document = readInterchange(text);
        QCOMPARE(document.result.events.size(), std::size_t(1));
        const auto &event = document.result.events[0];
        QCOMPARE(event.type, std::string("invoice.created"));
        QCOMPARE(event.correlationId, invoice.orderNumber);
        QCOMPARE(event.entityKey, std::string("invoice:INV-9001"));
        const auto back = json::value_to<model::Invoice>(parseJson(event.payload));
        QCOMPARE(back.invoiceNumber, invoice.invoiceNumber);
        QCOMPARE(back.orderNumber, invoice.orderNumber);
        QCOMPARE(back.creditNote, creditNote);
        QCOMPARE(back.currency, invoice.currency);
        QCOMPARE(back.total, invoice.total);
        QCOMPARE(back.taxTotal, invoice.taxTotal);
        QCOMPARE(back.issuedAt, invoice.issuedAt);
        QCOMPARE(back.lines.size(), std::size_t(2));
        QCOMPARE(back.lines[1].sku, std::string("WID-002"));
        QCOMPARE(back.lines[1].unitPrice, *Decimal::parse("104.5"));
        QCOMPARE(document.interchange->groups[0].functionalId(), std::string("IN"));
    }

    void delimitersInsideValuesAreRefused()
    {
        model::Invoice invoice;
        invoice.invoiceNumber = "INV*1";
        QVERIFY_THROWS_EXCEPTION(X12WriteError, write810(invoice, writerOptions()));
        model::Order order;
        QVERIFY_THROWS_EXCEPTION(X12WriteError, write855(order, writerOptions()));
    }

    void laterVersionsCarryTheRepetitionSeparator()
    {
        auto options = writerOptions();
        options.interchangeVersion = "00501";
        options.groupVersion = "005010";
        model::Order order;
        order.orderNumber = "PO-1";
        order.lines.push_back({"1", "SKU-1", 1, Decimal::fromInteger(1), {}});
        const auto document = readInterchange(write855(order, options));
        QCOMPARE(document.interchange->delimiters.repetition, std::optional<char>('^'));
        QCOMPARE(document.result.events.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestX12Writer)
#include "tst_x12writer.moc"
