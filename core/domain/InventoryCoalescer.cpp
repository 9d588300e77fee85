#include "domain/InventoryCoalescer.h"

#include <algorithm>
#include <map>

namespace syncline::domain {

std::size_t batchLimitForPlatform(std::string_view platform, std::size_t fallback)
{
    if (platform == "shopify")
        return ShopifyBatchLimit;
    if (platform == "woocommerce")
        return WooCommerceBatchLimit;
    return fallback;
}

PublishCoalescer::PublishCoalescer(Millis window, BatchLimit batchLimit)
    : window_(window)
    , batchLimit_(std::move(batchLimit))
{}

std::size_t PublishCoalescer::KeyHash::operator()(const KeyView &key) const noexcept
{
    const std::hash<std::string_view> hash;
    std::size_t seed = hash(key.sku);
    seed ^= hash(key.location) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    seed ^= hash(key.channel) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    return seed;
}

void PublishCoalescer::add(PublishUpdate update)
{
    ++stats_.received;
    if (!windowStart_)
        windowStart_ = update.at;
    const auto it = pending_.find(viewOf(update));
    if (it == pending_.end()) {
        Key key = keyOf(update);
        pending_.emplace(std::move(key), std::move(update));
        return;
    }
    // A value computed earlier than the one held (a late arrival) does not replace it.
    ++stats_.replaced;
    if (update.at >= it->second.at) {
        it->second.quantity = update.quantity;
        it->second.at = update.at;
    }
}

bool PublishCoalescer::due(TimePoint now) const
{
    return windowStart_ && !pending_.empty() && now - *windowStart_ >= window_;
}

std::vector<PublishBatch> PublishCoalescer::flush()
{
    std::map<std::string, std::vector<PublishUpdate>> byChannel;
    for (auto &[key, update] : pending_) {
        const auto inFlight = inFlight_.find(key);
        const auto published = published_.find(key);
        const bool unchanged =
            inFlight != inFlight_.end()
                ? inFlight->second == update.quantity
                : published != published_.end() && published->second == update.quantity;
        if (unchanged) {
            ++stats_.unchanged;
            continue;
        }
        inFlight_[key] = update.quantity;
        byChannel[update.channel].push_back(std::move(update));
    }
    pending_.clear();
    windowStart_.reset();

    std::vector<PublishBatch> batches;
    for (auto &[channel, updates] : byChannel) {
        std::sort(updates.begin(), updates.end(), [](const auto &a, const auto &b) {
            return std::tie(a.sku, a.location) < std::tie(b.sku, b.location);
        });
        const std::size_t limit =
            std::max<std::size_t>(1, batchLimit_ ? batchLimit_(channel) : 100);
        for (std::size_t start = 0; start < updates.size(); start += limit) {
            const std::size_t end = std::min(updates.size(), start + limit);
            PublishBatch batch{channel, {}};
            batch.updates.assign(
                std::make_move_iterator(updates.begin() + static_cast<std::ptrdiff_t>(start)),
                std::make_move_iterator(updates.begin() + static_cast<std::ptrdiff_t>(end)));
            stats_.flushed += static_cast<std::int64_t>(batch.updates.size());
            batches.push_back(std::move(batch));
        }
    }
    return batches;
}

void PublishCoalescer::confirm(const PublishBatch &batch)
{
    for (const auto &update : batch.updates) {
        const Key key = keyOf(update);
        published_[key] = update.quantity;
        if (const auto it = inFlight_.find(key);
            it != inFlight_.end() && it->second == update.quantity)
            inFlight_.erase(it);
    }
}

void PublishCoalescer::retry(const PublishBatch &batch)
{
    for (const auto &update : batch.updates) {
        Key key = keyOf(update);
        if (const auto it = inFlight_.find(key);
            it != inFlight_.end() && it->second == update.quantity)
            inFlight_.erase(it);
        if (pending_.count(key) > 0)
            continue; // a later value is already waiting
        if (!windowStart_)
            windowStart_ = update.at;
        pending_.emplace(std::move(key), update);
    }
}

std::optional<std::int64_t> PublishCoalescer::lastPublished(const std::string &channel,
                                                            const std::string &sku,
                                                            const std::string &location) const
{
    const auto it = published_.find(KeyView{channel, sku, location});
    if (it == published_.end())
        return std::nullopt;
    return it->second;
}

} // namespace syncline::domain
