#include "ClientTestSupport.h"
#include "client/ShopifyTargets.h"
#include "contractserver/ContractServer.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <set>

using namespace syncline;
using namespace syncline::client;
using syncline::contract::ContractServer;
using syncline::contract::ServerOptions;
namespace json = boost::json;

namespace {

std::string itemGid(int i)
{
    return "gid://shopify/InventoryItem/" + std::to_string(1000 + i);
}
const std::string Warehouse = "gid://shopify/Location/1";

Delivery levelDelivery(int sku, std::int64_t available, const std::string &key)
{
    model::InventoryLevel level;
    level.sku = "SKU-" + std::to_string(sku);
    level.location = "WH1";
    level.onHand = available;
    level.available = available;
    Delivery d;
    d.outboxId = sku;
    d.target = "shopify-inventory";
    d.idempotencyKey = key;
    d.domain = Domain::Inventory;
    d.type = "inventory.level";
    d.correlationId = level.sku;
    d.payload = json::serialize(json::value_from(level));
    return d;
}

ShopifyInventoryOptions inventoryOptions(const ContractServer &server, int skus)
{
    ShopifyInventoryOptions options;
    options.connection.baseUrl = server.baseUrl();
    options.connection.accessToken = ServerOptions{}.shopifyAccessToken;
    for (int i = 0; i < skus; ++i)
        options.inventoryItemIds["SKU-" + std::to_string(i)] = itemGid(i);
    options.locationIds["WH1"] = Warehouse;
    return options;
}

// The GraphQL requests the server saw for one operation, parsed.
std::vector<json::object> bodiesOf(const ContractServer &server, const std::string &operation)
{
    std::vector<json::object> bodies;
    for (const auto &request : server.requests())
        if (request.operation == operation)
            bodies.push_back(json::parse(request.body).as_object());
    return bodies;
}

const json::array &quantitiesOf(const json::object &body)
{
    return body.at("variables").at("input").at("quantities").as_array();
}

std::vector<std::vector<Delivery>> chunks(std::vector<Delivery> all, std::size_t size)
{
    std::vector<std::vector<Delivery>> result;
    for (std::size_t i = 0; i < all.size(); i += size)
        result.emplace_back(all.begin() + static_cast<std::ptrdiff_t>(i),
                            all.begin() +
                                static_cast<std::ptrdiff_t>(std::min(all.size(), i + size)));
    return result;
}

// Says why when it is false, so a failure in a CI log explains itself.
bool allOk(const std::vector<DeliveryOutcome> &outcomes)
{
    bool ok = !outcomes.empty();
    for (const auto &o : outcomes) {
        if (!o.ok)
            qWarning("delivery failed (class %d): %s", int(o.errorClass), o.message.c_str());
        ok = ok && o.ok;
    }
    return ok;
}

} // namespace

