#include "ScriptedTransport.h"
#include "connectors/TrytonConnector.h"
#include "connectors/VendureConnector.h"
#include "model/Json.h"
#include "util/Time.h"

#include <QtTest>

#include <set>

using namespace syncline;
using namespace syncline::connectors;
namespace json = boost::json;

namespace {

// Accepts each idempotency key once, as the engine does, and can refuse everything.
class RecordingSink final : public InboundSink {
public:
    std::vector<Event> accepted;
    std::vector<RejectedInput> rejected;
    std::set<std::string> keys;
    bool refuse = false;

    void ingest(Event event, std::function<void(IngestResult)> done) override
    {
        IngestResult result;
        if (refuse) {
            result.status = IngestResult::Status::Rejected;
            result.message = "store unavailable";
        } else if (!keys.insert(event.idempotencyKey).second) {
            result.status = IngestResult::Status::Duplicate;
        } else {
            result.status = IngestResult::Status::Accepted;
            accepted.push_back(std::move(event));
        }
        done(result);
    }
    void recordRejected(RejectedInput input, std::function<void(std::int64_t)> done) override
    {
        rejected.push_back(std::move(input));
        done(static_cast<std::int64_t>(rejected.size()));
    }
};

TrytonConnection trytonConnection()
{
    TrytonConnection connection;
    connection.baseUrl = "http://127.0.0.1:1";
    connection.database = "erp";
    connection.password = "pw";
    return connection;
}

std::string datetime(int second)
{
    return R"({"__class__":"datetime","year":2026,"month":11,"day":26,"hour":17,"minute":0,"second":)" +
           std::to_string(second) + R"(,"microsecond":0})";
}

} // namespace

// Enums are compared as int: QTest::toString would find syncline::toString by ADL.
class TestPollers : public QObject {
    Q_OBJECT

    std::shared_ptr<ScriptedTransport> transport_;
    std::shared_ptr<TrytonClient> tryton_;

    void rpc(const std::string &result)
    {
        transport_->answer(200, R"({"id":0,"result":)" + result + "}");
    }

    // One stock poll in which product 1 (SKU-1) changed at 17:00:<second>.
    void scriptStockPoll(int second, int quantity)
    {
        rpc(R"([{"id":9,"product":1,"write_date":)" + datetime(second) +
            R"(,"create_date":null}])");
        rpc("[]");
        rpc(R"([{"id":1,"code":"SKU-1","quantity":)" + std::to_string(quantity) +
            R"(.0,"forecast_quantity":)" + std::to_string(quantity - 2) + ".0}]");
    }

private slots:
    void init()
    {
        transport_ = std::make_shared<ScriptedTransport>();
        rpc(R"([1,"key"])");
        rpc(R"({"company":1})");
        tryton_ =
            std::make_shared<TrytonClient>(ScriptedTransport::bind(transport_), trytonConnection());
    }

    void stockChangesBecomeInventoryLevels()
    {
        RecordingSink sink;
        TrytonStockPoller poller(tryton_, sink, TrytonStockOptions{"tryton", {{"WH", 5}}, {}});
        scriptStockPoll(1, 100);
        const auto report = poller.poll();
        QVERIFY(!report.error);
        QCOMPARE(sink.accepted.size(), std::size_t(1));
        const auto &event = sink.accepted[0];
        QCOMPARE(int(event.domain), int(Domain::Inventory));
        QCOMPARE(event.entityKey, std::string("inventory:SKU-1@WH"));
        const auto level = json::value_to<model::InventoryLevel>(parseJson(event.payload));
        QCOMPARE(level.onHand, std::int64_t(100));
        QCOMPARE(level.available, std::int64_t(98));
        QCOMPARE(level.reserved, std::int64_t(2));
        QCOMPARE(poller.cursor(), parseIso8601("2026-11-26T17:00:01Z"));

        // The warehouse is in the context of the quantity read.
        const auto params = parseJson(transport_->sent.back().body).at("params").as_array();
        QCOMPARE(syncline::serialize(params.back().at("locations")), std::string("[5]"));
    }

    void sameStateReadAgainIsTheSameFact()
    {
        RecordingSink sink;
        TrytonStockPoller poller(tryton_, sink, TrytonStockOptions{"tryton", {{"WH", 5}}, {}});
        scriptStockPoll(1, 100);
        scriptStockPoll(1, 100); // the boundary row read again: nothing new
        scriptStockPoll(3, 90);
        QCOMPARE(poller.poll().accepted, std::size_t(1));
        const auto again = poller.poll();
        QCOMPARE(again.accepted, std::size_t(0));
        QCOMPARE(again.duplicates, std::size_t(1));
        QCOMPARE(poller.poll().accepted, std::size_t(1));
        QCOMPARE(sink.accepted.size(), std::size_t(2));
        QVERIFY(sink.accepted[1].sourceSequence > sink.accepted[0].sourceSequence);
        QVERIFY(sink.accepted[1].idempotencyKey != sink.accepted[0].idempotencyKey);
    }

    void cursorStaysWhenTheEngineRefuses()
    {
        RecordingSink sink;
        sink.refuse = true;
        TrytonStockPoller poller(tryton_, sink, TrytonStockOptions{"tryton", {{"WH", 5}}, {}});
        scriptStockPoll(1, 100);
        const auto report = poller.poll();
        QVERIFY(report.error);
        QCOMPARE(poller.cursor(), TimePoint{});
    }

