#pragma once

#include <string_view>

namespace syncline::domain {

// Reason codes: stable identifiers that holds, policies and reports refer to.
namespace reason {
inline constexpr std::string_view UnknownSku = "unknown_sku";
inline constexpr std::string_view UnknownCustomer = "unknown_customer";
inline constexpr std::string_view CreditLimit = "credit_limit";
inline constexpr std::string_view PriceMismatch = "price_mismatch";
inline constexpr std::string_view TaxInconsistent = "tax_inconsistent";
inline constexpr std::string_view PaymentNotCaptured = "payment_not_captured";
inline constexpr std::string_view InvalidAddress = "invalid_address";
inline constexpr std::string_view NoFulfilmentBranch = "no_fulfilment_branch";
inline constexpr std::string_view DuplicateOrder = "duplicate_order";
} // namespace reason

} // namespace syncline::domain
