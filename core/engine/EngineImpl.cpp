#include "engine/EngineImpl.h"

#include "engine/FeedClassifier.h"
#include "model/Json.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace syncline {

namespace asio = boost::asio;

class EngineInbound final : public InboundSink {
public:
    explicit EngineInbound(EngineImpl &impl)
        : impl_(impl)
    {}
    void ingest(Event event, std::function<void(IngestResult)> done) override
    {
        impl_.ingest(std::move(event), std::move(done));
    }
    void recordRejected(RejectedInput input, std::function<void(std::int64_t)> done) override
    {
        impl_.recordRejected(std::move(input), std::move(done));
    }

private:
    EngineImpl &impl_;
};

namespace {

constexpr int PipelineBatch = 512;
constexpr std::size_t LagSamplesPerMinute = 2048;

std::int64_t percentile(std::vector<std::int64_t> samples, double p)
{
    if (samples.empty())
        return 0;
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1));
    std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(index),
                     samples.end());
    return samples[index];
}

std::string missingEnvelopeField(const Event &event)
{
    if (event.idempotencyKey.empty())
        return "idempotency_key";
    if (event.sourceSystem.empty())
        return "source_system";
    if (event.connection.empty())
        return "connection";
    if (event.type.empty())
        return "type";
    if (event.correlationId.empty())
        return "correlation_id";
    return {};
}

} // namespace

EngineImpl::EngineImpl(EngineOptions engineOptions)
    : options(std::move(engineOptions))
    , clock(options.clock ? *options.clock : SystemClock::instance())
    , ownRandom_(options.random ? nullptr : std::make_unique<DefaultRandomSource>())
    , random_(options.random ? *options.random : *ownRandom_)
    , work_(asio::make_work_guard(io))
    , pipelineStrand_(asio::make_strand(io))
    , notifyTimer_(io)
    , pollTimer_(io)
    , catalogTimer_(io)
{
    store_ = std::make_unique<store::Store>(
        options.dataDirectory, clock,
        [this](std::function<void()> completion) { asio::post(io, std::move(completion)); });
    inbound_ = std::make_unique<EngineInbound>(*this);
    // Targets operators set outlast a restart.
    for (auto &target : store_->read([](store::Reader &r) { return r.sloTargets(); }))
        orders_->setSloTarget(std::move(target));
    setUpPricing();
    inventory_ = std::make_unique<InventoryDesk>(clock, [this](const std::string &target) {
        std::lock_guard lock(targetsMutex_);
        const auto it = targets_.find(target);
        return it == targets_.end() ? std::size_t(1) : it->second->maxBatchSize();
    });
    const int threads = std::max(1, options.ioThreads);
    for (int i = 0; i < threads; ++i)
        threads_.emplace_back([this] { io.run(); });
    refreshSnapshot();
    scheduleNotify();
}

EngineImpl::~EngineImpl()
{
    shutdown();
}

InboundSink &EngineImpl::inbound()
{
    return *inbound_;
}

void EngineImpl::start()
{
    if (started_)
        return;
    started_ = true;
    loadInventory();
    const auto lockFile = options.dataDirectory / "engine.lock";
    lockFd_ = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd_ < 0 || ::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
        // Another process processes this directory: ingest and queries only.
        return;
    }
    processing_ = true;
    // Rows that were in flight when the process stopped go back to the queue; the targets
    // recognise repeats by their idempotency keys.
    std::promise<void> reset;
    store_->write([](store::Tx &tx) { tx.resetInflight(); },
                  [&reset](const std::exception_ptr &) { reset.set_value(); });
    reset.get_future().wait();
    restoreEndpoints();
    kickPipeline(true);
    schedulePoll();
}

void EngineImpl::shutdown()
{
    if (stopped_.exchange(true))
        return;
    {
        std::lock_guard lock(targetsMutex_);
        for (auto &[name, worker] : workers_)
            worker->stop();
    }
    asio::post(io, [this] {
        notifyTimer_.cancel();
        pollTimer_.cancel();
        catalogTimer_.cancel();
    });
    store_->stop(); // writes everything already submitted; its completions are posted to io
    if (lockFd_ >= 0)
        ::close(lockFd_); // releases the processing lock
    work_.reset();
    io.stop();
    for (auto &thread : threads_)
        if (thread.joinable())
            thread.join();
    // Completions that were posted but not run still owe their callers an answer.
    io.restart();
    io.poll();
}

