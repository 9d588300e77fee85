#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QtTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace syncline;
using namespace syncline::testing;

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    ManualClock clock_;

    bool committedElsewhere(const store::Store &store, const std::string &eventId)
    {
        // A separate connection sees only committed data.
        store::Database other(store.file(), store::Database::Mode::ReadWrite);
        auto s = other.prepare("SELECT COUNT(*) FROM events WHERE event_id = ?");
        s.bind(1, eventId);
        s.step();
        return s.integer(0) == 1;
    }

private slots:
    void opensInWalMode()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        store::Database db(store.file(), store::Database::Mode::ReadWrite);
        auto s = db.prepare("PRAGMA journal_mode");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), std::string("wal"));
    }

    void duplicateIsAcknowledgedCountedAndNotStoredTwice()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        IngestResult::Status first{}, second{};
        std::string original;
        Event e = makeEvent("k1");
        writeAndWait(store, [&](store::Tx &tx) { first = tx.insertEvent(e, original); });
        Event again = makeEvent("k1");
        again.eventId = "evt-other";
        writeAndWait(store, [&](store::Tx &tx) { second = tx.insertEvent(again, original); });
        QVERIFY(first == IngestResult::Status::Accepted);
        QVERIFY(second == IngestResult::Status::Duplicate);
        QCOMPARE(original, std::string("evt-k1"));
        store.read([](store::Reader &r) {
            const auto feeds = r.feedCounters();
            QCOMPARE(feeds.size(), std::size_t(1));
            QCOMPARE(feeds[0].received, std::int64_t(1));
            QCOMPARE(feeds[0].duplicates, std::int64_t(1));
            QCOMPARE(r.duplicateCount(), std::int64_t(1));
            QCOMPARE(r.eventsWithStatus("received", 0, 10).size(), std::size_t(1));
        });
    }

    void olderVersionIsRecordedAsSuperseded()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        std::string original;
        IngestResult::Status newer{}, older{}, newest{};
        writeAndWait(store, [&](store::Tx &tx) {
            newer = tx.insertEvent(makeEvent("seq42", "inventory:SKU-1@WH1", 42), original);
            older = tx.insertEvent(makeEvent("seq41", "inventory:SKU-1@WH1", 41), original);
            newest = tx.insertEvent(makeEvent("seq43", "inventory:SKU-1@WH1", 43), original);
        });
        QVERIFY(newer == IngestResult::Status::Accepted);
        QVERIFY(older == IngestResult::Status::Superseded);
        QVERIFY(newest == IngestResult::Status::Accepted);
        store.read([](store::Reader &r) {
            const auto stored = r.event("evt-seq41");
            QVERIFY(stored.has_value());
            QCOMPARE(stored->status, std::string("superseded"));
            QCOMPARE(r.feedCounters()[0].superseded, std::int64_t(1));
        });
    }

    void eventsWithoutEntityKeyAreNeverSuperseded()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        std::string original;
        IngestResult::Status a{}, b{};
        writeAndWait(store, [&](store::Tx &tx) {
            a = tx.insertEvent(makeEvent("ship-1", "", 0, Domain::Fulfilment), original);
            b = tx.insertEvent(makeEvent("ship-2", "", 0, Domain::Fulfilment), original);
        });
        QVERIFY(a == IngestResult::Status::Accepted);
        QVERIFY(b == IngestResult::Status::Accepted);
    }

    // Work that arrives while a transaction is open shares the next one, and each completion
    // runs only once its transaction is committed (checked from an independent connection).
    void groupCommitAcknowledgesOnlyAfterCommit()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        std::latch blockerRunning(1);
        std::latch release(1);
        std::atomic<bool> blockerAcknowledged{false};
        store.write(
            [&](store::Tx &tx) {
                std::string original;
                tx.insertEvent(makeEvent("blocker"), original);
                blockerRunning.count_down();
                release.wait();
            },
            [&](std::exception_ptr) {
                QVERIFY(committedElsewhere(store, "evt-blocker"));
                blockerAcknowledged = true;
            });
        blockerRunning.wait();

        constexpr int Producers = 8, PerProducer = 25;
        std::atomic<int> acknowledged{0}, visibleAtAck{0};
        std::vector<std::thread> producers;
        for (int p = 0; p < Producers; ++p)
            producers.emplace_back([&, p] {
                for (int i = 0; i < PerProducer; ++i) {
                    const std::string key = "p" + std::to_string(p) + "-" + std::to_string(i);
                    store.write(
                        [key](store::Tx &tx) {
                            std::string original;
                            tx.insertEvent(makeEvent(key), original);
                        },
                        [&, key](std::exception_ptr error) {
                            if (!error && committedElsewhere(store, "evt-" + key))
                                ++visibleAtAck;
                            ++acknowledged;
                        });
                }
            });
        for (auto &t : producers)
            t.join();
        // Everything is queued behind the open transaction; none of it may be acknowledged yet.
        QCOMPARE(acknowledged.load(), 0);
        QVERIFY(!blockerAcknowledged.load());
        release.count_down();
        QTRY_COMPARE(acknowledged.load(), Producers * PerProducer);
        QCOMPARE(visibleAtAck.load(), Producers * PerProducer);
        QVERIFY(blockerAcknowledged.load());
        const auto stats = store.writerStats();
        QCOMPARE(stats.items, std::uint64_t(Producers * PerProducer + 1));
        QCOMPARE(stats.transactions, std::uint64_t(2)); // the blocker's, then all the others
    }

    // Commits a first group of `size` items whose transaction lasts at least `duration` (its
    // first item sleeps), behind a blocker, and waits for their acknowledgements.
    static void commitSlowGroup(store::Store &store, int size, std::chrono::milliseconds duration)
    {
        std::latch blockerRunning(1), release(1);
        store.write(
            [&](store::Tx &) {
                blockerRunning.count_down();
                release.wait();
            },
            {});
        blockerRunning.wait();
        std::atomic<int> acknowledged{0};
        for (int i = 0; i < size; ++i)
            store.write(
                [i, duration](store::Tx &) {
                    if (i == 0)
                        std::this_thread::sleep_for(duration);
                },
                [&](std::exception_ptr) { ++acknowledged; });
        release.count_down();
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged.load(), size, 20'000);
        QCOMPARE(store.writerStats().transactions, std::uint64_t(2));
    }

    // Senders acknowledged together come back one by one: the first to arrive waits for the
    // others (up to the last transaction's duration) instead of taking a commit of its own.
    void groupWaitsForItsReturningSenders()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {}, 4096, std::chrono::seconds(10));
        constexpr int Senders = 10;
        commitSlowGroup(store, Senders, std::chrono::milliseconds(1'500));
        std::atomic<int> acknowledged{0};
        for (int i = 0; i < Senders; ++i) {
            if (i > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            store.write([](store::Tx &) {}, [&](std::exception_ptr) { ++acknowledged; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged.load(), Senders, 20'000);
        const auto stats = store.writerStats();
        QCOMPARE(stats.transactions, std::uint64_t(3));
        QCOMPARE(stats.items, std::uint64_t(1 + 2 * Senders));
    }

    // Stopping while the writer waits for the rest of a group writes what has arrived.
    void stopDuringAGatherWritesWhatArrived()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {}, 4096, std::chrono::seconds(10));
        commitSlowGroup(store, 10, std::chrono::milliseconds(1'500));
        std::atomic<bool> acknowledged{false};
        std::exception_ptr error;
        store.write(
            [](store::Tx &tx) {
                std::string original;
                tx.insertEvent(makeEvent("last"), original);
            },
            [&](std::exception_ptr e) {
                error = e;
                acknowledged = true;
            });
        store.stop();
        QVERIFY(acknowledged.load());
        QVERIFY(!error);
        QCOMPARE(store.writerStats().transactions, std::uint64_t(3));
        QVERIFY(committedElsewhere(store, "evt-last"));
    }

    void failingItemIsUndoneAloneAndReported()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        std::latch blockerRunning(1), release(1);
        store.write(
            [&](store::Tx &) {
                blockerRunning.count_down();
                release.wait();
            },
            {});
        blockerRunning.wait();
        std::promise<std::exception_ptr> bad, good;
        store.write(
            [](store::Tx &tx) {
                std::string original;
                tx.insertEvent(makeEvent("half"), original);
                throw std::runtime_error("boom");
            },
            [&](std::exception_ptr e) { bad.set_value(e); });
        store.write(
            [](store::Tx &tx) {
                std::string original;
                tx.insertEvent(makeEvent("whole"), original);
            },
            [&](std::exception_ptr e) { good.set_value(e); });
        release.count_down();
        QVERIFY(bad.get_future().get() != nullptr);
        QVERIFY(good.get_future().get() == nullptr);
        QVERIFY(!committedElsewhere(store, "evt-half"));
        QVERIFY(committedElsewhere(store, "evt-whole"));
    }

    void outboxClaimMarksInFlightAndRetriesComeBackWhenDue()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        writeAndWait(store, [&](store::Tx &tx) {
            for (int i = 0; i < 5; ++i) {
                store::OutboxRow row;
                row.eventId = "e" + std::to_string(i);
                row.target = "shop";
                row.idempotencyKey = "k" + std::to_string(i);
                row.connection = "wms";
                row.correlationId = "SKU";
                row.payload = "{}";
                row.nextAttemptAt = clock_.now();
                QVERIFY(tx.enqueueOutbox(row));
                QVERIFY(!tx.enqueueOutbox(row)); // the same key twice is one row
            }
        });
        std::vector<store::OutboxRow> first, second;
        writeAndWait(store, [&](store::Tx &tx) { first = tx.claimDue("shop", 3); });
        QCOMPARE(first.size(), std::size_t(3));
        QCOMPARE(first[0].idempotencyKey, std::string("k0"));
        QCOMPARE(first[0].attempts, std::int64_t(1));
        writeAndWait(store, [&](store::Tx &tx) {
            tx.scheduleRetry(first[0].id, clock_.now() + Millis(1000), "timeout", true);
            second = tx.claimDue("shop", 10);
        });
        // k0 heads the queue and waits for its retry: nothing behind it overtakes it.
        QCOMPARE(second.size(), std::size_t(0));
        clock_.advance(Millis(1000));
        std::vector<store::OutboxRow> third;
        writeAndWait(store, [&](store::Tx &tx) { third = tx.claimDue("shop", 10); });
        // k0 goes again in its own batch (k1 and k2 of that batch are still in flight).
        QCOMPARE(third.size(), std::size_t(1));
        QCOMPARE(third[0].idempotencyKey, std::string("k0"));
        QCOMPARE(third[0].attempts, std::int64_t(2));
        std::vector<store::OutboxRow> fourth;
        writeAndWait(store, [&](store::Tx &tx) { fourth = tx.claimDue("shop", 10); });
        QCOMPARE(fourth.size(), std::size_t(2)); // then k3 and k4, a batch of their own
        QCOMPARE(fourth[0].idempotencyKey, std::string("k3"));
        QCOMPARE(fourth[1].idempotencyKey, std::string("k4"));
        // A crash with rows in flight: they go back to pending.
        int reset = 0;
        writeAndWait(store, [&](store::Tx &tx) { reset = tx.resetInflight(); });
        QCOMPARE(reset, 5);
        // A row queued after the crash does not join an earlier batch: each batch is claimed
        // again exactly as it was first sent, so its idempotency key is the same.
        writeAndWait(store, [&](store::Tx &tx) {
            store::OutboxRow row;
            row.eventId = "e5";
            row.target = "shop";
            row.idempotencyKey = "k5";
            row.connection = "wms";
            row.correlationId = "SKU";
            row.payload = "{}";
            row.nextAttemptAt = clock_.now();
            QVERIFY(tx.enqueueOutbox(row));
        });
        const auto keysOf = [](const std::vector<store::OutboxRow> &rows) {
            std::string keys;
            for (const auto &row : rows)
                keys += row.idempotencyKey + " ";
            return keys;
        };
        std::vector<store::OutboxRow> again;
        writeAndWait(store, [&](store::Tx &tx) { again = tx.claimDue("shop", 10); });
        QCOMPARE(keysOf(again), std::string("k0 k1 k2 "));
        writeAndWait(store, [&](store::Tx &tx) { again = tx.claimDue("shop", 10); });
        QCOMPARE(keysOf(again), std::string("k3 k4 "));
        writeAndWait(store, [&](store::Tx &tx) { again = tx.claimDue("shop", 10); });
        QCOMPARE(keysOf(again), std::string("k5 "));
    }

    void queueDepthsAndEndpointsCountWaitingAndInFlightWork()
    {
        QTemporaryDir dir;
        store::Store store(dir.path().toStdString(), clock_, {});
        auto outboxRow = [this](const std::string &key, const std::string &target,
                                const std::string &connection, Domain domain) {
            store::OutboxRow row;
            row.eventId = "e-" + key;
            row.target = target;
            row.idempotencyKey = key;
            row.connection = connection;
            row.domain = domain;
            row.correlationId = key;
            row.payload = "{}";
            row.nextAttemptAt = clock_.now();
            return row;
        };
        writeAndWait(store, [&](store::Tx &tx) {
            std::string original;
            for (const char *key : {"w1", "w2", "w3"})
                tx.insertEvent(makeEvent(key), original);
            Event order = makeEvent("o1", {}, 0, Domain::Order);
            order.connection = "shop";
            tx.insertEvent(order, original);
            QVERIFY(tx.completeProcessing("evt-w1", std::nullopt));
            for (const char *key : {"s1", "s2", "s3"})
                QVERIFY(tx.enqueueOutbox(outboxRow(key, "shop", "wms", Domain::Inventory)));
            for (const char *key : {"r1", "r2"})
                QVERIFY(tx.enqueueOutbox(outboxRow(key, "erp", "shop", Domain::Order)));
            tx.saveEndpoint({"idle", BreakerState::Closed, 0, 0, std::nullopt, ""});
        });
        writeAndWait(store, [&](store::Tx &tx) {
            QCOMPARE(tx.claimDue("shop", 1).size(), std::size_t(1)); // in flight: still queued
            const auto erp = tx.claimDue("erp", 1);
            QCOMPARE(erp.size(), std::size_t(1));
            tx.markDelivered(erp[0].id); // delivered: no longer queued
        });
        std::optional<std::string> processed, waiting, unknown;
        writeAndWait(store, [&](store::Tx &tx) {
            processed = tx.eventStatus("evt-w1");
            waiting = tx.eventStatus("evt-w2");
            unknown = tx.eventStatus("evt-none");
        });
        QCOMPARE(processed, std::optional<std::string>("processed"));
        QCOMPARE(waiting, std::optional<std::string>("received"));
        QVERIFY(!unknown.has_value());

        store.read([](store::Reader &r) {
            const auto depths = r.queueDepths();
            QCOMPARE(depths.size(), std::size_t(2));
            // Two events waiting, three rows for the shop (one of them in flight).
            QCOMPARE(depths.at({"wms", Domain::Inventory}), std::int64_t(5));
            // One event waiting, one row for the ERP (the other was delivered).
            QCOMPARE(depths.at({"shop", Domain::Order}), std::int64_t(2));

            const auto endpoints = r.endpoints();
            QCOMPARE(endpoints.size(), std::size_t(3));
            QCOMPARE(endpoints[0].target, std::string("erp"));
            QCOMPARE(endpoints[0].pending, std::int64_t(1));
            QCOMPARE(endpoints[1].target, std::string("idle"));
            QCOMPARE(endpoints[1].pending, std::int64_t(0));
            QCOMPARE(endpoints[2].target, std::string("shop"));
            QCOMPARE(endpoints[2].pending, std::int64_t(3));
        });
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
