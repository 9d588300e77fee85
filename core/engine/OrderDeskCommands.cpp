// The operator's decisions on holds and mappings. Each runs in one store transaction with its
// audit entry; the role is checked by the domain's HoldPolicy, whatever front end sent it.

#include "engine/OrderDesk.h"
#include "model/Json.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline {

using domain::Hold;
using domain::OrderState;

namespace {

std::optional<domain::User> userOf(const Actor &actor, std::string &refusal)
{
    const auto role = domain::roleFromString(actor.role);
    if (!role) {
        refusal = "\"" + actor.role +
                  "\" is not a role of the console (operator, manager, "
                  "support or admin): the command is refused.";
        return std::nullopt;
    }
    return domain::User{actor.name, *role};
}

// The hold, its order and the user, or why the command cannot run.
struct Subject {
    std::optional<Hold> hold;
    std::optional<OrderRecord> order;
    std::optional<domain::User> user;
    std::string refusal;
};

Subject subjectOf(store::Tx &tx, const std::string &holdId, const Actor &actor)
{
    Subject s;
    s.user = userOf(actor, s.refusal);
    if (!s.user)
        return s;
    s.hold = tx.hold(holdId);
    if (!s.hold) {
        s.refusal = "There is no hold " + holdId + ".";
        return s;
    }
    s.order = tx.order(s.hold->orderNumber);
    if (!s.order) {
        s.hold.reset();
        s.refusal = "The order of hold " + holdId + " is not recorded.";
    }
    return s;
}

void audit(store::Tx &tx, const Actor &actor, const Hold &hold, const domain::HoldAudit &record)
{
    tx.appendAudit(
        {actor, record.action, "hold", hold.id, record.before, record.after,
         record.reason.empty() ? record.description : record.reason + " | " + record.description});
}

std::vector<std::pair<std::string, std::int64_t>> linesOf(const model::Order &order)
{
    std::vector<std::pair<std::string, std::int64_t>> lines;
    for (const auto &line : order.lines)
        lines.emplace_back(line.sku, line.quantity);
    return lines;
}

// Fix once, resolve all alike: the orders whose open holds a new mapping concerns.
template <typename Mapping>
std::set<std::string> ordersBlockedOn(store::Tx &tx, const Mapping &mapping,
                                      const std::string &subject)
{
    const auto holds = tx.activeHoldsWithSubject(subject);
    const auto ids = domain::holdsToRevalidate(mapping, holds);
    std::set<std::string> orders;
    for (const auto &hold : holds)
        if (std::find(ids.begin(), ids.end(), hold.id) != ids.end())
            orders.insert(hold.orderNumber);
    return orders;
}

} // namespace

CommandResult OrderDesk::approve(store::Tx &tx, const std::string &holdId,
                                 const std::string &reason, const Actor &actor, bool &requeued)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    const auto decision = domain::approveHold(*s.hold, *s.user, reason, holdPolicy(), tx.now());
    if (!decision.accepted)
        return CommandResult::failure(decision.refusal);
    tx.saveHold(decision.hold);
    audit(tx, actor, decision.hold, decision.audit);
    finish(tx, *s.order, actor.name,
           "hold " + s.hold->reasonCode + " approved by " + actor.name + ": " + reason, requeued);
    return CommandResult::success(decision.audit.description);
}

CommandResult OrderDesk::reject(store::Tx &tx, const std::string &holdId, const std::string &reason,
                                const Actor &actor)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    // The state machine decides first: an order that cannot be cancelled keeps its hold.
    if (auto refusal = domain::canTransition(s.order->state, OrderState::Cancelled))
        return CommandResult::failure("Order " + s.order->orderNumber + ": " + *refusal);
    const auto decision = domain::rejectHold(*s.hold, *s.user, reason, holdPolicy(), tx.now());
    if (!decision.accepted)
        return CommandResult::failure(decision.refusal);
    tx.saveHold(decision.hold);
    audit(tx, actor, decision.hold, decision.audit);
    bool requeued = false;
    finish(tx, *s.order, actor.name, "rejected by " + actor.name + ": " + reason, requeued);
    return CommandResult::success(decision.audit.description);
}

CommandResult OrderDesk::assign(store::Tx &tx, const std::string &holdId, const std::string &owner,
                                const Actor &actor)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    const auto decision = domain::assignHold(*s.hold, *s.user, owner, holdPolicy(), tx.now());
    if (!decision.accepted)
        return CommandResult::failure(decision.refusal);
    tx.saveHold(decision.hold);
    audit(tx, actor, decision.hold, decision.audit);
    return CommandResult::success(decision.audit.description);
}

CommandResult OrderDesk::note(store::Tx &tx, const std::string &holdId, const std::string &text,
                              const Actor &actor)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    const auto decision = domain::noteHold(*s.hold, *s.user, text, holdPolicy(), tx.now());
    if (!decision.accepted)
        return CommandResult::failure(decision.refusal);
    tx.saveHold(decision.hold);
    audit(tx, actor, decision.hold, decision.audit);
    return CommandResult::success(decision.audit.description);
}

CommandResult OrderDesk::snooze(store::Tx &tx, const std::string &holdId, TimePoint until,
                                const std::string &reason, const Actor &actor)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    const auto decision =
        domain::snoozeHold(*s.hold, *s.user, until, reason, holdPolicy(), tx.now());
    if (!decision.accepted)
        return CommandResult::failure(decision.refusal);
    tx.saveHold(decision.hold);
    audit(tx, actor, decision.hold, decision.audit);
    return CommandResult::success(decision.audit.description);
}

