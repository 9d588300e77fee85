#pragma once

#include "util/Clock.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace syncline::domain {

// The most inventory updates one request to a storefront may carry.
inline constexpr std::size_t ShopifyBatchLimit = 250;
inline constexpr std::size_t WooCommerceBatchLimit = 100;
// By platform name ("shopify", "woocommerce"); other platforms get `fallback`.
std::size_t batchLimitForPlatform(std::string_view platform, std::size_t fallback = 100);

struct PublishUpdate {
    std::string channel;
    std::string sku;
    std::string location;
    std::int64_t quantity = 0;
    TimePoint at{}; // when the value was computed
};

struct PublishBatch {
    std::string channel;
    std::vector<PublishUpdate> updates;
};

struct CoalescerStats {
    std::int64_t received = 0;
    std::int64_t replaced = 0;  // overwritten within the window by a later value
    std::int64_t unchanged = 0; // equal to what the channel already has: not sent
    std::int64_t flushed = 0;   // sent
};

// Collects inventory values for the storefronts over a publish window and hands out at most one
// write per (channel, SKU, location) per window, leaving out values the channel already shows.
// Not thread-safe: one publisher owns it.
class PublishCoalescer {
public:
    using BatchLimit = std::function<std::size_t(const std::string &channel)>;
    PublishCoalescer(Millis window, BatchLimit batchLimit);

    void add(PublishUpdate update);
    // The window opened by the first pending update has elapsed.
    bool due(TimePoint now) const;
    std::optional<TimePoint> windowStart() const { return windowStart_; }
    // Ends the window: the latest value per key, unchanged ones left out, cut into batches of
    // each channel's maximum. The values are in flight until confirmed or handed back.
    std::vector<PublishBatch> flush();
    // The channel accepted the batch: its values are what the channel shows now.
    void confirm(const PublishBatch &batch);
    // The batch failed: its values are queued again unless a later value arrived meanwhile.
    void retry(const PublishBatch &batch);

    std::size_t pending() const { return pending_.size(); }
    std::optional<std::int64_t> lastPublished(const std::string &channel, const std::string &sku,
                                              const std::string &location) const;
    const CoalescerStats &stats() const { return stats_; }

private:
    // (channel, SKU, location). Lookups take views, so the hot path of add() allocates only
    // for keys not seen before.
    struct Key {
        std::string channel;
        std::string sku;
        std::string location;
    };
    struct KeyView {
        std::string_view channel;
        std::string_view sku;
        std::string_view location;
    };
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(const KeyView &key) const noexcept;
        std::size_t operator()(const Key &key) const noexcept
        {
            return (*this)(KeyView{key.channel, key.sku, key.location});
        }
    };
    struct KeyEqual {
        using is_transparent = void;
        static KeyView view(const Key &key) { return {key.channel, key.sku, key.location}; }
        static KeyView view(const KeyView &key) { return key; }
        template <typename A, typename B>
        bool operator()(const A &a, const B &b) const noexcept
        {
            const KeyView x = view(a);
            const KeyView y = view(b);
            return x.sku == y.sku && x.location == y.location && x.channel == y.channel;
        }
    };
    template <typename Value>
    using KeyMap = std::unordered_map<Key, Value, KeyHash, KeyEqual>;
    static KeyView viewOf(const PublishUpdate &update)
    {
        return {update.channel, update.sku, update.location};
    }
    static Key keyOf(const PublishUpdate &update)
    {
        return {update.channel, update.sku, update.location};
    }

    Millis window_;
    BatchLimit batchLimit_;
    std::optional<TimePoint> windowStart_;
    KeyMap<PublishUpdate> pending_;
    KeyMap<std::int64_t> inFlight_;
    KeyMap<std::int64_t> published_;
    CoalescerStats stats_;
};

} // namespace syncline::domain
