#include "engine/FeedClassifier.h"

#include <string>

namespace syncline {

void classifyFeed(FeedHealth &feed, const FeedThresholds &thresholds)
{
    if (feed.received == 0 && feed.duplicates == 0) {
        feed.state = FeedState::Idle;
        feed.reason = "nothing received yet";
        return;
    }
    const bool lastWasFailure =
        feed.lastFailure && (!feed.lastSuccess || *feed.lastFailure > *feed.lastSuccess);
    if (lastWasFailure && feed.deadLettered > 0) {
        feed.state = FeedState::Failing;
        feed.reason = "the latest records failed; " + std::to_string(feed.deadLettered) +
                      " dead letter(s) waiting";
        return;
    }
    if (feed.deadLettered > 0) {
        feed.state = FeedState::Degraded;
        feed.reason = std::to_string(feed.deadLettered) + " dead letter(s) waiting";
        return;
    }
    if (feed.queueDepth > thresholds.backlogDegraded) {
        feed.state = FeedState::Degraded;
        feed.reason = "backlog of " + std::to_string(feed.queueDepth) + " records";
        return;
    }
    feed.state = FeedState::Healthy;
    feed.reason.clear();
}

void flagPausedTargets(FeedHealth &feed, const std::vector<const EndpointStatus *> &paused)
{
    if (paused.empty() || feed.queueDepth == 0)
        return;
    std::string reason;
    for (const auto *endpoint : paused) {
        if (!reason.empty())
            reason += "; ";
        reason += "delivery to " + endpoint->target + " paused: breaker open after " +
                  std::to_string(endpoint->consecutiveFailures) + " failed attempt(s)";
        if (!endpoint->lastError.empty())
            reason += " (" + endpoint->lastError + ")";
    }
    reason += "; " + std::to_string(feed.queueDepth) + " record(s) waiting";
    if (feed.state == FeedState::Failing) {
        feed.reason += "; " + reason;
        return;
    }
    feed.state = FeedState::Degraded;
    feed.reason = feed.reason.empty() ? reason : feed.reason + "; " + reason;
}

} // namespace syncline
