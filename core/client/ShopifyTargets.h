#pragma once

#include "client/HttpClient.h"
#include "client/RateLimit.h"
#include "model/ChannelLevels.h"
#include "model/Delivery.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace syncline::client {

// One shop's Admin GraphQL API. Targets of the same shop share the cost budget, because the
// server keeps a single bucket per app and shop.
struct ShopifyConnection {
    std::string baseUrl; // "https://example.myshopify.com"
    std::string accessToken;
    std::string apiVersion = "2026-04";
    std::shared_ptr<ShopifyCostBudget> budget; // created (on the system clock) when null

    std::string graphqlUrl() const;
};

struct ShopifyInventoryOptions {
    std::string name = "shopify-inventory";
    ShopifyConnection connection;
    // Cross-reference: canonical SKU -> InventoryItem gid, canonical location -> Location gid.
    std::map<std::string, std::string> inventoryItemIds;
    std::map<std::string, std::string> locationIds;
    std::string reason = "correction";
};

// Publishes canonical InventoryLevel deliveries (their `available`) with inventorySetQuantities,
// up to 250 quantities per call. Each call carries an idempotency key derived from the
// deliveries' own keys, so a retried batch is recognised by Shopify and applied once, and a
// changeFromQuantity (the last value published here for that item and location, else null) so
// that a change made meanwhile in Shopify is reported instead of overwritten.
//
// It also reads back what the shop shows ("available" per mapped item and location, 250 items
// per query), so that the engine can reconcile the shop against the stock it should show.
class ShopifyInventoryTarget final : public DeliveryTarget, public ChannelLevelReader {
public:
    static constexpr std::size_t BatchLimit = 250;

    ShopifyInventoryTarget(HttpClient &http, ShopifyInventoryOptions options);
    ~ShopifyInventoryTarget() override;

    std::string name() const override;
    std::size_t maxBatchSize() const override { return BatchLimit; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;
    // SKUs without a mapped inventory item are left out; what is read becomes the value the
    // next publication compares against (changeFromQuantity).
    void readLevels(std::vector<std::string> skus,
                    std::function<void(std::vector<ShownLevel>, std::string)> done) override;

    // The value last published for a SKU at a location (canonical names), if known. Seeding it
    // after a restart lets the first publication check against it.
    std::optional<std::int64_t> lastPublished(const std::string &sku,
                                              const std::string &location) const;
    void rememberPublished(const std::string &sku, const std::string &location,
                           std::int64_t quantity);

    // Same deliveries (by idempotency key, in order) -> same key, in UUID form.
    static std::string batchIdempotencyKey(const std::vector<std::string> &deliveryKeys);

    struct State;

private:
    std::shared_ptr<State> state_;
};

struct ShopifyFulfillmentOptions {
    std::string name = "shopify-fulfillment";
    ShopifyConnection connection;
    bool notifyCustomer = true;
    // Order number -> Order gid, for shipments whose payload has no "storefront_order_id".
    std::function<std::optional<std::string>(const std::string &orderNumber)> resolveOrderId;
    // Canonical carrier -> the company name Shopify shows (unmapped carriers are sent as is).
    std::map<std::string, std::string> carrierNames;
};

// Publishes canonical Shipments: reads the order's fulfillment orders, maps the shipped lines to
// fulfillment order line items by SKU (partial shipments take only what they ship) and calls
// fulfillmentCreate with the tracking details. A shipment whose tracking number the order
// already carries is reported as delivered, so a retry never creates a second fulfillment.
class ShopifyFulfillmentTarget final : public DeliveryTarget {
public:
    ShopifyFulfillmentTarget(HttpClient &http, ShopifyFulfillmentOptions options);
    ~ShopifyFulfillmentTarget() override;

    std::string name() const override;
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

    struct State;

private:
    std::shared_ptr<State> state_;
};

} // namespace syncline::client
