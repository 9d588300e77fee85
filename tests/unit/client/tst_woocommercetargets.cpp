#include "ClientTestSupport.h"
#include "client/WooCommerceTargets.h"
#include "contractserver/ContractServer.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::client;
using syncline::contract::ContractServer;
using syncline::contract::ServerOptions;
namespace json = boost::json;

namespace {

Delivery stockDelivery(int sku, std::int64_t available)
{
    model::InventoryLevel level;
    level.sku = "W-" + std::to_string(sku);
    level.location = "WH1";
    level.onHand = available;
    level.available = available;
    Delivery d;
    d.outboxId = sku;
    d.idempotencyKey = "woo-" + std::to_string(sku) + "-" + std::to_string(available);
    d.domain = Domain::Inventory;
    d.type = "inventory.level";
    d.payload = json::serialize(json::value_from(level));
    return d;
}

// Products 5000+i exist on the server for i < onServer; the cross-reference knows `mapped` SKUs.
WooCommerceStockOptions wooOptions(ContractServer &server, int onServer, int mapped)
{
    for (int i = 0; i < onServer; ++i)
        server.addWooProduct(5000 + i, "W-" + std::to_string(i), 0);
    WooCommerceStockOptions options;
    options.baseUrl = server.baseUrl();
    options.consumerKey = ServerOptions{}.wooConsumerKey;
    options.consumerSecret = ServerOptions{}.wooConsumerSecret;
    for (int i = 0; i < mapped; ++i)
        options.productIds["W-" + std::to_string(i)] = 5000 + i;
    return options;
}

std::size_t batchSize(const contract::RecordedRequest &request)
{
    return json::parse(request.body).at("update").as_array().size();
}

} // namespace

class TestWooCommerceTargets : public QObject {
    Q_OBJECT

private slots:
    void levelsGoInBatchesOfAtMost100()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        WooCommerceStockTarget target(http, wooOptions(server, 250, 250));
        QCOMPARE(target.maxBatchSize(), std::size_t(100));
        std::vector<Delivery> all;
        for (int i = 0; i < 250; ++i)
            all.push_back(stockDelivery(i, 100 + i));
        for (std::size_t from = 0; from < all.size(); from += target.maxBatchSize()) {
            const auto to = std::min(all.size(), from + target.maxBatchSize());
            const auto outcomes =
                deliverBatch(io, target,
                             std::vector<Delivery>(all.begin() + static_cast<std::ptrdiff_t>(from),
                                                   all.begin() + static_cast<std::ptrdiff_t>(to)));
            QCOMPARE(outcomes.size(), to - from);
            for (const auto &o : outcomes)
                QVERIFY(o.ok);
        }
        const auto requests = server.requests();
        QCOMPARE(requests.size(), std::size_t(3));
        for (const auto &r : requests) {
            QCOMPARE(r.target, std::string("/wp-json/wc/v3/products/batch"));
            QVERIFY(batchSize(r) <= 100);
            const auto first = json::parse(r.body).at("update").at(0).as_object();
            QVERIFY(first.contains("id") && first.contains("stock_quantity"));
        }
        QCOMPARE(*server.wooStock(5000), std::int64_t(100));
        QCOMPARE(*server.wooStock(5249), std::int64_t(349));
        QCOMPARE(server.effects().size(), std::size_t(250));
        QCOMPARE(server.contractViolations(), 0);
    }

    void batchAbove100IsADataError()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        WooCommerceStockTarget target(http, wooOptions(server, 101, 101));
        std::vector<Delivery> batch;
        for (int i = 0; i < 101; ++i)
            batch.push_back(stockDelivery(i, 1));
        const auto outcomes = deliverBatch(io, target, batch);
        QCOMPARE(outcomes.size(), std::size_t(101));
        for (const auto &o : outcomes) {
            QCOMPARE(int(o.errorClass), int(ErrorClass::Data));
            QVERIFY(o.message.find("woocommerce_rest_request_entity_too_large") !=
                    std::string::npos);
        }
        QVERIFY(server.effects().empty());
    }

    void perItemErrorsMapToTheirDeliveries()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        // W-3 is mapped to a product the shop no longer has; W-9 is not mapped at all.
        WooCommerceStockTarget target(http, wooOptions(server, 3, 4));
        const auto outcomes = deliverBatch(
            io, target,
            {stockDelivery(0, 5), stockDelivery(3, 6), stockDelivery(9, 7), stockDelivery(2, 8)});
        QCOMPARE(outcomes.size(), std::size_t(4));
        QVERIFY(outcomes[0].ok);
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[1].message.find("woocommerce_rest_product_invalid_id") !=
                std::string::npos);
        QCOMPARE(int(outcomes[2].errorClass), int(ErrorClass::Data));
        QVERIFY(outcomes[2].message.find("W-9") != std::string::npos);
        QVERIFY(outcomes[3].ok);
        QCOMPARE(*server.wooStock(5000), std::int64_t(5));
        QCOMPARE(*server.wooStock(5002), std::int64_t(8));
        QCOMPARE(batchSize(server.requests().at(0)), std::size_t(3)); // W-9 was never sent
    }

    void laterLevelOfTheSameProductWins()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        WooCommerceStockTarget target(http, wooOptions(server, 1, 1));
        const auto outcomes = deliverBatch(io, target, {stockDelivery(0, 5), stockDelivery(0, 9)});
        QCOMPARE(outcomes.size(), std::size_t(2));
        QVERIFY(outcomes[0].ok && outcomes[1].ok);
        QCOMPARE(*server.wooStock(5000), std::int64_t(9));
        QCOMPARE(batchSize(server.requests().at(0)), std::size_t(1));
    }

    void failuresOfTheWholeCall_data()
    {
        QTest::addColumn<int>("status"); // 0: wrong credentials
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("wrong credentials") << 0 << "" << int(ErrorClass::Auth) << qint64(-1);
        QTest::newRow("500") << 500 << "" << int(ErrorClass::Transient) << qint64(-1);
        QTest::newRow("429") << 429 << "5" << int(ErrorClass::RateLimited) << qint64(5000);
        QTest::newRow("400") << 400 << "" << int(ErrorClass::Data) << qint64(-1);
    }
    void failuresOfTheWholeCall()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(int, errorClass);
        QFETCH(qint64, retryAfterMs);
        ContractServer server;
        boost::asio::io_context io;
        HttpClient http(io);
        auto options = wooOptions(server, 2, 2);
        if (status == 0)
            options.consumerSecret = "cs_wrong";
        else
            server.answerNext(1, status, R"({"code":"x","message":"refused"})",
                              retryAfter.toStdString());
        WooCommerceStockTarget target(http, options);
        const auto outcomes = deliverBatch(io, target, {stockDelivery(0, 1), stockDelivery(1, 2)});
        QCOMPARE(outcomes.size(), std::size_t(2));
        for (const auto &o : outcomes) {
            QVERIFY(!o.ok);
            QCOMPARE(int(o.errorClass), errorClass);
            QCOMPARE(o.retryAfter.has_value(), retryAfterMs >= 0);
            if (retryAfterMs >= 0)
                QCOMPARE(qint64(o.retryAfter->count()), retryAfterMs);
        }
        QCOMPARE(*server.wooStock(5000), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceTargets)
#include "tst_woocommercetargets.moc"
