#include "model/Json.h"

#include <QtTest>

using namespace syncline;
namespace json = boost::json;

class TestCanonicalJson : public QObject {
    Q_OBJECT

private slots:
    void orderRoundTrips()
    {
        model::Order order;
        order.orderNumber = "#1001";
        order.storefrontOrderId = "9007199254740993"; // 2^53 + 1: must survive exactly
        order.customer = {"c-1", "jane@example.com", "Jane Customer", ""};
        order.shippingAddress.line1 = "1 Main St";
        order.lines.push_back(
            {"l1", "SKU-1", 2, *Decimal::parse("19.90"), *Decimal::parse("1.59")});
        order.total = *Decimal::parse("41.39");
        order.paymentState = model::PaymentState::Paid;
        order.placedAt = fromEpochMs(1795710884000);

        const auto back = json::value_to<model::Order>(json::value_from(order));
        QCOMPARE(back.orderNumber, order.orderNumber);
        QCOMPARE(back.storefrontOrderId, order.storefrontOrderId);
        QCOMPARE(back.customer.email, order.customer.email);
        QCOMPARE(back.lines.size(), std::size_t(1));
        QCOMPARE(back.lines[0].unitPrice, order.lines[0].unitPrice);
        QCOMPARE(back.total, order.total);
        QVERIFY(back.paymentState == model::PaymentState::Paid);
        QCOMPARE(back.placedAt, order.placedAt);
    }

    void integerIdsAreReadExactly()
    {
        const auto value =
            parseJson(R"({"order_number":"1","storefront_order_id":9007199254740993})");
        const auto order = json::value_to<model::Order>(value);
        QCOMPARE(order.storefrontOrderId, std::string("9007199254740993"));
    }

    void missingRequiredFieldIsNamed()
    {
        try {
            (void)json::value_to<model::InventoryLevel>(parseJson(R"({"location":"WH1"})"));
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("inventory.sku is required"));
        }
    }

    void wrongTypeIsNamed()
    {
        try {
            (void)json::value_to<model::InventoryLevel>(
                parseJson(R"({"sku":"A","location":"WH1","on_hand":"lots"})"));
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QVERIFY(QString::fromUtf8(error.what()).contains("inventory.on_hand"));
        }
    }

    void availableDefaultsToOnHandMinusReserved()
    {
        const auto level = json::value_to<model::InventoryLevel>(
            parseJson(R"({"sku":"A","location":"WH1","on_hand":10,"reserved":3})"));
        QCOMPARE(level.available, std::int64_t(7));
    }

    void eventRoundTrips()
    {
        Event e;
        e.idempotencyKey = "shopify:evt-1";
        e.sourceSystem = "shopify";
        e.connection = "shop-main";
        e.domain = Domain::Inventory;
        e.type = "inventory.level";
        e.correlationId = "SKU-1";
        e.sourceSequence = 42;
        e.payload = R"({"sku":"SKU-1","location":"WH1","on_hand":5})";
        completeEnvelope(e, fromEpochMs(1795710884000));
        QVERIFY(!e.eventId.empty());
        QCOMPARE(e.entityKey, std::string("inventory:SKU-1"));

        const Event back = eventFromJson(eventToJson(e));
        QCOMPARE(back.eventId, e.eventId);
        QVERIFY(back.domain == Domain::Inventory);
        QCOMPARE(back.sourceSequence, std::int64_t(42));
        QCOMPARE(back.receivedAt, e.receivedAt);
        QCOMPARE(parseJson(back.payload), parseJson(e.payload));
    }

    void unknownDomainIsRefused()
    {
        const auto value = parseJson(
            R"({"idempotency_key":"k","source_system":"s","connection":"c","domain":"weather","type":"t","correlation_id":"x"})");
        QVERIFY_THROWS_EXCEPTION(MappingError, eventFromJson(value));
    }

    // Numbers that do not fit the model are refused with the field's name instead of being
    // converted with undefined behaviour.
    void outOfRangeNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("expected");
        const QString envelope = QStringLiteral(
            R"({"idempotency_key":"k","source_system":"s","connection":"c","domain":"order",)"
            R"("type":"order.created","correlation_id":"1001",%1})");
        QTest::newRow("sequence 1e300")
            << envelope.arg(R"("source_sequence":1e300,"payload":{})") << "source_sequence";
        QTest::newRow("sequence 2^63")
            << envelope.arg(R"("source_sequence":9223372036854775808.0,"payload":{})")
            << "source_sequence";
        QTest::newRow("order total 10^18")
            << envelope.arg(
                   R"("payload":{"order_number":"1001","currency":"EUR","total":1000000000000000000})")
            << "total is out of range";
    }

    void outOfRangeNumbersAreRefused()
    {
        QFETCH(QString, event);
        QFETCH(QString, expected);
        try {
            const auto parsed = eventFromJson(parseJson(event.toStdString()));
            (void)json::value_to<model::Order>(parseJson(parsed.payload));
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
    }

    void integralDoublesAreIntegers()
    {
        const auto event = eventFromJson(parseJson(
            R"({"idempotency_key":"k","source_system":"s","connection":"c","domain":"order",)"
            R"("type":"order.created","correlation_id":"1001","source_sequence":42.0,"payload":{}})"));
        QCOMPARE(event.sourceSequence, std::int64_t(42));
    }

    void invalidJsonIsReported() { QVERIFY_THROWS_EXCEPTION(MappingError, parseJson("{\"a\":")); }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
