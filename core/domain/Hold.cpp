#include "domain/Hold.h"

#include "model/Json.h"
#include "util/Time.h"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace json = boost::json;

namespace syncline::domain {

namespace {

constexpr std::array<std::pair<HoldStatus, std::string_view>, 5> statusNames{{
    {HoldStatus::Open, "open"},
    {HoldStatus::Resolved, "resolved"},
    {HoldStatus::Approved, "approved"},
    {HoldStatus::Rejected, "rejected"},
    {HoldStatus::Snoozed, "snoozed"},
}};

bool blank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

json::object stateOf(const Hold &hold)
{
    json::object o{{"status", toString(hold.status)},
                   {"owner", hold.owner},
                   {"notes", hold.notes.size()},
                   {"resolution", hold.resolution}};
    if (hold.snoozedUntil)
        o["snoozed_until"] = formatIso8601(*hold.snoozedUntil);
    return o;
}

HoldDecision refused(const Hold &hold, std::string why)
{
    HoldDecision decision;
    decision.refusal = std::move(why);
    decision.hold = hold;
    return decision;
}

HoldDecision accepted(const Hold &before, Hold after, std::string action, std::string description,
                      std::string reason)
{
    HoldDecision decision;
    decision.accepted = true;
    decision.audit.action = std::move(action);
    decision.audit.description = std::move(description);
    decision.audit.reason = std::move(reason);
    decision.audit.before = json::serialize(stateOf(before));
    decision.audit.after = json::serialize(stateOf(after));
    decision.hold = std::move(after);
    return decision;
}

std::string roleRefusal(const User &user, std::string_view what)
{
    return "A user with the " + std::string(toString(user.role)) + " role may not " +
           std::string(what) + ".";
}

std::optional<std::string> requireActive(const Hold &hold)
{
    if (isActive(hold))
        return std::nullopt;
    return "Hold " + hold.id + " is already " + std::string(toString(hold.status)) + ".";
}

void close(Hold &hold, HoldStatus status, std::string resolution, TimePoint now)
{
    hold.status = status;
    hold.resolution = std::move(resolution);
    hold.snoozedUntil.reset();
    hold.closedAt = now;
}

} // namespace

std::string_view toString(HoldStatus status)
{
    for (const auto &[value, name] : statusNames)
        if (value == status)
            return name;
    return "open";
}

std::optional<HoldStatus> holdStatusFromString(std::string_view text)
{
    for (const auto &[value, name] : statusNames)
        if (name == text)
            return value;
    return std::nullopt;
}

bool isActive(const Hold &hold)
{
    return hold.status == HoldStatus::Open || hold.status == HoldStatus::Snoozed;
}

Hold openHold(const RuleFailure &failure, const model::Order &order, TimePoint now, Millis orderSlo,
              std::string id)
{
    Hold hold;
    hold.id = std::move(id);
    hold.orderNumber = order.orderNumber;
    hold.channel = order.channel;
    hold.reasonCode = failure.reasonCode;
    hold.message = failure.message;
    hold.suggestedFix = failure.suggestedFix;
    hold.subjects = failure.subjects;
    hold.createdAt = now;
    // The order's clock started when the customer placed it, not when the hold was opened.
    hold.dueAt = order.placedAt.value_or(now) + orderSlo;
    return hold;
}

HoldDecision approveHold(const Hold &hold, const User &user, const std::string &reason,
                         const HoldPolicy &policy, TimePoint now)
{
    if (auto inactive = requireActive(hold))
        return refused(hold, *inactive);
    if (!policy.mayOverride(user.role, hold.reasonCode)) {
        const auto it = policy.overrideRoles.find(hold.reasonCode);
        if (it == policy.overrideRoles.end() || it->second.empty())
            return refused(hold, "A " + hold.reasonCode +
                                     " hold cannot be approved by any role: it must be fixed.");
        return refused(hold, roleRefusal(user, "approve a " + hold.reasonCode + " hold"));
    }
    if (blank(reason))
        return refused(hold, "Approving a hold overrides a rule: a reason is required.");
    Hold after = hold;
    close(after, HoldStatus::Approved, reason, now);
    return accepted(hold, std::move(after), "hold.approve",
                    user.name + " approved the " + hold.reasonCode + " hold on order " +
                        hold.orderNumber + " as " + std::string(toString(user.role)),
                    reason);
}

HoldDecision rejectHold(const Hold &hold, const User &user, const std::string &reason,
                        const HoldPolicy &policy, TimePoint now)
{
    if (auto inactive = requireActive(hold))
        return refused(hold, *inactive);
    if (policy.mayReject.count(user.role) == 0)
        return refused(hold, roleRefusal(user, "reject a hold"));
    if (blank(reason))
        return refused(hold, "Rejecting a hold cancels the order: a reason is required.");
    Hold after = hold;
    close(after, HoldStatus::Rejected, reason, now);
    return accepted(hold, std::move(after), "hold.reject",
                    user.name + " rejected order " + hold.orderNumber + " (" + hold.reasonCode +
                        "): the order is cancelled",
                    reason);
}

HoldDecision assignHold(const Hold &hold, const User &user, const std::string &owner,
                        const HoldPolicy &policy, TimePoint)
{
    if (auto inactive = requireActive(hold))
        return refused(hold, *inactive);
    if (policy.mayAssign.count(user.role) == 0)
        return refused(hold, roleRefusal(user, "assign holds"));
    Hold after = hold;
    after.owner = owner;
    return accepted(hold, std::move(after), "hold.assign",
                    user.name + (owner.empty() ? " unassigned" : " assigned") + " the " +
                        hold.reasonCode + " hold on order " + hold.orderNumber +
                        (owner.empty() ? "" : " to " + owner),
                    {});
}

HoldDecision noteHold(const Hold &hold, const User &user, const std::string &text,
                      const HoldPolicy &policy, TimePoint now)
{
    if (policy.mayNote.count(user.role) == 0)
        return refused(hold, roleRefusal(user, "add notes"));
    if (blank(text))
        return refused(hold, "A note needs some text.");
    Hold after = hold;
    after.notes.push_back(HoldNote{now, user.name, text});
    return accepted(hold, std::move(after), "hold.note",
                    user.name + " added a note to the hold on order " + hold.orderNumber, text);
}

HoldDecision snoozeHold(const Hold &hold, const User &user, TimePoint until,
                        const std::string &reason, const HoldPolicy &policy, TimePoint now)
{
    if (auto inactive = requireActive(hold))
        return refused(hold, *inactive);
    if (policy.maySnooze.count(user.role) == 0)
        return refused(hold, roleRefusal(user, "snooze holds"));
    if (until <= now)
        return refused(hold, "A hold can only be snoozed until a time in the future.");
    if (until - now > policy.maxSnooze)
        return refused(
            hold,
            "A hold can be snoozed for at most " +
                std::to_string(
                    std::chrono::duration_cast<std::chrono::hours>(policy.maxSnooze).count()) +
                " hours.");
    Hold after = hold;
    after.status = HoldStatus::Snoozed;
    after.snoozedUntil = until;
    return accepted(hold, std::move(after), "hold.snooze",
                    user.name + " snoozed the hold on order " + hold.orderNumber + " until " +
                        formatIso8601(until),
                    reason);
}

Hold wakeIfDue(const Hold &hold, TimePoint now)
{
    Hold out = hold;
    if (out.status == HoldStatus::Snoozed && (!out.snoozedUntil || *out.snoozedUntil <= now)) {
        out.status = HoldStatus::Open;
        out.snoozedUntil.reset();
    }
    return out;
}

FixResult fixHold(const Hold &hold, const model::Order &order, const OrderFix &fix,
                  const User &user, const HoldPolicy &policy, TimePoint)
{
    FixResult result;
    result.order = order;
    const auto refuse = [&](std::string why) {
        result.order = order;
        result.skuMapping.reset();
        result.customerMapping.reset();
        result.decision = refused(hold, std::move(why));
        return result;
    };
    if (auto inactive = requireActive(hold))
        return refuse(*inactive);
    if (policy.mayFix.count(user.role) == 0)
        return refuse(roleRefusal(user, "fix orders"));
    if (fix.edits.empty() && !fix.skuMapping && !fix.customerMapping)
        return refuse("The fix changes nothing.");

    json::object before;
    json::object after;
    json::value document = json::value_from(order);
    for (const auto &edit : fix.edits) {
        boost::system::error_code ec;
        json::value *target = document.find_pointer(edit.pointer, ec);
        if (!target || ec)
            return refuse("The order has no field " + edit.pointer + ".");
        if (target->is_object() || target->is_array())
            return refuse("Field " + edit.pointer + " is not a single value.");
        before[edit.pointer] = *target;
        after[edit.pointer] = edit.value;
        *target = edit.value;
    }
    try {
        result.order = json::value_to<model::Order>(document);
    } catch (const std::exception &error) {
        return refuse(std::string("The edited order is not valid: ") + error.what());
    }
    if (result.order.orderNumber != order.orderNumber)
        return refuse("The order number identifies the order and cannot be edited.");

    std::vector<std::string> changes;
    for (const auto &edit : fix.edits)
        changes.push_back(edit.pointer);
    if (fix.skuMapping) {
        const auto &m = *fix.skuMapping;
        if (m.storefrontSku.empty() || m.erpSku.empty())
            return refuse("A SKU mapping needs both the storefront SKU and the ERP item number.");
        const std::string key = "sku_mapping/" + m.channel + "/" + m.storefrontSku;
        before[key] = nullptr;
        after[key] = m.erpSku;
        result.skuMapping = m;
        changes.push_back("SKU " + m.storefrontSku + " -> " + m.erpSku);
    }
    if (fix.customerMapping) {
        const auto &m = *fix.customerMapping;
        if (m.customerId.empty() || m.account.empty())
            return refuse("A customer mapping needs both the customer id and the ERP account.");
        const std::string key = "customer_mapping/" + m.channel + "/" + m.customerId;
        before[key] = result.order.customer.accountNumber.empty()
                          ? json::value(nullptr)
                          : json::value(result.order.customer.accountNumber);
        after[key] = m.account;
        if (result.order.customer.id == m.customerId)
            result.order.customer.accountNumber = m.account;
        result.customerMapping = m;
        changes.push_back("customer " + m.customerId + " -> account " + m.account);
    }

    json::object diff{{"before", before}, {"after", after}};
    result.diffJson = json::serialize(diff);
    Hold updated = hold;
    std::string summary;
    for (const auto &change : changes)
        summary += (summary.empty() ? "" : ", ") + change;
    result.decision.accepted = true;
    result.decision.hold = updated;
    result.decision.audit = HoldAudit{"hold.fix",
                                      user.name + " fixed order " + hold.orderNumber + " (" +
                                          hold.reasonCode + "): " + summary,
                                      {},
                                      json::serialize(before),
                                      json::serialize(after)};
    return result;
}

namespace {

bool mentions(const Hold &hold, const std::string &subject)
{
    return std::find(hold.subjects.begin(), hold.subjects.end(), subject) != hold.subjects.end();
}

} // namespace

std::vector<std::string> holdsToRevalidate(const SkuMapping &mapping,
                                           const std::vector<Hold> &holds)
{
    std::vector<std::string> ids;
    for (const auto &hold : holds) {
        const bool affected = hold.reasonCode == reason::UnknownSku ||
                              hold.reasonCode == reason::PriceMismatch ||
                              hold.reasonCode == reason::NoFulfilmentBranch;
        if (isActive(hold) && affected && mentions(hold, mapping.storefrontSku) &&
            (mapping.channel.empty() || mapping.channel == hold.channel))
            ids.push_back(hold.id);
    }
    return ids;
}

std::vector<std::string> holdsToRevalidate(const CustomerMapping &mapping,
                                           const std::vector<Hold> &holds)
{
    std::vector<std::string> ids;
    for (const auto &hold : holds)
        if (isActive(hold) && hold.reasonCode == reason::UnknownCustomer &&
            mentions(hold, mapping.customerId) &&
            (mapping.channel.empty() || mapping.channel == hold.channel))
            ids.push_back(hold.id);
    return ids;
}

std::vector<std::string> holdsToRevalidate(std::string_view reasonCode, const std::string &subject,
                                           const std::vector<Hold> &holds)
{
    std::vector<std::string> ids;
    for (const auto &hold : holds)
        if (isActive(hold) && hold.reasonCode == reasonCode && mentions(hold, subject))
            ids.push_back(hold.id);
    return ids;
}

namespace {

std::string releaseReason(std::string_view reasonCode)
{
    static const std::map<std::string_view, std::string_view> reasons{
        {reason::UnknownSku, "SKU now known to the ERP"},
        {reason::UnknownCustomer, "customer now mapped to an ERP account"},
        {reason::CreditLimit, "credit released"},
        {reason::PriceMismatch, "prices now match the customer's price"},
        {reason::TaxInconsistent, "tax now consistent"},
        {reason::PaymentNotCaptured, "payment captured"},
        {reason::InvalidAddress, "shipping address now valid"},
        {reason::NoFulfilmentBranch, "stock arrived"},
        {reason::DuplicateOrder, "no longer a duplicate"},
    };
    const auto it = reasons.find(reasonCode);
    return it == reasons.end() ? "the rule passes now" : std::string(it->second);
}

} // namespace

ReleaseDecision revalidateHold(const Hold &hold, const ValidationReport &latest, TimePoint now)
{
    ReleaseDecision decision;
    decision.hold = hold;
    if (!isActive(hold))
        return decision;
    const auto still =
        std::find_if(latest.failures.begin(), latest.failures.end(),
                     [&](const RuleFailure &f) { return f.reasonCode == hold.reasonCode; });
    if (still != latest.failures.end()) {
        // Still failing; the message may have narrowed (one of three SKUs mapped so far).
        decision.hold.message = still->message;
        decision.hold.suggestedFix = still->suggestedFix;
        decision.hold.subjects = still->subjects;
        return decision;
    }
    decision.release = true;
    decision.reason = releaseReason(hold.reasonCode);
    close(decision.hold, HoldStatus::Resolved, decision.reason, now);
    return decision;
}

OrderState orderStateAfterHolds(const std::vector<Hold> &holdsOfOrder)
{
    bool active = false;
    for (const auto &hold : holdsOfOrder) {
        if (hold.status == HoldStatus::Rejected)
            return OrderState::Cancelled;
        active = active || isActive(hold);
    }
    return active ? OrderState::Held : OrderState::Ready;
}

} // namespace syncline::domain
