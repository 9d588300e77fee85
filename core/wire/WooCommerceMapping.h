#pragma once

#include "model/Event.h"

#include <string>
#include <string_view>
#include <vector>

namespace syncline::wire {

struct WooCommerceContext {
    std::string connection;
    std::string sourceSystem = "woocommerce";
};

// Maps one WooCommerce webhook body (the REST v3 representation of the resource) to canonical
// events. Pure: no I/O. Topics: order.created, order.updated, order.restored (an order whose
// status is "cancelled" yields "order.cancelled"), product.created, product.updated,
// product.restored (a product without a SKU yields no event). Throws MappingError naming the field
// on bad input, or naming the topic when unsupported.
std::vector<Event> mapWooCommerceWebhook(std::string_view topic, std::string_view body,
                                         const WooCommerceContext &ctx);

} // namespace syncline::wire
