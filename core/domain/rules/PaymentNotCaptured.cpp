#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

RuleOutcome checkPaymentNotCaptured(const model::Order &order, const ValidationContext &context)
{
    using model::PaymentState;
    const auto &policy = context.policy;
    if (policy.payment == PaymentRequirement::None ||
        policy.paymentExemptChannels.count(order.channel) > 0)
        return {};
    const bool captured = order.paymentState == PaymentState::Paid;
    const bool authorized = order.paymentState == PaymentState::Authorized;
    const bool enough =
        captured || (authorized && policy.payment == PaymentRequirement::AuthorizedOrCaptured);
    if (enough)
        return {};
    const std::string needed =
        policy.payment == PaymentRequirement::Captured ? "captured" : "authorized or captured";
    RuleOutcome outcome;
    outcome.failure = RuleFailure{
        std::string(reason::PaymentNotCaptured),
        "The payment of order " + order.orderNumber + " is " +
            std::string(model::toString(order.paymentState)) + "; policy requires it to be " +
            needed + ".",
        "Wait for the payment provider (the hold is released when the payment arrives) or "
        "capture it in the storefront; a manager may approve an order on account.",
        {order.orderNumber}};
    return outcome;
}

} // namespace syncline::domain::rules