void EngineImpl::ingest(Event event, std::function<void(IngestResult)> done)
{
    completeEnvelope(event, clock.now());
    if (const auto missing = missingEnvelopeField(event); !missing.empty()) {
        RejectedInput input;
        input.channel = "ingest";
        input.connection = event.connection;
        input.path = event.type;
        input.reason = "event envelope: " + missing + " is required";
        input.body = serialize(eventToJson(event));
        input.bodySize = static_cast<std::int64_t>(input.body.size());
        const std::string reason = input.reason;
        recordRejected(std::move(input), {});
        if (done)
            done(IngestResult{IngestResult::Status::Rejected, event.eventId, reason});
        return;
    }
    auto status = std::make_shared<IngestResult>();
    status->eventId = event.eventId;
    ++ingestsInFlight_;
    store_->write(
        [event = std::move(event), status](store::Tx &tx) {
            std::string original;
            status->status = tx.insertEvent(event, original);
            if (status->status == IngestResult::Status::Duplicate) {
                status->message = "duplicate of event " + original;
                status->eventId = original;
            } else if (status->status == IngestResult::Status::Superseded) {
                status->message = "a newer version of " + event.entityKey + " was already received";
            }
        },
        [this, status, done = std::move(done)](const std::exception_ptr &error) {
            if (error) {
                status->status = IngestResult::Status::Failed;
                try {
                    std::rethrow_exception(error);
                } catch (const std::exception &e) {
                    status->message = std::string("not stored: ") + e.what();
                }
            } else {
                markChanged(true, false, false, false, false, 1);
                if (status->status == IngestResult::Status::Accepted && processing_)
                    kickPipeline(false);
            }
            --ingestsInFlight_;
            if (done)
                done(*status);
        });
}

void EngineImpl::recordRejected(RejectedInput input, std::function<void(std::int64_t)> done)
{
    if (input.at == TimePoint{})
        input.at = clock.now();
    auto id = std::make_shared<std::int64_t>(0);
    store_->write([input = std::move(input), id](store::Tx &tx) { *id = tx.insertRejected(input); },
                  [this, id, done = std::move(done)](const std::exception_ptr &) {
                      markChanged(false, false, false, false, true);
                      if (done)
                          done(*id);
                  });
}

void EngineImpl::addTarget(std::shared_ptr<DeliveryTarget> target)
{
    const std::string targetName = target->name();
    auto worker = std::make_shared<DeliveryWorker>(
        io, *store_, clock, target, RetryPolicy(options.retry, random_), options.breaker,
        DeliveryWorker::Hooks{[this] {
                                  markChanged(true, true, true, true, false);
                                  if (inventory_->takeChanged())
                                      markInventoryChanged();
                              },
                              [desk = orders_.get(), inventory = inventory_.get()](
                                  store::Tx &tx, const store::OutboxRow &row) {
                                  desk->delivered(tx, row);
                                  inventory->delivered(tx, row);
                              }});
    std::set<std::string> names;
    {
        std::lock_guard lock(targetsMutex_);
        workers_[targetName] = worker;
        targets_[targetName] = std::move(target);
        for (const auto &[name, w] : workers_)
            names.insert(name);
    }
    pipeline_.setKnownTargets(std::move(names));
    const auto persisted = store_->read([](store::Reader &r) { return r.endpoints(); });
    for (const auto &endpoint : persisted)
        if (endpoint.target == targetName)
            worker->restore(endpoint);
    if (processing_ && options.startDelivery)
        worker->kick();
}

void EngineImpl::addRoute(Route route)
{
    if (route.domain == Domain::Product)
        products_->addChannel(route.target);
    pipeline_.addRoute(std::move(route));
}

