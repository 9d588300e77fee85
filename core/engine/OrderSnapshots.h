#pragma once

#include "domain/Hold.h"
#include "domain/OrderStateMachine.h"
#include "domain/Slo.h"
#include "engine/Snapshots.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Values of the order desk the facade hands out (and the store fills): orders, their history,
// holds and service levels. Copies, like the other snapshots.
namespace syncline {

struct OrderRecord {
    std::string orderNumber;
    std::string channel;
    std::string connection;
    std::string storefrontOrderId;
    domain::OrderState state = domain::OrderState::Received;
    std::string payload; // canonical order JSON, with every accepted fix applied
    std::string customerEmail;
    std::string eventId; // the event that carries the order through the pipeline
    TimePoint occurredAt{};
    TimePoint createdAt{};
    TimePoint updatedAt{};
    std::optional<TimePoint> postedAt;
    std::optional<TimePoint> acknowledgedAt;
};

struct OrderEventRef {
    std::string eventId;
    std::string connection;
    std::string type;
    std::string status;
    TimePoint occurredAt{};
    TimePoint receivedAt{};
    std::string payload; // as received
};

struct OrderDelivery {
    std::string eventId;
    std::string target;
    std::string status;
    std::int64_t attempts = 0;
    std::string lastError;
    std::optional<TimePoint> deliveredAt;
};

// What support needs to answer "where is my order?".
struct OrderHistory {
    std::optional<OrderRecord> order;
    std::vector<domain::Transition> transitions; // oldest first
    std::vector<domain::Hold> holds;
    std::vector<OrderEventRef> events;
    std::vector<OrderDelivery> deliveries;
    std::vector<AuditEntry> audit; // decisions taken on the order and its holds
};

struct HoldQuery {
    std::optional<std::string> reason;
    // No value: the active ones (open and snoozed).
    std::optional<domain::HoldStatus> status;
    std::optional<std::string> owner;      // "" finds the unassigned ones
    std::optional<std::string> connection; // the order's feed
    std::string text;                      // order number, message or subject
    int offset = 0;
    int limit = 200;
};

// Weeks start on Monday (UTC).
enum class SloBucket { Hour, Day, Week };

struct SloReport {
    Domain domain = Domain::Order;
    Millis target{};
    std::vector<domain::ComplianceBucket> buckets; // oldest first, only those with samples
    std::vector<domain::SloBreach> breaches;       // oldest first
    std::int64_t total = 0;
    std::int64_t withinTarget = 0;
    double share() const { return total == 0 ? 1.0 : double(withinTarget) / double(total); }
};

} // namespace syncline
