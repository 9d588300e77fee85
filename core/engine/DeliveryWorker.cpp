#include "engine/DeliveryWorker.h"

#include <boost/asio/post.hpp>

#include <algorithm>

namespace syncline {

namespace asio = boost::asio;

DeliveryWorker::DeliveryWorker(asio::io_context &io, store::Store &store, const Clock &clock,
                               std::shared_ptr<DeliveryTarget> target, RetryPolicy retry,
                               BreakerSettings breaker, Hooks hooks)
    : strand_(asio::make_strand(io))
    , wakeTimer_(strand_)
    , store_(store)
    , clock_(clock)
    , target_(std::move(target))
    , name_(target_->name())
    , retry_(retry)
    , breaker_(breaker)
    , hooks_(std::move(hooks))
{}

void DeliveryWorker::restore(const EndpointStatus &status)
{
    asio::post(strand_, [self = shared_from_this(), status] {
        self->breaker_.restore(status.breaker, static_cast<int>(status.consecutiveFailures),
                               status.openUntil.value_or(TimePoint{}));
        self->publishBreaker();
    });
}

void DeliveryWorker::kick()
{
    asio::post(strand_, [self = shared_from_this()] { self->pump(); });
}

void DeliveryWorker::stop()
{
    asio::post(strand_, [self = shared_from_this()] {
        self->stopped_ = true;
        self->wakeTimer_.cancel();
    });
}

void DeliveryWorker::pump()
{
    if (stopped_)
        return;
    if (inFlight_) {
        kickPending_ = true; // look again once the current batch is recorded
        return;
    }
    const TimePoint now = clock_.now();
    if (!breaker_.allowRequest(now)) {
        // Paused: nothing is claimed, so no retry is spent while the endpoint is down.
        return;
    }
    publishBreaker();
    inFlight_ = true;
    kickPending_ = false;
    const std::size_t limit =
        breaker_.probing() ? 1 : std::max<std::size_t>(1, target_->maxBatchSize());
    auto claimed = std::make_shared<std::vector<store::OutboxRow>>();
    store_.write([this, limit, claimed](store::Tx &tx) { *claimed = tx.claimDue(name_, limit); },
                 [self = shared_from_this(), claimed](std::exception_ptr error) {
                     asio::post(self->strand_, [self, claimed, error = std::move(error)] {
                         if (error || claimed->empty()) {
                             if (self->breaker_.probing())
                                 self->breaker_.onSuccess(); // nothing to probe with: stay usable
                             self->finishBatch(false);
                             return;
                         }
                         self->send(std::move(*claimed));
                     });
                 });
}

void DeliveryWorker::send(std::vector<store::OutboxRow> rows)
{
    std::vector<Delivery> batch;
    batch.reserve(rows.size());
    for (const auto &row : rows)
        batch.push_back(Delivery{row.id, row.target, row.eventId, row.idempotencyKey,
                                 row.connection, row.domain, row.type, row.correlationId,
                                 row.payload, static_cast<int>(row.attempts)});
    auto shared = std::make_shared<const std::vector<store::OutboxRow>>(std::move(rows));
    try {
        target_->deliver(std::move(batch), [self = shared_from_this(),
                                            shared](std::vector<DeliveryOutcome> outcomes) {
            asio::post(self->strand_, [self, shared, outcomes = std::move(outcomes)]() mutable {
                self->record(shared, std::move(outcomes));
            });
        });
    } catch (const std::exception &error) {
        record(shared,
               std::vector<DeliveryOutcome>(
                   shared->size(), DeliveryOutcome::failure(ErrorClass::Transient, error.what())));
    }
}

void DeliveryWorker::record(const std::shared_ptr<const std::vector<store::OutboxRow>> &rows,
                            std::vector<DeliveryOutcome> outcomes)
{
    const TimePoint now = clock_.now();
    if (outcomes.size() != rows->size())
        outcomes.assign(rows->size(),
                        DeliveryOutcome::failure(ErrorClass::Transient,
                                                 "the target answered for " +
                                                     std::to_string(outcomes.size()) + " of " +
                                                     std::to_string(rows->size()) + " deliveries"));

    const BreakerState before = breaker_.state();
    const int failuresBefore = breaker_.consecutiveFailures();
    bool anySuccess = false;
    for (const auto &outcome : outcomes) {
        if (outcome.ok) {
            anySuccess = true;
        } else {
            breaker_.onFailure(outcome.errorClass, now);
        }
    }
    if (anySuccess && breaker_.state() != BreakerState::Open)
        breaker_.onSuccess();
    const BreakerState after = breaker_.state();
    publishBreaker();

    struct Step {
        bool delivered;
        RetryDecision decision;
        bool countAttempt = true;
    };
    std::vector<Step> steps;
    steps.reserve(outcomes.size());
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const auto &outcome = outcomes[i];
        if (outcome.ok) {
            steps.push_back({true, {}});
            continue;
        }
        RetryDecision decision = retry_.decide(
            outcome.errorClass, static_cast<int>((*rows)[i].attempts), outcome.retryAfter, now);
        // A failure that leaves the breaker open is the endpoint being down, not a fault of the
        // record: the record waits for the next probe without spending an attempt. Otherwise
        // the probes of a long outage would use up the attempts of the record at the head of
        // the queue and park it as a dead letter, out of order and waiting for an operator.
        const bool outage =
            after == BreakerState::Open && (outcome.errorClass == ErrorClass::Transient ||
                                            outcome.errorClass == ErrorClass::RateLimited);
        if (outage)
            decision.retry = true;
        // While the breaker is open the row waits for the breaker, whatever its backoff says.
        if (decision.retry && after == BreakerState::Open && decision.at < breaker_.openUntil())
            decision.at = breaker_.openUntil();
        steps.push_back({false, std::move(decision), !outage});
    }

