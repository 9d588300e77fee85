#pragma once

#include "engine/Snapshots.h"
#include "model/Types.h"
#include "util/Clock.h"

namespace syncline {

struct BreakerSettings {
    int failureThreshold = 5;           // consecutive transient failures that open it
    Millis openFor{Millis(30'000)};     // first pause
    Millis maxOpenFor{Millis(600'000)}; // pauses double after each failed probe, up to this
};

// One per endpoint. While open, the endpoint's queue is paused instead of burning retries;
// after the pause one probe is let through (half-open); its success closes the breaker, its
// failure opens it again for longer.
class CircuitBreaker {
public:
    explicit CircuitBreaker(BreakerSettings settings = {});

    // True when a request may be sent now; in half-open state only the single probe may.
    bool allowRequest(TimePoint now);
    void onSuccess();
    void onFailure(ErrorClass errorClass, TimePoint now);

    BreakerState state() const { return state_; }
    int consecutiveFailures() const { return consecutiveFailures_; }
    TimePoint openUntil() const { return openUntil_; }
    bool probing() const { return state_ == BreakerState::HalfOpen; }
    // Restores a state persisted before a restart.
    void restore(BreakerState state, int consecutiveFailures, TimePoint openUntil);

private:
    void open(TimePoint now);

    BreakerSettings settings_;
    BreakerState state_ = BreakerState::Closed;
    int consecutiveFailures_ = 0;
    Millis currentOpenFor_;
    TimePoint openUntil_{};
    bool probeInFlight_ = false;
};

} // namespace syncline