class TestShopifyTargets : public QObject {
    Q_OBJECT

private slots:
    void sixHundredLevelsGoInBatchesOfAtMost250()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 600));
        QCOMPARE(target.maxBatchSize(), std::size_t(250));
        std::vector<Delivery> all;
        for (int i = 0; i < 600; ++i)
            all.push_back(levelDelivery(i, 10 + i, "evt-" + std::to_string(i)));
        for (auto &batch : chunks(all, target.maxBatchSize()))
            QVERIFY(allOk(deliverBatch(io, target, std::move(batch))));

        const auto bodies = bodiesOf(server, "inventorySetQuantities");
        QCOMPARE(bodies.size(), std::size_t(3));
        std::set<std::string> keys;
        for (const auto &body : bodies) {
            QVERIFY(quantitiesOf(body).size() <= 250);
            QVERIFY(std::string(body.at("query").as_string())
                        .find("@idempotent(key: $idempotencyKey)") != std::string::npos);
            const std::string key(body.at("variables").at("idempotencyKey").as_string());
            keys.insert(key);
            const auto &input = body.at("variables").at("input").as_object();
            QCOMPARE(std::string(input.at("name").as_string()), std::string("available"));
            QCOMPARE(std::string(input.at("reason").as_string()), std::string("correction"));
            QCOMPARE(std::string(input.at("referenceDocumentUri").as_string()),
                     "gid://syncline/SyncBatch/" + key);
            for (const auto &q : quantitiesOf(body)) // mandatory in 2026-04, null when unknown
                QVERIFY(q.as_object().contains("changeFromQuantity") &&
                        q.as_object().at("changeFromQuantity").is_null());
        }
        QCOMPARE(keys.size(), std::size_t(3));
        QCOMPARE(server.effects().size(), std::size_t(600));
        QCOMPARE(server.contractViolations(), 0);
        QCOMPARE(server.duplicateEffects(), 0);
        QCOMPARE(*server.inventory(itemGid(599), Warehouse), std::int64_t(609));
        QCOMPARE(*target.lastPublished("SKU-599", "WH1"), std::int64_t(609));
    }

    void readsBackWhatTheShopShowsForReconciliation()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 300));
        server.setInventory(itemGid(0), Warehouse, 7);
        server.setInventory(itemGid(299), Warehouse, 3);
        std::vector<std::string> skus{"UNMAPPED"};
        for (int i = 0; i < 300; ++i)
            skus.push_back("SKU-" + std::to_string(i));

        int calls = 0;
        std::vector<ShownLevel> levels;
        std::string error = "not called";
        target.readLevels(skus, [&](std::vector<ShownLevel> read, std::string problem) {
            ++calls;
            levels = std::move(read);
            error = std::move(problem);
        });
        runUntilIdle(io);
        QCOMPARE(calls, 1);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(levels.size(), std::size_t(2)); // items the shop has no level for are left out
        std::sort(levels.begin(), levels.end(),
                  [](const ShownLevel &a, const ShownLevel &b) { return a.sku < b.sku; });
        QCOMPARE(levels[0].sku, std::string("SKU-0"));
        QCOMPARE(levels[0].location, std::string("WH1"));
        QCOMPARE(levels[0].quantity, std::int64_t(7));
        QCOMPARE(levels[1].sku, std::string("SKU-299"));
        QCOMPARE(levels[1].quantity, std::int64_t(3));
        const auto bodies = bodiesOf(server, "inventoryLevels");
        QCOMPARE(bodies.size(), std::size_t(2)); // 250 items per query
        QCOMPARE(bodies[0].at("variables").at("ids").as_array().size(), std::size_t(250));
        QVERIFY(server.violations().empty());
        // What was read is what the next publication compares against.
        QCOMPARE(target.lastPublished("SKU-0", "WH1"), std::optional<std::int64_t>(7));
    }

    void aFailedReadBackReportsTheError()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        auto options = inventoryOptions(server, 1);
        options.connection.accessToken = "wrong";
        ShopifyInventoryTarget target(http, options);
        std::string error;
        std::size_t levels = 1;
        target.readLevels({"SKU-0"}, [&](std::vector<ShownLevel> read, std::string problem) {
            levels = read.size();
            error = std::move(problem);
        });
        runUntilIdle(io);
        QVERIFY(!error.empty());
        QCOMPARE(levels, std::size_t(0));
    }

    void batchAboveTheLimitIsRefusedByTheContract()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 251));
        std::vector<Delivery> batch;
        for (int i = 0; i < 251; ++i)
            batch.push_back(levelDelivery(i, 1, "k" + std::to_string(i)));
        const auto outcomes = deliverBatch(io, target, batch);
        QCOMPARE(outcomes.size(), std::size_t(251));
        for (const auto &o : outcomes) {
            QVERIFY(!o.ok);
            QCOMPARE(int(o.errorClass), int(ErrorClass::Data));
        }
        QCOMPARE(server.contractViolations(), 1);
        QVERIFY(server.effects().empty());
    }

    void changeFromQuantityCarriesTheLastPublishedValue()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 1));
        QVERIFY(allOk(deliverBatch(io, target, {levelDelivery(0, 5, "a")})));
        QVERIFY(allOk(deliverBatch(io, target, {levelDelivery(0, 7, "b")})));
        auto bodies = bodiesOf(server, "inventorySetQuantities");
        QCOMPARE(bodies.size(), std::size_t(2));
        QVERIFY(quantitiesOf(bodies[0])[0].at("changeFromQuantity").is_null());
        QCOMPARE(quantitiesOf(bodies[1])[0].at("changeFromQuantity").as_int64(), std::int64_t(5));
        QCOMPARE(*server.inventory(itemGid(0), Warehouse), std::int64_t(7));

        // Someone changes the quantity in Shopify: the next publication is refused, not applied.
        server.setInventory(itemGid(0), Warehouse, 9);
        auto outcomes = deliverBatch(io, target, {levelDelivery(0, 3, "c")});
        QCOMPARE(outcomes.size(), std::size_t(1));
        QVERIFY(!outcomes[0].ok);
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[0].message.find("CHANGE_FROM_QUANTITY_STALE") != std::string::npos);
        QCOMPARE(*server.inventory(itemGid(0), Warehouse), std::int64_t(9));
        // Resubmitted after review, it sets the value without comparing.
        QVERIFY(!target.lastPublished("SKU-0", "WH1").has_value());
        QVERIFY(allOk(deliverBatch(io, target, {levelDelivery(0, 3, "c-resubmitted")})));
        QCOMPARE(*server.inventory(itemGid(0), Warehouse), std::int64_t(3));
    }

    void staleItemFailsAloneAndTheOthersGoAgain()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 3));
        target.rememberPublished("SKU-1", "WH1", 4); // Shopify has 0
        const auto outcomes = deliverBatch(
            io, target,
            {levelDelivery(0, 1, "x0"), levelDelivery(1, 2, "x1"), levelDelivery(2, 3, "x2")});
        QCOMPARE(outcomes.size(), std::size_t(3));
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::Transient));
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data));
        QCOMPARE(int(outcomes[2].errorClass), int(ErrorClass::Transient));
        QVERIFY(!outcomes[0].ok && !outcomes[1].ok && !outcomes[2].ok);
        QVERIFY(server.effects().empty());
        // The engine sends the others again; as a different set they carry a different key.
        QVERIFY(allOk(
            deliverBatch(io, target, {levelDelivery(0, 1, "x0"), levelDelivery(2, 3, "x2")})));
        QCOMPARE(server.effects().size(), std::size_t(2));
    }

    void unmappedAndMalformedDeliveriesFailAlone()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 2));
        auto malformed = levelDelivery(0, 1, "m");
        malformed.payload = R"({"location":"WH1"})";
        const auto outcomes = deliverBatch(
            io, target, {levelDelivery(0, 8, "ok"), levelDelivery(77, 1, "unmapped"), malformed});
        QCOMPARE(outcomes.size(), std::size_t(3));
        QVERIFY(outcomes[0].ok);
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[1].message.find("SKU-77") != std::string::npos);
        QCOMPARE(int(outcomes[2].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[2].message.find("inventory.sku") != std::string::npos);
        QCOMPARE(server.effects().size(), std::size_t(1));
    }

    void retriedBatchKeepsItsIdempotencyKey()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 4));
        std::vector<Delivery> batch;
        for (int i = 0; i < 4; ++i)
            batch.push_back(levelDelivery(i, 20 + i, "retry-" + std::to_string(i)));
        // Shopify applies the change but the answer is lost.
        server.dropNext(1, contract::DropWhen::AfterHandling);
        auto outcomes = deliverBatch(io, target, batch);
        QCOMPARE(outcomes.size(), std::size_t(4));
        for (const auto &o : outcomes)
            QCOMPARE(int(o.errorClass), int(ErrorClass::Transient));
        QCOMPARE(server.effects().size(), std::size_t(4));

        QVERIFY(allOk(deliverBatch(io, target, batch)));
        const auto bodies = bodiesOf(server, "inventorySetQuantities");
        QCOMPARE(bodies.size(), std::size_t(2));
        QCOMPARE(bodies[0].at("variables").at("idempotencyKey"),
                 bodies[1].at("variables").at("idempotencyKey"));
        QCOMPARE(server.idempotentReplays(), 1);
        QCOMPARE(server.effects().size(), std::size_t(4)); // applied once
        QCOMPARE(server.duplicateEffects(), 0);

        std::vector<std::string> keys;
        for (const auto &d : batch)
            keys.push_back(d.idempotencyKey);
        QCOMPARE(std::string(bodies[0].at("variables").at("idempotencyKey").as_string()),
                 ShopifyInventoryTarget::batchIdempotencyKey(keys));
        keys.pop_back();
        QVERIFY(ShopifyInventoryTarget::batchIdempotencyKey(keys) !=
                bodies[0].at("variables").at("idempotencyKey").as_string());
    }

    void throttledAnswersAreRateLimited_data()
    {
        QTest::addColumn<bool>("with429");
        QTest::newRow("THROTTLED with HTTP 200") << false;
        QTest::newRow("THROTTLED with HTTP 429") << true;
    }
    void throttledAnswersAreRateLimited()
    {
        QFETCH(bool, with429);
        ServerOptions serverOptions;
        serverOptions.throttleWith429 = with429;
        serverOptions.graphqlRestoreRate = 100;
        serverOptions.mutationCost = 10;
        ContractServer server(serverOptions);
        server.throttleNext(1);
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 2));
        const std::vector<Delivery> batch{levelDelivery(0, 3, "t0"), levelDelivery(1, 4, "t1")};
        const auto outcomes = deliverBatch(io, target, batch);
        QCOMPARE(outcomes.size(), std::size_t(2));
        for (const auto &o : outcomes) {
            QVERIFY(!o.ok);
            QCOMPARE(int(o.errorClass), int(ErrorClass::RateLimited));
            QVERIFY(o.retryAfter.has_value());
            // 10 points missing at 100 per second, from the throttle status.
            QVERIFY(o.retryAfter->count() > 0 && o.retryAfter->count() <= 100);
        }
        QCOMPARE(server.throttledResponses(), 1);
        QVERIFY(server.effects().empty());
        // Sent again, the budget waits for the points and the batch goes through once.
        QVERIFY(allOk(deliverBatch(io, target, batch)));
        QCOMPARE(server.throttledResponses(), 1);
        QCOMPARE(server.effects().size(), std::size_t(2));
    }

    void followingTheCostBudgetAvoidsThrottling()
    {
        ServerOptions serverOptions;
        serverOptions.graphqlMaximumAvailable = 50;
        serverOptions.graphqlRestoreRate = 100;
        serverOptions.mutationCost = 10;
        const int calls = 16;

        // Without the budget the same load overruns the server's bucket...
        {
            ContractServer server(serverOptions);
            boost::asio::io_context io;
            HttpClient http(io);
            const auto body = json::serialize(json::object{
                {"query", "mutation M($input: InventorySetQuantitiesInput!) { "
                          "inventorySetQuantities(input: $input) @idempotent(key: \"k\") { "
                          "userErrors { code } } }"},
                {"variables", json::object{}}});
            for (int i = 0; i < calls; ++i) {
                HttpRequest request;
                request.method = "POST";
                request.url = server.baseUrl() + "/admin/api/2026-04/graphql.json";
                request.headers["X-Shopify-Access-Token"] = serverOptions.shopifyAccessToken;
                request.body = body;
                http.request(request, [](HttpResponse) {});
            }
            runUntilIdle(io);
            QVERIFY(server.throttledResponses() > 0);
        }
        // ...with it, nothing is throttled although the bucket is used to its bottom.
        ContractServer server(serverOptions);
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, calls * 3));
        std::vector<std::vector<DeliveryOutcome>> results(calls);
        for (int c = 0; c < calls; ++c) {
            std::vector<Delivery> batch;
            for (int j = 0; j < 3; ++j)
                batch.push_back(levelDelivery(c * 3 + j, c, "budget-" + std::to_string(c * 3 + j)));
            target.deliver(batch,
                           [&results, c](std::vector<DeliveryOutcome> o) { results[c] = o; });
        }
        runUntilIdle(io);
        for (const auto &outcomes : results)
            QVERIFY(allOk(outcomes));
        QCOMPARE(server.throttledResponses(), 0);
        QVERIFY(server.lowestGraphqlAvailable() < 20);
        QCOMPARE(server.effects().size(), std::size_t(calls * 3));
    }

    void followingTheRestHeadersNeverOverflowsTheBucket()
    {
        ServerOptions serverOptions;
        serverOptions.restCapacity = 10;
        serverOptions.restLeakPerSecond = 20;
        const int calls = 45;
        auto run = [&](ContractServer &server, std::shared_ptr<RequestGate> gate) {
            boost::asio::io_context io;
            HttpClient http(io);
            int ok = 0;
            for (int i = 0; i < calls; ++i) {
                HttpRequest request;
                request.url = server.baseUrl() + "/admin/api/2026-04/shop.json";
                request.headers["X-Shopify-Access-Token"] = serverOptions.shopifyAccessToken;
                request.gate = gate;
                http.request(request, [&ok](HttpResponse r) { ok += r.status == 200; });
            }
            runUntilIdle(io);
            return ok;
        };
        {
            ContractServer server(serverOptions);
            run(server, nullptr);
            QVERIFY(server.restOverflows() > 0); // the load is enough to overflow
        }
        ContractServer server(serverOptions);
        const auto bucket = std::make_shared<ShopifyRestBucket>(
            SystemClock::instance(), LeakyBucketOptions{serverOptions.restLeakPerSecond, 40, 1});
        QCOMPARE(run(server, bucket), calls);
        QCOMPARE(server.restOverflows(), 0);
        // In any one second the server can take its capacity plus one second of leak.
        QVERIFY(server.peakRequestsPerSecond() <=
                serverOptions.restCapacity + serverOptions.restLeakPerSecond + 1);
    }

    void wrongTokenIsAuth()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        auto options = inventoryOptions(server, 1);
        options.connection.accessToken = "shpat_revoked";
        ShopifyInventoryTarget target(http, options);
        const auto outcomes = deliverBatch(io, target, {levelDelivery(0, 1, "auth")});
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::Auth));
    }

    void serverErrorsAreTransient()
    {
        ContractServer server;
        server.failNext(1, 502);
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyInventoryTarget target(http, inventoryOptions(server, 1));
        const auto outcomes = deliverBatch(io, target, {levelDelivery(0, 1, "5xx")});
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::Transient));
        QVERIFY(allOk(deliverBatch(io, target, {levelDelivery(0, 1, "5xx")})));
    }

    // --- fulfilment ---------------------------------------------------------------------

    void fulfilmentReadsFulfillmentOrdersFirstAndSendsTracking()
    {
        ContractServer server;
        const std::string order = "gid://shopify/Order/1001";
        server.addOrder(order, {{"gid://shopify/FulfillmentOrder/1",
                                 "OPEN",
                                 {{"gid://shopify/FulfillmentOrderLineItem/11", "A", 2},
                                  {"gid://shopify/FulfillmentOrderLineItem/12", "B", 1}}},
                                {"gid://shopify/FulfillmentOrder/2",
                                 "OPEN",
                                 {{"gid://shopify/FulfillmentOrderLineItem/21", "C", 1}}}});
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyFulfillmentOptions options;
        options.connection.baseUrl = server.baseUrl();
        options.connection.accessToken = ServerOptions{}.shopifyAccessToken;
        options.carrierNames["ups"] = "UPS";
        std::map<std::string, std::string> orderIds{{"#1001", "1001"}};
        options.resolveOrderId = [&](const std::string &number) -> std::optional<std::string> {
            const auto it = orderIds.find(number);
            return it == orderIds.end() ? std::nullopt : std::optional(it->second);
        };
        ShopifyFulfillmentTarget target(http, options);

        auto shipment = [](std::string id, std::string tracking,
                           std::vector<model::ShipmentLine> lines, std::string orderNumber) {
            model::Shipment s;
            s.shipmentId = std::move(id);
            s.orderNumber = std::move(orderNumber);
            s.carrier = "ups";
            s.trackingNumber = std::move(tracking);
            s.trackingUrl = "https://track.example/" + s.trackingNumber;
            s.lines = std::move(lines);
            Delivery d;
            d.idempotencyKey = "ship:" + s.shipmentId;
            d.domain = Domain::Fulfilment;
            d.type = "shipment.created";
            d.payload = json::serialize(json::value_from(s));
            return d;
        };

        // A partial shipment: one of the two A, and C.
        auto first = shipment("S1", "1Z001", {{"A", 1}, {"C", 1}}, "#1001");
        QVERIFY(allOk(deliverBatch(io, target, {first})));
        std::vector<std::string> operations;
        for (const auto &r : server.requests())
            operations.push_back(r.operation);
        QCOMPARE(operations, (std::vector<std::string>{"fulfillmentOrders", "fulfillmentCreate"}));
        auto made = server.fulfillments();
        QCOMPARE(made.size(), std::size_t(1));
        QCOMPARE(made[0].orderId, order);
        QCOMPARE(made[0].trackingCompany, std::string("UPS"));
        QCOMPARE(made[0].trackingNumber, std::string("1Z001"));
        QCOMPARE(made[0].trackingUrl, std::string("https://track.example/1Z001"));
        QVERIFY(made[0].notifyCustomer);
        using Lines = std::vector<std::pair<std::string, std::int64_t>>;
        QCOMPARE(made[0].lines, (Lines{{"gid://shopify/FulfillmentOrderLineItem/11", 1},
                                       {"gid://shopify/FulfillmentOrderLineItem/21", 1}}));

        // The same shipment again (a retry): recognised by its tracking number, not re-created.
        const auto again = deliverBatch(io, target, {first});
        QVERIFY(allOk(again));
        QVERIFY(again[0].message.find("already fulfilled") != std::string::npos);
        QCOMPARE(server.fulfillments().size(), std::size_t(1));

        // The rest, and then one unit too many, in one batch: outcomes in order.
        const auto outcomes = deliverBatch(io, target,
                                           {shipment("S2", "1Z002", {{"A", 1}, {"B", 1}}, "#1001"),
                                            shipment("S3", "1Z003", {{"A", 1}}, "#1001"),
                                            shipment("S4", "1Z004", {{"A", 1}}, "#9999")});
        QCOMPARE(outcomes.size(), std::size_t(3));
        QVERIFY(outcomes[0].ok);
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[1].message.find("no open fulfillment order") != std::string::npos);
        QCOMPARE(int(outcomes[2].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[2].message.find("#9999") != std::string::npos);
        QCOMPARE(server.fulfillments().size(), std::size_t(2));
        for (const auto &fo : server.fulfillmentOrders(order))
            QCOMPARE(fo.status, std::string("CLOSED"));
        QCOMPARE(server.duplicateEffects(), 0);
        QCOMPARE(server.contractViolations(), 0);
    }

    void overShipmentIsADataError()
    {
        ContractServer server;
        server.addOrder("gid://shopify/Order/7",
                        {{"gid://shopify/FulfillmentOrder/70",
                          "OPEN",
                          {{"gid://shopify/FulfillmentOrderLineItem/71", "A", 1}}}});
        boost::asio::io_context io;
        HttpClient http(io);
        ShopifyFulfillmentOptions options;
        options.connection.baseUrl = server.baseUrl();
        options.connection.accessToken = ServerOptions{}.shopifyAccessToken;
        ShopifyFulfillmentTarget target(http, options);
        model::Shipment s;
        s.shipmentId = "S9";
        s.orderNumber = "#7";
        s.trackingNumber = "T9";
        s.lines = {{"A", 3}};
        auto payload = json::value_from(s).as_object();
        payload["storefront_order_id"] = 7; // numeric id in the payload
        Delivery d;
        d.payload = json::serialize(payload);
        const auto outcomes = deliverBatch(io, target, {d});
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[0].message.find("ships 3 but only 1") != std::string::npos);
        QVERIFY(server.fulfillments().empty());
    }
};

QTEST_GUILESS_MAIN(TestShopifyTargets)
#include "tst_shopifytargets.moc"
