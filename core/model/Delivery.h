#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace syncline {

// One row of the outbox handed to a target: the effect to apply there, with the key the target
// uses to recognise a repeat (so a retry after a crash is never applied twice).
struct Delivery {
    std::int64_t outboxId = 0;
    std::string target;
    std::string eventId;
    std::string idempotencyKey;
    std::string connection;
    Domain domain = Domain::Order;
    std::string type;
    std::string correlationId;
    std::string payload;
    int attempt = 1;
};

struct DeliveryOutcome {
    bool ok = false;
    ErrorClass errorClass = ErrorClass::Transient;
    std::string message;
    std::optional<Millis> retryAfter; // what the server asked for (Retry-After, throttle status)

    static DeliveryOutcome success()
    {
        return DeliveryOutcome{true, ErrorClass::Transient, {}, {}};
    }
    static DeliveryOutcome failure(ErrorClass errorClass, std::string message,
                                   std::optional<Millis> retryAfter = std::nullopt)
    {
        return DeliveryOutcome{false, errorClass, std::move(message), retryAfter};
    }
};

// A system Syncline writes to (a storefront, an ERP, a file drop). Implementations must call
// `done` exactly once, from any thread, with one outcome per delivery in the same order.
class DeliveryTarget {
public:
    virtual ~DeliveryTarget() = default;
    virtual std::string name() const = 0;
    // Largest batch the target accepts in one call (Shopify 250, WooCommerce 100).
    virtual std::size_t maxBatchSize() const { return 1; }
    virtual void deliver(std::vector<Delivery> batch,
                         std::function<void(std::vector<DeliveryOutcome>)> done) = 0;
};

// Which targets receive the events of a domain (and optionally only of some connections/types).
struct Route {
    Domain domain = Domain::Order;
    std::string target;
    std::string fromConnection; // empty: any connection
    std::string typePrefix;     // empty: any type
};

} // namespace syncline
