#include "util/Clock.h"

namespace syncline {

TimePoint SystemClock::now() const
{
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(TimePoint start)
    : now_(start)
{}

TimePoint ManualClock::now() const
{
    std::lock_guard lock(mutex_);
    return now_;
}

void ManualClock::set(TimePoint t)
{
    std::lock_guard lock(mutex_);
    now_ = t;
}

void ManualClock::advance(Millis delta)
{
    std::lock_guard lock(mutex_);
    now_ += delta;
}

DefaultRandomSource::DefaultRandomSource()
    : engine_(std::random_device{}())
{}

std::int64_t DefaultRandomSource::uniform(std::int64_t upperInclusive)
{
    if (upperInclusive <= 0)
        return 0;
    std::uniform_int_distribution<std::int64_t> distribution(0, upperInclusive);
    std::lock_guard lock(mutex_);
    return distribution(engine_);
}

} // namespace syncline
