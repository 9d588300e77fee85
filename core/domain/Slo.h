#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace syncline::domain {

struct SloTarget {
    Domain domain = Domain::Order;
    Millis target{};
    std::string owner;      // who answers for it
    std::string escalation; // what to do when it is breached
};

class SloTable {
public:
    // Inventory 60 s, order post 5 min, shipment 15 min, pricing 1 h, catalog 24 h.
    static SloTable defaults();
    const SloTarget &target(Domain domain) const;
    void set(SloTarget target);

private:
    std::map<Domain, SloTarget> targets_;
};

// One event's journey: from when it happened at the source to when Syncline delivered it.
struct SloSample {
    std::string eventId;
    Domain domain = Domain::Order;
    TimePoint occurredAt{};
    TimePoint completedAt{};
};

struct SloBreach {
    std::string eventId;
    Domain domain = Domain::Order;
    TimePoint completedAt{};
    Millis latency{};
    Millis target{};
};

struct ComplianceBucket {
    Domain domain = Domain::Order;
    TimePoint start{}; // UTC hour or day
    std::int64_t total = 0;
    std::int64_t withinTarget = 0;
    double share() const { return total == 0 ? 1.0 : double(withinTarget) / double(total); }
};

// Compliance per domain per hour and per day (UTC, by completion time), and the breaches.
// Latency at or below the target is compliant. Not thread-safe: one owner.
class SloAccumulator {
public:
    explicit SloAccumulator(SloTable table, std::size_t maxBreaches = 10'000);

    // Returns the breach when the sample missed its target.
    std::optional<SloBreach> record(const SloSample &sample);

    std::vector<ComplianceBucket> hourly(Domain domain) const;
    std::vector<ComplianceBucket> daily(Domain domain) const;
    std::optional<ComplianceBucket> hour(Domain domain, TimePoint anyTimeInHour) const;
    std::optional<ComplianceBucket> day(Domain domain, TimePoint anyTimeInDay) const;
    // Most recent last; the oldest are dropped beyond maxBreaches.
    const std::vector<SloBreach> &breaches() const { return breaches_; }
    const SloTable &table() const { return table_; }

private:
    using Buckets = std::map<std::pair<Domain, TimePoint>, ComplianceBucket>;
    static std::vector<ComplianceBucket> of(const Buckets &buckets, Domain domain);

    SloTable table_;
    std::size_t maxBreaches_;
    Buckets hours_;
    Buckets days_;
    std::vector<SloBreach> breaches_;
};

struct PostedOrder {
    std::string orderNumber;
    TimePoint postedAt{};
    std::optional<TimePoint> acknowledgedAt;
};

struct AcknowledgementAlert {
    std::string orderNumber;
    TimePoint postedAt{};
    Millis waiting{};
    Millis target{};
    std::string owner;
    std::string message;
};

// Orders posted to the ERP and not acknowledged within the order SLO, longest waiting first.
std::vector<AcknowledgementAlert> delayedAcknowledgements(const std::vector<PostedOrder> &posted,
                                                          TimePoint now, const SloTable &table);

} // namespace syncline::domain
