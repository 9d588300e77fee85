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

} // namespace syncline
