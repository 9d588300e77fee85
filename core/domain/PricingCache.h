#pragma once

#include "model/Canonical.h"
#include "util/Clock.h"

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::domain {

// Everything the ERP says about one customer's prices: its contracts and the price list it is
// assigned to. The ERP owns these; Syncline only caches them.
struct CustomerPricing {
    std::vector<model::CustomerContract> contracts;
    std::optional<model::PriceList> priceList;
};

// The price that applies, and where in the ERP data it came from.
struct ResolvedPrice {
    Decimal unitPrice;
    std::string origin; // "contract C-7 tier 10+", "price list WHOLESALE tier 1+"
};

// Pure resolution: a valid contract beats the price list; within one, the highest tier whose
// minimum quantity the line reaches. Entries and contracts outside their validity dates are
// ignored. No value: nothing prices this SKU for this customer.
std::optional<ResolvedPrice> resolvePrice(const CustomerPricing &pricing, std::string_view sku,
                                          std::int64_t quantity, TimePoint at);

enum class PriceSource {
    Cache,       // fresh cached value
    Erp,         // the cache was stale or empty and the ERP answered
    StaleCache,  // the ERP did not answer: the last known value, flagged (degraded mode)
    Unavailable, // the ERP did not answer and nothing was cached
};
std::string_view toString(PriceSource source);

struct PriceQuote {
    std::optional<Decimal> price; // no value: no price is known for this SKU and customer
    PriceSource source = PriceSource::Cache;
    bool flagged = false; // the answer may be out of date (stale cache, or unavailable)
    std::string origin;
    TimePoint pricesAsOf{}; // when the ERP data behind the answer was fetched
};

// Asks the ERP for one customer's pricing. No value means the ERP could not be reached; a
// thrown exception is treated the same way.
using ErpPricingFetch = std::function<std::optional<CustomerPricing>(const std::string &account)>;

// A TTL cache of ERP pricing per customer account. Thread-safe; the ERP call is made without
// holding the lock, so a slow ERP does not block lookups of other customers.
class PricingCache {
public:
    PricingCache(const Clock &clock, Millis timeToLive, ErpPricingFetch fetch);

    // Stores pricing fetched elsewhere (the scheduled pricing sync).
    void put(const std::string &account, CustomerPricing pricing, TimePoint fetchedAt);
    void invalidate(const std::string &account);

    // Fresh cache -> cache; stale or missing -> ask the ERP; ERP down -> the stale value,
    // flagged. `at` is the date the price must be valid on (the order date).
    PriceQuote lookup(const std::string &account, std::string_view sku, std::int64_t quantity,
                      TimePoint at);

    std::optional<TimePoint> fetchedAt(const std::string &account) const;
    Millis timeToLive() const { return timeToLive_; }

private:
    struct Entry {
        CustomerPricing pricing;
        TimePoint fetchedAt{};
    };

    const Clock &clock_;
    Millis timeToLive_;
    ErpPricingFetch fetch_;
    mutable std::mutex mutex_;
    std::map<std::string, Entry, std::less<>> entries_;
};

} // namespace syncline::domain
