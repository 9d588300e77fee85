#include "domain/PricingCache.h"

namespace syncline::domain {

namespace {

bool validAt(const std::optional<TimePoint> &from, const std::optional<TimePoint> &to, TimePoint at)
{
    return (!from || *from <= at) && (!to || at < *to);
}

// The highest tier the quantity reaches among the valid entries for the SKU.
const model::PriceEntry *bestTier(const std::vector<model::PriceEntry> &entries,
                                  std::string_view sku, std::int64_t quantity, TimePoint at)
{
    const model::PriceEntry *best = nullptr;
    for (const auto &entry : entries) {
        if (entry.sku != sku || entry.minQuantity > quantity ||
            !validAt(entry.validFrom, entry.validTo, at))
            continue;
        if (!best || entry.minQuantity > best->minQuantity)
            best = &entry;
    }
    return best;
}

} // namespace

std::optional<ResolvedPrice> resolvePrice(const CustomerPricing &pricing, std::string_view sku,
                                          std::int64_t quantity, TimePoint at)
{
    for (const auto &contract : pricing.contracts) {
        if (!validAt(contract.validFrom, contract.validTo, at))
            continue;
        if (const auto *entry = bestTier(contract.entries, sku, quantity, at))
            return ResolvedPrice{entry->unitPrice, "contract " + contract.contractId + " tier " +
                                                       std::to_string(entry->minQuantity) + "+"};
    }
    if (pricing.priceList) {
        if (const auto *entry = bestTier(pricing.priceList->entries, sku, quantity, at))
            return ResolvedPrice{entry->unitPrice, "price list " + pricing.priceList->id +
                                                       " tier " +
                                                       std::to_string(entry->minQuantity) + "+"};
    }
    return std::nullopt;
}

std::string_view toString(PriceSource source)
{
    switch (source) {
    case PriceSource::Cache:
        return "cache";
    case PriceSource::Erp:
        return "erp";
    case PriceSource::StaleCache:
        return "stale_cache";
    case PriceSource::Unavailable:
        return "unavailable";
    }
    return "cache";
}

PricingCache::PricingCache(const Clock &clock, Millis timeToLive, ErpPricingFetch fetch)
    : clock_(clock)
    , timeToLive_(timeToLive)
    , fetch_(std::move(fetch))
{}

void PricingCache::put(const std::string &account, CustomerPricing pricing, TimePoint fetchedAt)
{
    const std::lock_guard lock(mutex_);
    entries_[account] = Entry{std::move(pricing), fetchedAt};
}

void PricingCache::invalidate(const std::string &account)
{
    const std::lock_guard lock(mutex_);
    entries_.erase(account);
}

std::optional<TimePoint> PricingCache::fetchedAt(const std::string &account) const
{
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(account);
    if (it == entries_.end())
        return std::nullopt;
    return it->second.fetchedAt;
}

PriceQuote PricingCache::lookup(const std::string &account, std::string_view sku,
                                std::int64_t quantity, TimePoint at)
{
    const auto quoteFrom = [&](const Entry &entry, PriceSource source) {
        PriceQuote quote;
        quote.source = source;
        quote.flagged = source == PriceSource::StaleCache;
        quote.pricesAsOf = entry.fetchedAt;
        if (const auto resolved = resolvePrice(entry.pricing, sku, quantity, at)) {
            quote.price = resolved->unitPrice;
            quote.origin = resolved->origin;
        }
        return quote;
    };

    const TimePoint now = clock_.now();
    std::optional<Entry> cached;
    {
        const std::lock_guard lock(mutex_);
        if (const auto it = entries_.find(account); it != entries_.end()) {
            if (now - it->second.fetchedAt < timeToLive_)
                return quoteFrom(it->second, PriceSource::Cache);
            cached = it->second;
        }
    }

    std::optional<CustomerPricing> fresh;
    if (fetch_) {
        try {
            fresh = fetch_(account);
        } catch (...) {
            // An ERP that throws is an ERP that did not answer: fall back to the cache below.
            fresh.reset();
        }
    }
    if (fresh) {
        Entry entry{std::move(*fresh), now};
        PriceQuote quote = quoteFrom(entry, PriceSource::Erp);
        const std::lock_guard lock(mutex_);
        entries_[account] = std::move(entry);
        return quote;
    }
    if (cached)
        return quoteFrom(*cached, PriceSource::StaleCache);
    PriceQuote unavailable;
    unavailable.source = PriceSource::Unavailable;
    unavailable.flagged = true;
    return unavailable;
}

} // namespace syncline::domain
