#pragma once

#include "engine/DeliveryWorker.h"
#include "engine/Engine.h"
#include "engine/InventoryDesk.h"
#include "engine/OrderDesk.h"
#include "engine/Pipeline.h"
#include "engine/PricingDesk.h"
#include "engine/ProductDesk.h"
#include "store/Store.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace syncline {

class EngineInbound;

// The engine's internals behind the facade. Threads: the io_context pool (network, timers,
// pipeline, delivery workers, queries, completions) and the store's writer thread.
class EngineImpl {
public:
    explicit EngineImpl(EngineOptions options);
    ~EngineImpl();

    void start();
    void shutdown();
    bool started() const { return started_; }
    bool processing() const { return processing_; }

    void ingest(Event event, std::function<void(IngestResult)> done);
    void recordRejected(RejectedInput input, std::function<void(std::int64_t)> done);
    void addTarget(std::shared_ptr<DeliveryTarget> target);
    void addRoute(Route route);
    void addValidator(Domain domain, Validator validator);

    std::future<CommandResult> resubmitDeadLetter(std::int64_t id,
                                                  std::optional<std::string> edited, Actor actor);
    std::future<CommandResult> discardDeadLetter(std::int64_t id, std::string reason, Actor actor);
    std::future<ReplayPlan> replay(ReplaySpec spec, bool dryRun, Actor actor);
    std::future<CommandResult> replayRejected(std::int64_t id, Actor actor);
    void setRejectedReplayer(std::string channel, RejectedReplayer replayer);

    std::shared_ptr<const FeedsSnapshot> feeds() const;
    std::future<void> drain();

    // Runs `query` on a reader connection on an io thread; the result arrives in the future.
    template <typename R, typename F>
    std::future<R> query(F query) const;

    // The order desk, and its commands run in one store transaction; a command that releases
    // held orders wakes the pipeline.
    OrderDesk &orders() { return *orders_; }
    std::future<CommandResult>
    orderCommand(std::function<CommandResult(store::Tx &, bool &)> command);
    // An order command sent by an operator: it runs with the role the users registry gives the
    // actor (see authorize), or is refused.
    std::future<CommandResult>
    operatorCommand(Actor actor,
                    std::function<CommandResult(store::Tx &, const Actor &, bool &)> command);

    // Takes the actor's role from `registry` when it names anyone; returns why the command is
    // refused otherwise (an unknown user). With an empty registry the claimed role stands.
    static std::optional<std::string> authorize(const std::vector<domain::User> &registry,
                                                Actor &actor);
    // As authorize, for dead letters, replays and rejected inputs, which support may not touch.
    static std::optional<std::string> authorizeOperations(const std::vector<domain::User> &registry,
                                                          Actor &actor);
    std::future<CommandResult> setUserRole(std::string name, domain::Role role, Actor actor);
    std::future<CommandResult> removeUser(std::string name, Actor actor);
    std::future<CommandResult> setSloTarget(domain::SloTarget target, Actor actor);

    // Prices, credit and the product master (EnginePricing.cpp).
    PricingDesk &pricing() { return *pricing_; }
    ProductDesk &products() { return *products_; }
    std::future<CommandResult> publishCatalog(std::string channel, Actor actor);
    void setCatalogPublishInterval(Millis interval);
    std::future<CommandResult> recheckCredit();
    // Inventory (EngineInventory.cpp).
    InventoryDesk &inventory() { return *inventory_; }
    void setInventoryPolicy(InventoryPolicy policy);
    std::future<InventoryReconcileReport> reconcileInventory(std::string channel, Actor actor);

    std::uint64_t subscribe(Engine::Listener listener);
    void unsubscribe(std::uint64_t id);

    EngineOptions options;
    const Clock &clock;
    mutable boost::asio::io_context io;
    InboundSink &inbound();

private:
    void markChanged(bool feeds, bool deadLetters, bool audit, bool outbox, bool rejected,
                     std::int64_t events = 0);
    void scheduleNotify();
    void schedulePoll();
    void refreshSnapshot();
    void kickPipeline(bool rescan);
    void runPipeline();
    void kickTargets(const std::vector<std::string> &targets);
    void kickAllTargets();
    void restoreEndpoints();
    bool idle();
    void loadInventory();
    // Publishes the channel values of the window that is due; alerts that came or went notify.
    void inventoryTick();
    void flushInventory();
    void markInventoryChanged();

    std::unique_ptr<RandomSource> ownRandom_;
    RandomSource &random_;
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<EngineInbound> inbound_;
    std::unique_ptr<OrderDesk> orders_ = std::make_unique<OrderDesk>();
    std::unique_ptr<InventoryDesk> inventory_;
    std::atomic<bool> inventoryFlushing_{false};
    Pipeline pipeline_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    std::vector<std::thread> threads_;

    // Pipeline state, on pipelineStrand_.
    boost::asio::strand<boost::asio::io_context::executor_type> pipelineStrand_;
    bool pipelineRunning_ = false;
    bool pipelineAgain_ = false;
    std::atomic<bool> pipelineKickPending_{false};
    std::int64_t pipelineCursor_ = 0;
    std::atomic<bool> pipelineIdle_{true};
    // Ingested events not yet committed: the engine is not idle while any is on its way.
    std::atomic<std::int64_t> ingestsInFlight_{0};

    mutable std::mutex targetsMutex_;
    std::map<std::string, std::shared_ptr<DeliveryWorker>> workers_;
    std::map<std::string, std::shared_ptr<DeliveryTarget>> targets_;
    std::map<std::string, RejectedReplayer> replayers_;

    boost::asio::steady_timer notifyTimer_;
    boost::asio::steady_timer pollTimer_;
    std::atomic<bool> started_{false};
    std::atomic<bool> processing_{false};
    int lockFd_ = -1;
    // Lag samples of the current minute per feed, for the per-minute percentiles.
    std::map<std::pair<std::string, Domain>, std::pair<std::int64_t, std::vector<std::int64_t>>>
        lagSamples_;
    // Since start, per feed; read by refreshSnapshot under lagMutex_.
    mutable std::mutex lagMutex_;
    std::map<std::pair<std::string, Domain>, LagHistogram> lagHistograms_;

    mutable std::mutex changesMutex_;
    ChangeSet pending_;
    bool dirty_ = true;
    std::uint64_t version_ = 0;
    std::map<std::uint64_t, Engine::Listener> listeners_;
    std::uint64_t nextListener_ = 1;
    std::shared_ptr<const FeedsSnapshot> snapshot_;
    std::atomic<bool> stopped_{false};

    // Prices, credit and the product master; declared last, so destroyed before what they use.
    void setUpPricing();
    void markPricingChanged();
    void scheduleCatalogPublish();
    std::unique_ptr<PricingDesk> pricing_;
    std::unique_ptr<ProductDesk> products_ = std::make_unique<ProductDesk>();
    boost::asio::steady_timer catalogTimer_;
    std::atomic<std::int64_t> catalogIntervalMs_{0};
};

template <typename R, typename F>
std::future<R> EngineImpl::query(F query) const
{
    auto promise = std::make_shared<std::promise<R>>();
    auto future = promise->get_future();
    auto *store = store_.get();
    boost::asio::post(io, [promise, store, query = std::move(query)]() mutable {
        try {
            promise->set_value(store->read(query));
        } catch (...) {
            promise->set_exception(std::current_exception());
        }
    });
    return future;
}

} // namespace syncline
