#include "engine/OrderDesk.h"

#include "model/Json.h"
#include "util/Uuid.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace syncline {

using domain::Hold;
using domain::OrderState;

namespace {

constexpr std::string_view AcknowledgedType = "order.acknowledged";

std::vector<std::pair<std::string, std::int64_t>> linesOf(const model::Order &order)
{
    std::vector<std::pair<std::string, std::int64_t>> lines;
    for (const auto &line : order.lines)
        lines.emplace_back(line.sku, line.quantity);
    return lines;
}

std::string holdState(const Hold &hold)
{
    return json::serialize(json::object{{"status", domain::toString(hold.status)},
                                        {"message", hold.message},
                                        {"resolution", hold.resolution}});
}

StageFailure validateFailure(std::string message)
{
    return StageFailure{Stage::Validate, ErrorClass::Data, std::move(message)};
}

} // namespace

OrderDesk::OrderDesk() = default;

void OrderDesk::setPolicy(domain::OrderPolicy policy)
{
    std::lock_guard lock(mutex_);
    policy_ = std::move(policy);
}

void OrderDesk::setSloTarget(domain::SloTarget target)
{
    std::lock_guard lock(mutex_);
    slo_.set(std::move(target));
}

domain::SloTable OrderDesk::sloTable() const
{
    std::lock_guard lock(mutex_);
    return slo_;
}

domain::HoldPolicy OrderDesk::holdPolicy() const
{
    std::lock_guard lock(mutex_);
    return holdPolicy_;
}

domain::OrderPolicy OrderDesk::policy() const
{
    std::lock_guard lock(mutex_);
    return policy_;
}

void OrderDesk::setLookupExtension(std::function<void(domain::OrderLookups &)> extend)
{
    std::lock_guard lock(mutex_);
    extendLookups_ = std::move(extend);
}

void OrderDesk::setStockLookup(StockLookup lookup)
{
    std::lock_guard lock(mutex_);
    stockLookup_ = std::move(lookup);
}

bool OrderDesk::isAcknowledgement(const Event &event)
{
    return event.domain == Domain::Order && event.type == AcknowledgedType;
}

PipelineResult OrderDesk::passThrough(const Event &event)
{
    PipelineResult result;
    result.canonicalPayload = event.payload;
    return result;
}

domain::ValidationContext OrderDesk::context(store::Tx &tx) const
{
    domain::ValidationContext ctx;
    std::function<void(domain::OrderLookups &)> extend;
    {
        std::lock_guard lock(mutex_);
        ctx.policy = policy_;
        ctx.holdPolicy = holdPolicy_;
        extend = extendLookups_;
        ctx.lookups.stockByLocation = stockLookup_;
    }
    auto &l = ctx.lookups;
    l.skuCrossReference = [&tx](const std::string &channel, const std::string &sku) {
        return tx.skuMapping(channel, sku);
    };
    // Until the engine knows the ERP's items (a catalog, or products from the ERP), it cannot
    // tell an unknown SKU from a known one, and the rule does not run.
    if (tx.hasErpItems())
        l.erpKnowsSku = [&tx](const std::string &sku) { return tx.erpKnowsItem(sku); };
    l.customerAccount = [&tx](const std::string &channel, const model::Customer &customer) {
        return tx.customerAccount(channel, customer.id);
    };
    l.previousOrderNumber = [&tx](const std::string &channel, const std::string &id) {
        return tx.orderNumberByStorefrontId(channel, id);
    };
    if (extend)
        extend(l);
    return ctx;
}

std::optional<std::string> OrderDesk::move(store::Tx &tx, OrderRecord &order, OrderState to,
                                           const std::string &actor, const std::string &cause,
                                           bool persist)
{
    auto outcome = domain::transition(order.state, to, tx.now(), actor, cause);
    if (!outcome.allowed())
        return "Order " + order.orderNumber + ": " + outcome.refusal;
    tx.recordTransition(order.orderNumber, *outcome.transition);
    if (persist)
        tx.setOrderState(order.orderNumber, to);
    order.state = to;
    return std::nullopt;
}

