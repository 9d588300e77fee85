#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace syncline {

// All engine times are milliseconds since the Unix epoch (UTC): they are stored as integers and
// compared across processes, so a single resolution keeps them exact.
using TimePoint = std::chrono::time_point<std::chrono::system_clock, std::chrono::milliseconds>;
using Millis = std::chrono::milliseconds;

inline std::int64_t toEpochMs(TimePoint t)
{
    return t.time_since_epoch().count();
}
inline TimePoint fromEpochMs(std::int64_t ms)
{
    return TimePoint(Millis(ms));
}

// Time source for every decision that depends on "now" (retry schedules, breakers, staleness).
// Tests inject a ManualClock so that time-dependent behaviour is asserted without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override;
    static const SystemClock &instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start = fromEpochMs(1'700'000'000'000));
    TimePoint now() const override;
    void set(TimePoint t);
    void advance(Millis delta);

private:
    mutable std::mutex mutex_;
    TimePoint now_;
};

// Source of randomness for jitter; injectable so that tests can check bounds deterministically.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    // Uniform integer in [0, upperInclusive].
    virtual std::int64_t uniform(std::int64_t upperInclusive) = 0;
};

class DefaultRandomSource final : public RandomSource {
public:
    DefaultRandomSource();
    std::int64_t uniform(std::int64_t upperInclusive) override;

private:
    std::mutex mutex_;
    std::mt19937_64 engine_;
};

} // namespace syncline