void EngineImpl::addValidator(Domain domain, Validator validator)
{
    pipeline_.addValidator(domain, std::move(validator));
}

void EngineImpl::setRejectedReplayer(std::string channel, RejectedReplayer replayer)
{
    std::lock_guard lock(targetsMutex_);
    replayers_[std::move(channel)] = std::move(replayer);
}

void EngineImpl::restoreEndpoints()
{
    const auto persisted = store_->read([](store::Reader &r) { return r.endpoints(); });
    std::lock_guard lock(targetsMutex_);
    for (const auto &endpoint : persisted)
        if (auto it = workers_.find(endpoint.target); it != workers_.end())
            it->second->restore(endpoint);
}

void EngineImpl::kickPipeline(bool rescan)
{
    // Every committed event kicks the pipeline; one pending kick covers them all.
    if (!rescan && pipelineKickPending_.exchange(true))
        return;
    asio::post(pipelineStrand_, [this, rescan] {
        if (!rescan)
            pipelineKickPending_ = false;
        if (rescan)
            pipelineCursor_ = 0;
        if (pipelineRunning_) {
            pipelineAgain_ = true;
            return;
        }
        runPipeline();
    });
}

void EngineImpl::runPipeline()
{
    if (stopped_ || !processing_)
        return;
    pipelineRunning_ = true;
    pipelineIdle_ = false;
    pipelineAgain_ = false;
    const std::int64_t cursor = pipelineCursor_;
    auto batch = store_->read([cursor](store::Reader &r) {
        return r.eventsWithStatus("received", cursor, PipelineBatch);
    });
    if (batch.empty()) {
        pipelineRunning_ = false;
        if (pipelineAgain_) {
            runPipeline();
            return;
        }
        pipelineIdle_ = true;
        return;
    }

    struct Outcome {
        store::StoredEvent stored;
        PipelineResult result;
    };
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    outcomes->reserve(batch.size());
    for (auto &stored : batch) {
        PipelineResult result = OrderDesk::isAcknowledgement(stored.event)
                                    ? OrderDesk::passThrough(stored.event)
                                    : pipeline_.process(stored.event, stored.stage);
        outcomes->push_back({std::move(stored), std::move(result)});
    }
    pipelineCursor_ = outcomes->back().stored.seq;
    {
        // ERP prices and credit are asked for here, before the transaction (PricingDesk.h).
        std::vector<std::string> orderPayloads;
        for (const auto &o : *outcomes)
            if (o.stored.event.domain == Domain::Order && !o.result.failure &&
                !OrderDesk::isAcknowledgement(o.stored.event))
                orderPayloads.push_back(o.result.canonicalPayload);
        if (!orderPayloads.empty())
            pricing_->prepare(orderPayloads, orders_->policy());
        if (!orderPayloads.empty() ||
            std::any_of(outcomes->begin(), outcomes->end(),
                        [](const Outcome &o) { return o.stored.event.domain == Domain::Pricing; }))
            markPricingChanged();
    }

    // Lag percentiles of the current minute, per feed.
    const TimePoint now = clock.now();
    const std::int64_t minute = toEpochMs(now) / 60'000 * 60'000;
    std::map<std::pair<std::string, Domain>, std::array<std::int64_t, 3>> lags;
    std::lock_guard lagLock(lagMutex_);
    for (const auto &o : *outcomes) {
        const auto key = std::make_pair(o.stored.event.connection, o.stored.event.domain);
        auto &[sampleMinute, samples] = lagSamples_[key];
        if (sampleMinute != minute) {
            sampleMinute = minute;
            samples.clear();
        }
        const std::int64_t lag =
            std::max<std::int64_t>(0, (now - o.stored.event.occurredAt).count());
        lagHistograms_[key].observe(static_cast<double>(lag) / 1000.0);
        if (samples.size() < LagSamplesPerMinute)
            samples.push_back(lag);
        else
            samples[static_cast<std::size_t>(random_.uniform(LagSamplesPerMinute - 1))] = lag;
        lags[key] = {};
    }
    for (auto &[key, values] : lags) {
        const auto &samples = lagSamples_[key].second;
        values = {percentile(samples, 0.50), percentile(samples, 0.95), percentile(samples, 0.99)};
    }

    auto touchedTargets = std::make_shared<std::vector<std::string>>();
    auto requeued = std::make_shared<bool>(false);
    store_->write(
        [outcomes, lags, now, touchedTargets, requeued, desk = orders_.get(),
         pricing = pricing_.get(), products = products_.get(),
         inventory = inventory_.get()](store::Tx &tx) {
            for (const auto &[stored, result] : *outcomes) {
                const Event &e = stored.event;
                std::optional<StageFailure> failure = result.failure;
                // Positions move forward only, so admitting an event twice changes nothing.
                if (!failure && e.domain == Domain::Inventory)
                    if (auto error =
                            inventory->admit(tx, e, result.canonicalPayload, *desk, *requeued))
                        failure = StageFailure{Stage::Validate, ErrorClass::Data, *error};
                if (!failure && (e.domain == Domain::Order || e.domain == Domain::Product)) {
                    // The order desk acts only on an event still waiting (processing is
                    // idempotent: a rescan may race a resubmit, or a crash come between steps).
                    const auto current = tx.eventStatus(e.eventId);
                    if (current != "received")
                        continue;
                    auto admission = desk->admit(tx, stored, result, *requeued);
                    if (admission.held)
                        continue; // waits for its holds: neither routed nor a dead letter
                    failure = std::move(admission.failure);
                }
                std::optional<model::Product> product;
                // Product events routed to channels are the ERP's product master (a storefront's
                // own product events are not sent back to the storefronts).
                if (!failure && (e.domain == Domain::Pricing ||
                                 (e.domain == Domain::Product && !result.targets.empty()))) {
                    try {
                        if (e.domain == Domain::Pricing)
                            pricing->absorb(tx, e, result.canonicalPayload, *requeued);
                        else
                            product = products->absorb(tx, result.canonicalPayload);
                    } catch (const std::exception &error) {
                        failure = StageFailure{Stage::Validate, ErrorClass::Data, error.what()};
                    }
                }
                if (failure) {
                    if (!tx.failProcessing(e.eventId, failure->stage))
                        continue;
                    DeadLetter letter;
                    letter.eventId = e.eventId;
                    letter.connection = e.connection;
                    letter.domain = e.domain;
                    letter.type = e.type;
                    letter.correlationId = e.correlationId;
                    letter.stage = failure->stage;
                    letter.errorClass = failure->errorClass;
                    letter.error = failure->message;
                    const auto id = tx.parkDeadLetter(letter);
                    tx.appendAudit({Actor{}, "dead_letter.park", "dead_letter", std::to_string(id),
                                    "",
                                    std::string(toString(letter.stage)) + ": " + e.correlationId,
                                    letter.error});
                    continue;
                }
                const bool normalised = result.canonicalPayload != e.payload;
                if (!tx.completeProcessing(e.eventId, normalised
                                                          ? std::optional(result.canonicalPayload)
                                                          : std::nullopt))
                    continue;
                for (const auto &target : result.targets) {
                    store::OutboxRow row;
                    row.eventId = e.eventId;
                    row.target = target;
                    row.idempotencyKey = e.idempotencyKey + "->" + target;
                    row.connection = e.connection;
                    row.domain = e.domain;
                    row.type = e.type;
                    row.correlationId = e.correlationId;
                    row.payload = result.canonicalPayload;
                    row.nextAttemptAt = now;
                    if (product) {
                        // A channel receives only what changed there, and only ERP-owned fields.
                        auto delta = products->deltaFor(tx, target, *product);
                        if (!delta)
                            continue;
                        row.payload = std::move(*delta);
                    }
                    if (tx.enqueueOutbox(row))
                        touchedTargets->push_back(target);
                }
                desk->completed(tx, e);
                store::FeedDelta delta;
                delta.processed = 1;
                delta.lastSuccess = now;
                tx.countFeed(e.connection, e.domain, delta);
            }
            for (const auto &[key, values] : lags)
                tx.setMinuteLag(key.first, key.second, now, values[0], values[1], values[2]);
        },
        [this, touchedTargets, requeued](const std::exception_ptr &) {
            if (*requeued)
                kickPipeline(true);
            std::sort(touchedTargets->begin(), touchedTargets->end());
            touchedTargets->erase(std::unique(touchedTargets->begin(), touchedTargets->end()),
                                  touchedTargets->end());
            kickTargets(*touchedTargets);
            markChanged(true, true, true, true, false);
            if (inventory_->takeChanged())
                markInventoryChanged();
            asio::post(pipelineStrand_, [this] { runPipeline(); });
        });
}

