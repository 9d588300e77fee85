#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "engine/InventoryDesk.h"
#include "model/ChannelLevels.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/json.hpp>

#include <atomic>

using namespace syncline;
using namespace syncline::testing;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

const Actor olga{"olga", "operator"};
// A Wednesday, 10:00 UTC: inside the stock feed's business hours.
const TimePoint wednesdayMorning = fromEpochMs(1'795'600'800'000);

// An inventory target of a storefront: records each batch it is sent, fails on demand, and can
// read back what the storefront shows (for reconciliation).
class StockTarget final : public DeliveryTarget, public ChannelLevelReader {
public:
    StockTarget(std::string name, std::size_t maxBatch)
        : name_(std::move(name))
        , maxBatch_(maxBatch)
    {}
    std::string name() const override { return name_; }
    std::size_t maxBatchSize() const override { return maxBatch_; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override
    {
        std::vector<DeliveryOutcome> outcomes;
        {
            std::lock_guard lock(mutex_);
            for (std::size_t i = 0; i < batch.size(); ++i)
                outcomes.push_back(failing_ ? DeliveryOutcome::failure(ErrorClass::Transient,
                                                                       "storefront unavailable")
                                            : DeliveryOutcome::success());
            if (!failing_) {
                batchSizes_.push_back(batch.size());
                for (const auto &d : batch)
                    delivered_.push_back(
                        boost::json::value_to<model::InventoryLevel>(parseJson(d.payload)));
            }
        }
        done(std::move(outcomes));
    }
    void readLevels(std::vector<std::string> skus,
                    std::function<void(std::vector<ShownLevel>, std::string)> done) override
    {
        std::vector<ShownLevel> shown;
        {
            std::lock_guard lock(mutex_);
            requestedSkus_ = std::move(skus);
            shown = shown_;
        }
        done(std::move(shown), {});
    }

    void show(std::vector<ShownLevel> levels)
    {
        std::lock_guard lock(mutex_);
        shown_ = std::move(levels);
    }
    void fail(bool failing)
    {
        std::lock_guard lock(mutex_);
        failing_ = failing;
    }
    std::vector<std::size_t> batchSizes() const
    {
        std::lock_guard lock(mutex_);
        return batchSizes_;
    }
    std::vector<model::InventoryLevel> delivered() const
    {
        std::lock_guard lock(mutex_);
        return delivered_;
    }
    std::vector<model::InventoryLevel> deliveredFor(const std::string &sku) const
    {
        std::vector<model::InventoryLevel> out;
        for (const auto &level : delivered())
            if (level.sku == sku)
                out.push_back(level);
        return out;
    }
    std::vector<std::string> requestedSkus() const
    {
        std::lock_guard lock(mutex_);
        return requestedSkus_;
    }

private:
    std::string name_;
    std::size_t maxBatch_;
    mutable std::mutex mutex_;
    bool failing_ = false;
    std::vector<std::size_t> batchSizes_;
    std::vector<model::InventoryLevel> delivered_;
    std::vector<ShownLevel> shown_;
    std::vector<std::string> requestedSkus_;
};

// "shop" sells WH1 and WH2 (Shopify-sized batches), "b2b" only WH1 (WooCommerce-sized).
InventoryPolicy policy()
{
    InventoryPolicy p;
    p.channels.push_back({"shop", "shop-stock", "main", {"WH1", "WH2"}});
    p.channels.push_back({"b2b", "b2b-stock", "default", {"WH1"}});
    p.safetyStock.perSku = {{"S-SAFE", 3}};
    p.safetyStock.perCategory = {{"CAT", 2}};
    p.safetyStock.categoryOf = [](const std::string &sku) {
        return sku.rfind("CAT-", 0) == 0 ? std::string("CAT") : std::string();
    };
    p.publishWindow = seconds(30);
    p.driftSlo = minutes(5);
    domain::FeedExpectation wms;
    wms.connection = "wms";
    wms.silenceThreshold = minutes(30);
    wms.hours.weekdays = {1, 2, 3, 4, 5};
    wms.hours.openMinute = 8 * 60;
    wms.hours.closeMinute = 18 * 60;
    p.feeds.push_back(wms);
    p.reconcile.autoCorrectUnits = 5;
    return p;
}

int stockEventCounter = 0;

// A stock level from a source; each event is its own entity, so that the engine (not the inbox)
// decides which version of a position is the newest.
Event level(const std::string &sku, const std::string &location, std::int64_t onHand,
            std::int64_t reserved, std::int64_t sequence, const std::string &source = "wms")
{
    model::InventoryLevel l;
    l.sku = sku;
    l.location = location;
    l.onHand = onHand;
    l.reserved = reserved;
    l.available = onHand - reserved;
    l.sourceSequence = sequence;
    Event e;
    e.idempotencyKey = "stock-" + std::to_string(++stockEventCounter);
    e.sourceSystem = source;
    e.connection = source;
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = sku;
    e.entityKey = "stock:" + e.idempotencyKey;
    e.payload = boost::json::serialize(boost::json::value_from(l));
    return e;
}

model::Order order(const std::string &number, const std::string &sku, std::int64_t quantity)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           "10115",     "DE",          ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back(
        {"1", sku, quantity, Decimal::fromInteger(10), Decimal::fromInteger(2 * quantity)});
    o.subtotal = Decimal::fromInteger(10 * quantity);
    o.taxTotal = Decimal::fromInteger(2 * quantity);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

const ChannelStock *channelOf(const InventoryRow &row, const std::string &channel)
{
    for (const auto &c : row.channels)
        if (c.channel == channel)
            return &c;
    return nullptr;
}

} // namespace

