#pragma once

#include "engine/CircuitBreaker.h"
#include "engine/RetryPolicy.h"
#include "model/Delivery.h"
#include "store/Store.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <functional>
#include <memory>

namespace syncline {

// Sends one target's outbox: claims due rows in batches of the target's size, hands them to the
// target, and records each outcome (delivered, retry at, or dead letter) in one transaction.
// One batch is in flight per target at a time, so a target sees its queue in order. All state
// lives on the worker's strand.
class DeliveryWorker : public std::enable_shared_from_this<DeliveryWorker> {
public:
    struct Hooks {
        std::function<void()> changed; // a batch was recorded: counters and queues moved
        // In the transaction that records a successful delivery (the order desk posts orders).
        std::function<void(store::Tx &, const store::OutboxRow &)> delivered;
    };

    DeliveryWorker(boost::asio::io_context &io, store::Store &store, const Clock &clock,
                   std::shared_ptr<DeliveryTarget> target, RetryPolicy retry,
                   BreakerSettings breaker, Hooks hooks);

    void restore(const EndpointStatus &status);
    // Looks for due rows now (after new rows were queued, or on the poll tick).
    void kick();
    void stop();
    // True while a batch is being claimed, sent or recorded.
    bool idle() const { return !inFlight_.load(); }
    // While the breaker is open: when the next probe may go (epoch ms); 0 when closed.
    std::int64_t pausedUntil() const { return pausedUntilMs_.load(); }
    const std::string &name() const { return name_; }

private:
    void pump();
    void send(std::vector<store::OutboxRow> rows);
    void record(const std::shared_ptr<const std::vector<store::OutboxRow>> &rows,
                std::vector<DeliveryOutcome> outcomes);
    void finishBatch(bool fullBatch);
    void publishBreaker();

    boost::asio::strand<boost::asio::io_context::executor_type> strand_;
    boost::asio::steady_timer wakeTimer_;
    store::Store &store_;
    const Clock &clock_;
    std::shared_ptr<DeliveryTarget> target_;
    std::string name_;
    RetryPolicy retry_;
    CircuitBreaker breaker_;
    Hooks hooks_;
    std::atomic<bool> inFlight_{false};
    std::atomic<std::int64_t> pausedUntilMs_{0};
    bool stopped_ = false;
    bool kickPending_ = false;
};

} // namespace syncline
