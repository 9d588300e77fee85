#pragma once

#include "domain/OrderStateMachine.h"
#include "model/Canonical.h"
#include "util/Clock.h"

#include <optional>
#include <string>
#include <vector>

namespace syncline::domain {

struct LineProgress {
    std::string lineId;
    std::string sku;
    std::int64_t ordered = 0;
    std::int64_t shipped = 0;
    std::int64_t returned = 0;
    std::int64_t remaining() const { return ordered - shipped; }
};

// What has happened to an order after the ERP acknowledged it; the engine stores it with the
// order and passes it back in with the next event.
struct OrderFulfilment {
    std::string orderNumber;
    std::vector<LineProgress> lines;
    std::vector<std::string> shipmentIds;
    std::vector<std::string> returnIds;
    std::optional<std::string> invoiceNumber;
    model::InvoiceStatus invoiceStatus = model::InvoiceStatus::Draft;
    std::vector<std::string> creditNotes;
    Decimal credited;

    static OrderFulfilment forOrder(const model::Order &order);
    bool fullyShipped() const;
    std::int64_t remaining(const std::string &sku) const;
};

struct FulfilmentRequestLine {
    std::string lineId; // the storefront's line item
    std::string sku;
    std::int64_t quantity = 0;
};

// What to send to the storefront so that it marks the lines fulfilled and tells the customer.
struct FulfilmentRequest {
    std::string orderNumber;
    std::string storefrontOrderId;
    std::string channel;
    std::string shipmentId;
    std::string carrier;
    std::string trackingNumber;
    std::string trackingUrl;
    std::vector<FulfilmentRequestLine> lines;
    bool completesOrder = false;
};

struct FulfilmentOutcome {
    bool accepted = false;
    bool duplicate = false; // seen before: nothing changed
    std::string refusal;    // why not accepted, for an operator
    OrderFulfilment fulfilment;
    OrderState state = OrderState::Acknowledged;
    std::vector<Transition> transitions; // to record, in order
    std::optional<FulfilmentRequest> request;
};

// A shipment from the warehouse or ERP. It is refused whole (nothing applied) if it ships more
// than remains or a SKU the order does not have. A shipment for a posted order implies the
// acknowledgement that did not arrive.
FulfilmentOutcome applyShipment(const model::Order &order, const OrderFulfilment &fulfilment,
                                OrderState state, const model::Shipment &shipment, TimePoint now);

// Invoices and credit notes from the ERP. The order becomes invoiced once everything has
// shipped (an invoice that arrives earlier is kept until then), and closed once that invoice
// is paid.
FulfilmentOutcome applyInvoice(const OrderFulfilment &fulfilment, OrderState state,
                               const model::Invoice &invoice, TimePoint now);

// A return is recorded against the order; per SKU it may not exceed what shipped and was not
// already returned.
FulfilmentOutcome applyReturn(const OrderFulfilment &fulfilment, OrderState state,
                              const model::ReturnCredit &returned, TimePoint now);

} // namespace syncline::domain
