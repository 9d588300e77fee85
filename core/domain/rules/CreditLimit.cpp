#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

RuleOutcome checkCreditLimit(const model::Order &order, const ValidationContext &context)
{
    const auto account = resolveAccount(order, context);
    // Paid orders do not draw on credit; orders without an account are unknown_customer's.
    if (!context.lookups.creditAvailable || !account ||
        order.paymentState == model::PaymentState::Paid)
        return {};
    RuleOutcome outcome;
    const auto credit = context.lookups.creditAvailable(*account);
    if (!credit) {
        outcome.failure = RuleFailure{
            std::string(reason::CreditLimit),
            "The credit of account " + *account +
                " could not be checked: the ERP did not answer and no earlier value is known.",
            "Wait for the ERP to answer (the order is validated again), or have a manager approve "
            "the order.",
            {*account}};
        return outcome;
    }
    if (credit->fromCache)
        outcome.flags.push_back({std::string(reason::CreditLimit),
                                 "Credit of account " + *account +
                                     " was checked against the last value the ERP gave."});
    if (order.total > credit->available)
        outcome.failure = RuleFailure{
            std::string(reason::CreditLimit),
            "Order total " + order.total.toString() + " " + order.currency +
                " exceeds the credit available to account " + *account + " (" +
                credit->available.toString() + ")" +
                (credit->fromCache ? ", as last reported by the ERP." : "."),
            "Ask credit control to raise the limit or release credit (the hold is released when "
            "it is), or have a manager approve the order.",
            {*account}};
    return outcome;
}

} // namespace syncline::domain::rules
