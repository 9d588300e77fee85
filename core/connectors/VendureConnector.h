#pragma once

#include "connectors/TrytonConnector.h"
#include "connectors/VendureClient.h"
#include "model/Delivery.h"
#include "model/Inbound.h"

#include <boost/asio/thread_pool.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace syncline::connectors {

struct VendureStockOptions {
    std::string name = "vendure-stock";
    // Canonical location -> Vendure stock location id. A location without an entry sets the
    // variant's stockOnHand (the default stock location), which is what a one-warehouse shop wants.
    std::map<std::string, std::string> stockLocationIds;
    std::size_t batchSize = 50;
};

// Publishes canonical InventoryLevel deliveries (their onHand: Vendure subtracts its own
// allocations) with one updateProductVariants call per batch. Variants are found by SKU.
// Setting an absolute value twice changes nothing, so a repeated delivery is harmless.
class VendureStockTarget final : public DeliveryTarget {
public:
    VendureStockTarget(std::shared_ptr<VendureClient> client, VendureStockOptions options = {});
    ~VendureStockTarget() override;

    std::string name() const override { return options_.name; }
    std::size_t maxBatchSize() const override { return options_.batchSize; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

    std::vector<DeliveryOutcome> deliverNow(const std::vector<Delivery> &batch);

private:
    std::shared_ptr<VendureClient> client_;
    VendureStockOptions options_;
    std::mutex mutex_;
    std::map<std::string, std::string> variantIds_; // SKU -> variant id
    boost::asio::thread_pool worker_{1};
};

struct VendureFulfilmentOptions {
    std::string name = "vendure-fulfilment";
    std::string handlerCode = "manual-fulfillment";
    std::string defaultMethod = "manual"; // when the shipment names no carrier
};

// Publishes canonical Shipments as Vendure fulfilments: addFulfillmentToOrder with the
// manual-fulfillment handler (method and tracking code), then transitionFulfillmentToState
// "Shipped". A fulfilment with the same tracking code on the order is the same shipment
// (a repeat delivery): it is only moved on to Shipped if it is not there yet.
class VendureFulfilmentTarget final : public DeliveryTarget {
public:
    VendureFulfilmentTarget(std::shared_ptr<VendureClient> client,
                            VendureFulfilmentOptions options = {});
    ~VendureFulfilmentTarget() override;

    std::string name() const override { return options_.name; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

    std::optional<CallError> publish(const model::Shipment &shipment);

private:
    std::shared_ptr<VendureClient> client_;
    VendureFulfilmentOptions options_;
    boost::asio::thread_pool worker_{1};
};

struct VendureOrderOptions {
    std::string connection = "vendure";
    TimePoint cursor{}; // orders placed at or after this time are read
    int pageSize = 50;
};

// Reads orders placed since the cursor (by orderPlacedAt: updatedAt does not move when an
// order is paid or shipped) and hands them to the engine as canonical "order.created" events.
class VendureOrderPoller {
public:
    VendureOrderPoller(std::shared_ptr<VendureClient> client, InboundSink &sink,
                       VendureOrderOptions options);

    PollReport poll();
    TimePoint cursor() const { return cursor_; }

private:
    std::shared_ptr<VendureClient> client_;
    InboundSink &sink_;
    VendureOrderOptions options_;
    TimePoint cursor_;
};

} // namespace syncline::connectors
