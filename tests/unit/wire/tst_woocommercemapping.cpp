#include "model/Canonical.h"
#include "model/Json.h"
#include "util/Time.h"
#include "wire/WooCommerceMapping.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace syncline;
using namespace syncline::wire;
namespace json = boost::json;

namespace {

std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(SYNCLINE_FIXTURES_DIR) + "/woocommerce/" + name, std::ios::binary);
    if (!in)
        throw std::runtime_error("missing fixture " + name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

WooCommerceContext context()
{
    return WooCommerceContext{"woo-main", "woocommerce"};
}

template <typename T>
T payloadOf(const Event &event)
{
    return json::value_to<T>(parseJson(event.payload));
}

} // namespace

class TestWooCommerceMapping : public QObject {
    Q_OBJECT

private slots:
    void everyFixtureMaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("correlation");
        QTest::newRow("order created") << "order.json"
                                       << "order.created"
                                       << "order.created"
                                       << "727";
        QTest::newRow("order updated") << "order.json"
                                       << "order.updated"
                                       << "order.updated"
                                       << "727";
        QTest::newRow("order cancelled") << "order_cancelled.json"
                                         << "order.updated"
                                         << "order.cancelled"
                                         << "WC-10042";
        QTest::newRow("product") << "product.json"
                                 << "product.updated"
                                 << "product.updated"
                                 << "PQ-794";
    }

    void everyFixtureMaps()
    {
        QFETCH(QString, file);
        QFETCH(QString, topic);
        QFETCH(QString, type);
        QFETCH(QString, correlation);
        const auto events =
            mapWooCommerceWebhook(topic.toStdString(), fixture(file.toStdString()), context());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(events[0].type), type);
        QCOMPARE(QString::fromStdString(events[0].correlationId), correlation);
        QCOMPARE(events[0].connection, std::string("woo-main"));
        QCOMPARE(events[0].sourceSystem, std::string("woocommerce"));
        QVERIFY(events[0].occurredAt != TimePoint{});
    }

    void orderFieldsAreMapped()
    {
        const auto events =
            mapWooCommerceWebhook("order.created", fixture("order.json"), context());
        const auto order = payloadOf<model::Order>(events[0]);
        QCOMPARE(order.storefrontOrderId, std::string("727"));
        QCOMPARE(order.lines.size(), std::size_t(2));
        QCOMPARE(order.lines[0].sku, std::string("WOO-SINGLE-1"));
        QCOMPARE(order.lines[0].quantity, std::int64_t(2));
        QCOMPARE(order.lines[0].unitPrice, *Decimal::parse("3"));
        QCOMPARE(order.lines[1].tax, *Decimal::parse("0.90"));
        QCOMPARE(order.subtotal, *Decimal::parse("18.00"));
        QCOMPARE(order.shippingTotal, *Decimal::parse("10.00"));
        QCOMPARE(order.taxTotal, *Decimal::parse("1.35"));
        QCOMPARE(order.total, *Decimal::parse("29.35"));
        QVERIFY(order.paymentState == model::PaymentState::Paid);
        QCOMPARE(order.customer.email, std::string("john.doe@example.com"));
        QCOMPARE(order.billingAddress.name, std::string("John Doe"));
        QCOMPARE(order.shippingAddress.region, std::string("CA"));
        // The _gmt times carry no offset and are UTC.
        QCOMPARE(events[0].occurredAt, *parseIso8601("2017-03-22T19:28:08Z"));
    }

    void cancelledOrderKeepsExactIdAndPrice()
    {
        const auto events =
            mapWooCommerceWebhook("order.updated", fixture("order_cancelled.json"), context());
        const auto order = payloadOf<model::Order>(events[0]);
        QVERIFY(order.cancelled);
        QVERIFY(order.paymentState == model::PaymentState::Voided);
        QCOMPARE(order.storefrontOrderId, std::string("9007199254740993"));
        QCOMPARE(order.lines[0].unitPrice, *Decimal::parse("21.99"));
    }

    void statusGivesPaymentState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("paid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pending") << "pending" << false << "pending";
        QTest::newRow("on hold") << "on-hold" << false << "pending";
        QTest::newRow("processing") << "processing" << true << "paid";
        QTest::newRow("completed") << "completed" << true << "paid";
        QTest::newRow("refunded") << "refunded" << true << "refunded";
        QTest::newRow("cancelled unpaid") << "cancelled" << false << "voided";
        QTest::newRow("failed") << "failed" << false << "voided";
    }

    void statusGivesPaymentState()
    {
        QFETCH(QString, status);
        QFETCH(bool, paid);
        QFETCH(QString, expected);
        std::string body = "{\"id\":1,\"number\":\"1\",\"total\":\"1.00\",\"status\":\"" +
                           status.toStdString() + "\"";
        if (paid)
            body += ",\"date_paid_gmt\":\"2020-01-01T00:00:00\"";
        body += "}";
        const auto order =
            payloadOf<model::Order>(mapWooCommerceWebhook("order.updated", body, context())[0]);
        QCOMPARE(QString::fromUtf8(model::toString(order.paymentState).data()), expected);
    }

    void productFieldsAreMapped()
    {
        const auto events =
            mapWooCommerceWebhook("product.updated", fixture("product.json"), context());
        QVERIFY(events[0].domain == Domain::Product);
        const auto product = payloadOf<model::Product>(events[0]);
        QCOMPARE(product.sku, std::string("PQ-794"));
        QCOMPARE(product.name, std::string("Premium Quality"));
        QCOMPARE(product.basePrice, std::optional<Decimal>(*Decimal::parse("21.99")));
        QCOMPARE(product.category, std::string("Clothing"));
        QCOMPARE(product.images.size(), std::size_t(1));
    }

    void productWithoutSkuYieldsNothing()
    {
        QVERIFY(mapWooCommerceWebhook("product.updated", R"({"id":5,"type":"variable","sku":""})",
                                      context())
                    .empty());
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "order.created"
                                  << "webhook_id=3"
                                  << "invalid JSON";
        QTest::newRow("status missing") << "order.created"
                                        << R"({"id":1,"total":"1"})"
                                        << "order.status is required";
        QTest::newRow("total missing") << "order.created"
                                       << R"({"id":1,"status":"pending"})"
                                       << "order.total is required";
        QTest::newRow("line quantity")
            << "order.created"
            << R"({"id":1,"status":"pending","total":"1","line_items":[{"id":3,"sku":"A","quantity":"x","price":1}]})"
            << "order.line_items[0].quantity must be an integer";
        QTest::newRow("product price") << "product.updated"
                                       << R"({"id":1,"sku":"A","regular_price":"cheap"})"
                                       << "product.regular_price must be a decimal amount";
        QTest::newRow("total out of range")
            << "order.created"
            << R"({"id":1,"status":"pending","total":1000000000000000000})"
            << "order.total is out of range";
        QTest::newRow("line price out of range")
            << "order.created"
            << R"({"id":1,"status":"pending","total":"1","line_items":[{"id":3,"sku":"A","quantity":1,"price":-9223372036854775807}]})"
            << "order.line_items[0].price is out of range";
        QTest::newRow("unsupported topic") << "coupon.created"
                                           << "{}"
                                           << "unsupported WooCommerce topic";
    }

    void badInputNamesTheField()
    {
        QFETCH(QString, topic);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        try {
            (void)mapWooCommerceWebhook(topic.toStdString(), body.toStdString(), context());
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestWooCommerceMapping)
#include "tst_woocommercemapping.moc"