class TestInventoryDesk : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_{wednesdayMorning};
    std::shared_ptr<StockTarget> shop_;
    std::shared_ptr<StockTarget> b2b_;
    std::shared_ptr<RecordingTarget> erp_;
    std::unique_ptr<Engine> engine_;

    void open()
    {
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(options);
        engine_->setInventoryPolicy(policy());
        engine_->addTarget(shop_);
        engine_->addTarget(b2b_);
        engine_->addTarget(erp_);
        engine_->addRoute(Route{Domain::Order, "erp", "", ""});
        engine_->start();
    }

    void ingest(const std::vector<Event> &events)
    {
        std::vector<std::future<IngestResult>> results;
        for (const auto &e : events)
            results.push_back(engine_->ingest(e));
        for (auto &r : results) {
            const auto result = r.get();
            QVERIFY2(result.status == IngestResult::Status::Accepted, result.message.c_str());
        }
        engine_->drain().get();
    }

    // Lets the publish window end and what it sends be delivered.
    void publish()
    {
        clock_.advance(seconds(30));
        engine_->drain().get();
    }

    InventoryRow rowOf(const std::string &sku)
    {
        InventoryQuery q;
        q.skuText = sku;
        const auto page = engine_->inventory(q).get();
        for (const auto &row : page.rows)
            if (row.sku == sku)
                return row;
        return {};
    }

    std::vector<InventoryAlert> alertsOf(InventoryAlertKind kind)
    {
        std::vector<InventoryAlert> out;
        for (const auto &alert : engine_->inventoryAlerts().get())
            if (alert.kind == kind)
                out.push_back(alert);
        return out;
    }

