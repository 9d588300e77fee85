#include "RecordingSink.h"
#include "TestHttp.h"
#include "model/Json.h"
#include "util/Crypto.h"
#include "util/Time.h"
#include "wire/WebhookListener.h"

#include <QtTest>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <set>
#include <thread>

using namespace syncline;
using namespace syncline::wire;
using namespace std::chrono_literals;
using testhttp::Headers;
using testhttp::rawRequest;

namespace {

constexpr auto Shop = "example.myshopify.com";
constexpr auto Secret = "shpss_current";
constexpr auto OldSecret = "shpss_previous";
const std::string OrderBody =
    R"({"id":9007199254740993,"name":"#1001","total_price":"10.00","updated_at":"2026-11-20T10:00:00Z",)"
    R"("line_items":[{"id":1,"sku":"SKU-1","quantity":1,"price":"10.00"}]})";

Headers shopifyHeaders(const std::string &body, const std::string &topic = "orders/create",
                       const std::string &secret = Secret)
{
    return {{"X-Shopify-Hmac-Sha256", crypto::hmacSha256Base64(secret, body)},
            {"X-Shopify-Topic", topic},
            {"X-Shopify-Shop-Domain", Shop},
            {"X-Shopify-API-Version", "2026-04"},
            {"X-Shopify-Webhook-Id", "wh-1"},
            {"Content-Type", "application/json"}};
}

Headers without(Headers headers, const std::string &name)
{
    std::erase_if(headers, [&](const auto &h) { return h.first == name; });
    return headers;
}

Headers with(Headers headers, const std::string &name, const std::string &value)
{
    headers = without(std::move(headers), name);
    headers.emplace_back(name, value);
    return headers;
}

Headers lowercased(const Headers &headers)
{
    Headers result;
    for (const auto &[name, value] : headers)
        result.emplace_back(QString::fromStdString(name).toLower().toStdString(), value);
    return result;
}

// The newer event deliveries' names: "shopify-topic" for "X-Shopify-Topic".
Headers unprefixed(const Headers &headers)
{
    Headers result;
    for (const auto &[name, value] : lowercased(headers)) {
        const std::string prefix = "x-shopify-";
        result.emplace_back(
            name.rfind(prefix, 0) == 0 ? "shopify-" + name.substr(prefix.size()) : name, value);
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Headers)

class TestWebhookListener : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RecordingSink> sink_;
    std::unique_ptr<boost::asio::io_context> io_;
    std::unique_ptr<WebhookListener> listener_;
    std::vector<std::thread> threads_;
    WebhookListenerOptions options_;

    static std::vector<WebhookEndpoint> endpoints()
    {
        WebhookEndpoint shopify;
        shopify.connection = "shop-main";
        shopify.kind = WebhookEndpoint::Shopify;
        shopify.secret = Secret;
        shopify.previousSecret = OldSecret;
        WebhookEndpoint woo;
        woo.connection = "woo-main";
        woo.kind = WebhookEndpoint::WooCommerce;
        woo.secret = "woo-secret";
        WebhookEndpoint wms;
        wms.connection = "wms";
        wms.kind = WebhookEndpoint::Generic;
        wms.secret = "wms-secret";
        wms.signatureHeader = "X-WMS-Signature";
        wms.signatureEncoding = WebhookEndpoint::Hex;
        wms.sourceSystem = "wms";
        wms.genericDomain = Domain::Fulfilment;
        WebhookEndpoint erp = wms;
        erp.connection = "erp";
        erp.signatureHeader = "X-ERP-Signature";
        erp.signatureEncoding = WebhookEndpoint::Base64;
        return {shopify, woo, wms, erp};
    }

    void startListener(int ioThreads = 1)
    {
        stopListener();
        sink_ = std::make_unique<RecordingSink>();
        io_ = std::make_unique<boost::asio::io_context>();
        listener_ = std::make_unique<WebhookListener>(*io_, options_, endpoints(), *sink_);
        listener_->start();
        for (int i = 0; i < ioThreads; ++i) {
            threads_.emplace_back([io = io_.get()] {
                auto guard = boost::asio::make_work_guard(*io);
                io->run();
            });
        }
    }

    void stopListener()
    {
        if (!io_)
            return;
        listener_->stop();
        io_->stop();
        for (auto &thread : threads_)
            thread.join();
        threads_.clear();
        listener_.reset();
        io_.reset();
    }

    unsigned short port() const { return listener_->port(); }

    std::optional<testhttp::Response> post(const std::string &target, const Headers &headers,
                                           const std::string &body)
    {
        return testhttp::exchange(port(), rawRequest("POST", target, headers, body));
    }

    void verifyRecorded(const std::string &reasonPart, const std::string &body)
    {
        QVERIFY(sink_->waitForRejected(1));
        const auto rejected = sink_->rejected().back();
        QVERIFY2(rejected.reason.find(reasonPart) != std::string::npos, rejected.reason.c_str());
        QCOMPARE(rejected.channel, std::string("webhook"));
        QCOMPARE(rejected.status, std::string("rejected"));
        QCOMPARE(rejected.body, body);
        QCOMPARE(rejected.bodySize, std::int64_t(body.size()));
        QCOMPARE(rejected.bodySha256, crypto::sha256Hex(body));
        QVERIFY(rejected.peer.rfind("127.0.0.1:", 0) == 0);
        QVERIFY(rejected.at != TimePoint{});
    }

private slots:
    void init()
    {
        options_ = {};
        options_.http.address = "127.0.0.1";
        options_.http.port = 0;
        options_.http.maxBodyBytes = 64 * 1024;
        options_.http.maxHeaderBytes = 4 * 1024;
        options_.http.readTimeout = 5s;
        options_.http.responseTimeout = 4s;
        options_.http.maxConnections = 8;
        startListener();
    }

    void cleanup() { stopListener(); }

    void boundToAnEphemeralPort() { QVERIFY(port() != 0); }

    void shopifyRequests_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");

        const auto body = QString::fromStdString(OrderBody);
        const auto signedHeaders = shopifyHeaders(OrderBody);
        const QString path = "/webhooks/shopify/shop-main";
        QTest::newRow("signed") << "POST" << path << signedHeaders << body << 200 << "";
        QTest::newRow("lowercase headers")
            << "POST" << path << lowercased(signedHeaders) << body << 200 << "";
        QTest::newRow("unprefixed headers")
            << "POST" << path << unprefixed(signedHeaders) << body << 200 << "";
        QTest::newRow("previous secret")
            << "POST" << path << shopifyHeaders(OrderBody, "orders/create", OldSecret) << body
            << 200 << "";
        QTest::newRow("query string ignored")
            << "POST" << path + "?x=1" << signedHeaders << body << 200 << "";
        QTest::newRow("GET") << "GET" << path << signedHeaders << "" << 405
                             << "method GET not allowed";
        QTest::newRow("PUT") << "PUT" << path << signedHeaders << body << 405
                             << "method PUT not allowed";
        QTest::newRow("no signature")
            << "POST" << path << without(signedHeaders, "X-Shopify-Hmac-Sha256") << body << 400
            << "missing signature header";
        QTest::newRow("wrong signature")
            << "POST" << path << shopifyHeaders(OrderBody, "orders/create", "another-secret")
            << body << 401 << "signature mismatch";
        QTest::newRow("signature of another body")
            << "POST" << path << shopifyHeaders(OrderBody + " ") << body << 401
            << "signature mismatch";
        QTest::newRow("no topic") << "POST" << path << without(signedHeaders, "X-Shopify-Topic")
                                  << body << 400 << "missing header X-Shopify-Topic";
        QTest::newRow("no shop domain")
            << "POST" << path << without(signedHeaders, "X-Shopify-Shop-Domain") << body << 400
            << "missing header X-Shopify-Shop-Domain";
        QTest::newRow("no api version")
            << "POST" << path << without(signedHeaders, "X-Shopify-API-Version") << body << 400
            << "missing header X-Shopify-API-Version";
        QTest::newRow("no webhook id")
            << "POST" << path << without(signedHeaders, "X-Shopify-Webhook-Id") << body << 400
            << "missing header X-Shopify-Webhook-Id";
        const std::string badJson = R"({"id":1,"name":)";
        QTest::newRow("bad json") << "POST" << path << shopifyHeaders(badJson)
                                  << QString::fromStdString(badJson) << 400 << "invalid JSON";
        const std::string unmappable = R"({"name":"#1","total_price":"1.00"})";
        QTest::newRow("unmappable")
            << "POST" << path << shopifyHeaders(unmappable) << QString::fromStdString(unmappable)
            << 400 << "order.id is required";
        QTest::newRow("unsupported topic")
            << "POST" << path << shopifyHeaders(OrderBody, "carts/update") << body << 400
            << "unsupported Shopify topic";
        QTest::newRow("unknown connection") << "POST"
                                            << "/webhooks/shopify/nobody" << signedHeaders << body
                                            << 404 << "no shopify webhook connection named nobody";
        QTest::newRow("kind mismatch") << "POST"
                                       << "/webhooks/woocommerce/shop-main" << signedHeaders << body
                                       << 404 << "no woocommerce webhook connection";
        QTest::newRow("not a webhook path")
            << "POST"
            << "/admin" << signedHeaders << body << 404 << "no webhook endpoint at /admin";
    }

