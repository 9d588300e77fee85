#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

RuleOutcome checkDuplicateOrder(const model::Order &order, const ValidationContext &context)
{
    if (!context.lookups.previousOrderNumber || order.storefrontOrderId.empty())
        return {};
    const auto previous =
        context.lookups.previousOrderNumber(order.channel, order.storefrontOrderId);
    // The same order number is the same order being validated again, not a duplicate.
    if (!previous || *previous == order.orderNumber)
        return {};
    RuleOutcome outcome;
    outcome.failure = RuleFailure{
        std::string(reason::DuplicateOrder),
        "Storefront order " + order.storefrontOrderId + " on " + order.channel +
            " was already received as order " + *previous + ".",
        "Compare it with order " + *previous +
            ": reject this one if it is the same purchase; approve it only if the storefront "
            "reused the id for a new purchase.",
        {order.storefrontOrderId}};
    return outcome;
}

} // namespace syncline::domain::rules
