#include "domain/rules/Rules.h"

#include <algorithm>

namespace syncline::domain::rules {

RuleOutcome checkUnknownSku(const model::Order &order, const ValidationContext &context)
{
    if (!context.lookups.erpKnowsSku)
        return {};
    std::vector<std::string> unknown;
    std::vector<std::string> described;
    for (const auto &line : order.lines) {
        if (std::find(unknown.begin(), unknown.end(), line.sku) != unknown.end())
            continue;
        const std::string erpSku = resolveErpSku(order, line.sku, context);
        if (!line.sku.empty() && context.lookups.erpKnowsSku(erpSku))
            continue;
        unknown.push_back(line.sku);
        if (line.sku.empty())
            described.push_back("line " + line.lineId + " (no SKU)");
        else if (erpSku != line.sku)
            described.push_back(line.sku + " (cross-referenced to " + erpSku + ")");
        else
            described.push_back(line.sku);
    }
    if (unknown.empty())
        return {};
    RuleOutcome outcome;
    outcome.failure = RuleFailure{
        std::string(reason::UnknownSku), "The ERP does not know " + listForMessage(described) + ".",
        "Add a cross-reference from the storefront SKU to the ERP item number (or create the item "
        "in the ERP); every held order with this SKU is then validated again.",
        unknown};
    return outcome;
}

} // namespace syncline::domain::rules
