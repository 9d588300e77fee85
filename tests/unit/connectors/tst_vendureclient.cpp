#include "ScriptedTransport.h"
#include "connectors/VendureConnector.h"
#include "model/Json.h"
#include "util/Time.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::connectors;
namespace json = boost::json;

namespace {
syncline::connectors::VendureConnection vendureConnection(std::string apiKey)
{
    syncline::connectors::VendureConnection connection;
    connection.baseUrl = "http://127.0.0.1:9/";
    connection.apiKey = std::move(apiKey);
    return connection;
}
} // namespace

namespace {

// An order as the Admin API returns it for vendure::OrderFields (taken from a Vendure 3.7 run).
const char *const PlacedOrder = R"({
  "id": "7", "code": "QXB7Z2K9LM4T1", "state": "PaymentSettled", "active": false,
  "orderPlacedAt": "2026-11-26T17:01:02.345Z", "currencyCode": "USD",
  "subTotalWithTax": 3980, "subTotal": 3980, "shippingWithTax": 500, "totalWithTax": 4480, "total": 4480,
  "customer": {"id": "3", "emailAddress": "jane@example.com", "firstName": "Jane", "lastName": "Customer"},
  "shippingAddress": {"fullName": "Jane Customer", "company": "", "streetLine1": "1 Main St", "streetLine2": "",
                      "city": "New York", "province": "NY", "postalCode": "10001", "countryCode": "US",
                      "phoneNumber": "555-0100"},
  "billingAddress": {"fullName": null, "company": null, "streetLine1": null, "streetLine2": null, "city": null,
                     "province": null, "postalCode": null, "countryCode": null, "phoneNumber": null},
  "lines": [{"id": "11", "quantity": 2, "unitPriceWithTax": 1990, "unitPrice": 1990,
             "productVariant": {"sku": "SKU-1001"}}],
  "payments": [{"method": "dummy-payment", "amount": 4480, "state": "Settled"}]
})";

client::HttpResponse ok(std::string body)
{
    client::HttpResponse response;
    response.status = 200;
    response.body = std::move(body);
    return response;
}

} // namespace

