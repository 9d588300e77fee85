#pragma once

#include "util/Clock.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace syncline::domain {

// The life of a storefront order in Syncline, from receipt to closing. The allowed moves are kept
// in one table (OrderStateMachine.cpp) so that every caller refuses the same transitions.
enum class OrderState {
    Received,
    Validating,
    Held,
    Ready,
    Posted,       // sent to the ERP
    Acknowledged, // the ERP confirmed it has the order
    PartiallyShipped,
    Shipped,
    Invoiced,
    Closed,
    Cancelled,
    Failed,
};

std::string_view toString(OrderState state);
std::optional<OrderState> orderStateFromString(std::string_view text);
const std::vector<OrderState> &allOrderStates();

// Every allowed (from, to) pair. A pair that is not listed is refused.
const std::vector<std::pair<OrderState, OrderState>> &allowedTransitions();

// No value: the transition is allowed. Otherwise the refusal, in words an operator reads.
std::optional<std::string> canTransition(OrderState from, OrderState to);

bool isFinal(OrderState state);

// One recorded move of an order, as the audit and the order history keep it.
struct Transition {
    OrderState from = OrderState::Received;
    OrderState to = OrderState::Received;
    TimePoint at{};
    std::string actor; // user name, or "system"
    std::string cause; // why: "validation passed", "hold approved: ...", "shipment S-1"
};

struct TransitionOutcome {
    std::optional<Transition> transition; // set when allowed
    std::string refusal;                  // set when refused
    bool allowed() const { return transition.has_value(); }
};

TransitionOutcome transition(OrderState from, OrderState to, TimePoint at, std::string actor,
                             std::string cause);

} // namespace syncline::domain
