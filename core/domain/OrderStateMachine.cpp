#include "domain/OrderStateMachine.h"

#include <algorithm>
#include <array>

namespace syncline::domain {

namespace {

using S = OrderState;

struct StateName {
    OrderState state;
    std::string_view name;
};

constexpr std::array<StateName, 12> stateNames{{
    {S::Received, "received"},
    {S::Validating, "validating"},
    {S::Held, "held"},
    {S::Ready, "ready"},
    {S::Posted, "posted"},
    {S::Acknowledged, "acknowledged"},
    {S::PartiallyShipped, "partially_shipped"},
    {S::Shipped, "shipped"},
    {S::Invoiced, "invoiced"},
    {S::Closed, "closed"},
    {S::Cancelled, "cancelled"},
    {S::Failed, "failed"},
}};

} // namespace

std::string_view toString(OrderState state)
{
    for (const auto &entry : stateNames)
        if (entry.state == state)
            return entry.name;
    return "unknown";
}

std::optional<OrderState> orderStateFromString(std::string_view text)
{
    for (const auto &entry : stateNames)
        if (entry.name == text)
            return entry.state;
    return std::nullopt;
}

const std::vector<OrderState> &allOrderStates()
{
    static const std::vector<OrderState> states = [] {
        std::vector<OrderState> out;
        out.reserve(std::size(stateNames));
        for (const auto &entry : stateNames)
            out.push_back(entry.state);
        return out;
    }();
    return states;
}

const std::vector<std::pair<OrderState, OrderState>> &allowedTransitions()
{
    // Held orders go back to validating when a fix is applied, or straight to ready when an
    // operator approves them. An ERP that refuses a posted order for a data reason puts it on
    // hold again. A shipment can follow a partial shipment. An invoice may precede the
    // shipment, but the order becomes invoiced only once everything has shipped (an earlier
    // invoice is recorded and applied then). Closed and cancelled are final; failed orders can be
    // retried after a fix.
    static const std::vector<std::pair<OrderState, OrderState>> table{
        {S::Received, S::Validating},
        {S::Received, S::Cancelled},
        {S::Received, S::Failed},
        {S::Validating, S::Held},
        {S::Validating, S::Ready},
        {S::Validating, S::Cancelled},
        {S::Validating, S::Failed},
        {S::Held, S::Validating},
        {S::Held, S::Ready},
        {S::Held, S::Cancelled},
        {S::Held, S::Failed},
        {S::Ready, S::Posted},
        {S::Ready, S::Held},
        {S::Ready, S::Cancelled},
        {S::Ready, S::Failed},
        {S::Posted, S::Acknowledged},
        {S::Posted, S::Held},
        {S::Posted, S::Cancelled},
        {S::Posted, S::Failed},
        {S::Acknowledged, S::PartiallyShipped},
        {S::Acknowledged, S::Shipped},
        {S::Acknowledged, S::Cancelled},
        {S::PartiallyShipped, S::PartiallyShipped},
        {S::PartiallyShipped, S::Shipped},
        {S::Shipped, S::Invoiced},
        {S::Invoiced, S::Closed},
        {S::Failed, S::Validating},
        {S::Failed, S::Cancelled},
    };
    return table;
}

bool isFinal(OrderState state)
{
    return state == S::Closed || state == S::Cancelled;
}

std::optional<std::string> canTransition(OrderState from, OrderState to)
{
    const auto &table = allowedTransitions();
    if (std::find(table.begin(), table.end(), std::pair{from, to}) != table.end())
        return std::nullopt;
    if (isFinal(from))
        return "the order is " + std::string(toString(from)) +
               ", which is final: it cannot become " + std::string(toString(to));
    if (from == to)
        return "the order is already " + std::string(toString(from));
    std::string allowed;
    for (const auto &[f, t] : table) {
        if (f != from)
            continue;
        if (!allowed.empty())
            allowed += ", ";
        allowed += toString(t);
    }
    return "an order that is " + std::string(toString(from)) + " cannot become " +
           std::string(toString(to)) + " (it can become: " + allowed + ")";
}

TransitionOutcome transition(OrderState from, OrderState to, TimePoint at, std::string actor,
                             std::string cause)
{
    TransitionOutcome outcome;
    if (auto refusal = canTransition(from, to)) {
        outcome.refusal = std::move(*refusal);
        return outcome;
    }
    outcome.transition = Transition{from, to, at, std::move(actor), std::move(cause)};
    return outcome;
}

} // namespace syncline::domain