    void trytonFailureKeepsTheCursor()
    {
        RecordingSink sink;
        TrytonStockPoller poller(tryton_, sink, TrytonStockOptions{"tryton", {{"WH", 5}}, {}});
        transport_->answer(503, "");
        const auto report = poller.poll();
        QVERIFY(report.error);
        QCOMPARE(int(report.error->errorClass), int(ErrorClass::Transient));
        QCOMPARE(poller.cursor(), TimePoint{});
        QVERIFY(sink.accepted.empty());
    }

    void doneShipmentBecomesAShipmentOfTheSalesOrder()
    {
        RecordingSink sink;
        TrytonShipmentPoller poller(tryton_, sink, TrytonShipmentOptions{"tryton", "WH", {}});
        rpc(R"([{"id":4,"number":"CS4","reference":"1Z999","effective_date":{"__class__":"date","year":2026,"month":11,"day":26},"write_date":)" +
            datetime(5) + R"(,"outgoing_moves":[7,8]}])");
        rpc(R"([{"id":7,"product":1,"quantity":2.0,"origin":"sale.line,12"},{"id":8,"product":2,"quantity":1.0,"origin":"sale.line,13"}])");
        rpc(R"([{"id":1,"code":"SKU-1"},{"id":2,"code":"SKU-2"}])");
        rpc(R"([{"id":12,"sale":3}])");
        rpc(R"([{"id":3,"reference":"QXB7Z2K9LM4T1","number":"3"}])");
        const auto report = poller.poll();
        QVERIFY2(!report.error, report.error ? report.error->message.c_str() : "");
        QCOMPARE(sink.accepted.size(), std::size_t(1));
        const auto &event = sink.accepted[0];
        QCOMPARE(int(event.domain), int(Domain::Fulfilment));
        QCOMPARE(event.correlationId, std::string("QXB7Z2K9LM4T1"));
        const auto shipment = json::value_to<model::Shipment>(parseJson(event.payload));
        QCOMPARE(shipment.trackingNumber, std::string("1Z999"));
        QCOMPARE(shipment.orderNumber, std::string("QXB7Z2K9LM4T1"));
        QCOMPARE(shipment.lines.size(), std::size_t(2));
        QCOMPARE(shipment.lines[0].sku, std::string("SKU-1"));
        QCOMPARE(shipment.lines[0].quantity, std::int64_t(2));
        QCOMPARE(shipment.shippedAt, parseIso8601("2026-11-26T00:00:00Z"));
        const auto domain = parseJson(transport_->sent.at(2).body).at("params").at(0);
        QCOMPARE(syncline::serialize(domain.at(0)), std::string(R"(["state","=","done"])"));
    }

    void vendureOrdersArePolledByPlacedAt()
    {
        auto vendureTransport = std::make_shared<ScriptedTransport>();
        vendureTransport->answer(
            200,
            R"({"data":{"orders":{"totalItems":2,"items":[)"
            R"({"id":"7","code":"A1","state":"PaymentSettled","orderPlacedAt":"2026-11-26T17:01:02.345Z","currencyCode":"USD","totalWithTax":1990,)"
            R"("customer":{"emailAddress":"jane@example.com","firstName":"Jane","lastName":"C"},)"
            R"("lines":[{"id":"1","quantity":1,"unitPriceWithTax":1990,"productVariant":{"sku":"SKU-1"}}],"payments":[]},)"
            R"({"id":"8","code":"A2","state":"PaymentSettled","orderPlacedAt":"2026-11-26T17:01:05Z","totalWithTax":100,"lines":[{"id":"2","quantity":1}]})"
            R"(]}}})");
        VendureConnection connection;
        connection.baseUrl = "http://127.0.0.1:9";
        connection.apiKey = "k";
        auto client =
            std::make_shared<VendureClient>(ScriptedTransport::bind(vendureTransport), connection);
        RecordingSink sink;
        VendureOrderPoller poller(
            client, sink,
            VendureOrderOptions{"vendure", *parseIso8601("2026-11-26T17:00:00Z"), 50});
        const auto report = poller.poll();
        QVERIFY(!report.error);
        QCOMPARE(sink.accepted.size(), std::size_t(1));
        QCOMPARE(sink.accepted[0].correlationId, std::string("A1"));
        QCOMPARE(sink.accepted[0].type, std::string("order.created"));
        // The order without a SKU is kept, with the reason, rather than dropped.
        QCOMPARE(sink.rejected.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(sink.rejected[0].reason).contains("productVariant"));
        QVERIFY(sink.rejected[0].body.find("\"A2\"") != std::string::npos);
        QCOMPARE(poller.cursor(), parseIso8601("2026-11-26T17:01:02.345Z"));
        const auto variables = parseJson(vendureTransport->sent.at(0).body).at("variables");
        QCOMPARE(variables.at("after").as_string(), json::string("2026-11-26T16:59:59.999Z"));
        QVERIFY(std::string(parseJson(vendureTransport->sent.at(0).body).at("query").as_string())
                    .find("orderPlacedAt") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPollers)
#include "tst_pollers.moc"