OrderDesk::Admission OrderDesk::admit(store::Tx &tx, const store::StoredEvent &stored,
                                      const PipelineResult &result, bool &requeued)
{
    const Event &e = stored.event;
    if (e.domain == Domain::Product)
        return productSeen(tx, result.canonicalPayload, requeued);
    if (e.domain != Domain::Order)
        return {};
    if (isAcknowledgement(e))
        return acknowledge(tx, e);

    model::Order parsed;
    try {
        parsed = json::value_to<model::Order>(parseJson(result.canonicalPayload));
    } catch (const std::exception &error) {
        return {validateFailure(std::string("the order cannot be read: ") + error.what()), false};
    }
    auto existing = tx.order(parsed.orderNumber);
    // Released or approved: the order resumes at routing.
    if (existing && stored.stage >= Stage::Route && existing->state == OrderState::Ready)
        return {};

    OrderRecord order = existing.value_or(OrderRecord{});
    const bool fresh = !existing;
    if (existing && existing->eventId != e.eventId) {
        const auto state = existing->state;
        const bool settled = state != OrderState::Received && state != OrderState::Validating &&
                             state != OrderState::Held && state != OrderState::Failed;
        if (state == OrderState::Cancelled)
            return {validateFailure("Order " + parsed.orderNumber +
                                    " was cancelled; a new version of it is not processed."),
                    false};
        if (settled)
            return {}; // an update of an order the ERP has: it goes on as it is
        if (state == OrderState::Held)
            tx.setEventState(existing->eventId, "superseded", Stage::Validate);
    }
    order.orderNumber = parsed.orderNumber;
    order.channel = parsed.channel;
    order.connection = e.connection;
    order.storefrontOrderId = parsed.storefrontOrderId;
    order.payload = result.canonicalPayload;
    order.customerEmail = parsed.customer.email;
    order.eventId = e.eventId;
    order.occurredAt = e.occurredAt;
    if (fresh) {
        order.createdAt = tx.now();
        order.state = OrderState::Received;
    }
    if (fresh)
        tx.recordTransition(order.orderNumber,
                            {OrderState::Received, OrderState::Received, tx.now(), "system",
                             "received on " + e.connection + " (event " + e.eventId + ")"});
    if (order.state != OrderState::Validating)
        if (auto refusal =
                move(tx, order, OrderState::Validating, "system", "validation started", false))
            return {validateFailure(*refusal), false};

    const auto settled = settle(tx, order, parsed, "validation");
    if (domain::orderStateAfterHolds(settled.holds) == OrderState::Held) {
        std::string reasons;
        for (const auto &hold : settled.holds)
            if (domain::isActive(hold))
                reasons += (reasons.empty() ? "" : ", ") + hold.reasonCode;
        (void)move(tx, order, OrderState::Held, "system", "held: " + reasons, false);
        tx.saveOrder(order, linesOf(parsed)); // once, with the state it ends in
        tx.setEventState(e.eventId, "held", Stage::Validate);
        return {std::nullopt, true};
    }
    if (auto refusal = move(tx, order, OrderState::Ready, "system", "validation passed", false))
        return {validateFailure(*refusal), false};
    tx.saveOrder(order, linesOf(parsed));
    return {};
}

OrderDesk::Admission OrderDesk::acknowledge(store::Tx &tx, const Event &event)
{
    std::string number = event.correlationId;
    try {
        const auto payload = parseJson(event.payload);
        if (const auto *o = payload.if_object())
            if (const auto *n = o->if_contains("order_number"); n && n->is_string())
                number = std::string(n->get_string());
    } catch (const std::exception &) {
        // The correlation id names the order when the payload does not.
    }
    auto order = tx.order(number);
    if (!order)
        return {validateFailure("an acknowledgement for order " + number +
                                ", which Syncline has not received"),
                false};
    if (auto refusal =
            move(tx, *order, OrderState::Acknowledged, "system",
                 "acknowledged by " + event.sourceSystem + " (event " + event.eventId + ")"))
        return {validateFailure(*refusal), false};
    tx.setOrderAcknowledged(number, tx.now());
    return {};
}

OrderDesk::Admission OrderDesk::productSeen(store::Tx &tx, const std::string &canonical,
                                            bool &requeued)
{
    std::string sku;
    try {
        sku = json::value_to<model::Product>(parseJson(canonical)).sku;
    } catch (const std::exception &) {
        return {};
    }
    if (sku.empty() || !tx.addErpItem(sku, "product event"))
        return {};
    std::vector<std::string> subjects{sku};
    for (const auto &mapping : tx.skuMappingsTo(sku))
        subjects.push_back(mapping.storefrontSku);
    std::set<std::string> orders;
    for (const auto &subject : subjects)
        for (const auto &hold : tx.activeHoldsWithSubject(subject))
            if (hold.reasonCode == domain::reason::UnknownSku)
                orders.insert(hold.orderNumber);
    revalidate(tx, orders, "product " + sku + " arrived from the ERP", requeued);
    return {};
}

OrderDesk::Settled OrderDesk::settle(store::Tx &tx, const OrderRecord &order,
                                     const model::Order &parsed, const std::string &cause)
{
    const auto report = domain::validate(parsed, context(tx));
    const TimePoint now = tx.now();
    // Findings that do not hold the order (checked on stale prices, on the last known credit)
    // travel with it in its history.
    for (const auto &flag : report.flags)
        tx.appendAudit({Actor{}, "order.flag", "order", order.orderNumber, "", flag.reasonCode,
                        flag.message + " (" + cause + ")"});
    Settled out;
    out.holds = tx.holdsOfOrder(order.orderNumber);
    for (auto &hold : out.holds) {
        if (!domain::isActive(hold))
            continue;
        const Hold before = hold;
        const auto decision = domain::revalidateHold(domain::wakeIfDue(hold, now), report, now);
        if (decision.release) {
            hold = decision.hold;
            tx.saveHold(hold);
            tx.appendAudit({Actor{}, "hold.release", "hold", hold.id, holdState(before),
                            holdState(hold), decision.reason + " (" + cause + ")"});
        } else if (decision.hold.message != hold.message ||
                   decision.hold.subjects != hold.subjects || decision.hold.status != hold.status) {
            hold = decision.hold;
            tx.saveHold(hold);
        }
    }
    const Millis due = sloTable().target(Domain::Order).target;
    for (const auto &failure : report.failures) {
        const bool covered = std::any_of(out.holds.begin(), out.holds.end(), [&](const Hold &h) {
            return h.reasonCode == failure.reasonCode &&
                   (domain::isActive(h) || h.status == domain::HoldStatus::Approved);
        });
        if (covered)
            continue;
        Hold hold = domain::openHold(failure, parsed, now, due, newUuid());
        tx.saveHold(hold);
        out.opened.push_back(hold.reasonCode);
        out.holds.push_back(std::move(hold));
    }
    return out;
}

