#pragma once

#include "domain/Inventory.h"
#include "domain/Roles.h"
#include "domain/Slo.h"
#include "engine/InventorySnapshots.h"
#include "engine/OrderSnapshots.h"
#include "engine/Snapshots.h"
#include "model/Event.h"
#include "model/Inbound.h"
#include "store/Checkpointer.h"
#include "util/Clock.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace syncline::store {

class Database;
class Tx;
class Reader;

struct OutboxRow {
    std::int64_t id = 0;
    std::string eventId;
    std::string target;
    std::string idempotencyKey;
    std::string connection;
    Domain domain = Domain::Order;
    std::string type;
    std::string correlationId;
    std::string payload;
    std::string status; // pending, inflight, delivered, dead
    std::int64_t attempts = 0;
    TimePoint nextAttemptAt{};
    std::string lastError;
};

struct StoredEvent {
    std::int64_t seq = 0;
    Event event;
    std::string status; // received, processed, superseded, failed, discarded
    Stage stage = Stage::Ingest;
    std::optional<TimePoint> processedAt;
};

struct AuditRecord {
    Actor actor;
    std::string action;
    std::string objectType;
    std::string objectId;
    std::string before;
    std::string after;
    std::string reason;
};

// Counter changes of one feed, summed over a transaction and written once before it commits.
struct FeedDelta {
    std::int64_t received = 0;
    std::int64_t processed = 0;
    std::int64_t failed = 0;
    std::int64_t retried = 0;
    std::int64_t duplicates = 0;
    std::int64_t superseded = 0;
    std::int64_t deadLettered = 0;
    std::optional<TimePoint> lastReceived;
    std::optional<TimePoint> lastSuccess;
    std::optional<TimePoint> lastFailure;
};

struct WriterStats {
    std::uint64_t transactions = 0;
    std::uint64_t items = 0;
    CheckpointStats checkpoints;
};

// The durable store: one SQLite file in WAL mode under the data directory. All SQL of the engine
// lives behind this class and the Tx/Reader it hands out, so another backend can replace it.
//
// Writes go through one writer thread that owns the only writing connection. Work submitted while
// a transaction is being committed waits and then shares the next transaction (group commit): one
// fsync for many events. A work item's completion runs only after the transaction that holds it
// has committed, so nothing is acknowledged before it is durable.
class Store {
public:
    using Work = std::function<void(Tx &)>;
    using Done = std::function<void(std::exception_ptr error)>;
    // Runs a batch of completions somewhere other than the writer thread (the engine's io pool).
    using CompletionExecutor = std::function<void(std::function<void()>)>;

    static constexpr const char *FileName = "syncline.db";

    // `executor` may be empty: completions then run on the writer thread. `maxGatherDelay`
    // bounds how long a group waits for the rest of its senders (see Store.cpp, writerLoop).
    Store(const std::filesystem::path &dataDirectory, const Clock &clock,
          CompletionExecutor executor, std::size_t maxBatch = 4096,
          std::chrono::microseconds maxGatherDelay = std::chrono::milliseconds(2));
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    void write(Work work, Done done);
    // Runs `query` on a reader connection of its own (any thread; connections are pooled).
    template <typename F>
    auto read(F &&query)
    {
        auto lease = acquireReader();
        return query(*lease.reader);
    }

    WriterStats writerStats() const;
    const std::filesystem::path &file() const { return file_; }
    void stop();

private:
    struct Lease {
        Store *store;
        std::unique_ptr<Reader> reader;
        ~Lease();
    };
    Lease acquireReader();
    void writerLoop();

    std::filesystem::path file_;
    const Clock &clock_;
    CompletionExecutor executor_;
    std::size_t maxBatch_;
    std::chrono::microseconds maxGatherDelay_;
    std::unique_ptr<Database> writerDb_;
    std::unique_ptr<Checkpointer> checkpointer_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<Work, Done>> queue_;
    bool stopping_ = false;
    std::size_t wakeAt_ = 1; // queue size that wakes the writer (more while it gathers a group)
    WriterStats stats_;
    std::thread writer_;

    std::mutex readersMutex_;
    std::vector<std::unique_ptr<Reader>> idleReaders_;
};

// Write operations, valid only inside a Store::write work item (on the writer thread).
class Tx {
public:
    Tx(Database &db, TimePoint now);

    Database &db() { return db_; }
    TimePoint now() const { return now_; }

