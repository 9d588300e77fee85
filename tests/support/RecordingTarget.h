#pragma once

#include "model/Delivery.h"

#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace syncline::testing {

// A delivery target that records what it receives and fails on demand. Like a real target it
// recognises repeated idempotency keys: a repeat is answered with success but not applied twice.
class RecordingTarget final : public DeliveryTarget {
public:
    explicit RecordingTarget(std::string name, std::size_t maxBatch = 1)
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
            ++calls_;
            for (const auto &d : batch) {
                attempts_.push_back(d);
                if (failWith_) {
                    outcomes.push_back(DeliveryOutcome::failure(*failWith_, "injected failure"));
                    continue;
                }
                if (applied_.insert(d.idempotencyKey).second)
                    effects_.push_back(d);
                else
                    ++repeats_;
                outcomes.push_back(DeliveryOutcome::success());
            }
        }
        done(std::move(outcomes));
    }

    void failWith(std::optional<ErrorClass> errorClass)
    {
        std::lock_guard lock(mutex_);
        failWith_ = errorClass;
    }
    std::vector<Delivery> effects() const
    {
        std::lock_guard lock(mutex_);
        return effects_;
    }
    std::size_t attempts() const
    {
        std::lock_guard lock(mutex_);
        return attempts_.size();
    }
    int repeats() const
    {
        std::lock_guard lock(mutex_);
        return repeats_;
    }
    int calls() const
    {
        std::lock_guard lock(mutex_);
        return calls_;
    }

private:
    std::string name_;
    std::size_t maxBatch_;
    mutable std::mutex mutex_;
    std::optional<ErrorClass> failWith_;
    std::set<std::string> applied_;
    std::vector<Delivery> effects_;
    std::vector<Delivery> attempts_;
    int repeats_ = 0;
    int calls_ = 0;
};

} // namespace syncline::testing
