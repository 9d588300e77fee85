#pragma once

#include "engine/Snapshots.h"

#include <string>

namespace syncline::host {

// The Prometheus exposition of an engine snapshot: per-feed counters, queue depths, lag
// histograms and the breaker state of every delivery target.
std::string metricsText(const FeedsSnapshot &snapshot);
// The /healthz body: healthy unless a feed is failing or a breaker is open.
std::string healthJson(const FeedsSnapshot &snapshot, bool &healthy);

} // namespace syncline::host
