#pragma once

#include "connectors/TrytonClient.h"
#include "model/Canonical.h"
#include "model/Delivery.h"
#include "model/Inbound.h"

#include <boost/asio/thread_pool.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace syncline::connectors {

struct TrytonOrderOptions {
    std::string name = "tryton-orders";
    // Tryton's invoice method for new sales ("order", "shipment", "manual"); empty: the
    // server's default.
    std::string invoiceMethod;
    // How long to wait for the processing that runs after confirm before judging the sale.
    Millis processingGrace{1'500};
};

// What became of one order in Tryton.
struct TrytonSaleResult {
    std::int64_t saleId = 0;
    std::string state;
    std::vector<std::int64_t> shipments;
    bool created = false; // false when the sale already existed (a repeat delivery)
};

// Posts canonical Order deliveries as confirmed Tryton sales. Idempotent by the sale's
// reference (the storefront order number): an existing sale is completed, never created twice.
// The party is found by its e-mail contact mechanism or created with an address (quote needs
// an invoice address, and create does not fill one in); lines are matched by product code
// (SKU). After confirm the sale is read back, because confirm succeeds even when the
// processing that follows it fails: a sale left "confirmed" without shipments is reported as a
// data error naming it, and processing is retried when the order is delivered again.
class TrytonOrderTarget final : public DeliveryTarget {
public:
    TrytonOrderTarget(std::shared_ptr<TrytonClient> client, TrytonOrderOptions options = {});
    ~TrytonOrderTarget() override;

    std::string name() const override { return options_.name; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override;

    // One order, synchronously (the deliveries run this on the target's own thread).
    std::variant<TrytonSaleResult, CallError> postOrder(const model::Order &order);

private:
    std::shared_ptr<TrytonClient> client_;
    TrytonOrderOptions options_;
    boost::asio::thread_pool worker_{1};
};

// The result of one poll. The cursor only advances when every event was committed.
struct PollReport {
    std::size_t events = 0;
    std::size_t accepted = 0;
    std::size_t duplicates = 0;
    std::optional<CallError> error;
    TimePoint cursor{};
};

struct TrytonStockOptions {
    std::string connection = "tryton";
    // Canonical location name -> Tryton warehouse (stock.location) id, e.g. {"WH", 5}.
    std::map<std::string, std::int64_t> warehouses;
    TimePoint cursor{}; // changes at or after this time are read (epoch: everything)
};

// Reads stock quantities per warehouse for the products whose record or stock moves changed
// since the cursor and hands them to the engine as canonical InventoryLevel events.
class TrytonStockPoller {
public:
    TrytonStockPoller(std::shared_ptr<TrytonClient> client, InboundSink &sink,
                      TrytonStockOptions options);

    PollReport poll();
    TimePoint cursor() const { return cursor_; }

private:
    std::shared_ptr<TrytonClient> client_;
    InboundSink &sink_;
    TrytonStockOptions options_;
    TimePoint cursor_;
    std::int64_t lastSequence_ = 0;
};

struct TrytonShipmentOptions {
    std::string connection = "tryton";
    std::string location = "WH"; // canonical name of the shipping warehouse
    TimePoint cursor{};
};

// Reads customer shipments that are done (stock.shipment.out, write_date at or after the
// cursor) and hands them to the engine as canonical Shipment events: lines from the outgoing
// moves, the order number from the originating sale's reference, and the tracking number from
// the shipment's reference (Tryton 6.0 has no carrier tracking field), else its number.
class TrytonShipmentPoller {
public:
    TrytonShipmentPoller(std::shared_ptr<TrytonClient> client, InboundSink &sink,
                         TrytonShipmentOptions options);

    PollReport poll();
    TimePoint cursor() const { return cursor_; }

private:
    std::shared_ptr<TrytonClient> client_;
    InboundSink &sink_;
    TrytonShipmentOptions options_;
    TimePoint cursor_;
};

// Hands events to a sink and waits until each is committed (or found to be a repeat).
// Returns an error naming the first event the sink refused.
std::optional<CallError> ingestAll(InboundSink &sink, std::vector<Event> events,
                                   PollReport &report);

} // namespace syncline::connectors
