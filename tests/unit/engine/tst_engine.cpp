#include "RecordingTarget.h"
#include "engine/Engine.h"

#include <QtTest>

#include <atomic>

using namespace syncline;
using namespace syncline::testing;

namespace {

Event inventory(const std::string &key, const std::string &sku, std::int64_t onHand,
                const std::string &connection = "wms")
{
    Event e;
    e.idempotencyKey = key;
    e.sourceSystem = "wms";
    e.connection = connection;
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = sku;
    e.entityKey = "inventory:" + sku + "@WH1:" + key; // each record its own version here
    e.payload =
        R"({"sku":")" + sku + R"(","location":"WH1","on_hand":)" + std::to_string(onHand) + "}";
    return e;
}

template <typename T>
T get(std::future<T> future)
{
    return future.get();
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_;
    std::shared_ptr<RecordingTarget> shop_;
    std::unique_ptr<Engine> engine_;

    std::unique_ptr<Engine> open(bool autoStart = true, BreakerSettings breaker = {})
    {
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.retry.base = Millis(0); // retries are due at once: the clock is manual
        options.breaker = breaker;
        options.autoStart = autoStart;
        return Engine::open(options);
    }

    void wire(Engine &engine)
    {
        engine.addTarget(shop_);
        engine.addRoute(Route{Domain::Inventory, "shop", "", ""});
    }

    void ingestAll(Engine &engine, const std::vector<Event> &events)
    {
        for (const auto &e : events) {
            const auto r = engine.ingest(e).get();
            QVERIFY(r.status == IngestResult::Status::Accepted);
        }
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        shop_ = std::make_shared<RecordingTarget>("shop", 50);
        engine_ = open(false);
        wire(*engine_);
        engine_->start();
    }

    void cleanup()
    {
        engine_.reset();
        shop_.reset();
        dir_.reset();
    }

    void ingestsProcessesAndDelivers()
    {
        std::vector<Event> events;
        for (int i = 0; i < 120; ++i)
            events.push_back(inventory("k" + std::to_string(i), "SKU-" + std::to_string(i), i));
        ingestAll(*engine_, events);
        engine_->drain().get();
        const auto effects = shop_->effects();
        QCOMPARE(effects.size(), std::size_t(120));
        QCOMPARE(effects.front().correlationId, std::string("SKU-0"));
        QCOMPARE(effects.back().correlationId, std::string("SKU-119")); // in queue order
        const auto feeds = engine_->feeds();
        QCOMPARE(feeds->feeds.size(), std::size_t(1));
        QCOMPARE(feeds->feeds[0].received, std::int64_t(120));
        QCOMPARE(feeds->feeds[0].processed, std::int64_t(120));
        QCOMPARE(feeds->feeds[0].queueDepth, std::int64_t(0));
        QVERIFY(feeds->feeds[0].state == FeedState::Healthy);
        QVERIFY(feeds->feeds[0].lastSuccess.has_value());
    }

    void drainWaitsForIngestsNotYetStored()
    {
        // Nothing waits for the acknowledgements: drain itself must cover the events still on
        // their way to the store.
        constexpr int count = 300;
        for (int i = 0; i < count; ++i)
            engine_->ingest(inventory("f" + std::to_string(i), "SKU-" + std::to_string(i), i), {});
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(count));
        QCOMPARE(engine_->feeds()->feeds.at(0).processed, std::int64_t(count));
    }

