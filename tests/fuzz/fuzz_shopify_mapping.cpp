// Shopify webhook bodies to canonical events, for every supported topic and one that carries
// nothing. A body may be refused (MappingError); anything else escaping is a finding.
#include "FuzzSupport.h"
#include "model/Json.h"
#include "wire/ShopifyMapping.h"

#include <array>
#include <optional>
#include <string>

using namespace syncline;

namespace {

constexpr std::array topics = {
    "orders/create",
    "orders/updated",
    "orders/paid",
    "orders/fulfilled",
    "orders/partially_fulfilled",
    "orders/cancelled",
    "inventory_levels/update",
    "products/create",
    "products/update",
    "fulfillments/create",
    "fulfillments/update",
    "refunds/create",
    "locations/update",
};

// Known ids resolve, others do not, so both the cross-reference and its fallback run.
std::optional<std::string> lookup(std::string_view id, std::string_view prefix)
{
    if (id.empty() || (id.back() - '0') % 2 != 0)
        return std::nullopt;
    return std::string(prefix) + std::string(id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const wire::ShopifyContext context = [] {
        wire::ShopifyContext ctx;
        ctx.connection = "shop";
        ctx.shopDomain = "fuzz.myshopify.com";
        ctx.lookups.skuForInventoryItem = [](std::string_view id) { return lookup(id, "SKU-"); };
        ctx.lookups.locationCode = [](std::string_view id) { return lookup(id, "LOC-"); };
        ctx.lookups.orderNumber = [](std::string_view id) { return lookup(id, "#"); };
        return ctx;
    }();
    const auto body = fuzz::asText(data, size);
    for (const auto *topic : topics) {
        try {
            for (const auto &event : wire::mapShopifyWebhook(topic, body, context)) {
                fuzz::require(!event.type.empty(), "a mapped event has a type");
                fuzz::require(!event.payload.empty(), "a mapped event has a payload");
                (void)parseJson(event.payload);
            }
        } catch (const MappingError &) {
            // Refused with the offending field named: the expected outcome for most inputs.
        }
    }
    return 0;
}
