#include "domain/HoldPolicy.h"

#include "domain/ReasonCodes.h"

namespace syncline::domain {

HoldPolicy HoldPolicy::defaults()
{
    const std::set<Role> managers{Role::Manager, Role::Admin};
    const std::set<Role> handlers{Role::Operator, Role::Manager, Role::Admin};
    HoldPolicy policy;
    policy.overrideRoles = {
        {std::string(reason::UnknownSku), {}},
        {std::string(reason::UnknownCustomer), {}},
        {std::string(reason::CreditLimit), managers},
        {std::string(reason::PriceMismatch), managers},
        {std::string(reason::TaxInconsistent), managers},
        {std::string(reason::PaymentNotCaptured), managers},
        {std::string(reason::InvalidAddress), handlers},
        {std::string(reason::NoFulfilmentBranch), managers},
        {std::string(reason::DuplicateOrder), managers},
    };
    policy.mayFix = handlers;
    policy.mayReject = handlers;
    policy.mayAssign = handlers;
    policy.mayNote = {Role::Operator, Role::Manager, Role::Support, Role::Admin};
    policy.maySnooze = handlers;
    return policy;
}

bool HoldPolicy::mayOverride(Role role, std::string_view reasonCode) const
{
    const auto it = overrideRoles.find(reasonCode);
    return it != overrideRoles.end() && it->second.count(role) > 0;
}

} // namespace syncline::domain