class TestVendureClient : public QObject {
    Q_OBJECT

private slots:
    void graphqlErrorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("errorClass");
        QTest::newRow("forbidden with 200")
            << 200
            << R"({"errors":[{"message":"You are not currently authorized to perform this action","extensions":{"code":"FORBIDDEN"}}],"data":null})"
            << int(ErrorClass::Auth);
        QTest::newRow("validation")
            << 200
            << R"({"errors":[{"message":"Cannot query field \u0022nope\u0022","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]})"
            << int(ErrorClass::Data);
        QTest::newRow("internal")
            << 200
            << R"({"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]})"
            << int(ErrorClass::Transient);
        QTest::newRow("bad request status")
            << 400 << R"({"errors":[{"message":"Bad"}]})" << int(ErrorClass::Data);
        QTest::newRow("unauthorized status") << 401 << "" << int(ErrorClass::Auth);
        QTest::newRow("rate limited") << 429 << "" << int(ErrorClass::RateLimited);
        QTest::newRow("unavailable") << 503 << "" << int(ErrorClass::Transient);
        QTest::newRow("not json") << 200 << "<html>" << int(ErrorClass::Transient);
    }
    void graphqlErrorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, errorClass);
        client::HttpResponse response;
        response.status = status;
        response.body = body.toStdString();
        const auto reply = vendure::parseReply(response);
        QVERIFY(!reply.ok());
        QCOMPARE(int(reply.error->errorClass), errorClass);
    }

    void dataIsReturned()
    {
        const auto reply = vendure::parseReply(ok(R"({"data":{"productVariants":{"items":[]}}})"));
        QVERIFY(reply.ok());
        QVERIFY(reply.data.as_object().contains("productVariants"));
    }

    void errorResultIsADataError()
    {
        const auto node = parseJson(
            R"({"__typename":"InsufficientStockError","errorCode":"INSUFFICIENT_STOCK_ERROR",)"
            R"("message":"Only 39 items were added to the order due to insufficient stock"})");
        const auto error = vendure::errorResultOf(node, "addItemToOrder");
        QVERIFY(error);
        QCOMPARE(int(error->errorClass), int(ErrorClass::Data));
        QVERIFY(QString::fromStdString(error->message).contains("INSUFFICIENT_STOCK_ERROR"));
        QVERIFY(QString::fromStdString(error->message).contains("insufficient stock"));
        QVERIFY(!vendure::errorResultOf(
            parseJson(R"({"__typename":"Fulfillment","id":"1","state":"Pending"})"), "x"));
    }

    void orderIsMapped()
    {
        const auto order = vendure::orderFromVendure(parseJson(PlacedOrder).as_object());
        QCOMPARE(order.orderNumber, std::string("QXB7Z2K9LM4T1"));
        QCOMPARE(order.storefrontOrderId, std::string("7"));
        QCOMPARE(order.customer.email, std::string("jane@example.com"));
        QCOMPARE(order.customer.name, std::string("Jane Customer"));
        QCOMPARE(order.shippingAddress.line1, std::string("1 Main St"));
        QCOMPARE(order.shippingAddress.country, std::string("US"));
        QCOMPARE(order.billingAddress.city,
                 std::string("New York")); // none given: the shipping one
        QCOMPARE(order.lines.size(), std::size_t(1));
        QCOMPARE(order.lines[0].sku, std::string("SKU-1001"));
        QCOMPARE(order.lines[0].quantity, std::int64_t(2));
        QCOMPARE(order.lines[0].unitPrice, *Decimal::parse("19.90"));
        QCOMPARE(order.total, *Decimal::parse("44.80"));
        QCOMPARE(order.shippingTotal, *Decimal::parse("5"));
        QCOMPARE(int(order.paymentState), int(model::PaymentState::Paid));
        QCOMPARE(order.placedAt, parseIso8601("2026-11-26T17:01:02.345Z"));
        QCOMPARE(order.currency, std::string("USD"));
        QVERIFY(!order.cancelled);
    }

    void paymentStateFollowsPayments_data()
    {
        QTest::addColumn<QString>("payments");
        QTest::addColumn<int>("state");
        QTest::newRow("settled in full")
            << R"([{"amount":4480,"state":"Settled"}])" << int(model::PaymentState::Paid);
        QTest::newRow("settled in part")
            << R"([{"amount":1000,"state":"Settled"}])" << int(model::PaymentState::PartiallyPaid);
        QTest::newRow("authorized")
            << R"([{"amount":4480,"state":"Authorized"}])" << int(model::PaymentState::Authorized);
        QTest::newRow("declined then created")
            << R"([{"amount":4480,"state":"Declined"},{"amount":4480,"state":"Created"}])"
            << int(model::PaymentState::Pending);
        QTest::newRow("none") << "[]" << int(model::PaymentState::Unknown);
    }
    void paymentStateFollowsPayments()
    {
        QFETCH(QString, payments);
        QFETCH(int, state);
        auto order = parseJson(PlacedOrder).as_object();
        order["payments"] = parseJson(payments.toStdString());
        QCOMPARE(int(vendure::orderFromVendure(order).paymentState), state);
    }

    void lineWithoutSkuIsNamed()
    {
        auto order = parseJson(PlacedOrder).as_object();
        order["lines"].as_array()[0].as_object()["productVariant"] = json::object{{"sku", ""}};
        try {
            (void)vendure::orderFromVendure(order);
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("order.lines[0].productVariant.sku is required"));
        }
    }

    // Numbers no int64 (or no amount) holds are refused with the field named: converting a
    // double beyond int64's range is undefined behaviour, and a huge amount would overflow.
    void outOfRangeNumbersAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("message");
        QTest::newRow("quantity 1e300") << "quantity"
                                        << "1e300"
                                        << "order.lines[0].quantity is out of range: 1E300";
        QTest::newRow("quantity -1e300") << "quantity"
                                         << "-1e300"
                                         << "order.lines[0].quantity is out of range: -1E300";
        QTest::newRow("quantity 2^63") << "quantity"
                                       << "9223372036854775808"
                                       << "order.lines[0].quantity is out of range: "
                                          "9223372036854775808";
        QTest::newRow("fractional quantity")
            << "quantity"
            << "2.5"
            << "order.lines[0].quantity must be a whole number, not 2.5E0";
        QTest::newRow("unit price 1e300") << "unitPriceWithTax"
                                          << "1e300"
                                          << "order.lines[0].unitPriceWithTax is out of range: "
                                             "1E300";
        QTest::newRow("unit price 2^62") << "unitPriceWithTax"
                                         << "4611686018427387904"
                                         << "order.lines[0].unitPriceWithTax is out of range: "
                                            "4611686018427387904";
        QTest::newRow("total 2^62") << "totalWithTax"
                                    << "4611686018427387904"
                                    << "order.totalWithTax is out of range: 4611686018427387904";
        QTest::newRow("total -2^63") << "totalWithTax"
                                     << "-9223372036854775808"
                                     << "order.totalWithTax is out of range: "
                                        "-9223372036854775808";
        QTest::newRow("payment 2^63") << "amount"
                                      << "9223372036854775808"
                                      << "payment.amount is out of range: 9223372036854775808";
    }
    void outOfRangeNumbersAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, wire);
        QFETCH(QString, message);
        auto order = parseJson(PlacedOrder).as_object();
        const auto value = parseJson(wire.toStdString());
        if (field == "amount")
            order["payments"].as_array()[0].as_object()["amount"] = value;
        else if (order.contains(field.toStdString()))
            order[field.toStdString()] = value;
        else
            order["lines"].as_array()[0].as_object()[field.toStdString()] = value;
        try {
            (void)vendure::orderFromVendure(order);
            QFAIL("expected a MappingError");
        } catch (const MappingError &error) {
            QCOMPARE(QString::fromUtf8(error.what()), message);
        }
    }

    // The largest amounts still read, and settled payments adding up beyond int64 still make
    // the order paid instead of wrapping around to a negative sum.
    void largestAmountsAreRead()
    {
        constexpr std::int64_t largest = INT64_MAX / Decimal::Scale;
        auto order = parseJson(PlacedOrder).as_object();
        order["totalWithTax"] = largest;
        order["total"] = largest;
        json::array payments;
        for (int i = 0; i < 10'001; ++i)
            payments.push_back(json::object{{"amount", largest}, {"state", "Settled"}});
        order["payments"] = std::move(payments);
        const auto mapped = vendure::orderFromVendure(order);
        QCOMPARE(mapped.total, vendure::fromMinorUnits(largest));
        QCOMPARE(int(mapped.paymentState), int(model::PaymentState::Paid));
    }

    void minorUnitsBecomeDecimals()
    {
        QCOMPARE(vendure::fromMinorUnits(1990), *Decimal::parse("19.90"));
        QCOMPARE(vendure::fromMinorUnits(-5), *Decimal::parse("-0.05"));
    }

    void clientSendsTheApiKey()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        transport->answer(200, R"({"data":{"x":1}})");
        VendureClient client(ScriptedTransport::bind(transport), vendureConnection("key:secret"));
        QVERIFY(client.query("{ x }").ok());
        const auto &sent = transport->sent.at(0);
        QCOMPARE(sent.method, std::string("POST"));
        QCOMPARE(sent.url, std::string("http://127.0.0.1:9/admin-api"));
        QCOMPARE(sent.headers.at("vendure-api-key"), std::string("key:secret"));
        QCOMPARE(parseJson(sent.body).at("query").as_string(), json::string("{ x }"));
    }

    void stockTargetSetsStockBySku()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        transport->answer(
            200, R"({"data":{"productVariants":{"items":[{"id":"1","sku":"SKU-1001"}]}}})");
        transport->answer(
            200,
            R"({"data":{"updateProductVariants":[{"id":"1","sku":"SKU-1001","stockOnHand":98}]}})");
        auto client = std::make_shared<VendureClient>(ScriptedTransport::bind(transport),
                                                      vendureConnection("k"));
        VendureStockTarget target(client);
        auto delivery = [](std::string sku, std::int64_t onHand) {
            model::InventoryLevel level;
            level.sku = std::move(sku);
            level.location = "WH";
            level.onHand = onHand;
            Delivery d;
            d.payload = syncline::serialize(json::value_from(level));
            return d;
        };
        const auto outcomes = target.deliverNow({delivery("SKU-1001", 98), delivery("SKU-404", 3)});
        QCOMPARE(outcomes.size(), std::size_t(2));
        QVERIFY(outcomes[0].ok);
        QVERIFY(!outcomes[1].ok);
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data));
        QVERIFY(QString::fromStdString(outcomes[1].message).contains("SKU-404"));
        const auto variables = parseJson(transport->sent.at(1).body).at("variables");
        QCOMPARE(syncline::serialize(variables),
                 std::string(R"({"input":[{"id":"1","stockOnHand":98}]})"));
    }

    void fulfilmentWithKnownTrackingIsNotAddedAgain()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        transport->answer(
            200,
            R"({"data":{"orders":{"items":[{"id":"7","code":"A1","state":"Shipped",)"
            R"("lines":[{"id":"11","quantity":2,"productVariant":{"sku":"SKU-1001"}}],)"
            R"("fulfillments":[{"id":"3","state":"Shipped","method":"manual","trackingCode":"T-1"}]}]}}})");
        auto client = std::make_shared<VendureClient>(ScriptedTransport::bind(transport),
                                                      vendureConnection("k"));
        VendureFulfilmentTarget target(client);
        model::Shipment shipment{"S1", "A1", "", "T-1", "", "WH", {{"SKU-1001", 2}}, std::nullopt};
        QVERIFY(!target.publish(shipment));
        QCOMPARE(transport->sent.size(), std::size_t(1));
    }

    void fulfilmentErrorResultIsData()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        transport->answer(
            200,
            R"({"data":{"orders":{"items":[{"id":"7","code":"A1","state":"PaymentSettled",)"
            R"("lines":[{"id":"11","quantity":2,"productVariant":{"sku":"SKU-1001"}}],"fulfillments":[]}]}}})");
        transport->answer(
            200,
            R"({"data":{"addFulfillmentToOrder":{"__typename":"ItemsAlreadyFulfilledError",)"
            R"("errorCode":"ITEMS_ALREADY_FULFILLED_ERROR","message":"One or more OrderItems are already part of a Fulfillment"}}})");
        auto client = std::make_shared<VendureClient>(ScriptedTransport::bind(transport),
                                                      vendureConnection("k"));
        VendureFulfilmentTarget target(client);
        model::Shipment shipment{"S1",        "A1", "UPS", "T-2", "", "WH", {{"SKU-1001", 2}},
                                 std::nullopt};
        const auto error = target.publish(shipment);
        QVERIFY(error);
        QCOMPARE(int(error->errorClass), int(ErrorClass::Data));
        QVERIFY(QString::fromStdString(error->message).contains("ITEMS_ALREADY_FULFILLED_ERROR"));
        const auto input = parseJson(transport->sent.at(1).body).at("variables").at("input");
        QCOMPARE(syncline::serialize(input.at("lines")),
                 std::string(R"([{"orderLineId":"11","quantity":2}])"));
        QCOMPARE(syncline::serialize(input.at("handler").at("arguments")),
                 std::string(
                     R"([{"name":"method","value":"UPS"},{"name":"trackingCode","value":"T-2"}])"));
    }
};

QTEST_GUILESS_MAIN(TestVendureClient)
#include "tst_vendureclient.moc"
