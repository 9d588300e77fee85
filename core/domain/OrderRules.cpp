#include "domain/OrderRules.h"

#include "domain/rules/Rules.h"

#include <algorithm>

namespace syncline::domain {

const std::vector<OrderRule> &orderRules()
{
    // Identity first (duplicate, customer, SKU), then the order's own consistency, then what
    // needs the ERP's answers (prices, credit, stock).
    static const std::vector<OrderRule> all{
        {reason::DuplicateOrder, "Duplicate order", &rules::checkDuplicateOrder},
        {reason::UnknownCustomer, "Unknown customer", &rules::checkUnknownCustomer},
        {reason::UnknownSku, "Unknown SKU", &rules::checkUnknownSku},
        {reason::InvalidAddress, "Invalid shipping address", &rules::checkInvalidAddress},
        {reason::TaxInconsistent, "Tax inconsistent", &rules::checkTaxInconsistent},
        {reason::PaymentNotCaptured, "Payment not captured", &rules::checkPaymentNotCaptured},
        {reason::PriceMismatch, "Price mismatch", &rules::checkPriceMismatch},
        {reason::CreditLimit, "Credit limit", &rules::checkCreditLimit},
        {reason::NoFulfilmentBranch, "No fulfilment branch", &rules::checkNoFulfilmentBranch},
    };
    return all;
}

const OrderRule *findRule(std::string_view reasonCode)
{
    const auto &all = orderRules();
    const auto it = std::find_if(all.begin(), all.end(), [&](const OrderRule &rule) {
        return rule.reasonCode == reasonCode;
    });
    return it == all.end() ? nullptr : &*it;
}

bool ValidationReport::hasFailure(std::string_view reasonCode) const
{
    return std::any_of(failures.begin(), failures.end(),
                       [&](const RuleFailure &f) { return f.reasonCode == reasonCode; });
}

ValidationReport validate(const model::Order &order, const ValidationContext &context)
{
    ValidationReport report;
    for (const auto &rule : orderRules()) {
        RuleOutcome outcome = rule.check(order, context);
        if (outcome.failure)
            report.failures.push_back(std::move(*outcome.failure));
        for (auto &flag : outcome.flags)
            report.flags.push_back(std::move(flag));
    }
    return report;
}

std::vector<RuleFailure> validateOrder(const model::Order &order, const ValidationContext &context)
{
    return validate(order, context).failures;
}

std::optional<std::string> resolveAccount(const model::Order &order,
                                          const ValidationContext &context)
{
    if (!order.customer.accountNumber.empty())
        return order.customer.accountNumber;
    if (context.lookups.customerAccount)
        if (auto account = context.lookups.customerAccount(order.channel, order.customer))
            if (!account->empty())
                return account;
    const auto guest = context.policy.guestAccountByChannel.find(order.channel);
    if (guest != context.policy.guestAccountByChannel.end())
        return guest->second;
    return std::nullopt;
}

std::string resolveErpSku(const model::Order &order, const std::string &sku,
                          const ValidationContext &context)
{
    if (context.lookups.skuCrossReference)
        if (auto mapped = context.lookups.skuCrossReference(order.channel, sku))
            if (!mapped->empty())
                return *mapped;
    return sku;
}

namespace rules {

std::string listForMessage(const std::vector<std::string> &items, std::size_t shown)
{
    std::string out;
    const std::size_t count = std::min(items.size(), shown);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    if (items.size() > count)
        out += " and " + std::to_string(items.size() - count) + " more";
    return out;
}

} // namespace rules

} // namespace syncline::domain
