#pragma once

#include "domain/InventoryCoalescer.h"
#include "util/Clock.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace syncline::domain {

// What a channel reports it shows for one SKU at one location.
struct ChannelLevel {
    std::string channel;
    std::string sku;
    std::string location;
    std::int64_t quantity = 0;
};

struct ReconcilePolicy {
    // Differences up to this many units are corrected without asking anyone.
    std::int64_t autoCorrectUnits = 5;
};

struct ReconcileAlert {
    ChannelLevel level;
    std::int64_t truthQuantity = 0;
    std::int64_t difference = 0; // channel - truth
    bool oversellRisk = false;
    std::string message;
};

struct ReconcileResult {
    std::int64_t matching = 0;
    std::vector<PublishUpdate> corrections; // to publish
    std::vector<ReconcileAlert> alerts;     // too large to correct blindly
    std::vector<ChannelLevel> unknown;      // the truth has nothing for these
};

// The quantity the channel should show (available to sell), or none when unknown.
using TruthLookup = std::function<std::optional<std::int64_t>(
    const std::string &channel, const std::string &sku, const std::string &location)>;

ReconcileResult reconcile(const std::vector<ChannelLevel> &channelLevels, const TruthLookup &truth,
                          const ReconcilePolicy &policy, TimePoint now);

} // namespace syncline::domain