void EngineImpl::kickTargets(const std::vector<std::string> &targets)
{
    if (!options.startDelivery || !processing_)
        return;
    std::lock_guard lock(targetsMutex_);
    for (const auto &name : targets)
        if (auto it = workers_.find(name); it != workers_.end())
            it->second->kick();
}

void EngineImpl::kickAllTargets()
{
    std::vector<std::string> names;
    {
        std::lock_guard lock(targetsMutex_);
        for (const auto &[name, worker] : workers_)
            names.push_back(name);
    }
    kickTargets(names);
}

void EngineImpl::schedulePoll()
{
    pollTimer_.expires_after(options.outboxPollInterval);
    pollTimer_.async_wait([this](boost::system::error_code ec) {
        if (ec || stopped_)
            return;
        // From the start: another process (an admin command) may have put events in the inbox
        // or sent older ones back to it (a hold approved from `synclined hold`).
        kickPipeline(true);
        kickAllTargets();
        inventoryTick();
        schedulePoll();
    });
}

void EngineImpl::markChanged(bool feedsChanged, bool deadLetters, bool audit, bool outbox,
                             bool rejected, std::int64_t events)
{
    std::lock_guard lock(changesMutex_);
    dirty_ = true;
    pending_.feeds |= feedsChanged;
    pending_.deadLetters |= deadLetters;
    pending_.audit |= audit;
    pending_.outbox |= outbox;
    pending_.rejected |= rejected;
    pending_.eventsCommitted += events;
}

