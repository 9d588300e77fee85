#include "model/Canonical.h"
#include "model/Json.h"
#include "util/Time.h"
#include "wire/ShopifyMapping.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace syncline;
using namespace syncline::wire;
namespace json = boost::json;

namespace {

std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(SYNCLINE_FIXTURES_DIR) + "/shopify/" + name, std::ios::binary);
    if (!in)
        throw std::runtime_error("missing fixture " + name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

ShopifyContext context()
{
    ShopifyContext ctx;
    ctx.connection = "shop-main";
    ctx.shopDomain = "example.myshopify.com";
    return ctx;
}

template <typename T>
T payloadOf(const Event &event)
{
    return json::value_to<T>(parseJson(event.payload));
}

QString mappingError(std::string_view topic, const std::string &body)
{
    try {
        (void)mapShopifyWebhook(topic, body, context());
    } catch (const MappingError &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestShopifyMapping : public QObject {
    Q_OBJECT

private slots:
    void everyFixtureMaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("correlation");
        QTest::newRow("order") << "order.json"
                               << "orders/create" << 1 << "order.created"
                               << "#1001";
        QTest::newRow("orders") << "orders.json"
                                << "orders/updated" << 1 << "order.updated"
                                << "#1001";
        QTest::newRow("product") << "product.json"
                                 << "products/update" << 4 << "product.updated"
                                 << "IPOD2008PINK";
        QTest::newRow("inventory level") << "inventory_level.json"
                                         << "inventory_levels/update" << 1 << "inventory.level"
                                         << "shopify-item:808950810";
        QTest::newRow("inventory levels") << "inventory_levels.json"
                                          << "inventory_levels/update" << 4 << "inventory.level"
                                          << "shopify-item:39072856";
        QTest::newRow("fulfillment") << "fulfillment.json"
                                     << "fulfillments/create" << 1 << "shipment.created"
                                     << "shopify-order:450789469";
        QTest::newRow("refund") << "refund.json"
                                << "refunds/create" << 1 << "return.refunded"
                                << "shopify-order:450789469";
        // Recognised topics that carry nothing for the canonical model.
        QTest::newRow("location") << "location.json"
                                  << "locations/update" << 0 << ""
                                  << "";
        QTest::newRow("fulfillment order") << "fulfillment_orders.json"
                                           << "fulfillment_orders/order_routing_complete" << 0 << ""
                                           << "";
    }

    void everyFixtureMaps()
    {
        QFETCH(QString, file);
        QFETCH(QString, topic);
        QFETCH(int, events);
        QFETCH(QString, type);
        QFETCH(QString, correlation);
        const auto mapped =
            mapShopifyWebhook(topic.toStdString(), fixture(file.toStdString()), context());
        QCOMPARE(int(mapped.size()), events);
        for (const auto &event : mapped) {
            QCOMPARE(QString::fromStdString(event.type), type);
            QCOMPARE(event.connection, std::string("shop-main"));
            QCOMPARE(event.sourceSystem, std::string("shopify"));
            QVERIFY(event.occurredAt != TimePoint{});
            QVERIFY(parseJson(event.payload).is_object());
        }
        if (events > 0)
            QCOMPARE(QString::fromStdString(mapped.front().correlationId), correlation);
    }

    void orderFieldsAreMapped()
    {
        const auto events = mapShopifyWebhook("orders/create", fixture("order.json"), context());
        QCOMPARE(events.size(), std::size_t(1));
        QVERIFY(events[0].domain == Domain::Order);
        const auto order = payloadOf<model::Order>(events[0]);
        QCOMPARE(order.orderNumber, std::string("#1001"));
        QCOMPARE(order.storefrontOrderId, std::string("450789469"));
        QCOMPARE(order.lines.size(), std::size_t(3));
        QCOMPARE(order.lines[0].sku, std::string("IPOD2008GREEN"));
        QCOMPARE(order.lines[0].unitPrice, *Decimal::parse("199.00"));
        QCOMPARE(order.total, *Decimal::parse("409.94"));
        QCOMPARE(order.taxTotal, *Decimal::parse("11.94"));
        QCOMPARE(order.subtotal, *Decimal::parse("398.00"));
        QVERIFY(order.paymentState == model::PaymentState::Authorized);
        QCOMPARE(order.customer.email, std::string("bob.norman@hostmail.com"));
        QCOMPARE(order.customer.name, std::string("Bob Norman"));
        QCOMPARE(order.shippingAddress.region, std::string("KY"));
        QCOMPARE(order.shippingAddress.country, std::string("US"));
        QVERIFY(!order.cancelled);
        QCOMPARE(order.placedAt, parseIso8601("2008-01-10T11:00:00-05:00"));
    }

    void cancelledTopicMarksTheOrder()
    {
        const auto events = mapShopifyWebhook("orders/cancelled", fixture("order.json"), context());
        QCOMPARE(events[0].type, std::string("order.cancelled"));
        QVERIFY(payloadOf<model::Order>(events[0]).cancelled);
    }

    void paymentStateFollowsFinancialStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pending") << "pending"
                                 << "pending";
        QTest::newRow("authorized") << "authorized"
                                    << "authorized";
        QTest::newRow("paid") << "paid"
                              << "paid";
        QTest::newRow("partially paid") << "partially_paid"
                                        << "partially_paid";
        QTest::newRow("refunded") << "refunded"
                                  << "refunded";
        QTest::newRow("partially refunded") << "partially_refunded"
                                            << "paid";
        QTest::newRow("voided") << "voided"
                                << "voided";
        QTest::newRow("unknown") << "something_new"
                                 << "unknown";
    }

    void paymentStateFollowsFinancialStatus()
    {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        const auto body = R"({"id":1,"name":"#1","total_price":"1.00","financial_status":")" +
                          status.toStdString() + R"("})";
        const auto order =
            payloadOf<model::Order>(mapShopifyWebhook("orders/paid", body, context())[0]);
        QCOMPARE(QString::fromUtf8(model::toString(order.paymentState).data()), expected);
    }

    void idsAboveTwoToThe53AreExact()
    {
        const std::string body =
            R"({"id":9007199254740993,"name":"#1002","total_price":"5.00","line_items":[)"
            R"({"id":18446744073709551615,"sku":"A","quantity":1,"price":"5.00"}]})";
        const auto order =
            payloadOf<model::Order>(mapShopifyWebhook("orders/create", body, context())[0]);
        QCOMPARE(order.storefrontOrderId, std::string("9007199254740993"));
        QCOMPARE(order.lines[0].lineId, std::string("18446744073709551615"));

        const auto level = payloadOf<model::InventoryLevel>(mapShopifyWebhook(
            "inventory_levels/update",
            R"({"inventory_item_id":9223372036854775807,"location_id":"gid-7","available":3})",
            context())[0]);
        QCOMPARE(level.sku, std::string("shopify-item:9223372036854775807"));
        QCOMPARE(level.location, std::string("shopify-location:gid-7"));
    }

    void crossReferencesResolveInventoryKeys()
    {
        auto ctx = context();
        ctx.lookups.skuForInventoryItem = [](std::string_view id) -> std::optional<std::string> {
            if (id == "808950810")
                return std::string("IPOD2008PINK");
            return std::nullopt;
        };
        ctx.lookups.locationCode = [](std::string_view id) -> std::optional<std::string> {
            if (id == "905684977")
                return std::string("WH-EAST");
            return std::nullopt;
        };
        const auto events =
            mapShopifyWebhook("inventory_levels/update", fixture("inventory_levels.json"), ctx);
        QCOMPARE(events.size(), std::size_t(4));
        QCOMPARE(events[0].correlationId, std::string("shopify-item:39072856"));
        QCOMPARE(events[1].correlationId, std::string("IPOD2008PINK"));
        const auto level = payloadOf<model::InventoryLevel>(events[1]);
        QCOMPARE(level.location, std::string("WH-EAST"));
        QCOMPARE(level.available, std::int64_t(1));
        // Two locations of one SKU are two entities, so neither supersedes the other.
        QVERIFY(events[1].entityKey != events[2].entityKey);
    }

    void productMapsOneEventPerVariantWithSku()
    {
        const auto events =
            mapShopifyWebhook("products/update", fixture("product.json"), context());
        QStringList skus;
        for (const auto &event : events)
            skus << QString::fromStdString(event.correlationId);
        QCOMPARE(skus,
                 QStringList({"IPOD2008PINK", "IPOD2008RED", "IPOD2008GREEN", "IPOD2008BLACK"}));
        const auto product = payloadOf<model::Product>(events[1]);
        QCOMPARE(product.name, std::string("IPod Nano - 8GB - Red"));
        QCOMPARE(product.basePrice, std::optional<Decimal>(*Decimal::parse("199.00")));
        QCOMPARE(product.weightGrams, std::optional<std::int64_t>(200));
        QCOMPARE(product.category, std::string("Cult Products"));
        QCOMPARE(product.images.size(), std::size_t(1));

        const auto noSku = mapShopifyWebhook(
            "products/update", R"({"id":1,"title":"T","variants":[{"id":2,"sku":""}]})", context());
        QVERIFY(noSku.empty());
    }

    void fulfillmentCarriesTracking()
    {
        auto ctx = context();
        ctx.lookups.orderNumber = [](std::string_view id) -> std::optional<std::string> {
            return id == "450789469" ? std::optional<std::string>("#1001") : std::nullopt;
        };
        const auto events =
            mapShopifyWebhook("fulfillments/create", fixture("fulfillment.json"), ctx);
        QVERIFY(events[0].domain == Domain::Fulfilment);
        QCOMPARE(events[0].correlationId, std::string("#1001"));
        const auto shipment = payloadOf<model::Shipment>(events[0]);
        QCOMPARE(shipment.shipmentId, std::string("255858046"));
        QCOMPARE(shipment.trackingNumber, std::string("1Z2345"));
        QCOMPARE(shipment.trackingUrl, std::string("http://www.google.com/search?q=1Z2345"));
        QCOMPARE(shipment.carrier, std::string("null-company"));
        QCOMPARE(shipment.lines.size(), std::size_t(1));
        QCOMPARE(shipment.lines[0].sku, std::string("IPOD2008GREEN"));

        // Without a cross-reference the fulfillment's own name still leads to its order.
        const auto named = mapShopifyWebhook(
            "fulfillments/create", R"({"id":5,"order_id":7,"name":"#1042.2","line_items":[]})",
            context());
        QCOMPARE(named[0].correlationId, std::string("#1042"));
    }

    void refundSumsSuccessfulRefundTransactions()
    {
        const auto events = mapShopifyWebhook("refunds/create", fixture("refund.json"), context());
        const auto credit = payloadOf<model::ReturnCredit>(events[0]);
        QCOMPARE(credit.refundAmount, *Decimal::parse("209.00"));
        QCOMPARE(credit.currency, std::string("USD"));
        QCOMPARE(credit.lines.size(), std::size_t(2));
        QCOMPARE(credit.lines[0].sku, std::string("IPOD2008BLACK"));
    }

    void damagedBodiesFailOnlyWithMappingError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("topic");
        QTest::newRow("order") << "order.json"
                               << "orders/updated";
        QTest::newRow("product") << "product.json"
                                 << "products/update";
        QTest::newRow("fulfillment") << "fulfillment.json"
                                     << "fulfillments/create";
        QTest::newRow("refund") << "refund.json"
                                << "refunds/create";
        QTest::newRow("inventory") << "inventory_levels.json"
                                   << "inventory_levels/update";
    }

    // Every prefix of a real body, and the body with each byte in turn replaced: the mapping
    // either succeeds or throws MappingError, never anything else.
    void damagedBodiesFailOnlyWithMappingError()
    {
        QFETCH(QString, file);
        QFETCH(QString, topic);
        const auto body = fixture(file.toStdString());
        int refused = 0;
        const auto attempt = [&](const std::string &damaged) {
            try {
                (void)mapShopifyWebhook(topic.toStdString(), damaged, context());
            } catch (const MappingError &) {
                ++refused;
            }
        };
        for (std::size_t length = 0; length < body.size(); ++length)
            attempt(body.substr(0, length));
        for (std::size_t i = 0; i < body.size(); ++i) {
            for (const char replacement : {'"', '1', '}', 'x'}) {
                auto damaged = body;
                damaged[i] = replacement;
                attempt(damaged);
            }
        }
        QVERIFY(refused > int(body.size()));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "orders/create"
                                  << "{\"id\":"
                                  << "invalid JSON";
        QTest::newRow("not an object") << "orders/create"
                                       << "[1,2]"
                                       << "order must be a JSON object";
        QTest::newRow("order id missing") << "orders/create"
                                          << R"({"name":"#1","total_price":"1"})"
                                          << "order.id is required";
        QTest::newRow("fractional id") << "orders/create"
                                       << R"({"id":1.5,"name":"#1","total_price":"1"})"
                                       << "order.id must be an exact integer";
        QTest::newRow("bad money") << "orders/create"
                                   << R"({"id":1,"name":"#1","total_price":"ten"})"
                                   << "order.total_price must be a decimal amount";
        QTest::newRow("line quantity")
            << "orders/create"
            << R"({"id":1,"name":"#1","total_price":"1","line_items":[{"id":2,"price":"1"}]})"
            << "order.line_items[0].quantity is required";
        QTest::newRow("line price type")
            << "orders/create"
            << R"({"id":1,"name":"#1","total_price":"1","line_items":[{"id":2,"quantity":1,"price":true}]})"
            << "order.line_items[0].price must be a decimal amount";
        QTest::newRow("inventory available") << "inventory_levels/update"
                                             << R"({"inventory_item_id":1,"location_id":2})"
                                             << "inventory_level.available is required";
        QTest::newRow("bad time")
            << "inventory_levels/update"
            << R"({"inventory_item_id":1,"location_id":2,"available":1,"updated_at":"yesterday"})"
            << "inventory_level.updated_at must be an ISO 8601 time";
        QTest::newRow("fulfillment order id") << "fulfillments/create"
                                              << R"({"id":1})"
                                              << "fulfillment.order_id is required";
        QTest::newRow("unsupported topic") << "carts/create"
                                           << "{}"
                                           << "unsupported Shopify topic";
    }

    void badInputNamesTheField()
    {
        QFETCH(QString, topic);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const auto message = mappingError(topic.toStdString(), body.toStdString());
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestShopifyMapping)
#include "tst_shopifymapping.moc"
