#pragma once

#include "engine/Snapshots.h"

#include <vector>

namespace syncline {

struct FeedThresholds {
    std::int64_t backlogDegraded = 1000; // queue depth above which a feed is degraded
};

// Sets state and reason of a feed from its counters: failing while its newest outcome is a
// failure, degraded while dead letters wait or its queue backs up, idle before its first event.
void classifyFeed(FeedHealth &feed, const FeedThresholds &thresholds = {});

// An outage of a target is an alert on every feed whose records wait for it: the feed is
// degraded (unless already failing) with a reason naming the targets whose breaker is open.
// `paused` are the endpoints with an open breaker that this feed's records are routed to.
void flagPausedTargets(FeedHealth &feed, const std::vector<const EndpointStatus *> &paused);

} // namespace syncline
