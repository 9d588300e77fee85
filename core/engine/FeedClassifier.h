#pragma once

#include "engine/Snapshots.h"

namespace syncline {

struct FeedThresholds {
    std::int64_t backlogDegraded = 1000; // queue depth above which a feed is degraded
};

// Sets state and reason of a feed from its counters: failing while its newest outcome is a
// failure, degraded while dead letters wait or its queue backs up, idle before its first event.
void classifyFeed(FeedHealth &feed, const FeedThresholds &thresholds = {});

} // namespace syncline
