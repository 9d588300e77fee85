#pragma once

#include "model/Event.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::wire {

// Cross-references the connection keeps between Shopify ids and Syncline's business keys. Any of
// them may be empty; the mapping then falls back to a key that still names the Shopify object.
struct ShopifyLookups {
    using Lookup = std::function<std::optional<std::string>(std::string_view shopifyId)>;
    Lookup skuForInventoryItem; // inventory_item_id -> SKU
    Lookup locationCode;        // location_id -> Syncline location code
    Lookup orderNumber;         // order id -> order name ("#1001")
};

struct ShopifyContext {
    std::string connection;
    std::string shopDomain;
    std::string sourceSystem = "shopify";
    ShopifyLookups lookups;
};

// Maps one Shopify webhook body (the REST resource of `topic`) to canonical events. Pure: no I/O.
// Supported topics: orders/create, orders/updated, orders/paid, orders/fulfilled,
// orders/partially_fulfilled, orders/cancelled, inventory_levels/update, products/create,
// products/update, fulfillments/create, fulfillments/update, refunds/create. Topics that carry
// nothing for the canonical model (locations/*, fulfillment_orders/*) yield no event.
// The returned events carry domain, type, correlation id, entity key, occurredAt (the
// resource's own update time) and payload; the caller sets the delivery's idempotency key.
// Throws MappingError naming the field on bad input, or naming the topic when unsupported.
std::vector<Event> mapShopifyWebhook(std::string_view topic, std::string_view body,
                                     const ShopifyContext &ctx);

} // namespace syncline::wire