void EngineImpl::scheduleNotify()
{
    notifyTimer_.expires_after(options.notifyInterval);
    notifyTimer_.async_wait([this](boost::system::error_code ec) {
        if (ec || stopped_)
            return;
        refreshSnapshot();
        scheduleNotify();
    });
}

void EngineImpl::refreshSnapshot()
{
    ChangeSet changes;
    std::vector<Engine::Listener> listeners;
    {
        std::lock_guard lock(changesMutex_);
        if (!dirty_)
            return;
        dirty_ = false;
        changes = pending_;
        pending_ = ChangeSet{};
        changes.version = ++version_;
        for (const auto &[id, listener] : listeners_)
            listeners.push_back(listener);
    }
    auto snapshot = std::make_shared<FeedsSnapshot>();
    snapshot->takenAt = clock.now();
    snapshot->version = changes.version;
    store_->read([&snapshot](store::Reader &r) {
        snapshot->feeds = r.feedCounters();
        snapshot->endpoints = r.endpoints();
        const auto depths = r.queueDepths();
        const auto parked = r.parkedDeadLetters();
        for (auto &feed : snapshot->feeds) {
            const auto key = std::make_pair(feed.connection, feed.domain);
            if (auto it = depths.find(key); it != depths.end())
                feed.queueDepth = it->second;
            if (auto it = parked.find(key); it != parked.end())
                feed.deadLettered = it->second;
            classifyFeed(feed);
        }
        return 0;
    });
    {
        std::lock_guard lock(targetsMutex_);
        for (const auto &[name, worker] : workers_) {
            // Captured through a reference of its own: clang (before 16) refuses to capture a
            // structured binding.
            const std::string &workerName = name;
            const bool listed = std::any_of(
                snapshot->endpoints.begin(), snapshot->endpoints.end(),
                [&workerName](const EndpointStatus &e) { return e.target == workerName; });
            if (!listed)
                snapshot->endpoints.push_back(
                    EndpointStatus{name, BreakerState::Closed, 0, 0, {}, {}});
        }
    }
    for (auto &feed : snapshot->feeds) {
        std::vector<const EndpointStatus *> paused;
        for (const auto &endpoint : snapshot->endpoints)
            if (endpoint.breaker == BreakerState::Open &&
                pipeline_.routesTo(feed.connection, feed.domain, endpoint.target))
                paused.push_back(&endpoint);
        flagPausedTargets(feed, paused);
    }
    {
        std::lock_guard lock(lagMutex_);
        for (auto &feed : snapshot->feeds)
            if (auto it = lagHistograms_.find({feed.connection, feed.domain});
                it != lagHistograms_.end())
                feed.lag = it->second;
    }
    {
        std::lock_guard lock(changesMutex_);
        snapshot_ = snapshot;
    }
    for (const auto &listener : listeners)
        listener(changes);
}

