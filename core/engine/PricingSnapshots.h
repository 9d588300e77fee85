#pragma once

#include "domain/PricingCache.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// Values and settings of the engine's pricing and credit desk that the facade hands out.
namespace syncline {

// Asks the ERP for one account's contracts and price list. No value (or an exception) means the
// ERP did not answer.
using PricingSource = std::function<std::optional<domain::CustomerPricing>(const std::string &)>;
// Asks the ERP for the credit an account has left. No value (or an exception): no answer.
using CreditSource = std::function<std::optional<Decimal>(const std::string &account)>;

struct PricingSettings {
    // Cached prices younger than this are used without asking the ERP.
    Millis timeToLive = std::chrono::minutes(15);
    // How long an order waits for an ERP answer before the cached value is used, flagged.
    Millis fetchTimeout = std::chrono::seconds(2);
    // After an ERP call failed, the ERP is not asked again for this long (engine clock): a long
    // outage then costs one timeout per interval, not one per order.
    Millis retryAfterFailure = std::chrono::seconds(30);
};

// The dashboard's view of one account's cached prices.
struct PricingAccountState {
    std::string account;
    TimePoint fetchedAt{};
    bool stale = false; // older than the time to live
    std::string source; // "erp" (fetched), "event" (pushed by the ERP)
    bool lastFetchFailed = false;
    std::optional<TimePoint> lastFailureAt;
};

struct CreditAccountState {
    std::string account;
    Decimal available;
    TimePoint asOf{};
    bool fromCache = false; // the ERP did not answer the last time it was asked
};

struct PricingStatus {
    // The last ERP pricing or credit call failed: prices and credit are checked against cached
    // values and orders carry a flag saying so.
    bool degraded = false;
    std::optional<TimePoint> degradedSince;
    std::vector<PricingAccountState> accounts;
    std::vector<CreditAccountState> credit;
};

} // namespace syncline
