#include "sim/Storefront.h"
#include "util/Clock.h"
#include "wire/WebhookRouter.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::sim;

namespace {

wire::HttpRequest requestWith(const std::string &target, const std::string &body,
                              const HeaderList &headers)
{
    wire::HttpRequest request;
    request.method = "POST";
    request.target = target;
    request.body = body;
    for (const auto &[name, value] : headers)
        request.headers.push_back({name, value});
    return request;
}

wire::WebhookRouter shopRouter(const std::string &secret)
{
    wire::WebhookEndpoint endpoint;
    endpoint.connection = "shop-webhooks";
    endpoint.kind = wire::WebhookEndpoint::Shopify;
    endpoint.secret = secret;
    return wire::WebhookRouter({endpoint});
}

OrderSpec sampleOrder()
{
    OrderSpec order;
    order.number = 1001;
    order.customerId = "77001";
    order.email = "buyer@example.com";
    order.shippingAddress = AddressSpec{"Buyer", "1 Road", "Portland", "97201", "US", "OR"};
    order.lines = {{"SKU-1001", 2, "19.90"}, {"SKU-1002", 1, "45.00"}};
    return order;
}

TimePoint now()
{
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

} // namespace

class TestStorefrontSigning : public QObject {
    Q_OBJECT

private slots:
    void matchesThePublishedVector();
    void signedOrderIsAcceptedAndMapped();
    void tamperingIsRefused_data();
    void tamperingIsRefused();
    void everyAttemptHasItsOwnWebhookId();
    void genericEventIsAccepted();
};

void TestStorefrontSigning::matchesThePublishedVector()
{
    const WebhookMessage message{
        "orders/create",
        R"({"id":1234567890,"email":"customer@example.com","total_price":"123.45"})", "e1",
        "2026-01-01T00:00:00Z"};
    const auto headers =
        shopifyWebhookHeaders(message, "test-webhook-secret", "s.myshopify.com", "2026-04");
    const auto hmac = std::find_if(headers.begin(), headers.end(), [](const auto &h) {
        return h.first == "X-Shopify-Hmac-Sha256";
    });
    QVERIFY(hmac != headers.end());
    QCOMPARE(hmac->second, std::string("QNyObTlKbMx2qDlPF/ZOZcBqg5OgPg+2oky3zldc0Gw="));
}

void TestStorefrontSigning::signedOrderIsAcceptedAndMapped()
{
    const auto body =
        shopifyOrderBody(sampleOrder(), "2026-11-26T09:00:00Z", "2026-11-26T09:00:05Z");
    const WebhookMessage message{"orders/create", body, "event-1", "2026-11-26T09:00:05Z"};
    const auto router = shopRouter("s3cret");
    const auto decision = router.route(
        requestWith("/webhooks/shopify/shop-webhooks", body,
                    shopifyWebhookHeaders(message, "s3cret", "demo-shop.myshopify.com", "2026-04")),
        now());
    QVERIFY2(decision.rejection.empty(), decision.rejection.c_str());
    QCOMPARE(decision.events.size(), std::size_t(1));
    const auto &event = decision.events.front();
    QCOMPARE(event.type, std::string("order.created"));
    const auto payload = boost::json::parse(event.payload).as_object();
    QCOMPARE(payload.at("order_number").as_string(), "#1001");
    QCOMPARE(payload.at("storefront_order_id").as_string(), shopifyOrderId(1001));
    QCOMPARE(payload.at("lines").as_array().size(), std::size_t(2));
    QCOMPARE(payload.at("payment_state").as_string(), "paid");
    QCOMPARE(payload.at("total").as_string(), "84.80");
}

void TestStorefrontSigning::tamperingIsRefused_data()
{
    QTest::addColumn<QString>("signedWith");
    QTest::addColumn<bool>("alterBody");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong secret") << "other" << false << 401;
    QTest::newRow("body changed after signing") << "s3cret" << true << 401;
}

void TestStorefrontSigning::tamperingIsRefused()
{
    QFETCH(QString, signedWith);
    QFETCH(bool, alterBody);
    QFETCH(int, status);
    const auto body = shopifyOrderBody(sampleOrder(), "2026-11-26T09:00:00Z", "");
    const WebhookMessage message{"orders/create", body, "event-2", "2026-11-26T09:00:00Z"};
    const auto headers = shopifyWebhookHeaders(message, signedWith.toStdString(),
                                               "demo-shop.myshopify.com", "2026-04");
    auto sent = body;
    if (alterBody)
        sent.replace(sent.find("19.90"), 5, "01.90");
    const auto decision = shopRouter("s3cret").route(
        requestWith("/webhooks/shopify/shop-webhooks", sent, headers), now());
    QCOMPARE(decision.status, status);
    QVERIFY(!decision.rejection.empty());
    QVERIFY(decision.events.empty());
}

void TestStorefrontSigning::everyAttemptHasItsOwnWebhookId()
{
    const WebhookMessage message{"orders/create", "{}", "event-3", "2026-11-26T09:00:00Z"};
    auto value = [](const HeaderList &headers, const std::string &name) {
        for (const auto &[n, v] : headers)
            if (n == name)
                return v;
        return std::string();
    };
    const auto first = shopifyWebhookHeaders(message, "k", "d", "2026-04");
    const auto retry = shopifyWebhookHeaders(message, "k", "d", "2026-04");
    QVERIFY(value(first, "X-Shopify-Webhook-Id") != value(retry, "X-Shopify-Webhook-Id"));
    QCOMPARE(value(first, "X-Shopify-Event-Id"), std::string("event-3"));
    QCOMPARE(value(retry, "X-Shopify-Event-Id"), std::string("event-3"));
    QCOMPARE(value(retry, "X-Shopify-Triggered-At"), std::string("2026-11-26T09:00:00Z"));
    QCOMPARE(value(retry, "X-Shopify-Topic"), std::string("orders/create"));
    QCOMPARE(value(retry, "X-Shopify-Shop-Domain"), std::string("d"));
    QCOMPARE(value(retry, "X-Shopify-API-Version"), std::string("2026-04"));
}

void TestStorefrontSigning::genericEventIsAccepted()
{
    const std::string body =
        R"({"idempotency_key":"erp-invoice:I1","domain":"order","type":"invoice.issued","correlation_id":"#1001","payload":{"invoice_number":"I1"}})";
    wire::WebhookEndpoint endpoint;
    endpoint.connection = "erp-events";
    endpoint.kind = wire::WebhookEndpoint::Generic;
    endpoint.secret = "erp-key";
    endpoint.sourceSystem = "demo-erp";
    const wire::WebhookRouter router({endpoint});
    const auto accepted = router.route(
        requestWith("/webhooks/generic/erp-events", body, genericWebhookHeaders(body, "erp-key")),
        now());
    QVERIFY2(accepted.rejection.empty(), accepted.rejection.c_str());
    QCOMPARE(accepted.events.size(), std::size_t(1));
    QCOMPARE(accepted.events[0].type, std::string("invoice.issued"));
    const auto refused = router.route(
        requestWith("/webhooks/generic/erp-events", body, genericWebhookHeaders(body, "wrong")),
        now());
    QCOMPARE(refused.status, 401);
}

QTEST_APPLESS_MAIN(TestStorefrontSigning)
#include "tst_storefrontsigning.moc"
