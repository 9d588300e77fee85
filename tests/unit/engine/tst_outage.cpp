#include "RecordingTarget.h"
#include "engine/Engine.h"

#include <QtTest>

#include <algorithm>

// A target that is down for half an hour, on an injected clock, with the engine's default retry
// and breaker settings: its breaker opens, its queue waits (nothing is dead-lettered for an
// outage), the outage is visible in the feed and endpoint status, the other target keeps
// flowing, and after recovery the backlog drains by itself, in order, and the alert clears.
using namespace syncline;
using namespace syncline::testing;

namespace {

Event inventory(const std::string &connection, int n)
{
    const std::string sku = connection + "-SKU-" + std::to_string(n);
    Event e;
    e.idempotencyKey = connection + ":" + std::to_string(n);
    e.sourceSystem = "wms";
    e.connection = connection;
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = sku;
    e.entityKey = "inventory:" + sku + "@WH1";
    e.payload = R"({"sku":")" + sku + R"(","location":"WH1","on_hand":)" + std::to_string(n) + "}";
    return e;
}

const FeedHealth *feedOf(const FeedsSnapshot &snapshot, const std::string &connection)
{
    const auto it = std::find_if(snapshot.feeds.begin(), snapshot.feeds.end(),
                                 [&](const FeedHealth &f) { return f.connection == connection; });
    return it == snapshot.feeds.end() ? nullptr : &*it;
}

std::optional<EndpointStatus> endpointOf(Engine &engine, const std::string &target)
{
    for (const auto &endpoint : engine.endpoints().get())
        if (endpoint.target == target)
            return endpoint;
    return std::nullopt;
}

} // namespace

class TestOutage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    ManualClock clock_;
    std::shared_ptr<RecordingTarget> erp_ = std::make_shared<RecordingTarget>("erp", 10);
    std::shared_ptr<RecordingTarget> shop_ = std::make_shared<RecordingTarget>("shop", 10);
    std::unique_ptr<Engine> engine_;
    int erpEvents_ = 0;
    int shopEvents_ = 0;

    void ingest(const std::string &connection, int count, int &counter)
    {
        for (int i = 0; i < count; ++i) {
            const auto result = engine_->ingest(inventory(connection, ++counter)).get();
            QVERIFY(result.status == IngestResult::Status::Accepted);
        }
    }

    // Moves the clock on in steps, letting the engine do what became due after each.
    void pass(Millis total, Millis step)
    {
        for (Millis passed{0}; passed < total; passed += step) {
            clock_.advance(step);
            engine_->drain().get();
        }
    }

    // The engine publishes its snapshot on its notify interval.
    std::shared_ptr<const FeedsSnapshot> freshFeeds()
    {
        const auto before = engine_->feeds()->version;
        // No newer version within a second: nothing changed, the current one is fresh.
        if (!QTest::qWaitFor([&] { return engine_->feeds()->version > before; }, 1'000))
            qDebug("feed snapshot %llu is current", static_cast<unsigned long long>(before));
        return engine_->feeds();
    }

private slots:
    void initTestCase()
    {
        EngineOptions options;
        options.dataDirectory = dir_.path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false; // retry limits and breaker settings stay the defaults
        engine_ = Engine::open(options);
        engine_->addTarget(erp_);
        engine_->addTarget(shop_);
        engine_->addRoute(Route{Domain::Inventory, "erp", "erp-feed", ""});
        engine_->addRoute(Route{Domain::Inventory, "shop", "shop-feed", ""});
        engine_->start();
    }

    void cleanupTestCase() { engine_.reset(); }

    void aTargetDownForHalfAnHourHoldsItsQueueAndRaisesAnAlert()
    {
        erp_->failWith(ErrorClass::Transient);
        ingest("erp-feed", 20, erpEvents_);
        ingest("shop-feed", 10, shopEvents_);
        engine_->drain().get();

        // Thirty minutes down, with new records arriving on both feeds every ten minutes.
        for (int tenMinutes = 0; tenMinutes < 3; ++tenMinutes) {
            pass(Millis(10 * 60'000), Millis(15'000));
            ingest("erp-feed", 5, erpEvents_);
            ingest("shop-feed", 5, shopEvents_);
            engine_->drain().get();
        }

        const auto erp = endpointOf(*engine_, "erp");
        QVERIFY(erp.has_value());
        QCOMPARE(toString(erp->breaker), std::string_view("open"));
        QCOMPARE(erp->pending, std::int64_t(erpEvents_));
        QVERIFY(erp->openUntil.has_value());
        QVERIFY(!erp->lastError.empty());
        QCOMPARE(erp_->effects().size(), std::size_t(0));
        // An outage is not a data problem: nothing may be parked as a dead letter.
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().size(), std::size_t(0));
        // Probes only: an open breaker must not burn a retry per record.
        QVERIFY2(erp_->attempts() < std::size_t(erpEvents_),
                 qPrintable(QString::number(erp_->attempts())));

        const auto feeds = freshFeeds();
        const auto *down = feedOf(*feeds, "erp-feed");
        QVERIFY(down);
        QCOMPARE(down->queueDepth, std::int64_t(erpEvents_));
        QCOMPARE(toString(down->state), std::string_view("degraded"));
        QVERIFY2(down->reason.find("erp") != std::string::npos &&
                     down->reason.find("breaker open") != std::string::npos,
                 down->reason.c_str());

        // The other target kept flowing the whole time.
        const auto *up = feedOf(*feeds, "shop-feed");
        QVERIFY(up);
        QCOMPARE(toString(up->state), std::string_view("healthy"));
        QCOMPARE(up->queueDepth, std::int64_t(0));
        QCOMPARE(shop_->effects().size(), std::size_t(shopEvents_));
        QCOMPARE(toString(endpointOf(*engine_, "shop")->breaker), std::string_view("closed"));

        AuditQuery opened;
        opened.action = "breaker.open";
        QVERIFY(!engine_->audit(opened).get().empty());
    }

    void afterRecoveryTheBacklogDrainsInOrderAndTheAlertClears()
    {
        erp_->failWith(std::nullopt);
        // At most the longest breaker pause until the next probe finds the target back.
        pass(Millis(11 * 60'000), Millis(15'000));

        const auto effects = erp_->effects();
        QCOMPARE(effects.size(), std::size_t(erpEvents_));
        for (int i = 0; i < erpEvents_; ++i)
            QCOMPARE(effects[std::size_t(i)].correlationId,
                     "erp-feed-SKU-" + std::to_string(i + 1));
        QCOMPARE(erp_->repeats(), 0);
        const auto erp = endpointOf(*engine_, "erp");
        QCOMPARE(toString(erp->breaker), std::string_view("closed"));
        QCOMPARE(erp->pending, std::int64_t(0));

        const auto feeds = freshFeeds();
        const auto *recovered = feedOf(*feeds, "erp-feed");
        QVERIFY(recovered);
        QCOMPARE(recovered->queueDepth, std::int64_t(0));
        QCOMPARE(toString(recovered->state), std::string_view("healthy"));
        QVERIFY(recovered->reason.empty());
        QCOMPARE(recovered->processed, std::int64_t(erpEvents_));
        QCOMPARE(shop_->effects().size(), std::size_t(shopEvents_));

        AuditQuery closed;
        closed.action = "breaker.closed";
        QVERIFY(!engine_->audit(closed).get().empty());
    }
};

QTEST_GUILESS_MAIN(TestOutage)
#include "tst_outage.moc"
