#pragma once

#include "domain/PricingCache.h"
#include "model/Canonical.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <optional>
#include <string>
#include <vector>

// What the store keeps of the ERP's pricing, credit and product master, so that a restart (or an
// ERP outage right after one) still has the last known values. Free functions over the store's
// transaction and reader, so the store's own classes stay as they are.
namespace syncline::store {

class Tx;
class Reader;

struct StoredPricing {
    std::string account;
    domain::CustomerPricing pricing;
    TimePoint fetchedAt{};
    std::string source; // "erp" (fetched) or "event" (pushed by the ERP)
};

struct StoredCredit {
    std::string account;
    Decimal available;
    TimePoint asOf{};
};

void savePricing(Tx &tx, const StoredPricing &pricing);
std::vector<StoredPricing> loadPricing(Reader &reader);

void saveCredit(Tx &tx, const StoredCredit &credit);
std::vector<StoredCredit> loadCredit(Reader &reader);

// The ERP's current version of each product.
void saveErpProduct(Tx &tx, const model::Product &product);
std::optional<model::Product> erpProduct(Tx &tx, const std::string &sku);
std::vector<model::Product> erpProducts(Tx &tx);

// The ERP values last published to a channel (the base a delta is computed against).
void savePublishedProduct(Tx &tx, const std::string &channel, const model::Product &product);
std::optional<model::Product> publishedProduct(Tx &tx, const std::string &channel,
                                               const std::string &sku);

// The ERP account a channel's customer is mapped to, read outside a transaction.
std::optional<std::string> customerAccount(Reader &reader, const std::string &channel,
                                           const std::string &customerId);

} // namespace syncline::store