    // Inbox: dedupe by idempotency key, then per-entity ordering. Returns the status; for a
    // duplicate, `originalEventId` names the event that was processed.
    IngestResult::Status insertEvent(const Event &event, std::string &originalEventId);
    std::optional<StoredEvent> event(const std::string &eventId);
    // The status alone ("received", "processed", ...): no payload is read.
    std::optional<std::string> eventStatus(const std::string &eventId);
    void setEventState(const std::string &eventId, std::string_view status, Stage stage);
    void markProcessed(const std::string &eventId);
    // The pipeline's two outcomes, applied only to an event still waiting ("received"): they
    // return false when the event was handled already (a rescan raced a resubmit, or a crash
    // came between two steps), so processing is idempotent.
    bool completeProcessing(const std::string &eventId, const std::optional<std::string> &payload);
    bool failProcessing(const std::string &eventId, Stage stage);
    void updateEventPayload(const std::string &eventId, const std::string &payload);

    std::int64_t parkDeadLetter(const DeadLetter &letter);
    std::optional<DeadLetter> deadLetter(std::int64_t id);
    void resolveDeadLetter(std::int64_t id, std::string_view status, const std::string &resolution);

    // Returns false when the row exists already (same idempotency key): enqueueing is idempotent.
    bool enqueueOutbox(const OutboxRow &row);
    std::vector<OutboxRow> claimDue(const std::string &target, std::size_t limit);
    void markDelivered(std::int64_t outboxId);
    // A whole batch delivered: the rows of `target` in flight with ids in [firstId, lastId]
    // (one batch is in flight per target, so that range is exactly the batch).
    void markBatchDelivered(const std::string &target, std::int64_t firstId, std::int64_t lastId);
    void scheduleRetry(std::int64_t outboxId, TimePoint nextAttempt, const std::string &error,
                       bool countAttempt);
    void markOutboxDead(std::int64_t outboxId, const std::string &error);
    void requeueOutbox(std::int64_t outboxId, const std::optional<std::string> &payload);
    std::optional<OutboxRow> outboxRow(std::int64_t outboxId);
    // After a crash, rows that were in flight go back to pending (the target dedupes repeats).
    int resetInflight();

    AuditEntry appendAudit(const AuditRecord &record);
    std::int64_t insertRejected(const RejectedInput &input);
    void setRejectedStatus(std::int64_t id, std::string_view status);
    void saveEndpoint(const EndpointStatus &status);

    void countFeed(const std::string &connection, Domain domain, const FeedDelta &delta);
    void setMinuteLag(const std::string &connection, Domain domain, TimePoint minute,
                      std::int64_t p50, std::int64_t p95, std::int64_t p99);
    // Writes the summed counters; called by the writer before COMMIT.
    void flushCounters();

    // --- order desk ------------------------------------------------------------------
    std::optional<OrderRecord> order(const std::string &orderNumber);
    // Inserts or replaces the order and its line SKUs (for the search by SKU).
    void saveOrder(const OrderRecord &order,
                   const std::vector<std::pair<std::string, std::int64_t>> &lines);
    void setOrderState(const std::string &orderNumber, domain::OrderState state);
    void setOrderPosted(const std::string &orderNumber, TimePoint at);
    void setOrderAcknowledged(const std::string &orderNumber, TimePoint at);
    void recordTransition(const std::string &orderNumber, const domain::Transition &transition);
    std::optional<std::string> orderNumberByStorefrontId(const std::string &channel,
                                                         const std::string &storefrontOrderId);

    void saveHold(const domain::Hold &hold);
    std::optional<domain::Hold> hold(const std::string &id);
    std::vector<domain::Hold> holdsOfOrder(const std::string &orderNumber);
    // Active (open or snoozed) holds that name `subject` (a SKU, a customer id).
    std::vector<domain::Hold> activeHoldsWithSubject(const std::string &subject);
    std::vector<domain::Hold> activeHoldsWithReason(std::string_view reasonCode);

    void saveSkuMapping(const domain::SkuMapping &mapping);
    std::optional<std::string> skuMapping(const std::string &channel,
                                          const std::string &storefrontSku);
    std::vector<domain::SkuMapping> skuMappingsTo(const std::string &erpSku);
    void saveCustomerMapping(const domain::CustomerMapping &mapping);
    std::optional<std::string> customerAccount(const std::string &channel,
                                               const std::string &customerId);
    bool erpKnowsItem(const std::string &sku);
    bool hasErpItems();
    // Returns false when the item was known already.
    bool addErpItem(const std::string &sku, std::string_view source);