    EndpointStatus endpoint;
    endpoint.target = name_;
    endpoint.breaker = after;
    endpoint.consecutiveFailures = breaker_.consecutiveFailures();
    if (after == BreakerState::Open)
        endpoint.openUntil = breaker_.openUntil();
    for (const auto &outcome : outcomes)
        if (!outcome.ok)
            endpoint.lastError = outcome.message;
    const bool breakerChanged = before != after;
    const bool endpointChanged = breakerChanged || failuresBefore != breaker_.consecutiveFailures();

    // While the endpoint is healthy, the transaction that records this batch also claims the
    // next one: one commit per batch instead of two.
    const bool claimNext = after == BreakerState::Closed && !stopped_;
    const std::size_t nextLimit = std::max<std::size_t>(1, target_->maxBatchSize());
    auto next = std::make_shared<std::vector<store::OutboxRow>>();
    store_.write(
        [rows, outcomes, steps, endpoint, breakerChanged, endpointChanged, before,
         delivered = hooks_.delivered, claimNext, nextLimit, next, name = name_](store::Tx &tx) {
            const bool allDelivered = std::all_of(steps.begin(), steps.end(),
                                                  [](const auto &step) { return step.delivered; });
            if (allDelivered && !rows->empty())
                tx.markBatchDelivered(name, rows->front().id, rows->back().id);
            for (std::size_t i = 0; i < rows->size(); ++i) {
                const auto &row = (*rows)[i];
                const auto &outcome = outcomes[i];
                store::FeedDelta delta;
                if (steps[i].delivered) {
                    if (!allDelivered)
                        tx.markDelivered(row.id);
                    if (delivered)
                        delivered(tx, row);
                    delta.lastSuccess = tx.now();
                } else if (steps[i].decision.retry) {
                    tx.scheduleRetry(row.id, steps[i].decision.at,
                                     std::string(toString(outcome.errorClass)) + ": " +
                                         outcome.message,
                                     steps[i].countAttempt);
                    delta.retried = 1;
                } else {
                    const std::string error = outcome.message + " (" + steps[i].decision.why + ")";
                    tx.markOutboxDead(row.id, error);
                    DeadLetter letter;
                    letter.eventId = row.eventId;
                    letter.connection = row.connection;
                    letter.domain = row.domain;
                    letter.type = row.type;
                    letter.correlationId = row.correlationId;
                    letter.stage = Stage::Deliver;
                    letter.errorClass = outcome.errorClass;
                    letter.error = error;
                    letter.target = row.target;
                    letter.outboxId = row.id;
                    letter.attempts = row.attempts;
                    const auto id = tx.parkDeadLetter(letter);
                    tx.appendAudit({Actor{}, "dead_letter.park", "dead_letter", std::to_string(id),
                                    "", row.target + " refused " + row.correlationId, error});
                }
                tx.countFeed(row.connection, row.domain, delta);
            }
            if (endpointChanged)
                tx.saveEndpoint(endpoint);
            if (breakerChanged)
                tx.appendAudit({Actor{}, "breaker." + std::string(toString(endpoint.breaker)),
                                "endpoint", endpoint.target, std::string(toString(before)),
                                std::string(toString(endpoint.breaker)), endpoint.lastError});
            if (claimNext)
                *next = tx.claimDue(name, nextLimit);
        },
        [self = shared_from_this(), next,
         full = rows->size() >= target_->maxBatchSize()](std::exception_ptr error) {
            asio::post(self->strand_, [self, next, full, error = std::move(error)] {
                if (error || next->empty() || self->stopped_) {
                    // Rows claimed but not sent go back to the queue at the next start.
                    self->finishBatch(full && !error);
                    return;
                }
                if (self->hooks_.changed)
                    self->hooks_.changed();
                self->send(std::move(*next));
            });
        });
}

void DeliveryWorker::publishBreaker()
{
    pausedUntilMs_ = breaker_.state() == BreakerState::Open ? toEpochMs(breaker_.openUntil()) : 0;
}

void DeliveryWorker::finishBatch(bool fullBatch)
{
    inFlight_ = false;
    if (hooks_.changed)
        hooks_.changed();
    if (stopped_)
        return;
    if (fullBatch || kickPending_) {
        pump();
        return;
    }
    if (breaker_.state() == BreakerState::Open) {
        // Wake up for the half-open probe without waiting for the next poll tick.
        const auto wait = breaker_.openUntil() - clock_.now();
        wakeTimer_.expires_after(
            std::chrono::milliseconds(std::max<std::int64_t>(wait.count(), 0)));
        wakeTimer_.async_wait([self = shared_from_this()](boost::system::error_code ec) {
            if (!ec)
                self->pump();
        });
    }
}

} // namespace syncline
