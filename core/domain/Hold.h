#pragma once

#include "domain/HoldPolicy.h"
#include "domain/OrderRules.h"
#include "domain/OrderStateMachine.h"
#include "domain/Roles.h"
#include "model/Canonical.h"
#include "util/Clock.h"

#include <boost/json/value.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline::domain {

enum class HoldStatus { Open, Resolved, Approved, Rejected, Snoozed };
std::string_view toString(HoldStatus status);
std::optional<HoldStatus> holdStatusFromString(std::string_view text);

struct HoldNote {
    TimePoint at{};
    std::string author;
    std::string text;
};

// An order stopped by one failed rule, waiting for an operator or for its cause to go away.
struct Hold {
    std::string id;
    std::string orderNumber;
    std::string channel;
    std::string reasonCode;
    std::string message;
    std::string suggestedFix;
    std::vector<std::string> subjects; // SKUs, customer id, account: see RuleFailure
    std::string owner;                 // empty: unassigned
    TimePoint createdAt{};
    TimePoint dueAt{}; // from the order SLO
    std::vector<HoldNote> notes;
    HoldStatus status = HoldStatus::Open;
    std::optional<TimePoint> snoozedUntil;
    std::string resolution; // why it was resolved, approved or rejected
    std::optional<TimePoint> closedAt;
};

// Open and snoozed holds still stop their order.
bool isActive(const Hold &hold);

Hold openHold(const RuleFailure &failure, const model::Order &order, TimePoint now, Millis orderSlo,
              std::string id);

// What the engine writes to the audit log for a decision.
struct HoldAudit {
    std::string action; // "hold.approve", "hold.fix"...
    std::string description;
    std::string reason;
    std::string before; // JSON
    std::string after;  // JSON
};

struct HoldDecision {
    bool accepted = false;
    std::string refusal; // when not accepted: why, for the operator
    Hold hold;           // the hold after the decision (unchanged when refused)
    HoldAudit audit;
};

HoldDecision approveHold(const Hold &hold, const User &user, const std::string &reason,
                         const HoldPolicy &policy, TimePoint now);
// Rejecting a hold cancels its order.
HoldDecision rejectHold(const Hold &hold, const User &user, const std::string &reason,
                        const HoldPolicy &policy, TimePoint now);
HoldDecision assignHold(const Hold &hold, const User &user, const std::string &owner,
                        const HoldPolicy &policy, TimePoint now);
HoldDecision noteHold(const Hold &hold, const User &user, const std::string &text,
                      const HoldPolicy &policy, TimePoint now);
HoldDecision snoozeHold(const Hold &hold, const User &user, TimePoint until,
                        const std::string &reason, const HoldPolicy &policy, TimePoint now);
// A snoozed hold whose time has come is open again.
Hold wakeIfDue(const Hold &hold, TimePoint now);

struct SkuMapping {
    std::string channel; // empty: every channel
    std::string storefrontSku;
    std::string erpSku;
};

struct CustomerMapping {
    std::string channel;
    std::string customerId;
    std::string account;
};

// A field edit addresses the order's canonical JSON with a JSON pointer
// ("/shipping_address/postal_code", "/lines/0/sku").
struct FieldEdit {
    std::string pointer;
    boost::json::value value;
};

struct OrderFix {
    std::vector<FieldEdit> edits;
    std::optional<SkuMapping> skuMapping;
    std::optional<CustomerMapping> customerMapping;
};

struct FixResult {
    HoldDecision decision;
    model::Order order; // the order with the edits applied
    // Mappings for the engine to store; once stored, the holds listed by holdsToRevalidate()
    // are validated again.
    std::optional<SkuMapping> skuMapping;
    std::optional<CustomerMapping> customerMapping;
    std::string diffJson; // {"before": {...}, "after": {...}} keyed by pointer or mapping
};

// Applies the fix to the order. The hold stays active: validating the order again (and
// revalidateHold) decides whether the fix removed the cause.
FixResult fixHold(const Hold &hold, const model::Order &order, const OrderFix &fix,
                  const User &user, const HoldPolicy &policy, TimePoint now);

// "Fix once, resolve all alike": the active holds a new mapping may resolve.
std::vector<std::string> holdsToRevalidate(const SkuMapping &mapping,
                                           const std::vector<Hold> &holds);
std::vector<std::string> holdsToRevalidate(const CustomerMapping &mapping,
                                           const std::vector<Hold> &holds);
// The active holds with this reason whose subjects include `subject` (stock arrived for a SKU,
// credit released for an account).
std::vector<std::string> holdsToRevalidate(std::string_view reasonCode, const std::string &subject,
                                           const std::vector<Hold> &holds);

struct ReleaseDecision {
    bool release = false;
    std::string reason; // "SKU now known to the ERP"...
    Hold hold;          // resolved when released; otherwise message/subjects brought up to date
};

// Compares a hold with the order's latest validation: when its rule passes now, the hold is
// released with the reason.
ReleaseDecision revalidateHold(const Hold &hold, const ValidationReport &latest, TimePoint now);

// Where the order goes given all its holds: cancelled if one was rejected, held while one is
// active, ready otherwise.
OrderState orderStateAfterHolds(const std::vector<Hold> &holdsOfOrder);

} // namespace syncline::domain
