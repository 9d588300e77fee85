#pragma once

#include "domain/OrderRules.h"

// One function per validation rule, each in its own file; orderRules() lists them in order.
namespace syncline::domain::rules {

RuleOutcome checkDuplicateOrder(const model::Order &order, const ValidationContext &context);
RuleOutcome checkUnknownCustomer(const model::Order &order, const ValidationContext &context);
RuleOutcome checkUnknownSku(const model::Order &order, const ValidationContext &context);
RuleOutcome checkInvalidAddress(const model::Order &order, const ValidationContext &context);
RuleOutcome checkTaxInconsistent(const model::Order &order, const ValidationContext &context);
RuleOutcome checkPaymentNotCaptured(const model::Order &order, const ValidationContext &context);
RuleOutcome checkPriceMismatch(const model::Order &order, const ValidationContext &context);
RuleOutcome checkCreditLimit(const model::Order &order, const ValidationContext &context);
RuleOutcome checkNoFulfilmentBranch(const model::Order &order, const ValidationContext &context);

// "A, B and 3 more": keeps messages readable for orders with many lines.
std::string listForMessage(const std::vector<std::string> &items, std::size_t shown = 5);

} // namespace syncline::domain::rules
