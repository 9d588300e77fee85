#pragma once

#include "domain/Hold.h"
#include "domain/OrderRules.h"
#include "domain/ProductOwnership.h"
#include "domain/Roles.h"
#include "domain/Slo.h"
#include "engine/CircuitBreaker.h"
#include "engine/InventorySnapshots.h"
#include "engine/OrderSnapshots.h"
#include "engine/Pipeline.h"
#include "engine/PricingSnapshots.h"
#include "engine/RetryPolicy.h"
#include "engine/Snapshots.h"
#include "model/Delivery.h"
#include "model/Event.h"
#include "model/Inbound.h"
#include "util/Clock.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace syncline {

struct EngineOptions {
    std::filesystem::path dataDirectory;
    int ioThreads = 2;
    const Clock *clock = nullptr;   // system clock when null
    RandomSource *random = nullptr; // default source when null
    Millis notifyInterval{150};     // change notifications are coalesced over this interval
    Millis outboxPollInterval{200}; // how often due retries are looked for
    bool startDelivery = true;      // false: events are routed to the outbox but not sent
    // When false, recovery and processing begin only at Engine::start(), so that targets and
    // routes added after open() are in place before the first event is routed.
    bool autoStart = true;
    RetryLimits retry;
    BreakerSettings breaker;
};

// Replays a refused input of one channel ("webhook", "file") once its cause is fixed: the
// adapter that refused it knows how to read it again.
using RejectedReplayer =
    std::function<void(const RejectedInput &input, std::function<void(std::string error)> done)>;

struct CommandResult {
    bool ok = false;
    std::string message;
    static CommandResult success(std::string message = {}) { return {true, std::move(message)}; }
    static CommandResult failure(std::string message) { return {false, std::move(message)}; }
};

struct ReplaySpec {
    std::optional<std::string> connection; // by feed
    std::optional<Domain> domain;
    std::optional<TimePoint> from; // by time window (received at)
    std::optional<TimePoint> to;
    std::optional<std::string> correlationId; // by entity
    std::optional<std::string> target;        // only re-send to this target
};

struct ReplayItem {
    std::string eventId;
    std::string correlationId;
    std::string type;
    std::string target;
    std::string action; // "redeliver"
};

struct ReplayPlan {
    bool dryRun = true;
    std::vector<ReplayItem> items;
};

// What changed since the last notification; listeners re-query what they show.
struct ChangeSet {
    std::uint64_t version = 0;
    bool feeds = false;
    bool deadLetters = false;
    bool audit = false;
    bool outbox = false;
    bool rejected = false;
    bool pricing = false;   // cached prices or credit, or the ERP's degraded state
    bool inventory = false; // positions, channel values, publications or alerts
    std::int64_t eventsCommitted = 0;
};

class EngineImpl;

// The one facade of the engine: thread-safe, callable from any thread (the GUI thread included).
// Commands and queries that touch the store run on the engine's own threads and complete through
// a future or a callback; nothing here waits on I/O or SQL in the caller's thread, except the
// explicit future::get() a caller may choose to do.
class Engine {
public:
    // Opens (creating if needed) the store in options.dataDirectory and starts the engine threads.
    static std::unique_ptr<Engine> open(EngineOptions options);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // --- inbound -------------------------------------------------------------------------
    // `done` runs once the event is durably committed (or found to be a duplicate/superseded),
    // on an engine thread. Acknowledge to the sender only from there.
    void ingest(Event event, std::function<void(IngestResult)> done);
    std::future<IngestResult> ingest(Event event);
    // Records a request, file or record that was refused before it became an event.
    void recordRejected(RejectedInput input, std::function<void(std::int64_t id)> done = {});
    // The same two calls as an interface, for the adapters (webhook listener, drop folders).
    InboundSink &inbound();

