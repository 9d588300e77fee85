#include "engine/CircuitBreaker.h"

#include <algorithm>

namespace syncline {

CircuitBreaker::CircuitBreaker(BreakerSettings settings)
    : settings_(settings)
    , currentOpenFor_(settings.openFor)
{}

bool CircuitBreaker::allowRequest(TimePoint now)
{
    switch (state_) {
    case BreakerState::Closed:
        return true;
    case BreakerState::Open:
        if (now < openUntil_)
            return false;
        state_ = BreakerState::HalfOpen;
        probeInFlight_ = true;
        return true;
    case BreakerState::HalfOpen:
        if (probeInFlight_)
            return false;
        probeInFlight_ = true;
        return true;
    }
    return false;
}

void CircuitBreaker::onSuccess()
{
    state_ = BreakerState::Closed;
    consecutiveFailures_ = 0;
    currentOpenFor_ = settings_.openFor;
    probeInFlight_ = false;
}

void CircuitBreaker::onFailure(ErrorClass errorClass, TimePoint now)
{
    // A data error or a rate limit is an answer from a working server: it says nothing about
    // the endpoint's health. A refused credential fails every request alike, so it opens at once.
    if (errorClass == ErrorClass::Data || errorClass == ErrorClass::RateLimited) {
        if (state_ == BreakerState::HalfOpen)
            onSuccess();
        return;
    }
    ++consecutiveFailures_;
    if (state_ == BreakerState::HalfOpen) {
        currentOpenFor_ = std::min(settings_.maxOpenFor, currentOpenFor_ * 2);
        open(now);
    } else if (errorClass == ErrorClass::Auth ||
               consecutiveFailures_ >= settings_.failureThreshold) {
        open(now);
    }
}

void CircuitBreaker::open(TimePoint now)
{
    state_ = BreakerState::Open;
    openUntil_ = now + currentOpenFor_;
    probeInFlight_ = false;
}

void CircuitBreaker::restore(BreakerState state, int consecutiveFailures, TimePoint openUntil)
{
    state_ = state == BreakerState::HalfOpen ? BreakerState::Open : state;
    consecutiveFailures_ = consecutiveFailures;
    openUntil_ = openUntil;
    probeInFlight_ = false;
}

} // namespace syncline