    void shopifyRequests()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const auto response =
            testhttp::exchange(port(), rawRequest(method.toStdString(), path.toStdString(), headers,
                                                  body.toStdString()));
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 405)
            QCOMPARE(response->header("Allow"), std::string("POST"));
        if (status == 200) {
            QCOMPARE(sink_->events().size(), std::size_t(1));
            QVERIFY(sink_->rejected().empty());
            const auto event = sink_->events().front();
            QCOMPARE(event.type, std::string("order.created"));
            QCOMPARE(event.correlationId, std::string("#1001"));
            QCOMPARE(event.connection, std::string("shop-main"));
            QCOMPARE(event.idempotencyKey, std::string("shopify:example.myshopify.com:wh-1"));
        } else {
            QVERIFY(sink_->events().empty());
            verifyRecorded(reason.toStdString(), body.toStdString());
            QCOMPARE(sink_->rejected().size(), std::size_t(1));
            const auto recorded = sink_->rejected().front();
            QCOMPARE(recorded.path, path.toStdString());
            if (!path.contains("nobody") && !path.contains("admin"))
                QCOMPARE(recorded.connection, std::string("shop-main"));
            // The headers are kept as sent, signature included, for inspection and replay.
            if (!headers.empty())
                QVERIFY(recorded.headers.find(headers.front().first + ": " +
                                              headers.front().second) != std::string::npos);
        }
    }

    void publishedHmacVectorIsAccepted()
    {
        // tests/fixtures/hmac.md: third-party vector, checked with openssl.
        const std::string body =
            R"({"id":1234567890,"email":"customer@example.com","total_price":"123.45"})";
        const std::string signature = "QNyObTlKbMx2qDlPF/ZOZcBqg5OgPg+2oky3zldc0Gw=";
        auto endpoint = endpoints();
        endpoint[0].secret = "test-webhook-secret";
        endpoint[0].previousSecret.clear();
        listener_->setEndpoints(endpoint);

        // A topic that carries nothing to synchronise: the answer depends on the signature only.
        auto headers =
            with(shopifyHeaders(body, "locations/update"), "X-Shopify-Hmac-Sha256", signature);
        auto response = post("/webhooks/shopify/shop-main", headers, body);
        QVERIFY(response);
        QCOMPARE(response->status, 200);

        auto tampered = signature;
        tampered[0] = 'R';
        headers = with(headers, "X-Shopify-Hmac-Sha256", tampered);
        response = post("/webhooks/shopify/shop-main", headers, body);
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        // A trailing newline changes the digest: the raw body is what is signed.
        response = post("/webhooks/shopify/shop-main",
                        with(headers, "X-Shopify-Hmac-Sha256", signature), body + "\n");
        QVERIFY(response);
        QCOMPARE(response->status, 401);
    }

    void secretRotation()
    {
        const auto path = "/webhooks/shopify/shop-main";
        QCOMPARE(
            post(path, shopifyHeaders(OrderBody, "orders/create", OldSecret), OrderBody)->status,
            200);
        auto rotated = endpoints();
        rotated[0].previousSecret.clear(); // the rotation is over
        listener_->setEndpoints(rotated);
        QCOMPARE(
            post(path, shopifyHeaders(OrderBody, "orders/create", OldSecret), OrderBody)->status,
            401);
        QCOMPARE(post(path, shopifyHeaders(OrderBody, "orders/create", Secret), OrderBody)->status,
                 200);
    }

    void idempotencyKeyPrefersTheEventId()
    {
        const auto path = "/webhooks/shopify/shop-main";
        auto headers = with(shopifyHeaders(OrderBody), "X-Shopify-Event-Id", "evt-77");
        QCOMPARE(post(path, headers, OrderBody)->status, 200);
        QCOMPARE(post(path, shopifyHeaders(OrderBody), OrderBody)->status, 200);
        const auto events = sink_->events();
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].idempotencyKey, std::string("shopify:example.myshopify.com:evt-77"));
        QCOMPARE(events[1].idempotencyKey, std::string("shopify:example.myshopify.com:wh-1"));
        QCOMPARE(events[0].sourceSystem, std::string("shopify"));
        QVERIFY(!events[0].eventId.empty());
        QVERIFY(events[0].receivedAt != TimePoint{});
    }

    void retryKeepsTheTimeItFired()
    {
        const auto path = "/webhooks/shopify/shop-main";
        // A retry of an older event arrives after a newer one: its version must stay older.
        auto newer =
            with(shopifyHeaders(OrderBody), "X-Shopify-Triggered-At", "2026-11-26T10:00:05.000Z");
        auto olderRetry = with(
            with(shopifyHeaders(OrderBody), "X-Shopify-Triggered-At", "2026-11-26T10:00:01.000Z"),
            "X-Shopify-Webhook-Id", "wh-0");
        QCOMPARE(post(path, newer, OrderBody)->status, 200);
        QCOMPARE(post(path, olderRetry, OrderBody)->status, 200);
        QCOMPARE(post(path, shopifyHeaders(OrderBody), OrderBody)->status, 200);
        const auto events = sink_->events();
        QCOMPARE(events[0].occurredAt, *parseIso8601("2026-11-26T10:00:05Z"));
        QCOMPARE(events[1].occurredAt, *parseIso8601("2026-11-26T10:00:01Z"));
        QVERIFY(versionOf(events[1]) < versionOf(events[0]));
        QCOMPARE(events[0].sourceSequence, std::int64_t(0));
        // Without the header the payload's own update time is used.
        QCOMPARE(events[2].occurredAt, *parseIso8601("2026-11-20T10:00:00Z"));
    }

    void noAcknowledgementBeforeTheCommit()
    {
        sink_->setMode(RecordingSink::Mode::Hold);
        testhttp::Connection connection(port());
        connection.send(rawRequest("POST", "/webhooks/shopify/shop-main", shopifyHeaders(OrderBody),
                                   OrderBody));
        QVERIFY(sink_->waitForEvents(1));
        // The listener has the event and nothing has committed it: no byte may be sent yet.
        std::this_thread::sleep_for(200ms);
        QCOMPARE(connection.bytesWaiting(), std::size_t(0));
        QCOMPARE(sink_->release(IngestResult::Status::Accepted), std::size_t(1));
        const auto response = connection.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void answerFollowsTheSink_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("result");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const int answer = int(RecordingSink::Mode::Answer);
        QTest::newRow("accepted") << answer << int(IngestResult::Status::Accepted) << 200 << "";
        QTest::newRow("duplicate") << answer << int(IngestResult::Status::Duplicate) << 200 << "";
        QTest::newRow("superseded") << answer << int(IngestResult::Status::Superseded) << 200 << "";
        QTest::newRow("rejected") << answer << int(IngestResult::Status::Rejected) << 422
                                  << "rejected: unknown SKU";
        QTest::newRow("commit failed")
            << int(RecordingSink::Mode::Throw) << 0 << 503 << "not committed: database is locked";
    }

    void answerFollowsTheSink()
    {
        QFETCH(int, mode);
        QFETCH(int, result);
        QFETCH(int, status);
        QFETCH(QString, reason);
        sink_->setMode(RecordingSink::Mode(mode), IngestResult::Status(result), "unknown SKU");
        const auto response =
            post("/webhooks/shopify/shop-main", shopifyHeaders(OrderBody), OrderBody);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 200) {
            QVERIFY(sink_->rejected().empty());
        } else {
            verifyRecorded(reason.toStdString(), OrderBody);
            QVERIFY(QString::fromStdString(response->body).contains(reason));
        }
    }

    void commitMissingTheDeadlineAnswers503()
    {
        options_.http.responseTimeout = 300ms;
        startListener();
        sink_->setMode(RecordingSink::Mode::Hold);
        const auto response =
            post("/webhooks/shopify/shop-main", shopifyHeaders(OrderBody), OrderBody);
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        verifyRecorded("response timeout", OrderBody);
        // The outcome that finally arrives finds the request answered and recorded already.
        QCOMPARE(sink_->release(IngestResult::Status::Rejected), std::size_t(1));
        sink_->setMode(RecordingSink::Mode::Answer);
        QCOMPARE(post("/webhooks/shopify/shop-main", shopifyHeaders(OrderBody), OrderBody)->status,
                 200);
        QCOMPARE(sink_->rejected().size(), std::size_t(1));
    }

    void wooCommercePingGetsExactly200()
    {
        const auto response =
            post("/webhooks/woocommerce/woo-main",
                 {{"Content-Type", "application/x-www-form-urlencoded"}}, "webhook_id=15");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(sink_->events().empty());
        QVERIFY(sink_->rejected().empty());
    }

    void wooCommerceRequests_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const std::string body =
            R"({"id":727,"number":"727","status":"processing","total":"29.35","date_modified_gmt":"2017-03-22T19:28:08",)"
            R"("line_items":[{"id":315,"sku":"WOO-1","quantity":2,"price":3}]})";
        const Headers headers{
            {"X-WC-Webhook-Source", "https://shop.example/"},
            {"X-WC-Webhook-Topic", "order.created"},
            {"X-WC-Webhook-Resource", "order"},
            {"X-WC-Webhook-Event", "created"},
            {"X-WC-Webhook-ID", "31"},
            {"X-WC-Webhook-Delivery-ID", "9c1f"},
            {"X-WC-Webhook-Signature", crypto::hmacSha256Base64("woo-secret", body)}};
        const auto text = QString::fromStdString(body);
        QTest::newRow("signed") << headers << text << 200 << "";
        QTest::newRow("no signature") << without(headers, "X-WC-Webhook-Signature") << text << 400
                                      << "missing signature header X-WC-Webhook-Signature";
        QTest::newRow("wrong signature")
            << with(headers, "X-WC-Webhook-Signature", crypto::hmacSha256Base64("x", body)) << text
            << 401 << "signature mismatch";
        QTest::newRow("no delivery id") << without(headers, "X-WC-Webhook-Delivery-ID") << text
                                        << 400 << "missing header X-WC-Webhook-Delivery-ID";
        QTest::newRow("unsigned ping look-alike with a signature")
            << with(headers, "X-WC-Webhook-Signature", "bogus") << "webhook_id=15" << 401
            << "signature mismatch";
    }

    void wooCommerceRequests()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const auto response = post("/webhooks/woocommerce/woo-main", headers, body.toStdString());
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 200) {
            const auto events = sink_->events();
            QCOMPARE(events.size(), std::size_t(1));
            QCOMPARE(events[0].idempotencyKey,
                     std::string("woocommerce:https://shop.example/:9c1f"));
            QCOMPARE(events[0].correlationId, std::string("727"));
            QCOMPARE(events[0].occurredAt, *parseIso8601("2017-03-22T19:28:08Z"));
        } else {
            verifyRecorded(reason.toStdString(), body.toStdString());
        }
    }

    void genericRequests_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("events");
        const std::string one =
            R"({"idempotency_key":"wms:ship-1","type":"shipment.created","correlation_id":"#1001",)"
            R"("connection":"spoofed","payload":{"shipment_id":"S1","order_number":"#1001"}})";
        const std::string two = "[" + one + "," +
                                R"({"idempotency_key":"wms:ship-2","domain":"inventory",)"
                                R"("type":"inventory.level","correlation_id":"SKU-1",)"
                                R"("payload":{"sku":"SKU-1","location":"WH1","on_hand":4}}])";
        QTest::newRow("hex") << "wms"
                             << Headers{{"X-WMS-Signature",
                                         crypto::hmacSha256Hex("wms-secret", one)}}
                             << QString::fromStdString(one) << 200 << 1;
        QTest::newRow("hex upper case with prefix")
            << "wms"
            << Headers{{"X-WMS-Signature",
                        "sha256=" + QString::fromStdString(crypto::hmacSha256Hex("wms-secret", one))
                                        .toUpper()
                                        .toStdString()}}
            << QString::fromStdString(one) << 200 << 1;
        QTest::newRow("base64 array")
            << "erp" << Headers{{"X-ERP-Signature", crypto::hmacSha256Base64("wms-secret", two)}}
            << QString::fromStdString(two) << 200 << 2;
        QTest::newRow("wrong encoding")
            << "erp" << Headers{{"X-ERP-Signature", crypto::hmacSha256Hex("wms-secret", one)}}
            << QString::fromStdString(one) << 401 << 0;
        QTest::newRow("no signature")
            << "wms" << Headers{} << QString::fromStdString(one) << 400 << 0;
        const std::string incomplete = R"({"type":"x"})";
        QTest::newRow("not an event")
            << "wms"
            << Headers{{"X-WMS-Signature", crypto::hmacSha256Hex("wms-secret", incomplete)}}
            << QString::fromStdString(incomplete) << 400 << 0;
    }

    void genericRequests()
    {
        QFETCH(QString, connection);
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(int, events);
        const auto response =
            post("/webhooks/generic/" + connection.toStdString(), headers, body.toStdString());
        QVERIFY(response);
        QCOMPARE(response->status, status);
        const auto received = sink_->events();
        QCOMPARE(int(received.size()), events);
        for (const auto &event : received) {
            QCOMPARE(QString::fromStdString(event.connection), connection);
            QCOMPARE(event.sourceSystem, std::string("wms"));
        }
        if (events > 0) {
            QVERIFY(received[0].domain == Domain::Fulfilment); // the endpoint's default domain
            QCOMPARE(received[0].idempotencyKey, std::string("wms:ship-1"));
        }
        if (status != 200)
            verifyRecorded("", body.toStdString());
    }

    void keepAliveServesSeveralRequests()
    {
        testhttp::Connection connection(port());
        for (int i = 0; i < 3; ++i) {
            auto headers =
                with(shopifyHeaders(OrderBody), "X-Shopify-Webhook-Id", "wh-" + std::to_string(i));
            connection.send(rawRequest("POST", "/webhooks/shopify/shop-main", headers, OrderBody));
            const auto response = connection.read();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QVERIFY(response->keepAlive);
        }
        QCOMPARE(sink_->events().size(), std::size_t(3));
    }

    void malformedRequestsAreRecorded_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("closeSending");
        QTest::addColumn<int>("status"); // 0: the connection is closed without an answer
        QTest::addColumn<QString>("reason");
        const auto headers = shopifyHeaders(OrderBody);
        const auto path = "/webhooks/shopify/shop-main";
        QTest::newRow("truncated body")
            << QString::fromStdString(rawRequest("POST", path, headers, OrderBody.substr(0, 20),
                                                 std::to_string(OrderBody.size())))
            << true << 0 << "truncated request";
        QTest::newRow("content length not a number")
            << QString::fromStdString(rawRequest("POST", path, headers, OrderBody, "ten")) << false
            << 400 << "malformed request";
        QTest::newRow("content length too long: body never completes")
            << QString::fromStdString(rawRequest("POST", path, headers, OrderBody,
                                                 std::to_string(OrderBody.size() + 50)))
            << false << 0 << "read timeout";
        QTest::newRow("oversize body")
            << QString::fromStdString(rawRequest("POST", path, headers, std::string(70'000, 'x')))
            << false << 413 << "body too large";
        QTest::newRow("oversize header")
            << QString::fromStdString(rawRequest(
                   "POST", path, with(headers, "X-Padding", std::string(5'000, 'p')), OrderBody))
            << false << 431 << "header too large";
        QTest::newRow("not http") << "HELLO THERE\r\n\r\n" << false << 400 << "malformed request";
    }

    void malformedRequestsAreRecorded()
    {
        QFETCH(QString, request);
        QFETCH(bool, closeSending);
        QFETCH(int, status);
        QFETCH(QString, reason);
        options_.http.readTimeout = 400ms;
        startListener();
        testhttp::Connection connection(port());
        connection.send(request.toStdString());
        if (closeSending)
            connection.shutdownSend();
        if (status == 0) {
            QVERIFY(connection.closedByServer());
        } else {
            const auto response = connection.read();
            QVERIFY(response);
            QCOMPARE(response->status, status);
            QVERIFY(!response->keepAlive);
        }
        QVERIFY(sink_->waitForRejected(1));
        const auto rejected = sink_->rejected().front();
        QVERIFY2(QString::fromStdString(rejected.reason).contains(reason), rejected.reason.c_str());
        QVERIFY(sink_->events().empty());
    }

    void slowSenderIsCutOff()
    {
        options_.http.readTimeout = 300ms;
        startListener();
        testhttp::Connection connection(port());
        const auto request =
            rawRequest("POST", "/webhooks/shopify/shop-main", shopifyHeaders(OrderBody), OrderBody);
        // A few bytes at a time, slower than the read timeout allows for the whole request.
        bool closed = false;
        try {
            for (std::size_t i = 0; i < request.size() && !closed; i += 16) {
                connection.send(request.substr(i, 16));
                std::this_thread::sleep_for(50ms);
                closed = sink_->rejected().size() > 0;
            }
        } catch (const std::exception &) {
            closed = true; // the server closed the connection under our feet
        }
        QVERIFY(closed || connection.closedByServer());
        QVERIFY(sink_->waitForRejected(1));
        QVERIFY(QString::fromStdString(sink_->rejected().front().reason).contains("read timeout"));
        QVERIFY(sink_->events().empty());
    }

    void idleKeepAliveConnectionIsClosedQuietly()
    {
        options_.http.readTimeout = 200ms;
        startListener();
        testhttp::Connection connection(port());
        QVERIFY(connection.closedByServer());
        QVERIFY(sink_->rejected().empty());
    }

    void connectionsBeyondTheLimitGet503()
    {
        options_.http.maxConnections = 2;
        startListener();
        std::vector<std::unique_ptr<testhttp::Connection>> open;
        for (int i = 0; i < 2; ++i) {
            open.push_back(std::make_unique<testhttp::Connection>(port()));
            auto headers =
                with(shopifyHeaders(OrderBody), "X-Shopify-Webhook-Id", "wh-" + std::to_string(i));
            open.back()->send(
                rawRequest("POST", "/webhooks/shopify/shop-main", headers, OrderBody));
            QCOMPARE(open.back()->read()->status, 200);
        }
        testhttp::Connection third(port());
        third.send(rawRequest("POST", "/webhooks/shopify/shop-main", shopifyHeaders(OrderBody),
                              OrderBody));
        const auto response = third.read();
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        QVERIFY(sink_->waitForRejected(1));
        QVERIFY(
            QString::fromStdString(sink_->rejected().front().reason).contains("connection limit"));
        QCOMPARE(sink_->events().size(), std::size_t(2));
    }

    void nothingAcknowledgedIsLost()
    {
        // A mix of good and bad deliveries: each one is either acknowledged with its event in
        // the sink, or refused and recorded. None is acknowledged without its event.
        int acknowledged = 0;
        int refused = 0;
        std::vector<std::string> acknowledgedKeys;
        for (int i = 0; i < 30; ++i) {
            const auto id = "wh-" + std::to_string(i);
            auto headers = with(shopifyHeaders(OrderBody), "X-Shopify-Webhook-Id", id);
            if (i % 3 == 1)
                headers = with(headers, "X-Shopify-Hmac-Sha256", "AAAA");
            const auto body = i % 5 == 2 ? std::string("{") : OrderBody;
            if (i % 5 == 2)
                headers =
                    with(headers, "X-Shopify-Hmac-Sha256", crypto::hmacSha256Base64(Secret, body));
            const auto response = post("/webhooks/shopify/shop-main", headers, body);
            QVERIFY(response);
            if (response->status == 200) {
                ++acknowledged;
                acknowledgedKeys.push_back("shopify:example.myshopify.com:" + id);
            } else {
                ++refused;
            }
        }
        QVERIFY(acknowledged > 0);
        QVERIFY(refused > 0);
        QVERIFY(sink_->waitForRejected(std::size_t(refused)));
        QCOMPARE(int(sink_->rejected().size()), refused);
        const auto events = sink_->events();
        QCOMPARE(int(events.size()), acknowledged);
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].idempotencyKey, acknowledgedKeys[i]);
        const auto stats = listener_->stats();
        QCOMPARE(int(stats.acknowledged), acknowledged);
        QCOMPARE(int(stats.rejected), refused);
    }

    void concurrentDeliveriesAreEachAcknowledgedOnce()
    {
        // Two io threads, four senders, and commits reported from yet another thread.
        startListener(2);
        sink_->setMode(RecordingSink::Mode::Hold);
        std::atomic<bool> sending{true};
        std::thread committer([&] {
            while (sending)
                if (sink_->release(IngestResult::Status::Accepted) == 0)
                    std::this_thread::sleep_for(1ms);
        });
        constexpr int Senders = 4;
        constexpr int PerSender = 25;
        std::atomic<int> acknowledged{0};
        std::vector<std::thread> senders;
        for (int s = 0; s < Senders; ++s) {
            senders.emplace_back([&, s] {
                testhttp::Connection connection(port());
                for (int i = 0; i < PerSender; ++i) {
                    const auto id = "wh-" + std::to_string(s) + "-" + std::to_string(i);
                    connection.send(rawRequest(
                        "POST", "/webhooks/shopify/shop-main",
                        with(shopifyHeaders(OrderBody), "X-Shopify-Webhook-Id", id), OrderBody));
                    const auto response = connection.read();
                    if (response && response->status == 200)
                        ++acknowledged;
                }
            });
        }
        for (auto &sender : senders)
            sender.join();
        sending = false;
        committer.join();
        QCOMPARE(acknowledged.load(), Senders * PerSender);
        const auto events = sink_->events();
        QCOMPARE(int(events.size()), Senders * PerSender);
        std::set<std::string> keys;
        for (const auto &event : events)
            keys.insert(event.idempotencyKey);
        QCOMPARE(int(keys.size()), Senders * PerSender);
        QVERIFY(sink_->rejected().empty());
    }

    void http10RequestIsAnsweredAndClosed()
    {
        // WooCommerce delivers over HTTP/1.0.
        testhttp::Connection connection(port());
        connection.send("POST /webhooks/woocommerce/woo-main HTTP/1.0\r\nContent-Length: "
                        "13\r\n\r\nwebhook_id=15");
        const auto response = connection.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(!response->keepAlive);
        QVERIFY(connection.closedByServer());
    }

    void expectContinueGetsTheInterimAnswer()
    {
        testhttp::Connection connection(port());
        const auto request =
            rawRequest("POST", "/webhooks/shopify/shop-main",
                       with(shopifyHeaders(OrderBody), "Expect", "100-continue"), OrderBody);
        const auto headerEnd = request.find("\r\n\r\n") + 4;
        connection.send(request.substr(0, headerEnd));
        const auto interim = connection.read();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        connection.send(request.substr(headerEnd));
        const auto response = connection.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(sink_->events().size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestWebhookListener)
#include "tst_webhooklistener.moc"
