#pragma once

#include "client/HttpClient.h"
#include "client/RateLimit.h"
#include "model/Delivery.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace syncline::client {

struct WooCommerceStockOptions {
    std::string name = "woocommerce-stock";
    std::string baseUrl; // "https://shop.example.com" (the WordPress site)
    std::string consumerKey;
    std::string consumerSecret;
    std::map<std::string, std::int64_t> productIds; // cross-reference: SKU -> product id
    std::shared_ptr<RequestGate> gate;              // Retry-After gate (system clock) when null
};

// Publishes canonical InventoryLevel deliveries (their `available`) as stock_quantity through
// the products batch endpoint, up to 100 items per call; the per-item errors of the batch answer
// are reported per delivery.
class WooCommerceStockTarget final : public DeliveryTarget {
public:
    static constexpr std::size_t BatchLimit = 100;

    WooCommerceStockTarget(HttpClient &http, WooCommerceStockOptions options);
    ~WooCommerceStockTarget() override;

    std::string name() const override;
    std::size_t maxBatchSize() const override { return BatchLimit; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

    std::string batchUrl() const;

    struct State;

private:
    std::shared_ptr<State> state_;
};

} // namespace syncline::client
