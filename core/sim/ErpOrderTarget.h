#pragma once

#include "client/HttpClient.h"
#include "model/Delivery.h"

#include <memory>
#include <string>

namespace syncline::sim {

struct ErpOrderTargetOptions {
    std::string name = "erp-orders";
    std::string baseUrl; // "http://127.0.0.1:8702"
    std::string apiKey;  // sent as "Authorization: Bearer <key>"
};

// Posts canonical orders to the ERP's order API (POST <baseUrl>/erp/orders, JSON body) with the
// delivery's idempotency key in Idempotency-Key, so a retried delivery is recognised and
// answered without creating a second order.
class ErpOrderTarget final : public DeliveryTarget {
public:
    ErpOrderTarget(client::HttpClient &http, ErpOrderTargetOptions options);

    std::string name() const override { return options_.name; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

private:
    client::HttpClient &http_;
    ErpOrderTargetOptions options_;
};

} // namespace syncline::sim
