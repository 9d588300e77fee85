#pragma once

#include "domain/HoldPolicy.h"
#include "domain/PricingCache.h"
#include "domain/ReasonCodes.h"
#include "domain/Roles.h"
#include "model/Canonical.h"
#include "util/Clock.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::domain {

// Why an order cannot go to the ERP as it is.
struct RuleFailure {
    std::string reasonCode;
    std::string message;      // what is wrong, for an operator
    std::string suggestedFix; // what to do about it
    // What the failure is about (SKUs, a customer id): holds that share a subject are resolved
    // together once it is fixed.
    std::vector<std::string> subjects;
};

struct CreditStatus {
    Decimal available;
    bool fromCache = false; // the ERP did not answer; this is the last value it gave
    TimePoint asOf{};
};

struct StockAtLocation {
    std::string location;
    std::int64_t available = 0;
};

// Lookups into the ERP and the store, injected so that the rules stay pure. An empty function
// means "not configured": the rule that needs it does not run.
struct OrderLookups {
    // The ERP item a storefront SKU is cross-referenced to (no value: no cross-reference).
    std::function<std::optional<std::string>(const std::string &channel, const std::string &sku)>
        skuCrossReference;
    // Whether the ERP knows an item number.
    std::function<bool(const std::string &erpSku)> erpKnowsSku;
    // The ERP account a storefront customer is mapped to.
    std::function<std::optional<std::string>(const std::string &channel,
                                             const model::Customer &customer)>
        customerAccount;
    // Credit left for an account (ERP, or its last cached answer); no value: unknown.
    std::function<std::optional<CreditStatus>(const std::string &account)> creditAvailable;
    // Sellable stock per location able to fulfil orders of a channel.
    std::function<std::vector<StockAtLocation>(const std::string &channel,
                                               const std::string &erpSku)>
        stockByLocation;
    // The order number under which this storefront order id was seen before, if it was.
    std::function<std::optional<std::string>(const std::string &channel,
                                             const std::string &storefrontOrderId)>
        previousOrderNumber;
    // Customer prices (contracts, tiers); not owned.
    PricingCache *pricing = nullptr;
};

enum class PaymentRequirement {
    Captured,             // money taken
    AuthorizedOrCaptured, // authorized is enough (capture on shipment)
    None,                 // on account
};

struct OrderPolicy {
    Decimal priceToleranceAbsolute = Decimal::fromUnits(100); // 0.01 per unit
    std::int64_t priceToleranceBasisPoints = 0;               // 100 = 1 % of the expected price
    Decimal taxRoundingTolerance = Decimal::fromUnits(100);   // 0.01 on the order
    bool taxRequired = true;
    // ERPs that create the customer from the order (Tryton's parties) need no mapping first.
    bool customerAccountRequired = true;
    std::set<std::string> taxExemptCountries; // e.g. exports outside the tax area
    PaymentRequirement payment = PaymentRequirement::AuthorizedOrCaptured;
    std::set<std::string> paymentExemptChannels; // B2B portals ordering on account
    bool splitShipmentAllowed = false;
    // Channels whose unmapped customers post to a generic account (web shop guests).
    std::map<std::string, std::string> guestAccountByChannel;
};

struct ValidationContext {
    OrderLookups lookups;
    OrderPolicy policy;
    // Which roles may override which reason codes (and the other hold permissions).
    HoldPolicy holdPolicy = HoldPolicy::defaults();
    const Clock *clock = nullptr; // "now" for prices of orders without a date; system if null
};

// A finding that does not hold the order but must travel with it.
struct ValidationFlag {
    std::string reasonCode;
    std::string message;
};

struct RuleOutcome {
    std::optional<RuleFailure> failure;
    std::vector<ValidationFlag> flags;
};

struct OrderRule {
    std::string_view reasonCode;
    std::string_view title;
    RuleOutcome (*check)(const model::Order &, const ValidationContext &);
};

// All rules, in the order they run.
const std::vector<OrderRule> &orderRules();
const OrderRule *findRule(std::string_view reasonCode);

struct ValidationReport {
    std::vector<RuleFailure> failures;
    std::vector<ValidationFlag> flags; // e.g. validated on stale prices
    bool passed() const { return failures.empty(); }
    bool hasFailure(std::string_view reasonCode) const;
};

ValidationReport validate(const model::Order &order, const ValidationContext &context);
std::vector<RuleFailure> validateOrder(const model::Order &order, const ValidationContext &context);

// The ERP account an order posts to: the one it carries, its mapping, or the channel's guest
// account. Shared by the customer, credit and price rules.
std::optional<std::string> resolveAccount(const model::Order &order,
                                          const ValidationContext &context);
// The ERP item number a storefront SKU posts as (its cross-reference, or itself).
std::string resolveErpSku(const model::Order &order, const std::string &sku,
                          const ValidationContext &context);

} // namespace syncline::domain
