#pragma once

#include "model/Inbound.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Values the facade hands out (also the vocabulary of the store, which fills them). A snapshot is a
// copy: holding one never holds a lock or a database connection, so the GUI can keep it as long as
// it likes.
namespace syncline {

// Who did something: an operator (by user name and role) or the system itself.
struct Actor {
    std::string name = "system";
    std::string role = "system";
};

enum class FeedState { Healthy, Degraded, Failing, Idle };
inline std::string_view toString(FeedState state)
{
    switch (state) {
    case FeedState::Healthy:
        return "healthy";
    case FeedState::Degraded:
        return "degraded";
    case FeedState::Failing:
        return "failing";
    case FeedState::Idle:
        break;
    }
    return "idle";
}

// Distribution of a feed's lag (from when the source says a record happened to when the engine
// processed it) since the engine started, in cumulative-friendly buckets.
struct LagHistogram {
    static constexpr std::array<double, 11> upperBoundsSeconds{0.01, 0.05, 0.1, 0.25, 0.5, 1,
                                                               2.5,  5,    15,  60,   300};
    std::array<std::int64_t, upperBoundsSeconds.size() + 1> counts{}; // the last one is +Inf
    double sumSeconds = 0;
    std::int64_t count = 0;

    void observe(double seconds)
    {
        std::size_t bucket = 0;
        while (bucket < upperBoundsSeconds.size() && seconds > upperBoundsSeconds[bucket])
            ++bucket;
        ++counts[bucket];
        sumSeconds += seconds;
        ++count;
    }
};

// A feed is one connection carrying one domain ("shopify-main" / order).
struct FeedHealth {
    std::string connection;
    Domain domain = Domain::Order;
    std::int64_t received = 0;     // accepted into the inbox
    std::int64_t processed = 0;    // passed every stage
    std::int64_t failed = 0;       // failed a stage at least once
    std::int64_t retried = 0;      // delivery attempts that were retried
    std::int64_t deadLettered = 0; // currently parked in a dead letter
    std::int64_t duplicates = 0;   // acknowledged, not processed again
    std::int64_t superseded = 0;   // older versions that arrived late
    std::int64_t queueDepth = 0;   // received or routed, not yet delivered
    std::optional<TimePoint> lastReceived;
    std::optional<TimePoint> lastSuccess;
    std::optional<TimePoint> lastFailure;
    FeedState state = FeedState::Idle;
    std::string reason; // why the state is not healthy, in words an operator reads
    LagHistogram lag;
};

enum class BreakerState { Closed, Open, HalfOpen };
inline std::string_view toString(BreakerState state)
{
    switch (state) {
    case BreakerState::Open:
        return "open";
    case BreakerState::HalfOpen:
        return "half_open";
    case BreakerState::Closed:
        break;
    }
    return "closed";
}

struct EndpointStatus {
    std::string target;
    BreakerState breaker = BreakerState::Closed;
    std::int64_t pending = 0;
    std::int64_t consecutiveFailures = 0;
    std::optional<TimePoint> openUntil;
    std::string lastError;
};

struct FeedsSnapshot {
    std::vector<FeedHealth> feeds;
    std::vector<EndpointStatus> endpoints; // one per delivery target, with its breaker
    TimePoint takenAt{};
    std::uint64_t version = 0; // increases with every change the snapshot reflects
};

struct DeadLetter {
    std::int64_t id = 0;
    std::string eventId;
    std::string connection;
    Domain domain = Domain::Order;
    std::string type;
    std::string correlationId;
    Stage stage = Stage::Ingest;
    ErrorClass errorClass = ErrorClass::Data;
    std::string error;
    std::string target; // for the deliver stage
    std::int64_t outboxId = 0;
    std::string payload;
    std::int64_t attempts = 0;
    TimePoint createdAt{};
    std::string status; // parked, resubmitted, discarded
    std::string resolution;
};

struct DeadLetterQuery {
    std::optional<std::string> connection;
    std::optional<Stage> stage;
    std::string text; // matches correlation id, type or error
    bool includeResolved = false;
    int limit = 1000;
};

struct AuditEntry {
    std::int64_t sequence = 0;
    TimePoint at{};
    std::string actor;
    std::string role;
    std::string action;
    std::string objectType;
    std::string objectId;
    std::string before;
    std::string after;
    std::string reason;
    std::string previousHash;
    std::string hash;
};

// The column audit entries are ordered by; ties are broken by sequence.
enum class AuditSort { Sequence, Time, Actor, Role, Action, ObjectType, ObjectId, Reason };

struct AuditQuery {
    std::string actor;
    std::string action;
    std::string objectId;
    std::optional<TimePoint> from;
    std::optional<TimePoint> to;
    std::int64_t afterSequence = 0;
    int limit = 1000;
    // Any order other than ascending sequence pages with `offset` (afterSequence still applies
    // as a filter).
    AuditSort sortBy = AuditSort::Sequence;
    bool descending = false;
    std::int64_t offset = 0;
};

struct AuditVerification {
    bool ok = true;
    std::int64_t checked = 0;
    std::optional<std::int64_t> firstBadSequence;
    std::string problem; // "edited", "deleted or reordered"... with detail
};

// A minute bucket of one feed's metrics.
struct FeedMinute {
    std::string connection;
    Domain domain = Domain::Order;
    TimePoint minute{};
    std::int64_t received = 0;
    std::int64_t processed = 0;
    std::int64_t failed = 0;
    std::int64_t retried = 0;
    std::int64_t deadLettered = 0;
    std::int64_t lagP50Ms = 0;
    std::int64_t lagP95Ms = 0;
    std::int64_t lagP99Ms = 0;
};

} // namespace syncline