    // One latency sample into its hour; a breach is kept when it missed the target.
    void recordSlo(const std::string &eventId, Domain domain, TimePoint completedAt, Millis latency,
                   Millis target);
    void saveSloTarget(const domain::SloTarget &target);

    // --- users registry ------------------------------------------------------------------
    std::vector<domain::User> users();
    std::optional<domain::User> user(const std::string &name);
    void saveUser(const domain::User &user);
    // Returns false when there was no such user.
    bool removeUser(const std::string &name);

    // --- inventory (StoreInventory.cpp) ------------------------------------------------
    // Keeps the position unless the stored one is newer (by sequence, else by as-of time);
    // returns false when the stored one was kept.
    bool saveInventoryPosition(const domain::StockPosition &position);
    // A value the channel accepted: the latest per key and one more line of history.
    void recordInventoryPublication(const InventoryPublication &publication);

private:
    Database &db_;
    TimePoint now_;
    std::map<std::pair<std::string, Domain>, FeedDelta> feedDeltas_;
};

struct RecoveryState {
    std::vector<std::string> pendingEventIds;
};

// Read-only queries on a connection of their own.
class Reader {
public:
    explicit Reader(const std::filesystem::path &file);
    ~Reader();

    std::vector<FeedHealth> feedCounters();
    // Events waiting for a stage plus outbox rows not yet delivered, per feed.
    std::map<std::pair<std::string, Domain>, std::int64_t> queueDepths();
    std::map<std::pair<std::string, Domain>, std::int64_t> parkedDeadLetters();
    std::vector<StoredEvent> eventsWithStatus(std::string_view status, std::int64_t afterSeq,
                                              int limit);
    std::optional<StoredEvent> event(const std::string &eventId);
    std::vector<StoredEvent>
    events(const std::optional<std::string> &connection, const std::optional<Domain> &domain,
           const std::optional<TimePoint> &from, const std::optional<TimePoint> &to,
           const std::optional<std::string> &correlationId, std::string_view status);
    std::vector<OutboxRow> outboxForEvent(const std::string &eventId);
    std::vector<std::string> outboxTargetsDue(TimePoint now);
    std::int64_t outboxCount(std::string_view status);
    std::vector<DeadLetter> deadLetters(const DeadLetterQuery &query);
    std::vector<AuditEntry> audit(const AuditQuery &query);
    AuditVerification verifyAudit();
    std::vector<FeedMinute> feedMinutes(TimePoint from, TimePoint to);
    std::vector<RejectedInput> rejectedInputs(int limit);
    std::optional<RejectedInput> rejectedInput(std::int64_t id);
    std::vector<EndpointStatus> endpoints();
    std::int64_t duplicateCount();

    // --- order desk ------------------------------------------------------------------
    std::optional<OrderRecord> order(const std::string &orderNumber);
    OrderHistory orderHistory(const std::string &orderNumber);
    // By order number (exact or prefix), customer e-mail, customer name (part of it) or SKU;
    // newest first.
    std::vector<OrderRecord> findOrders(const std::string &text, int limit);
    // A snoozed hold whose time has come (at `now`) counts as open again.
    std::vector<domain::Hold> holds(const HoldQuery &query, TimePoint now);
    std::vector<domain::PostedOrder> postedOrders();
    std::vector<domain::SkuMapping> skuMappings();
    std::vector<domain::CustomerMapping> customerMappings();
    std::vector<std::string> erpItems();
    // Per-hour aggregates [from, to) of one domain, and its breaches in that window.
    std::vector<domain::ComplianceBucket> sloHours(Domain domain, TimePoint from, TimePoint to);
    std::vector<domain::SloBreach> sloBreaches(Domain domain, TimePoint from, TimePoint to);
    // The targets operators have set (the defaults stand for the other domains).
    std::vector<domain::SloTarget> sloTargets();
    // By name.
    std::vector<domain::User> users();

    // --- inventory (StoreInventory.cpp) ------------------------------------------------
    // Every position, or those of one SKU.
    std::vector<domain::StockPosition> inventoryPositions(const std::string &sku = {});
    // The latest value published per channel, SKU and location.
    std::vector<InventoryPublication> latestInventoryPublications();
    // One SKU's publications, newest first.
    std::vector<InventoryPublication> inventoryPublications(const std::string &sku, int limit);

    Database &db() { return *db_; }

private:
    std::unique_ptr<Database> db_;
};

} // namespace syncline::store