std::shared_ptr<const FeedsSnapshot> EngineImpl::feeds() const
{
    std::lock_guard lock(changesMutex_);
    return snapshot_;
}

std::uint64_t EngineImpl::subscribe(Engine::Listener listener)
{
    std::lock_guard lock(changesMutex_);
    const auto id = nextListener_++;
    listeners_[id] = std::move(listener);
    return id;
}

void EngineImpl::unsubscribe(std::uint64_t id)
{
    std::lock_guard lock(changesMutex_);
    listeners_.erase(id);
}

bool EngineImpl::idle()
{
    if (!processing_)
        return true; // nothing to wait for here: the processing engine is another process
    if (ingestsInFlight_ > 0 || !pipelineIdle_)
        return false;
    const TimePoint now = clock.now();
    std::set<std::string> paused;
    {
        std::lock_guard lock(targetsMutex_);
        for (const auto &[name, worker] : workers_) {
            if (!worker->idle())
                return false;
            if (worker->pausedUntil() > toEpochMs(now))
                paused.insert(name);
        }
    }
    if (inventoryFlushing_)
        return false;
    if (inventory_->publishDue(now)) {
        flushInventory();
        return false;
    }
    const auto [received, due] = store_->read([now](store::Reader &r) {
        return std::make_pair(r.eventsWithStatus("received", 0, 1).size(), r.outboxTargetsDue(now));
    });
    if (received > 0) {
        kickPipeline(true);
        return false;
    }
    std::vector<std::string> waiting;
    {
        std::lock_guard lock(targetsMutex_);
        for (const auto &target : due)
            // Rows behind an open breaker are expected to wait; so are rows for targets that
            // are not configured (yet).
            if (!paused.contains(target) && workers_.contains(target) && options.startDelivery)
                waiting.push_back(target);
    }
    if (!waiting.empty()) {
        kickTargets(waiting);
        return false;
    }
    return true;
}

namespace {

// Polls until the engine is idle, then fulfils its promise. The pending timer handler holds
// the only reference, so a finished drainer frees itself.
class Drainer : public std::enable_shared_from_this<Drainer> {
public:
    Drainer(asio::io_context &io, std::function<bool()> idle, std::function<void()> finish)
        : timer_(io)
        , idle_(std::move(idle))
        , finish_(std::move(finish))
    {}
    std::future<void> future() { return promise_.get_future(); }
    void check()
    {
        if (idle_()) {
            finish_();
            promise_.set_value();
            return;
        }
        timer_.expires_after(std::chrono::milliseconds(5));
        timer_.async_wait(
            [self = shared_from_this()](boost::system::error_code) { self->check(); });
    }

private:
    asio::steady_timer timer_;
    std::function<bool()> idle_;
    std::function<void()> finish_;
    std::promise<void> promise_;
};

} // namespace

std::future<void> EngineImpl::drain()
{
    auto drainer = std::make_shared<Drainer>(
        io, [this] { return stopped_ || idle(); },
        [this] {
            // The snapshot reflects the drained state before the caller looks at it.
            markChanged(true, true, true, true, true);
            refreshSnapshot();
        });
    auto future = drainer->future();
    asio::post(io, [drainer] { drainer->check(); });
    return future;
}

} // namespace syncline