    // --- configuration -------------------------------------------------------------------
    void addTarget(std::shared_ptr<DeliveryTarget> target);
    void addRoute(Route route);
    void addValidator(Domain domain, Validator validator);
    void setRejectedReplayer(std::string channel, RejectedReplayer replayer);
    // Starts recovery and processing when EngineOptions::autoStart was false.
    void start();
    // Writes everything acknowledged and stops the engine's threads; the destructor does it if
    // not done before. Objects that live on ioContext() (an HTTP client with pooled
    // connections) must be destroyed after this and before the engine, which owns the context.
    void shutdown();
    // True when this engine processes and delivers. Only one process per data directory does
    // (it holds DIR/engine.lock); another one opened on the same directory (an admin command
    // next to the console) only ingests and queries, and the processing engine picks its
    // events up.
    bool processing() const;

    // --- operator commands (audited) -----------------------------------------------------
    std::future<CommandResult>
    resubmitDeadLetter(std::int64_t id, std::optional<std::string> editedPayload, Actor actor);
    std::future<CommandResult> discardDeadLetter(std::int64_t id, std::string reason, Actor actor);
    std::future<ReplayPlan> replay(ReplaySpec spec, bool dryRun, Actor actor);
    std::future<CommandResult> replayRejected(std::int64_t id, Actor actor);

    // --- queries (snapshots) -------------------------------------------------------------
    // The latest feed health, kept current by the engine; never blocks.
    std::shared_ptr<const FeedsSnapshot> feeds() const;
    std::future<std::vector<EndpointStatus>> endpoints() const;
    std::future<std::vector<DeadLetter>> deadLetters(DeadLetterQuery query) const;
    std::future<std::vector<AuditEntry>> audit(AuditQuery query) const;
    std::future<AuditVerification> verifyAudit() const;
    std::future<std::vector<FeedMinute>> feedMetrics(TimePoint from, TimePoint to) const;
    std::future<std::vector<RejectedInput>> rejectedInputs(int limit) const;

    // --- orders and holds -----------------------------------------------------------------
    // Order-domain events are validated with the domain rules (domain/OrderRules.h) at the
    // validate stage; an order that fails a rule is held (one hold per failed rule) and goes on
    // to routing only once its holds are resolved or approved. Acknowledgements arrive as
    // "order.acknowledged" events naming the order (correlation id or "order_number").
    void setOrderPolicy(domain::OrderPolicy policy);
    void setSloTarget(domain::SloTarget target);
    // The ERP's item numbers. Until the engine knows some (from here or from Product events),
    // the unknown-SKU rule cannot tell known from unknown and does not run.
    std::future<CommandResult> setErpCatalog(std::vector<std::string> erpSkus, Actor actor);
    std::future<CommandResult> mapSku(domain::SkuMapping mapping, Actor actor);
    std::future<CommandResult> mapCustomer(domain::CustomerMapping mapping, Actor actor);

    // Hold decisions: refused (with the reason, in the result) when the actor's role may not.
    std::future<CommandResult> approveHold(std::string holdId, std::string reason, Actor actor);
    std::future<CommandResult> fixHold(std::string holdId, domain::OrderFix fix, Actor actor);
    std::future<CommandResult> rejectHold(std::string holdId, std::string reason, Actor actor);
    std::future<CommandResult> assignHold(std::string holdId, std::string owner, Actor actor);
    std::future<CommandResult> noteHold(std::string holdId, std::string text, Actor actor);
    std::future<CommandResult> snoozeHold(std::string holdId, TimePoint until, std::string reason,
                                          Actor actor);

    std::future<std::vector<domain::Hold>> holds(HoldQuery query) const;
    std::future<OrderHistory> orderHistory(std::string orderNumber) const;
    // By order number (or its beginning), customer e-mail, customer name (or part of it) or SKU.
    std::future<std::vector<OrderRecord>> findOrders(std::string text) const;
    std::future<SloReport> sloCompliance(Domain domain, TimePoint from, TimePoint to,
                                         SloBucket bucket) const;
    // Sets a domain's service-level target as an operator decision: managers and admins only,
    // audited, and kept in the store (it outlasts a restart, unlike setSloTarget above).
    std::future<CommandResult> setSloTarget(domain::SloTarget target, Actor actor);
    // The target of every domain, in the order of the Domain enum.
    std::vector<domain::SloTarget> sloTargets() const;
    // Orders posted to the ERP and not acknowledged within the order service level.
    std::future<std::vector<domain::AcknowledgementAlert>> alerts() const;

