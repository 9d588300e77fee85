#include "domain/Inventory.h"

#include <algorithm>

namespace syncline::domain {

PositionUpdate InventoryBook::apply(const std::string &source, const model::InventoryLevel &level)
{
    return apply(StockPosition{source, level.sku, level.location, level.onHand, level.reserved,
                               level.asOf, level.sourceSequence});
}

PositionUpdate InventoryBook::apply(StockPosition position)
{
    Key key{position.sku, position.location, position.source};
    const auto it = positions_.find(key);
    if (it != positions_.end()) {
        // Without a source sequence, the as-of time orders the versions.
        const auto versionOf = [](const StockPosition &p) {
            return p.sequence != 0 ? p.sequence : toEpochMs(p.asOf);
        };
        const auto held = versionOf(it->second);
        const auto incoming = versionOf(position);
        if (incoming < held)
            return PositionUpdate::Superseded;
        if (incoming == held)
            return PositionUpdate::Unchanged;
        it->second = std::move(position);
        return PositionUpdate::Applied;
    }
    positions_.emplace(std::move(key), std::move(position));
    return PositionUpdate::Applied;
}

std::optional<StockPosition> InventoryBook::position(const std::string &sku,
                                                     const std::string &location,
                                                     const std::string &source) const
{
    const auto it = positions_.find(Key{sku, location, source});
    if (it == positions_.end())
        return std::nullopt;
    return it->second;
}

std::vector<StockPosition> InventoryBook::currentBySku(const std::string &sku) const
{
    std::map<std::string, const StockPosition *> latest;
    for (auto it = positions_.lower_bound(Key{sku, {}, {}});
         it != positions_.end() && it->first.sku == sku; ++it) {
        auto &slot = latest[it->first.location];
        if (!slot || it->second.asOf > slot->asOf)
            slot = &it->second;
    }
    std::vector<StockPosition> out;
    out.reserve(latest.size());
    for (const auto &[location, position] : latest)
        out.push_back(*position);
    return out;
}

std::set<std::string> InventoryBook::skus() const
{
    std::set<std::string> out;
    for (const auto &[key, position] : positions_)
        out.insert(key.sku);
    return out;
}

std::int64_t SafetyStockPolicy::safetyFor(const std::string &sku) const
{
    if (const auto it = perSku.find(sku); it != perSku.end())
        return it->second;
    if (categoryOf)
        if (const auto it = perCategory.find(categoryOf(sku)); it != perCategory.end())
            return it->second;
    return fallback;
}

bool ChannelLocations::serves(const std::string &channel, const std::string &location) const
{
    const auto it = locationsByChannel.find(channel);
    return it != locationsByChannel.end() && it->second.count(location) > 0;
}

std::int64_t availableToSellAt(const InventoryBook &book, const std::string &sku,
                               const std::set<std::string> &sourceLocations,
                               const SafetyStockPolicy &safety)
{
    std::int64_t sellable = 0;
    for (const auto &position : book.currentBySku(sku)) {
        if (sourceLocations.count(position.location) == 0)
            continue;
        sellable += std::max<std::int64_t>(0, position.onHand - position.reserved);
    }
    return std::max<std::int64_t>(0, sellable - safety.safetyFor(sku));
}

std::int64_t availableToSell(const InventoryBook &book, const std::string &channel,
                             const std::string &sku, const ChannelLocations &locations,
                             const SafetyStockPolicy &safety)
{
    const auto it = locations.locationsByChannel.find(channel);
    if (it == locations.locationsByChannel.end())
        return 0;
    return availableToSellAt(book, sku, it->second, safety);
}

} // namespace syncline::domain