    void duplicateDeliveryChangesNothing()
    {
        ingestAll(*engine_, {inventory("dup", "SKU-1", 5)});
        const auto again = engine_->ingest(inventory("dup", "SKU-1", 5)).get();
        QVERIFY(again.status == IngestResult::Status::Duplicate);
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(1));
        QCOMPARE(engine_->feeds()->feeds[0].duplicates, std::int64_t(1));
    }

    void deadLetterAtValidateThenResubmitWithFix()
    {
        ingestAll(*engine_, {inventory("bad", "SKU-9", -4)});
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(0));
        auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(1));
        QVERIFY(letters[0].stage == Stage::Validate);
        QVERIFY(letters[0].errorClass == ErrorClass::Data);
        QVERIFY(QString::fromStdString(letters[0].error).contains("negative"));
        QVERIFY(engine_->feeds()->feeds[0].state == FeedState::Failing);

        const Actor alice{"alice", "operator"};
        const auto result =
            engine_
                ->resubmitDeadLetter(letters[0].id,
                                     std::string(R"({"sku":"SKU-9","location":"WH1","on_hand":4})"),
                                     alice)
                .get();
        QVERIFY2(result.ok, result.message.c_str());
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(1));
        QVERIFY(shop_->effects()[0].payload.find("\"on_hand\":4") != std::string::npos);
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().size(), std::size_t(0));

        // A second resubmit of the same letter is refused.
        QVERIFY(!engine_->resubmitDeadLetter(letters[0].id, std::nullopt, alice).get().ok);

        AuditQuery byAlice;
        byAlice.actor = "alice";
        const auto audit = engine_->audit(byAlice).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].action, std::string("dead_letter.resubmit"));
        QVERIFY(audit[0].before.find("-4") != std::string::npos);
        QVERIFY(audit[0].after.find("\"on_hand\":4") != std::string::npos);
        QVERIFY(engine_->verifyAudit().get().ok);
    }

    void mapFailureResubmittedWithoutEditStaysParked()
    {
        Event e = inventory("nomap", "SKU-2", 1);
        e.payload = R"({"location":"WH1"})";
        ingestAll(*engine_, {e});
        engine_->drain().get();
        auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(1));
        QVERIFY(letters[0].stage == Stage::Map);
        QVERIFY(engine_->resubmitDeadLetter(letters[0].id, std::nullopt, Actor{"bob", "operator"})
                    .get()
                    .ok);
        engine_->drain().get();
        letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(1)); // parked again: nothing was fixed
        QVERIFY(letters[0].stage == Stage::Map);
    }

    void deliveryDataErrorIsDeadLetteredWithTargetAndResubmitted()
    {
        shop_->failWith(ErrorClass::Data);
        ingestAll(*engine_, {inventory("d1", "SKU-3", 3)});
        engine_->drain().get();
        auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(1));
        QVERIFY(letters[0].stage == Stage::Deliver);
        QCOMPARE(letters[0].target, std::string("shop"));
        QCOMPARE(shop_->attempts(), std::size_t(1)); // no blind retry of a data error
        shop_->failWith(std::nullopt);
        QVERIFY(engine_->resubmitDeadLetter(letters[0].id, std::nullopt, Actor{"bob", "operator"})
                    .get()
                    .ok);
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(1));
    }

    void discardNeedsAReasonAndIsAudited()
    {
        ingestAll(*engine_, {inventory("x", "SKU-4", -1)});
        engine_->drain().get();
        const auto id = engine_->deadLetters(DeadLetterQuery{}).get().at(0).id;
        QVERIFY(!engine_->discardDeadLetter(id, "  ", Actor{"bob", "operator"}).get().ok);
        QVERIFY(engine_->discardDeadLetter(id, "test record", Actor{"bob", "operator"}).get().ok);
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().size(), std::size_t(0));
        AuditQuery q;
        q.action = "dead_letter.discard";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].reason, std::string("test record"));
    }

    void transientFailuresAreRetriedUntilTheyPass()
    {
        shop_->failWith(ErrorClass::Transient);
        ingestAll(*engine_, {inventory("t1", "SKU-5", 1)});
        QTRY_VERIFY(shop_->attempts() >= 3);
        shop_->failWith(std::nullopt);
        clock_.advance(Millis(3'600'000)); // past any breaker pause the failures caused
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(1));
        QVERIFY(engine_->feeds()->feeds[0].retried >= 2);
    }

    void openBreakerPausesTheQueueThenDrainsInOrder()
    {
        cleanup();
        dir_ = std::make_unique<QTemporaryDir>();
        shop_ = std::make_shared<RecordingTarget>("shop", 1);
        engine_ = open(false, BreakerSettings{2, Millis(3'600'000), Millis(3'600'000)});
        wire(*engine_);
        engine_->start();

        shop_->failWith(ErrorClass::Transient);
        std::vector<Event> events;
        for (int i = 0; i < 20; ++i)
            events.push_back(inventory("b" + std::to_string(i), "SKU-" + std::to_string(i), i));
        ingestAll(*engine_, events);
        engine_->drain().get(); // returns once everything waits behind the open breaker
        const auto attemptsWhileDown = shop_->attempts();
        QCOMPARE(attemptsWhileDown, std::size_t(2)); // opened after two, then nothing is sent
        auto endpoints = engine_->endpoints().get();
        QCOMPARE(endpoints.size(), std::size_t(1));
        QVERIFY(endpoints[0].breaker == BreakerState::Open);
        QCOMPARE(endpoints[0].pending, std::int64_t(20));
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().size(), std::size_t(0));
        QTest::qWait(50);
        QCOMPARE(shop_->attempts(), attemptsWhileDown); // no retries burnt while open

        shop_->failWith(std::nullopt);
        clock_.advance(Millis(3'600'000));
        engine_->drain().get();
        const auto effects = shop_->effects();
        QCOMPARE(effects.size(), std::size_t(20));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(effects[std::size_t(i)].correlationId, "SKU-" + std::to_string(i));
        QVERIFY(engine_->endpoints().get().at(0).breaker == BreakerState::Closed);
        AuditQuery q;
        q.action = "breaker.open";
        QCOMPARE(engine_->audit(q).get().size(), std::size_t(1));
    }

    void replayDryRunListsExactlyWhatTheRealRunSends()
    {
        std::vector<Event> events;
        for (int i = 0; i < 5; ++i)
            events.push_back(
                inventory("a" + std::to_string(i), "SKU-A" + std::to_string(i), i, "wms"));
        for (int i = 0; i < 3; ++i)
            events.push_back(
                inventory("b" + std::to_string(i), "SKU-B" + std::to_string(i), i, "erp"));
        ingestAll(*engine_, events);
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(8));

        ReplaySpec spec;
        spec.connection = "wms";
        const Actor carol{"carol", "admin"};
        const auto dry = engine_->replay(spec, true, carol).get();
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.items.size(), std::size_t(5));
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(8)); // a dry run sends nothing

        const auto real = engine_->replay(spec, false, carol).get();
        QCOMPARE(real.items.size(), dry.items.size());
        engine_->drain().get();
        const auto effects = shop_->effects();
        QCOMPARE(effects.size(), std::size_t(13));
        std::vector<std::string> planned, sent;
        for (const auto &item : dry.items)
            planned.push_back(item.eventId);
        for (std::size_t i = 8; i < effects.size(); ++i) {
            sent.push_back(effects[i].eventId);
            QVERIFY(effects[i].idempotencyKey.find("#replay-") != std::string::npos);
        }
        QCOMPARE(sent, planned);

        ReplaySpec byEntity;
        byEntity.correlationId = "SKU-B1";
        QCOMPARE(engine_->replay(byEntity, true, carol).get().items.size(), std::size_t(1));
        ReplaySpec byWindow;
        byWindow.from = clock_.now() + Millis(1);
        QCOMPARE(engine_->replay(byWindow, true, carol).get().items.size(), std::size_t(0));
    }

    void acknowledgedEventsSurviveARestartBeforeProcessing()
    {
        cleanup();
        dir_ = std::make_unique<QTemporaryDir>();
        shop_ = std::make_shared<RecordingTarget>("shop", 10);
        {
            auto engine = open(false); // never started: events are stored, not processed
            std::vector<Event> events;
            for (int i = 0; i < 30; ++i)
                events.push_back(inventory("r" + std::to_string(i), "SKU-" + std::to_string(i), i));
            ingestAll(*engine, events);
        }
        engine_ = open(false);
        wire(*engine_);
        engine_->start();
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(30));
        QCOMPARE(shop_->repeats(), 0);
    }

    void incompleteEnvelopeIsRejectedAndRecorded()
    {
        Event e = inventory("k", "SKU", 1);
        e.connection.clear();
        const auto r = engine_->ingest(e).get();
        QVERIFY(r.status == IngestResult::Status::Rejected);
        QVERIFY(QString::fromStdString(r.message).contains("connection"));
        QTRY_COMPARE(engine_->rejectedInputs(10).get().size(), std::size_t(1));
        const auto rejected = engine_->rejectedInputs(10).get()[0];
        QCOMPARE(rejected.channel, std::string("ingest"));
        QVERIFY(!engine_->replayRejected(rejected.id, Actor{"dan", "admin"}).get().ok);
    }

    void notificationsAreCoalesced()
    {
        std::atomic<int> calls{0};
        std::atomic<std::int64_t> committed{0};
        const auto id = engine_->subscribe([&](const ChangeSet &c) {
            ++calls;
            committed += c.eventsCommitted;
        });
        std::vector<Event> events;
        for (int i = 0; i < 200; ++i)
            events.push_back(inventory("n" + std::to_string(i), "SKU-" + std::to_string(i), i));
        std::vector<std::future<IngestResult>> pending;
        for (auto &e : events)
            pending.push_back(engine_->ingest(e));
        for (auto &f : pending)
            f.get();
        engine_->drain().get();
        QTRY_COMPARE(committed.load(), std::int64_t(200));
        QVERIFY(calls.load() < 200);
        engine_->unsubscribe(id);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
