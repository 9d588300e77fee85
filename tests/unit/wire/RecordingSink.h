#pragma once

#include "model/Inbound.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <vector>

// The sink the engine will be: records what it is given and answers as the test says, at once
// or when the test releases the held answers.
namespace syncline {

class RecordingSink final : public InboundSink {
public:
    enum class Mode { Answer, Hold, Throw };

    void ingest(Event event, std::function<void(IngestResult)> done) override
    {
        std::unique_lock lock(mutex_);
        events_.push_back(event);
        changed_.notify_all();
        if (mode_ == Mode::Throw)
            throw std::runtime_error("database is locked");
        if (mode_ == Mode::Hold) {
            held_.push_back(std::move(done));
            return;
        }
        const auto answer = answer_;
        lock.unlock();
        done(IngestResult{answer.status, event.eventId, answer.message});
    }

    void recordRejected(RejectedInput input, std::function<void(std::int64_t)> done) override
    {
        std::unique_lock lock(mutex_);
        input.id = static_cast<std::int64_t>(rejected_.size()) + 1;
        rejected_.push_back(input);
        changed_.notify_all();
        lock.unlock();
        if (done)
            done(input.id);
    }

    void setMode(Mode mode, IngestResult::Status status = IngestResult::Status::Accepted,
                 std::string message = {})
    {
        std::lock_guard lock(mutex_);
        mode_ = mode;
        answer_ = {status, {}, std::move(message)};
    }

    // Answers every held ingest; returns how many there were.
    std::size_t release(IngestResult::Status status)
    {
        std::deque<std::function<void(IngestResult)>> held;
        {
            std::lock_guard lock(mutex_);
            held.swap(held_);
        }
        for (auto &done : held)
            done(IngestResult{status, {}, {}});
        return held.size();
    }

    bool waitForEvents(std::size_t count)
    {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, std::chrono::seconds(10),
                                 [&] { return events_.size() >= count; });
    }

    bool waitForRejected(std::size_t count)
    {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, std::chrono::seconds(10),
                                 [&] { return rejected_.size() >= count; });
    }

    std::vector<Event> events() const
    {
        std::lock_guard lock(mutex_);
        return events_;
    }

    std::vector<RejectedInput> rejected() const
    {
        std::lock_guard lock(mutex_);
        return rejected_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    Mode mode_ = Mode::Answer;
    IngestResult answer_{IngestResult::Status::Accepted, {}, {}};
    std::vector<Event> events_;
    std::vector<RejectedInput> rejected_;
    std::deque<std::function<void(IngestResult)>> held_;
};

} // namespace syncline