    // --- users and roles (audited) ---------------------------------------------------------
    // While the users registry is empty (a fresh store) the role an Actor claims stands. Once it
    // names anyone, every operator command takes the actor's role from the registry and refuses
    // a user it does not name. Only an admin may change the registry, and it always keeps an
    // admin: a claimed admin's first change registers that admin too.
    std::future<CommandResult> setUserRole(std::string name, domain::Role role, Actor actor);
    std::future<CommandResult> removeUser(std::string name, Actor actor);
    // By name.
    std::future<std::vector<domain::User>> users() const;
    // --- prices, credit and the product master --------------------------------------------
    // Customer prices come from ERP events ("contract.*", "price_list.*" in the pricing domain)
    // and from `source`, asked before an order is validated when its account's cached prices
    // are older than settings.timeToLive. When the ERP does not answer within
    // settings.fetchTimeout, orders are checked against the cached prices and carry a
    // price_mismatch flag in their history ("order.flag" audit entries).
    void setPricingSource(PricingSource source, PricingSettings settings = {});
    // Credit is asked for every order that draws on it; the last answer is kept for when the
    // ERP does not answer. "credit.*" pricing events ({"account", "available"}) update it too.
    // When an account's credit rises, its orders held for credit_limit are validated again and
    // released when they pass.
    void setCreditSource(CreditSource source);
    // Asks the ERP again for the credit of every account with orders held for credit_limit.
    std::future<CommandResult> recheckCredit();
    // Never blocks: kept in memory by the engine.
    PricingStatus pricingStatus() const;

    // Which attributes the ERP owns (the default: SKU, name, unit, weight, base price, currency,
    // category); a publish to a channel never carries the others.
    void setProductOwnership(domain::OwnershipTable table);
    // Every product of the ERP master, all its ERP-owned fields, through the outbox to `channel`.
    std::future<CommandResult> publishCatalog(std::string channel, Actor actor);
    // A full publish to every channel products are routed to, every `interval` (zero: never).
    void setCatalogPublishInterval(Millis interval);
    // --- inventory ---------------------------------------------------------------------
    // Inventory events update positions per SKU, location and source. Once a policy is set, the
    // engine publishes each channel's available-to-sell (coalesced per publish window, in its
    // target's batch size), watches feeds and channel values for staleness, and the order rule
    // "no location can fulfil" checks the same stock (held orders are released when stock
    // arrives).
    void setInventoryPolicy(InventoryPolicy policy);
    // Reads what the channel shows back from its target (which must implement
    // ChannelLevelReader), queues corrections up to the policy's threshold and reports the rest.
    // Audited.
    std::future<InventoryReconcileReport> reconcileInventory(std::string channel, Actor actor);
    std::future<InventoryPage> inventory(InventoryQuery query) const;
    // Silent stock feeds and channels drifting from the truth, oversell risks first.
    std::future<std::vector<InventoryAlert>> inventoryAlerts() const;
    std::future<InventoryDrillDown> inventorySku(std::string sku) const;

    // --- notifications -------------------------------------------------------------------
    // Listeners run on an engine thread at most once per notifyInterval with what changed.
    using Listener = std::function<void(const ChangeSet &)>;
    std::uint64_t subscribe(Listener listener);
    void unsubscribe(std::uint64_t id);

    // Waits until every event received so far has been processed and every due delivery
    // attempted (tests, bulk loads, `synclined ingest`).
    std::future<void> drain();

    const std::filesystem::path &dataDirectory() const;
    // What the engine was opened with (retry limits, breaker thresholds...), for display.
    const EngineOptions &options() const;
    boost::asio::io_context &ioContext();
    const Clock &clock() const;

private:
    explicit Engine(std::unique_ptr<EngineImpl> impl);
    std::unique_ptr<EngineImpl> impl_;
};

} // namespace syncline
