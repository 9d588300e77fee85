#pragma once

#include "model/Canonical.h"
#include "util/Clock.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline::domain {

// One source's statement about one SKU at one location.
struct StockPosition {
    std::string source; // "wms", "erp"
    std::string sku;
    std::string location;
    std::int64_t onHand = 0;
    std::int64_t reserved = 0;
    TimePoint asOf{};
    std::int64_t sequence = 0;
};

enum class PositionUpdate {
    Applied,
    Superseded, // older sequence than the one held: ignored, and reported
    Unchanged,  // same sequence again
};

// Positions per (SKU, location, source). Sequences only move forward: a late, older update never
// overwrites a newer one.
class InventoryBook {
public:
    PositionUpdate apply(const std::string &source, const model::InventoryLevel &level);
    PositionUpdate apply(StockPosition position);

    std::optional<StockPosition> position(const std::string &sku, const std::string &location,
                                          const std::string &source) const;
    // The position that counts per location: the most recent as-of among the sources.
    std::vector<StockPosition> currentBySku(const std::string &sku) const;
    std::set<std::string> skus() const;
    std::size_t size() const { return positions_.size(); }

private:
    struct Key {
        std::string sku;
        std::string location;
        std::string source;
        auto operator<=>(const Key &) const = default; // NOLINT(modernize-use-nullptr)
    };
    std::map<Key, StockPosition> positions_;
};

// Stock kept back from the channels, per SKU or else per category.
struct SafetyStockPolicy {
    std::map<std::string, std::int64_t> perSku;
    std::map<std::string, std::int64_t> perCategory;
    std::int64_t fallback = 0;
    std::function<std::string(const std::string &sku)> categoryOf; // may be empty

    std::int64_t safetyFor(const std::string &sku) const;
};

// Which locations feed each channel's available-to-sell.
struct ChannelLocations {
    std::map<std::string, std::set<std::string>> locationsByChannel;
    bool serves(const std::string &channel, const std::string &location) const;
};

// Available to sell on a channel: on hand - reserved over the channel's locations (a location
// short of stock counts as 0, it does not eat another's), minus safety stock, never below 0.
std::int64_t availableToSell(const InventoryBook &book, const std::string &channel,
                             const std::string &sku, const ChannelLocations &locations,
                             const SafetyStockPolicy &safety);
// The same over an explicit set of source locations: what one storefront location shows when it
// is backed by some of the warehouses.
std::int64_t availableToSellAt(const InventoryBook &book, const std::string &sku,
                               const std::set<std::string> &sourceLocations,
                               const SafetyStockPolicy &safety);

} // namespace syncline::domain