CommandResult OrderDesk::fix(store::Tx &tx, const std::string &holdId, const domain::OrderFix &fix,
                             const Actor &actor, bool &requeued)
{
    auto s = subjectOf(tx, holdId, actor);
    if (!s.hold)
        return CommandResult::failure(s.refusal);
    model::Order order;
    try {
        order = json::value_to<model::Order>(parseJson(s.order->payload));
    } catch (const std::exception &error) {
        return CommandResult::failure(std::string("The stored order cannot be read: ") +
                                      error.what());
    }
    const auto result = domain::fixHold(*s.hold, order, fix, *s.user, holdPolicy(), tx.now());
    if (!result.decision.accepted)
        return CommandResult::failure(result.decision.refusal);
    if (result.skuMapping)
        tx.saveSkuMapping(*result.skuMapping);
    if (result.customerMapping)
        tx.saveCustomerMapping(*result.customerMapping);
    OrderRecord &record = *s.order;
    const std::string payload = json::serialize(json::value_from(result.order));
    if (payload != record.payload) {
        record.payload = payload;
        tx.saveOrder(record, linesOf(result.order));
        tx.updateEventPayload(record.eventId, payload);
    }
    tx.appendAudit({actor, result.decision.audit.action, "hold", s.hold->id,
                    result.decision.audit.before, result.decision.audit.after,
                    result.decision.audit.description});
    const std::string cause = "fixed by " + actor.name;
    settle(tx, record, result.order, cause);
    finish(tx, record, "system", cause, requeued);

    // Fix once, resolve all alike: the other held orders blocked on the same mapping.
    std::set<std::string> others;
    if (result.skuMapping)
        others.merge(ordersBlockedOn(tx, *result.skuMapping, result.skuMapping->storefrontSku));
    if (result.customerMapping)
        others.merge(
            ordersBlockedOn(tx, *result.customerMapping, result.customerMapping->customerId));
    others.erase(record.orderNumber);
    revalidate(tx, others, cause, requeued);
    return CommandResult::success(result.decision.audit.description);
}

CommandResult OrderDesk::mapSku(store::Tx &tx, const domain::SkuMapping &mapping,
                                const Actor &actor, bool &requeued)
{
    std::string refusal;
    const auto user = userOf(actor, refusal);
    if (!user)
        return CommandResult::failure(refusal);
    if (holdPolicy().mayFix.count(user->role) == 0)
        return CommandResult::failure("A user with the " + std::string(toString(user->role)) +
                                      " role may not map SKUs.");
    if (mapping.storefrontSku.empty() || mapping.erpSku.empty())
        return CommandResult::failure(
            "A SKU mapping needs both the storefront SKU and the ERP item number.");
    const auto before = tx.skuMapping(mapping.channel, mapping.storefrontSku);
    tx.saveSkuMapping(mapping);
    tx.appendAudit({actor, "mapping.sku", "sku_mapping",
                    mapping.channel + "/" + mapping.storefrontSku, before.value_or(""),
                    mapping.erpSku, "SKU " + mapping.storefrontSku + " -> " + mapping.erpSku});
    const auto orders = ordersBlockedOn(tx, mapping, mapping.storefrontSku);
    revalidate(tx, orders,
               "SKU " + mapping.storefrontSku + " mapped to " + mapping.erpSku + " by " +
                   actor.name,
               requeued);
    return CommandResult::success("mapped; " + std::to_string(orders.size()) +
                                  " held order(s) validated again");
}

CommandResult OrderDesk::mapCustomer(store::Tx &tx, const domain::CustomerMapping &mapping,
                                     const Actor &actor, bool &requeued)
{
    std::string refusal;
    const auto user = userOf(actor, refusal);
    if (!user)
        return CommandResult::failure(refusal);
    if (holdPolicy().mayFix.count(user->role) == 0)
        return CommandResult::failure("A user with the " + std::string(toString(user->role)) +
                                      " role may not map customers.");
    if (mapping.customerId.empty() || mapping.account.empty())
        return CommandResult::failure(
            "A customer mapping needs both the customer id and the ERP account.");
    const auto before = tx.customerAccount(mapping.channel, mapping.customerId);
    tx.saveCustomerMapping(mapping);
    tx.appendAudit({actor, "mapping.customer", "customer_mapping",
                    mapping.channel + "/" + mapping.customerId, before.value_or(""),
                    mapping.account, "customer " + mapping.customerId + " -> " + mapping.account});
    const auto orders = ordersBlockedOn(tx, mapping, mapping.customerId);
    revalidate(tx, orders,
               "customer " + mapping.customerId + " mapped to " + mapping.account + " by " +
                   actor.name,
               requeued);
    return CommandResult::success("mapped; " + std::to_string(orders.size()) +
                                  " held order(s) validated again");
}

CommandResult OrderDesk::setErpCatalog(store::Tx &tx, const std::vector<std::string> &erpSkus,
                                       const Actor &actor, bool &requeued)
{
    std::int64_t added = 0;
    for (const auto &sku : erpSkus)
        if (!sku.empty() && tx.addErpItem(sku, "catalog"))
            ++added;
    tx.appendAudit({actor, "catalog.set", "erp_items", "catalog", "",
                    std::to_string(added) + " new item(s)", "ERP catalog loaded"});
    std::set<std::string> orders;
    for (const auto &hold : tx.activeHoldsWithReason(domain::reason::UnknownSku))
        orders.insert(hold.orderNumber);
    revalidate(tx, orders, "ERP catalog loaded", requeued);
    return CommandResult::success(std::to_string(added) + " item(s) added");
}

} // namespace syncline