void OrderDesk::finish(store::Tx &tx, OrderRecord &order, const std::string &actor,
                       const std::string &cause, bool &requeued)
{
    if (order.state != OrderState::Held)
        return;
    auto holds = tx.holdsOfOrder(order.orderNumber);
    const auto next = domain::orderStateAfterHolds(holds);
    if (next == OrderState::Ready) {
        if (!move(tx, order, OrderState::Ready, actor, cause)) {
            tx.setEventState(order.eventId, "received", Stage::Route);
            requeued = true;
        }
    } else if (next == OrderState::Cancelled) {
        for (auto &hold : holds)
            if (domain::isActive(hold)) {
                hold.status = domain::HoldStatus::Resolved;
                hold.resolution = "order cancelled";
                hold.snoozedUntil.reset();
                hold.closedAt = tx.now();
                tx.saveHold(hold);
            }
        if (!move(tx, order, OrderState::Cancelled, actor, cause))
            tx.setEventState(order.eventId, "discarded", Stage::Validate);
    }
}

void OrderDesk::revalidate(store::Tx &tx, const std::set<std::string> &orderNumbers,
                           const std::string &cause, bool &requeued)
{
    for (const auto &number : orderNumbers) {
        auto order = tx.order(number);
        if (!order || order->state != OrderState::Held)
            continue;
        model::Order parsed;
        try {
            parsed = json::value_to<model::Order>(parseJson(order->payload));
        } catch (const std::exception &) {
            continue;
        }
        settle(tx, *order, parsed, cause);
        finish(tx, *order, "system", cause, requeued);
    }
}

void OrderDesk::revalidateHeld(store::Tx &tx, std::string_view reasonCode,
                               const std::string &subject, const std::string &cause, bool &requeued)
{
    std::set<std::string> orders;
    for (const auto &hold : tx.activeHoldsWithSubject(subject))
        if (hold.reasonCode == reasonCode)
            orders.insert(hold.orderNumber);
    revalidate(tx, orders, cause, requeued);
}

void OrderDesk::stockArrived(store::Tx &tx, const std::string &erpSku, const std::string &cause,
                             bool &requeued)
{
    const auto holds = tx.activeHoldsWithSubject(erpSku);
    const auto ids = domain::holdsToRevalidate(domain::reason::NoFulfilmentBranch, erpSku, holds);
    std::set<std::string> orders;
    for (const auto &hold : holds)
        if (std::find(ids.begin(), ids.end(), hold.id) != ids.end())
            orders.insert(hold.orderNumber);
    revalidate(tx, orders, cause, requeued);
}

void OrderDesk::recordSample(store::Tx &tx, const std::string &eventId, Domain domain,
                             TimePoint occurredAt, TimePoint completedAt)
{
    const Millis target = sloTable().target(domain).target;
    const Millis latency =
        std::max(Millis(0), std::chrono::duration_cast<Millis>(completedAt - occurredAt));
    tx.recordSlo(eventId, domain, completedAt, latency, target);
}

void OrderDesk::completed(store::Tx &tx, const Event &event)
{
    if (event.domain == Domain::Order)
        return; // an order's service level ends when the ERP has it: see delivered
    recordSample(tx, event.eventId, event.domain, event.occurredAt, tx.now());
}

void OrderDesk::delivered(store::Tx &tx, const store::OutboxRow &row)
{
    if (row.domain != Domain::Order || row.type == AcknowledgedType)
        return;
    // The correlation id names the order by convention; the payload says for sure.
    auto order = tx.order(row.correlationId);
    if (!order || order->eventId != row.eventId) {
        try {
            const auto parsed = json::value_to<model::Order>(parseJson(row.payload));
            order = tx.order(parsed.orderNumber);
        } catch (const std::exception &) {
            return;
        }
    }
    if (!order || order->state != OrderState::Ready ||
        move(tx, *order, OrderState::Posted, "system", "delivered to " + row.target, false))
        return;
    tx.setOrderPosted(order->orderNumber, tx.now());
    recordSample(tx, order->eventId, Domain::Order, order->occurredAt, tx.now());
}

} // namespace syncline
