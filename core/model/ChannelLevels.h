#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace syncline {

// A quantity a storefront shows for one SKU at one of its locations (canonical names).
struct ShownLevel {
    std::string sku;
    std::string location;
    std::int64_t quantity = 0;
};

// Implemented by inventory targets that can read back what the storefront shows, so that the
// engine can reconcile the channel against the stock it should show. Optional: a target that
// does not implement it cannot be reconciled.
class ChannelLevelReader {
public:
    virtual ~ChannelLevelReader() = default;
    // The levels shown now for these SKUs. `done` runs exactly once, from any thread; a
    // non-empty `error` means the read failed and `levels` is to be ignored.
    virtual void
    readLevels(std::vector<std::string> skus,
               std::function<void(std::vector<ShownLevel> levels, std::string error)> done) = 0;
};

} // namespace syncline
