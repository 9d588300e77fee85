#include "domain/rules/Rules.h"

#include <map>

namespace syncline::domain::rules {

RuleOutcome checkNoFulfilmentBranch(const model::Order &order, const ValidationContext &context)
{
    if (!context.lookups.stockByLocation || order.lines.empty())
        return {};
    std::map<std::string, std::int64_t> needed; // by ERP SKU
    for (const auto &line : order.lines) {
        const std::string erpSku = resolveErpSku(order, line.sku, context);
        // A SKU the ERP does not know is unknown_sku's finding, not a stock shortage.
        if (context.lookups.erpKnowsSku && !context.lookups.erpKnowsSku(erpSku))
            continue;
        needed[erpSku] += line.quantity;
    }
    if (needed.empty())
        return {};

    std::map<std::string, std::map<std::string, std::int64_t>> stockByLocation; // location->sku
    std::vector<std::string> short_;
    std::vector<std::string> shortSkus;
    for (const auto &[sku, quantity] : needed) {
        std::int64_t total = 0;
        for (const auto &stock : context.lookups.stockByLocation(order.channel, sku)) {
            stockByLocation[stock.location][sku] += stock.available;
            total += stock.available > 0 ? stock.available : 0;
        }
        if (total < quantity)
            shortSkus.push_back(sku);
        if (total < quantity)
            short_.push_back(sku + " (" + std::to_string(quantity) + " needed, " +
                             std::to_string(total) + " available)");
    }

    RuleOutcome outcome;
    if (short_.empty() && context.policy.splitShipmentAllowed)
        return outcome;
    if (short_.empty()) {
        for (const auto &[location, stock] : stockByLocation) {
            bool coversAll = true;
            for (const auto &[sku, quantity] : needed) {
                const auto it = stock.find(sku);
                coversAll = coversAll && it != stock.end() && it->second >= quantity;
            }
            if (coversAll)
                return outcome;
        }
        outcome.failure = RuleFailure{
            std::string(reason::NoFulfilmentBranch),
            "No single location can ship the whole of order " + order.orderNumber +
                ", and split shipments are not allowed.",
            "Transfer stock to one location, or have a manager approve a split shipment.", [&] {
                std::vector<std::string> skus;
                skus.reserve(needed.size());
                for (const auto &entry : needed)
                    skus.push_back(entry.first);
                return skus;
            }()};
        return outcome;
    }
    outcome.failure = RuleFailure{
        std::string(reason::NoFulfilmentBranch),
        "No location can fulfil order " + order.orderNumber + ": not enough stock of " +
            listForMessage(short_) + ".",
        "Wait for stock (the hold is released when it arrives), or agree a backorder with the "
        "customer and have a manager approve the order.",
        shortSkus};
    return outcome;
}

} // namespace syncline::domain::rules
