#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

RuleOutcome checkTaxInconsistent(const model::Order &order, const ValidationContext &context)
{
    const auto &policy = context.policy;
    Decimal lineTax;
    Decimal lineValue;
    for (const auto &line : order.lines) {
        lineTax = lineTax + line.tax;
        lineValue = lineValue + line.unitPrice * line.quantity;
    }
    const bool exempt = policy.taxExemptCountries.count(order.shippingAddress.country) > 0;
    RuleOutcome outcome;
    if (policy.taxRequired && !exempt && lineValue > Decimal() && order.taxTotal == Decimal() &&
        lineTax == Decimal()) {
        outcome.failure = RuleFailure{
            std::string(reason::TaxInconsistent),
            "Order " + order.orderNumber + " carries no tax although it ships to " +
                (order.shippingAddress.country.empty() ? std::string("an unknown country")
                                                       : order.shippingAddress.country) +
                ", where tax is due.",
            "Check the storefront's tax settings for this destination, then correct the tax "
            "amounts; approve only if the customer is tax exempt.",
            {order.orderNumber}};
        return outcome;
    }
    const Decimal difference = (order.taxTotal - lineTax).abs();
    if (difference > policy.taxRoundingTolerance) {
        outcome.failure = RuleFailure{
            std::string(reason::TaxInconsistent),
            "The order's tax total " + order.taxTotal.toString() + " differs from the sum of its " +
                "line taxes " + lineTax.toString() + " by " + difference.toString() +
                " (more than rounding: " + policy.taxRoundingTolerance.toString() + ").",
            "Correct the header tax or the line taxes so that they agree, as the storefront "
            "invoice shows them.",
            {order.orderNumber}};
    }
    return outcome;
}

} // namespace syncline::domain::rules
