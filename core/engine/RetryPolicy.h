#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <optional>
#include <string>

namespace syncline {

struct RetryLimits {
    int transientMaxAttempts = 8;    // timeouts, connection errors, 5xx
    int rateLimitedMaxAttempts = 30; // 429 / throttled: the server said when, so waiting is cheap
    Millis base{500};                // ceiling of the first retry's delay
    Millis cap{Millis(5 * 60 * 1000)};
};

struct RetryDecision {
    bool retry = false;
    TimePoint at{};
    std::string why; // for the dead letter or the retry log
};

// What to do after a failed delivery attempt, by error class:
// - transient: exponential backoff with full jitter (a uniform delay in [0, min(cap, base*2^n)]),
//   so that many clients recovering at once do not retry in lockstep;
// - rate limited: wait what the server asked for (Retry-After, throttle status), else back off;
// - data: never retried blindly, it needs a fix;
// - auth: not retried; the endpoint's breaker opens until credentials are fixed.
class RetryPolicy {
public:
    RetryPolicy(RetryLimits limits, RandomSource &random);

    // `attempts` counts the attempts made so far, the failed one included.
    RetryDecision decide(ErrorClass errorClass, int attempts, std::optional<Millis> retryAfter,
                         TimePoint now) const;
    // The upper bound of the jittered delay before attempt `attempts + 1`.
    Millis ceiling(int attempts) const;
    const RetryLimits &limits() const { return limits_; }

private:
    RetryLimits limits_;
    RandomSource &random_;
};

} // namespace syncline
