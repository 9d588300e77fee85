#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

namespace {

Decimal allowedDifference(const OrderPolicy &policy, Decimal expected)
{
    const Decimal relative =
        Decimal::fromUnits(expected.abs().units() * policy.priceToleranceBasisPoints / 10'000);
    return relative > policy.priceToleranceAbsolute ? relative : policy.priceToleranceAbsolute;
}

} // namespace

RuleOutcome checkPriceMismatch(const model::Order &order, const ValidationContext &context)
{
    PricingCache *pricing = context.lookups.pricing;
    const auto account = resolveAccount(order, context);
    // Without an account there is no customer price to compare with: unknown_customer says so.
    if (!pricing || !account)
        return {};
    const TimePoint at = order.placedAt  ? *order.placedAt
                         : context.clock ? context.clock->now()
                                         : SystemClock::instance().now();
    RuleOutcome outcome;
    std::vector<std::string> mismatched;
    std::vector<std::string> described;
    bool stale = false;
    bool unavailable = false;
    for (const auto &line : order.lines) {
        const std::string erpSku = resolveErpSku(order, line.sku, context);
        const PriceQuote quote = pricing->lookup(*account, erpSku, line.quantity, at);
        stale = stale || quote.source == PriceSource::StaleCache;
        unavailable = unavailable || quote.source == PriceSource::Unavailable;
        if (!quote.price)
            continue;
        const Decimal difference = (line.unitPrice - *quote.price).abs();
        if (difference <= allowedDifference(context.policy, *quote.price))
            continue;
        mismatched.push_back(line.sku);
        described.push_back(line.sku + " at " + line.unitPrice.toString() + " instead of " +
                            quote.price->toString() + " (" + quote.origin + ")");
    }
    if (stale)
        outcome.flags.push_back(
            {std::string(reason::PriceMismatch),
             "Prices were checked against cached ERP prices older than their time to live: the "
             "ERP did not answer."});
    if (unavailable)
        outcome.flags.push_back({std::string(reason::PriceMismatch),
                                 "Some prices could not be checked: the ERP did not answer and "
                                 "nothing was cached for account " +
                                     *account + "."});
    if (!mismatched.empty())
        outcome.failure = RuleFailure{
            std::string(reason::PriceMismatch),
            "Order " + order.orderNumber + " has prices that differ from account " + *account +
                "'s price: " + listForMessage(described) + "." +
                (stale ? " (Checked against stale cached prices.)" : ""),
            "Check the customer's contract in the ERP: correct the line price, or have a manager "
            "approve the order if the storefront price was agreed.",
            mismatched};
    return outcome;
}

} // namespace syncline::domain::rules
