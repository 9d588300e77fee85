#pragma once

#include "sim/Scenario.h"

#include <string>
#include <utility>
#include <vector>

// What the simulated storefront sends: Shopify REST resources as webhook bodies, signed the way
// Shopify signs them.
namespace syncline::sim {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// The id Shopify would give order number `number` (stable, so reruns name the same orders).
std::string shopifyOrderId(std::int64_t number);
std::string shopifyOrderGid(std::int64_t number);
std::string orderName(std::int64_t number); // "#1001"

// The REST order resource (as in orders/create) for a scenario order.
std::string shopifyOrderBody(const OrderSpec &order, const std::string &createdAt,
                             const std::string &updatedAt);

struct WebhookMessage {
    std::string topic;
    std::string body;
    std::string eventId;     // the same on every delivery of one event
    std::string triggeredAt; // ISO 8601, when the event fired
};

// The X-Shopify-* headers of one delivery attempt: the HMAC is base64(HMAC-SHA256(secret, body)),
// the webhook id is new for each attempt, the event id and trigger time are the event's.
HeaderList shopifyWebhookHeaders(const WebhookMessage &message, const std::string &secret,
                                 const std::string &shopDomain, const std::string &apiVersion);

// The generic signed webhook of an ERP: X-Syncline-Signature = hex HMAC-SHA256 of the body.
HeaderList genericWebhookHeaders(const std::string &body, const std::string &secret);

} // namespace syncline::sim
