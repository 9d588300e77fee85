#include "domain/rules/Rules.h"

namespace syncline::domain::rules {

RuleOutcome checkUnknownCustomer(const model::Order &order, const ValidationContext &context)
{
    if (!context.policy.customerAccountRequired || resolveAccount(order, context))
        return {};
    const std::string who = !order.customer.name.empty()    ? order.customer.name
                            : !order.customer.email.empty() ? order.customer.email
                                                            : order.customer.id;
    const std::string subject =
        !order.customer.id.empty() ? order.customer.id : order.customer.email;
    RuleOutcome outcome;
    outcome.failure = RuleFailure{
        std::string(reason::UnknownCustomer),
        "Customer " + who + " (" + order.channel + " id " + order.customer.id +
            ") is not mapped to an ERP account.",
        "Map the customer to its ERP account (or create the account in the ERP first); every "
        "held order of this customer is then validated again.",
        {subject}};
    return outcome;
}

} // namespace syncline::domain::rules
