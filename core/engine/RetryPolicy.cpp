#include "engine/RetryPolicy.h"

#include <algorithm>

namespace syncline {

RetryPolicy::RetryPolicy(RetryLimits limits, RandomSource &random)
    : limits_(limits)
    , random_(random)
{}

Millis RetryPolicy::ceiling(int attempts) const
{
    // base * 2^(attempts-1), doubled only until the cap is reached so it can never overflow.
    auto delay = limits_.base.count();
    for (int i = 1; i < attempts && delay < limits_.cap.count(); ++i)
        delay *= 2;
    return std::min(limits_.cap, Millis(delay));
}

RetryDecision RetryPolicy::decide(ErrorClass errorClass, int attempts,
                                  std::optional<Millis> retryAfter, TimePoint now) const
{
    switch (errorClass) {
    case ErrorClass::Data:
        return {false, now, "data error: not retried until the record is fixed"};
    case ErrorClass::Auth:
        return {false, now, "authentication refused: not retried until credentials are fixed"};
    case ErrorClass::RateLimited:
        if (attempts >= limits_.rateLimitedMaxAttempts)
            return {false, now,
                    "still rate limited after " + std::to_string(attempts) + " attempts"};
        if (retryAfter)
            return {true, now + *retryAfter, "rate limited: waiting what the server asked"};
        break;
    case ErrorClass::Transient:
        if (attempts >= limits_.transientMaxAttempts)
            return {false, now, "gave up after " + std::to_string(attempts) + " attempts"};
        break;
    }
    const Millis delay(random_.uniform(ceiling(attempts).count()));
    return {true, now + delay, "retrying with backoff"};
}

} // namespace syncline
