#include "domain/Fulfilment.h"

#include <algorithm>
#include <map>

namespace syncline::domain {

namespace {

const std::string systemActor = "system";

bool contains(const std::vector<std::string> &items, const std::string &value)
{
    return std::find(items.begin(), items.end(), value) != items.end();
}

FulfilmentOutcome refusedOutcome(const OrderFulfilment &fulfilment, OrderState state,
                                 std::string why)
{
    FulfilmentOutcome outcome;
    outcome.refusal = std::move(why);
    outcome.fulfilment = fulfilment;
    outcome.state = state;
    return outcome;
}

// Moves the outcome's state to `to`, recording the transition; false if the table refuses.
bool advance(FulfilmentOutcome &outcome, OrderState to, TimePoint now, std::string cause)
{
    auto step = transition(outcome.state, to, now, systemActor, std::move(cause));
    if (!step.allowed())
        return false;
    outcome.transitions.push_back(*step.transition);
    outcome.state = to;
    return true;
}

bool invoiceCounts(model::InvoiceStatus status)
{
    return status == model::InvoiceStatus::Issued || status == model::InvoiceStatus::Paid;
}

// After shipping or invoicing: invoiced once all shipped with an invoice, closed once paid.
void settle(FulfilmentOutcome &outcome, TimePoint now)
{
    const auto &f = outcome.fulfilment;
    if (!f.invoiceNumber || !invoiceCounts(f.invoiceStatus) || !f.fullyShipped())
        return;
    if (outcome.state == OrderState::Shipped)
        advance(outcome, OrderState::Invoiced, now, "invoice " + *f.invoiceNumber);
    if (outcome.state == OrderState::Invoiced && f.invoiceStatus == model::InvoiceStatus::Paid)
        advance(outcome, OrderState::Closed, now, "invoice " + *f.invoiceNumber + " paid");
}

} // namespace

OrderFulfilment OrderFulfilment::forOrder(const model::Order &order)
{
    OrderFulfilment f;
    f.orderNumber = order.orderNumber;
    for (const auto &line : order.lines)
        f.lines.push_back(LineProgress{line.lineId, line.sku, line.quantity, 0, 0});
    return f;
}

bool OrderFulfilment::fullyShipped() const
{
    return std::all_of(lines.begin(), lines.end(),
                       [](const LineProgress &line) { return line.remaining() <= 0; });
}

std::int64_t OrderFulfilment::remaining(const std::string &sku) const
{
    std::int64_t total = 0;
    for (const auto &line : lines)
        if (line.sku == sku)
            total += line.remaining();
    return total;
}

FulfilmentOutcome applyShipment(const model::Order &order, const OrderFulfilment &fulfilment,
                                OrderState state, const model::Shipment &shipment, TimePoint now)
{
    if (contains(fulfilment.shipmentIds, shipment.shipmentId)) {
        FulfilmentOutcome outcome{true, true, {}, fulfilment, state, {}, std::nullopt};
        return outcome;
    }
    const bool shippable = state == OrderState::Posted || state == OrderState::Acknowledged ||
                           state == OrderState::PartiallyShipped;
    if (!shippable)
        return refusedOutcome(fulfilment, state,
                              "Shipment " + shipment.shipmentId + " cannot apply to order " +
                                  order.orderNumber + ", which is " + std::string(toString(state)) +
                                  ".");

    std::map<std::string, std::int64_t> shipping;
    for (const auto &line : shipment.lines) {
        if (line.quantity <= 0)
            return refusedOutcome(fulfilment, state,
                                  "Shipment " + shipment.shipmentId + " has a line for " +
                                      line.sku + " with quantity " + std::to_string(line.quantity) +
                                      ".");
        shipping[line.sku] += line.quantity;
    }
    if (shipping.empty())
        return refusedOutcome(fulfilment, state,
                              "Shipment " + shipment.shipmentId + " has no lines.");
    for (const auto &[sku, quantity] : shipping) {
        const std::int64_t remaining = fulfilment.remaining(sku);
        if (quantity > remaining)
            return refusedOutcome(fulfilment, state,
                                  "Shipment " + shipment.shipmentId + " ships " +
                                      std::to_string(quantity) + " of " + sku + " but only " +
                                      std::to_string(remaining) + " remain on order " +
                                      order.orderNumber + ".");
    }

    FulfilmentOutcome outcome;
    outcome.accepted = true;
    outcome.fulfilment = fulfilment;
    outcome.state = state;
    FulfilmentRequest request{order.orderNumber,
                              order.storefrontOrderId,
                              order.channel,
                              shipment.shipmentId,
                              shipment.carrier,
                              shipment.trackingNumber,
                              shipment.trackingUrl,
                              {},
                              false};
    // Allocate to the order's lines in their order: two lines may carry the same SKU.
    for (auto &[sku, quantity] : shipping) {
        for (auto &line : outcome.fulfilment.lines) {
            if (quantity == 0)
                break;
            if (line.sku != sku || line.remaining() <= 0)
                continue;
            const std::int64_t take = std::min(quantity, line.remaining());
            line.shipped += take;
            quantity -= take;
            request.lines.push_back(FulfilmentRequestLine{line.lineId, sku, take});
        }
    }
    outcome.fulfilment.shipmentIds.push_back(shipment.shipmentId);
    const bool complete = outcome.fulfilment.fullyShipped();
    request.completesOrder = complete;
    outcome.request = std::move(request);

    const std::string cause = "shipment " + shipment.shipmentId +
                              (shipment.carrier.empty() ? "" : " via " + shipment.carrier);
    if (outcome.state == OrderState::Posted)
        advance(outcome, OrderState::Acknowledged, now,
                "shipment " + shipment.shipmentId + " shows the ERP has the order");
    advance(outcome, complete ? OrderState::Shipped : OrderState::PartiallyShipped, now, cause);
    settle(outcome, now);
    return outcome;
}

FulfilmentOutcome applyInvoice(const OrderFulfilment &fulfilment, OrderState state,
                               const model::Invoice &invoice, TimePoint now)
{
    if (state == OrderState::Cancelled || state == OrderState::Failed)
        return refusedOutcome(fulfilment, state,
                              "Invoice " + invoice.invoiceNumber + " arrived for order " +
                                  fulfilment.orderNumber + ", which is " +
                                  std::string(toString(state)) + ".");
    FulfilmentOutcome outcome;
    outcome.accepted = true;
    outcome.fulfilment = fulfilment;
    outcome.state = state;
    auto &f = outcome.fulfilment;
    if (invoice.creditNote) {
        if (contains(f.creditNotes, invoice.invoiceNumber)) {
            outcome.duplicate = true;
            return outcome;
        }
        f.creditNotes.push_back(invoice.invoiceNumber);
        f.credited = f.credited + invoice.total.abs();
        return outcome;
    }
    if (f.invoiceNumber == invoice.invoiceNumber && f.invoiceStatus == invoice.status) {
        outcome.duplicate = true;
        return outcome;
    }
    f.invoiceNumber = invoice.invoiceNumber;
    f.invoiceStatus = invoice.status;
    settle(outcome, now);
    return outcome;
}

FulfilmentOutcome applyReturn(const OrderFulfilment &fulfilment, OrderState state,
                              const model::ReturnCredit &returned, TimePoint)
{
    if (contains(fulfilment.returnIds, returned.returnId))
        return FulfilmentOutcome{true, true, {}, fulfilment, state, {}, std::nullopt};
    std::map<std::string, std::int64_t> returning;
    for (const auto &line : returned.lines) {
        if (line.quantity <= 0)
            return refusedOutcome(fulfilment, state,
                                  "Return " + returned.returnId + " has a line for " + line.sku +
                                      " with quantity " + std::to_string(line.quantity) + ".");
        returning[line.sku] += line.quantity;
    }
    for (const auto &[sku, quantity] : returning) {
        std::int64_t shipped = 0;
        std::int64_t already = 0;
        for (const auto &line : fulfilment.lines)
            if (line.sku == sku) {
                shipped += line.shipped;
                already += line.returned;
            }
        if (quantity > shipped - already)
            return refusedOutcome(
                fulfilment, state,
                "Return " + returned.returnId + " returns " + std::to_string(quantity) + " of " +
                    sku + " but only " + std::to_string(shipped) + " shipped on order " +
                    fulfilment.orderNumber +
                    (already > 0 ? " and " + std::to_string(already) + " were already returned"
                                 : std::string()) +
                    ".");
    }
    FulfilmentOutcome outcome;
    outcome.accepted = true;
    outcome.fulfilment = fulfilment;
    outcome.state = state;
    for (auto &[sku, quantity] : returning)
        for (auto &line : outcome.fulfilment.lines) {
            if (line.sku != sku)
                continue;
            const std::int64_t take = std::min(quantity, line.shipped - line.returned);
            line.returned += take;
            quantity -= take;
        }
    outcome.fulfilment.returnIds.push_back(returned.returnId);
    return outcome;
}

} // namespace syncline::domain