private slots:
    void init()
    {
        clock_.set(wednesdayMorning);
        dir_ = std::make_unique<QTemporaryDir>();
        shop_ = std::make_shared<StockTarget>("shop-stock", domain::ShopifyBatchLimit);
        b2b_ = std::make_shared<StockTarget>("b2b-stock", domain::WooCommerceBatchLimit);
        erp_ = std::make_shared<RecordingTarget>("erp", 50);
        open();
    }

    void cleanup()
    {
        engine_.reset();
        shop_.reset();
        b2b_.reset();
        erp_.reset();
        dir_.reset();
    }

    void positionsMoveForwardOnlyAndSurviveARestart()
    {
        ingest({level("A-1", "WH1", 10, 1, 5)});
        ingest({level("A-1", "WH1", 99, 0, 3)}); // older sequence, arriving late
        ingest({level("A-1", "WH1", 8, 2, 0, "erp")});

        auto drill = engine_->inventorySku("A-1").get();
        QCOMPARE(drill.positions.size(), std::size_t(2));
        for (const auto &position : drill.positions) {
            if (position.source == "wms") {
                QCOMPARE(position.onHand, std::int64_t(10));
                QCOMPARE(position.reserved, std::int64_t(1));
                QCOMPARE(position.sequence, std::int64_t(5));
            } else {
                QCOMPARE(position.source, std::string("erp"));
                QCOMPARE(position.onHand, std::int64_t(8));
            }
        }
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").size(), std::size_t(1));

        engine_.reset();
        open();
        drill = engine_->inventorySku("A-1").get();
        QCOMPARE(drill.positions.size(), std::size_t(2));
        QCOMPARE(drill.history.size(), std::size_t(2)); // one per channel
        const auto row = rowOf("A-1");
        QCOMPARE(channelOf(row, "shop")->published, channelOf(row, "shop")->available);
        // What the channels were sent is known after the restart: nothing is sent again.
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").size(), std::size_t(1));
        QCOMPARE(b2b_->deliveredFor("A-1").size(), std::size_t(1));
    }

    void availableToSellPerChannel_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("shop");
        QTest::addColumn<qint64>("b2b");
        // WH1 8 sellable, WH2 5, WH3 (no channel) 100.
        QTest::newRow("no safety stock") << "P-1" << qint64(13) << qint64(8);
        QTest::newRow("per SKU") << "S-SAFE" << qint64(10) << qint64(5);
        QTest::newRow("per category") << "CAT-7" << qint64(11) << qint64(6);
    }

    void availableToSellPerChannel()
    {
        QFETCH(QString, sku);
        QFETCH(qint64, shop);
        QFETCH(qint64, b2b);
        const std::string s = sku.toStdString();
        ingest({level(s, "WH1", 10, 2, 1), level(s, "WH2", 5, 0, 1), level(s, "WH3", 100, 0, 1)});
        const auto row = rowOf(s);
        QCOMPARE(row.onHand, std::int64_t(115));
        QCOMPARE(row.reserved, std::int64_t(2));
        QCOMPARE(channelOf(row, "shop")->available, std::int64_t(shop));
        QCOMPARE(channelOf(row, "b2b")->available, std::int64_t(b2b));

        // A location short of stock counts as nothing; it does not eat another's.
        ingest({level(s, "WH2", 1, 4, 2)});
        QCOMPARE(channelOf(rowOf(s), "shop")->available, std::int64_t(b2b));
    }

    void onlyTheLatestChangedValuePerWindowIsPublished()
    {
        ingest({level("A-1", "WH1", 5, 0, 1), level("A-1", "WH1", 7, 0, 2),
                level("A-1", "WH1", 9, 0, 3), level("B-2", "WH2", 4, 0, 1)});
        QCOMPARE(shop_->delivered().size(), std::size_t(0)); // the window is still open
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").size(), std::size_t(1));
        QCOMPARE(shop_->deliveredFor("A-1")[0].available, std::int64_t(9));
        QCOMPARE(shop_->deliveredFor("A-1")[0].location, std::string("main"));
        QCOMPARE(shop_->deliveredFor("B-2")[0].available, std::int64_t(4));
        QCOMPARE(b2b_->deliveredFor("A-1")[0].available, std::int64_t(9));
        QCOMPARE(b2b_->deliveredFor("B-2").at(0).available, std::int64_t(0)); // WH2 is not b2b's

        // New positions that leave the sellable quantity as it is send nothing.
        ingest({level("A-1", "WH1", 10, 1, 4), level("A-1", "WH3", 50, 0, 1)});
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").size(), std::size_t(1));

        ingest({level("A-1", "WH1", 3, 0, 5)});
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").size(), std::size_t(2));
        const auto drill = engine_->inventorySku("A-1").get();
        QCOMPARE(drill.history.size(), std::size_t(4)); // two per channel, newest first
        QCOMPARE(drill.history[0].quantity, std::int64_t(3));
        QCOMPARE(drill.history[0].at, clock_.now());
        const auto shop = std::find_if(drill.channels.begin(), drill.channels.end(),
                                       [](const auto &c) { return c.channel == "shop"; });
        QCOMPARE(shop->published, std::optional<std::int64_t>(3));
    }

    void publishesInTheTargetsBatchSize()
    {
        std::vector<Event> events;
        for (int i = 0; i < 600; ++i)
            events.push_back(level("BULK-" + std::to_string(i), "WH1", 20 + i, 0, 1));
        ingest(events);
        publish();
        QCOMPARE(shop_->batchSizes(), (std::vector<std::size_t>{250, 250, 100}));
        QCOMPARE(b2b_->batchSizes(), std::vector<std::size_t>(6, 100));
    }

    void aMillionUpdatesMakeAtMostOneWritePerSkuPerWindow()
    {
        ManualClock clock(wednesdayMorning);
        InventoryDesk desk(clock, [](const std::string &) { return domain::ShopifyBatchLimit; });
        InventoryPolicy p;
        p.channels.push_back({"shop", "shop-stock", "main", {"WH1"}});
        p.publishWindow = seconds(5);
        desk.setPolicy(p);

        constexpr int Skus = 50'000;
        constexpr int Updates = 1'000'000;
        std::vector<std::string> names;
        for (int i = 0; i < Skus; ++i)
            names.push_back("SKU-" + std::to_string(i));
        std::uint64_t state = 7;
        domain::StockPosition position{"wms", {}, "WH1", 0, 0, wednesdayMorning, 0};
        for (int i = 0; i < Updates; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            position.sku = names[(state >> 33) % Skus];
            position.onHand = std::int64_t((state >> 17) % 500) + 1;
            position.sequence = i + 1;
            desk.apply(position, "wms", clock.now());
            if (i % 250'000 == 0)
                clock.advance(seconds(1)); // still inside the window
        }
        QVERIFY(!desk.publishDue(clock.now()));
        clock.advance(seconds(5));
        QVERIFY(desk.publishDue(clock.now()));
        const auto rows = desk.takePublications(clock.now());
        std::set<std::string> keys;
        for (const auto &row : rows)
            QVERIFY2(keys.insert(row.target + "/" + row.correlationId).second,
                     row.correlationId.c_str());
        QVERIFY(rows.size() <= std::size_t(Skus));
        QVERIFY(rows.size() > std::size_t(Skus * 9 / 10)); // nearly every SKU was touched
        const auto stats = desk.publishStats();
        QCOMPARE(stats.received, std::int64_t(Updates));
        QCOMPARE(stats.flushed, std::int64_t(rows.size()));
        QVERIFY(desk.takePublications(clock.now()).empty());
    }

    void aSilentFeedRaisesAnAlertDuringBusinessHoursOnly()
    {
        ingest({level("A-1", "WH1", 5, 0, 1)});
        clock_.advance(minutes(20));
        QVERIFY(alertsOf(InventoryAlertKind::FeedSilent).empty());
        clock_.advance(minutes(20));
        auto silent = alertsOf(InventoryAlertKind::FeedSilent);
        QCOMPARE(silent.size(), std::size_t(1));
        QCOMPARE(silent[0].connection, std::string("wms"));
        QCOMPARE(silent[0].duration, Millis(minutes(40)));
        QVERIFY2(contains(silent[0].message, "wms"), silent[0].message.c_str());

        ingest({level("A-1", "WH1", 6, 0, 2)});
        QVERIFY(alertsOf(InventoryAlertKind::FeedSilent).empty());

        // In the evening nobody expects stock files: no alert, however long it is quiet.
        clock_.set(wednesdayMorning + std::chrono::hours(9));
        QVERIFY(alertsOf(InventoryAlertKind::FeedSilent).empty());
    }

    void aChannelDriftingFromTheTruthRaisesAnAlertUntilItIsPublished()
    {
        ingest({level("A-1", "WH1", 10, 0, 1), level("B-2", "WH1", 3, 0, 1)});
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").at(0).available, std::int64_t(10));

        shop_->fail(true);
        b2b_->fail(true);
        ingest({level("A-1", "WH1", 10, 6, 2)}); // 6 reserved: 4 left
        publish();
        QVERIFY(alertsOf(InventoryAlertKind::Drift).empty()); // within the SLO
        clock_.advance(minutes(5));
        auto drifts = alertsOf(InventoryAlertKind::Drift);
        QCOMPARE(drifts.size(), std::size_t(2)); // shop and b2b
        for (const auto &drift : drifts) {
            QCOMPARE(drift.sku, std::string("A-1"));
            QVERIFY(drift.oversellRisk);
            QCOMPARE(drift.oversellUnits, std::int64_t(6));
            QCOMPARE(drift.channelQuantity, std::optional<std::int64_t>(10));
            QCOMPARE(drift.availableQuantity, std::int64_t(4));
            QVERIFY(drift.channelAge > minutes(5));
            QCOMPARE(drift.sources.size(), std::size_t(1));
            QCOMPARE(drift.sources[0].source, std::string("wms"));
            QCOMPARE(drift.sources[0].reserved, std::int64_t(6));
        }
        // The inventory view puts the risk first, and can show only the problems.
        InventoryQuery problems;
        problems.problemsOnly = true;
        auto page = engine_->inventory(problems).get();
        QCOMPARE(page.total, std::int64_t(1));
        QCOMPARE(page.rows.at(0).sku, std::string("A-1"));
        QVERIFY(page.rows[0].drifting);
        QCOMPARE(page.rows[0].oversellUnits, std::int64_t(6));
        page = engine_->inventory(InventoryQuery{}).get();
        QCOMPARE(page.total, std::int64_t(2));
        QCOMPARE(page.rows.at(0).sku, std::string("A-1"));
        InventoryQuery second;
        second.offset = 1;
        second.limit = 5;
        page = engine_->inventory(second).get();
        QCOMPARE(page.rows.size(), std::size_t(1));
        QCOMPARE(page.rows[0].sku, std::string("B-2"));

        shop_->fail(false);
        b2b_->fail(false);
        clock_.advance(minutes(10)); // the retries are due
        engine_->drain().get();
        QCOMPARE(shop_->deliveredFor("A-1").back().available, std::int64_t(4));
        QVERIFY(alertsOf(InventoryAlertKind::Drift).empty());
        QVERIFY(!rowOf("A-1").oversellRisk);
    }

    void reconcileCorrectsSmallDifferencesAndRaisesLargeOnes()
    {
        ingest({level("A-1", "WH1", 10, 0, 1), level("B-2", "WH1", 10, 0, 1),
                level("C-3", "WH1", 10, 0, 1)});
        publish();
        // Meanwhile someone edited the storefront.
        shop_->show(
            {{"A-1", "main", 12}, {"B-2", "main", 30}, {"C-3", "main", 10}, {"Z-9", "main", 4}});
        const auto report = engine_->reconcileInventory("shop", olga).get();
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(shop_->requestedSkus(), (std::vector<std::string>{"A-1", "B-2", "C-3"}));
        QCOMPARE(report.checked, std::int64_t(4));
        QCOMPARE(report.matching, std::int64_t(1));
        QCOMPARE(report.corrections.size(), std::size_t(1));
        QCOMPARE(report.corrections[0].sku, std::string("A-1"));
        QCOMPARE(report.corrections[0].quantity, std::int64_t(10));
        QCOMPARE(report.alerts.size(), std::size_t(1));
        QCOMPARE(report.alerts[0].level.sku, std::string("B-2"));
        QVERIFY(report.alerts[0].oversellRisk);
        QCOMPARE(report.unknown.size(), std::size_t(1));

        auto mismatches = alertsOf(InventoryAlertKind::ReconcileMismatch);
        QCOMPARE(mismatches.size(), std::size_t(1));
        QCOMPARE(mismatches[0].sku, std::string("B-2"));
        QCOMPARE(mismatches[0].oversellUnits, std::int64_t(20));

        AuditQuery q;
        q.action = "inventory.reconcile";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("olga"));
        QVERIFY2(contains(audit[0].after, "1 corrected"), audit[0].after.c_str());
        QVERIFY(contains(audit[0].reason, "B-2"));

        // The correction goes out with the next window; B-2 waits for an operator or for stock.
        const auto before = shop_->delivered().size();
        publish();
        QCOMPARE(shop_->deliveredFor("A-1").back().available, std::int64_t(10));
        QCOMPARE(shop_->delivered().size(), before + 1);
        QCOMPARE(alertsOf(InventoryAlertKind::ReconcileMismatch).size(), std::size_t(1));
        ingest({level("B-2", "WH1", 9, 0, 2)});
        publish();
        QCOMPARE(shop_->deliveredFor("B-2").back().available, std::int64_t(9));
        QVERIFY(alertsOf(InventoryAlertKind::ReconcileMismatch).empty());

        // A target that cannot read levels back cannot be reconciled; the refusal is audited.
        engine_->addTarget(std::make_shared<RecordingTarget>("b2b-stock", 100));
        const auto refused = engine_->reconcileInventory("b2b", olga).get();
        QVERIFY(!refused.ok);
        QVERIFY2(contains(refused.error, "cannot read back"), refused.error.c_str());
        QVERIFY(!engine_->reconcileInventory("nowhere", olga).get().ok);
        QCOMPARE(engine_->audit(q).get().size(), std::size_t(3));
        QVERIFY(engine_->verifyAudit().get().ok);
    }

    void ordersHeldForLackOfStockAreReleasedWhenItArrives()
    {
        QVERIFY(engine_->setErpCatalog({"A-1", "B-2"}, Actor{}).get().ok);
        ingest({level("B-2", "WH1", 5, 0, 1)});
        ingest({orderEvent(order("SO-1", "A-1", 2)), orderEvent(order("SO-2", "B-2", 2))});
        QCOMPARE(erp_->effects().size(), std::size_t(1)); // SO-2: B-2 is in stock
        const auto held = engine_->holds(HoldQuery{}).get();
        QCOMPARE(held.size(), std::size_t(1));
        QCOMPARE(held[0].orderNumber, std::string("SO-1"));
        QCOMPARE(held[0].reasonCode, std::string(domain::reason::NoFulfilmentBranch));

        ingest({level("A-1", "WH3", 9, 0, 1)}); // a warehouse that does not serve the shop
        QCOMPARE(engine_->holds(HoldQuery{}).get().size(), std::size_t(1));
        ingest({level("A-1", "WH2", 1, 0, 1)}); // not enough
        QCOMPARE(engine_->holds(HoldQuery{}).get().size(), std::size_t(1));
        ingest({level("A-1", "WH1", 4, 0, 1)});
        QVERIFY(engine_->holds(HoldQuery{}).get().empty());
        QCOMPARE(erp_->effects().size(), std::size_t(2));
        QCOMPARE(erp_->effects()[1].correlationId, std::string("SO-1"));

        AuditQuery q;
        q.action = "hold.release";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("system"));
        QVERIFY2(contains(audit[0].reason, "stock of A-1 arrived at WH1"), audit[0].reason.c_str());
    }

    void notifiesTheConsoleOfInventoryChanges()
    {
        std::atomic<bool> seen{false};
        const auto id = engine_->subscribe([&seen](const ChangeSet &changes) {
            if (changes.inventory)
                seen = true;
        });
        ingest({level("A-1", "WH1", 5, 0, 1)});
        QTRY_VERIFY(seen.load());
        engine_->unsubscribe(id);
    }
};

QTEST_GUILESS_MAIN(TestInventoryDesk)
#include "tst_inventorydesk.moc"
