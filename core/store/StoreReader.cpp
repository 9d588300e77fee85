#include "store/AuditChain.h"
#include "store/Database.h"
#include "store/Rows.h"
#include "store/Store.h"

namespace syncline::store {

namespace {

using rows::eventColumns;

using FeedKey = std::pair<std::string, Domain>;

FeedKey feedKey(Statement &s, int column)
{
    return {s.text(column), domainFromString(s.text(column + 1)).value_or(Domain::Order)};
}

AuditEntry readAudit(Statement &s)
{
    AuditEntry a;
    a.sequence = s.integer(0);
    a.at = fromEpochMs(s.integer(1));
    a.actor = s.text(2);
    a.role = s.text(3);
    a.action = s.text(4);
    a.objectType = s.text(5);
    a.objectId = s.text(6);
    a.before = s.text(7);
    a.after = s.text(8);
    a.reason = s.text(9);
    a.previousHash = s.text(10);
    a.hash = s.text(11);
    return a;
}

constexpr const char *auditColumns =
    "seq, at, actor, role, action, object_type, object_id, before, after, reason, prev_hash, hash";

} // namespace

Reader::Reader(const std::filesystem::path &file)
    : db_(std::make_unique<Database>(file, Database::Mode::ReadWrite))
{
    db_->exec("PRAGMA query_only = 1");
    db_->exec("PRAGMA cache_size = -16384");
    db_->exec("PRAGMA mmap_size = 268435456");
}

Reader::~Reader() = default;

std::vector<FeedHealth> Reader::feedCounters()
{
    Statement s(*db_, "SELECT connection, domain, received, processed, failed, retried, "
                      "duplicates, superseded, last_received, last_success, last_failure "
                      "FROM feed_counters ORDER BY connection, domain");
    std::vector<FeedHealth> feeds;
    while (s.step()) {
        FeedHealth f;
        f.connection = s.text(0);
        f.domain = domainFromString(s.text(1)).value_or(Domain::Order);
        f.received = s.integer(2);
        f.processed = s.integer(3);
        f.failed = s.integer(4);
        f.retried = s.integer(5);
        f.duplicates = s.integer(6);
        f.superseded = s.integer(7);
        if (const auto t = s.optionalInteger(8))
            f.lastReceived = fromEpochMs(*t);
        if (const auto t = s.optionalInteger(9))
            f.lastSuccess = fromEpochMs(*t);
        if (const auto t = s.optionalInteger(10))
            f.lastFailure = fromEpochMs(*t);
        feeds.push_back(std::move(f));
    }
    return feeds;
}

std::map<std::pair<std::string, Domain>, std::int64_t> Reader::queueDepths()
{
    std::map<FeedKey, std::int64_t> depths;
    Statement events(*db_, "SELECT connection, domain, COUNT(*) FROM events "
                           "WHERE status = 'received' GROUP BY connection, domain");
    while (events.step())
        depths[feedKey(events, 0)] += events.integer(2);
    // Grouped in the order of the outbox_open index, which then answers alone.
    Statement outbox(*db_, "SELECT connection, domain, COUNT(*) FROM outbox "
                           "WHERE status IN ('pending', 'inflight') "
                           "GROUP BY target, connection, domain");
    while (outbox.step())
        depths[feedKey(outbox, 0)] += outbox.integer(2);
    return depths;
}

std::map<std::pair<std::string, Domain>, std::int64_t> Reader::parkedDeadLetters()
{
    std::map<FeedKey, std::int64_t> parked;
    Statement s(*db_, "SELECT connection, domain, COUNT(*) FROM dead_letters "
                      "WHERE status = 'parked' GROUP BY connection, domain");
    while (s.step())
        parked[feedKey(s, 0)] = s.integer(2);
    return parked;
}

std::vector<StoredEvent> Reader::eventsWithStatus(std::string_view status, std::int64_t afterSeq,
                                                  int limit)
{
    // The inbox spelled out, so that its partial index (events_pending) serves a scan from the
    // start instead of the whole table.
    const bool inbox = status == "received";
    Statement s(*db_, std::string("SELECT ") + eventColumns + " FROM events WHERE " +
                          (inbox ? "status = 'received'" : "status = ?3") +
                          " AND seq > ?1 ORDER BY seq LIMIT ?2");
    s.bind(1, afterSeq).bind(2, limit);
    if (!inbox)
        s.bind(3, status);
    std::vector<StoredEvent> out;
    while (s.step())
        out.push_back(rows::readEvent(s));
    return out;
}

std::optional<StoredEvent> Reader::event(const std::string &eventId)
{
    Statement s(*db_, std::string("SELECT ") + eventColumns + " FROM events WHERE event_id = ?");
    s.bind(1, eventId);
    if (s.step())
        return rows::readEvent(s);
    return std::nullopt;
}

std::vector<StoredEvent>
Reader::events(const std::optional<std::string> &connection, const std::optional<Domain> &domain,
               const std::optional<TimePoint> &from, const std::optional<TimePoint> &to,
               const std::optional<std::string> &correlationId, std::string_view status)
{
    Statement s(*db_, std::string("SELECT ") + eventColumns +
                          " FROM events WHERE status = ?1 AND (?2 IS NULL OR connection = ?2) "
                          "AND (?3 IS NULL OR domain = ?3) AND (?4 IS NULL OR received_at >= ?4) "
                          "AND (?5 IS NULL OR received_at < ?5) "
                          "AND (?6 IS NULL OR correlation_id = ?6) ORDER BY seq");
    s.bind(1, status).bind(2, connection);
    if (domain)
        s.bind(3, toString(*domain));
    else
        s.bindNull(3);
    s.bind(4, from ? std::optional<std::int64_t>(toEpochMs(*from)) : std::nullopt)
        .bind(5, to ? std::optional<std::int64_t>(toEpochMs(*to)) : std::nullopt)
        .bind(6, correlationId);
    std::vector<StoredEvent> out;
    while (s.step())
        out.push_back(rows::readEvent(s));
    return out;
}

std::vector<OutboxRow> Reader::outboxForEvent(const std::string &eventId)
{
    Statement s(*db_, std::string("SELECT ") + rows::outboxColumns +
                          " FROM outbox WHERE event_id = ? ORDER BY id");
    s.bind(1, eventId);
    std::vector<OutboxRow> out;
    while (s.step())
        out.push_back(rows::readOutboxRow(s));
    return out;
}

std::vector<std::string> Reader::outboxTargetsDue(TimePoint now)
{
    // A target has work when the head of its queue is due (queues are first in, first out).
    Statement s(*db_, "SELECT o.target FROM (SELECT target, MIN(id) AS head FROM outbox "
                      "WHERE status = 'pending' GROUP BY target) h JOIN outbox o ON o.id = h.head "
                      "WHERE o.next_attempt_at <= ?");
    s.bind(1, toEpochMs(now));
    std::vector<std::string> targets;
    while (s.step())
        targets.push_back(s.text(0));
    return targets;
}

std::int64_t Reader::outboxCount(std::string_view status)
{
    Statement s(*db_, "SELECT COUNT(*) FROM outbox WHERE status = ?");
    s.bind(1, status);
    s.step();
    return s.integer(0);
}

std::vector<DeadLetter> Reader::deadLetters(const DeadLetterQuery &query)
{
    Statement s(*db_, std::string("SELECT ") + rows::deadLetterColumns + rows::deadLetterJoins +
                          "WHERE (?1 OR d.status = 'parked') AND (?2 IS NULL OR d.connection = ?2) "
                          "AND (?3 IS NULL OR d.stage = ?3) AND (?4 = '' "
                          "OR instr(d.correlation_id, ?4) > 0 OR instr(d.type, ?4) > 0 "
                          "OR instr(d.error, ?4) > 0) ORDER BY d.id LIMIT ?5");
    s.bind(1, query.includeResolved ? 1 : 0).bind(2, query.connection);
    if (query.stage)
        s.bind(3, toString(*query.stage));
    else
        s.bindNull(3);
    s.bind(4, query.text).bind(5, query.limit);
    std::vector<DeadLetter> out;
    while (s.step())
        out.push_back(rows::readDeadLetter(s));
    return out;
}

namespace {

const char *auditSortColumn(AuditSort sort)
{
    switch (sort) {
    case AuditSort::Time:
        return "at";
    case AuditSort::Actor:
        return "actor";
    case AuditSort::Role:
        return "role";
    case AuditSort::Action:
        return "action";
    case AuditSort::ObjectType:
        return "object_type";
    case AuditSort::ObjectId:
        return "object_id";
    case AuditSort::Reason:
        return "reason";
    case AuditSort::Sequence:
        break;
    }
    return "seq";
}

} // namespace

std::vector<AuditEntry> Reader::audit(const AuditQuery &query)
{
    // The column name comes from the fixed list above, never from the caller's text.
    const std::string direction = query.descending ? " DESC" : "";
    std::string order = "seq" + direction;
    if (query.sortBy != AuditSort::Sequence)
        order = std::string(auditSortColumn(query.sortBy)) + direction + ", " + order;
    Statement s(*db_, std::string("SELECT ") + auditColumns +
                          " FROM audit WHERE seq > ?1 AND (?2 = '' OR actor = ?2) "
                          "AND (?3 = '' OR action = ?3) AND (?4 = '' OR object_id = ?4) "
                          "AND (?5 IS NULL OR at >= ?5) AND (?6 IS NULL OR at < ?6) "
                          "ORDER BY " +
                          order + " LIMIT ?7 OFFSET ?8");
    s.bind(1, query.afterSequence)
        .bind(2, query.actor)
        .bind(3, query.action)
        .bind(4, query.objectId)
        .bind(5, query.from ? std::optional<std::int64_t>(toEpochMs(*query.from)) : std::nullopt)
        .bind(6, query.to ? std::optional<std::int64_t>(toEpochMs(*query.to)) : std::nullopt)
        .bind(7, query.limit)
        .bind(8, query.offset);
    std::vector<AuditEntry> out;
    while (s.step())
        out.push_back(readAudit(s));
    return out;
}

AuditVerification Reader::verifyAudit()
{
    AuditVerification result;
    Statement s(*db_, std::string("SELECT ") + auditColumns + " FROM audit ORDER BY seq");
    std::string expectedPrevious = genesisHash();
    std::int64_t expectedSequence = 1;
    auto fail = [&result](std::int64_t sequence, std::string problem) {
        result.ok = false;
        result.firstBadSequence = sequence;
        result.problem = std::move(problem);
    };
    while (s.step()) {
        const AuditEntry entry = readAudit(s);
        if (entry.sequence != expectedSequence) {
            fail(expectedSequence, "entry #" + std::to_string(expectedSequence) +
                                       " is missing (deleted); the chain continues at #" +
                                       std::to_string(entry.sequence));
            return result;
        }
        if (auditHash(entry) != entry.hash) {
            fail(entry.sequence, "entry #" + std::to_string(entry.sequence) +
                                     " was edited: its content no longer matches its hash");
            return result;
        }
        if (entry.previousHash != expectedPrevious) {
            fail(entry.sequence, "entry #" + std::to_string(entry.sequence) + " does not follow #" +
                                     std::to_string(entry.sequence - 1) +
                                     ": entries were reordered, replaced or removed");
            return result;
        }
        expectedPrevious = entry.hash;
        ++expectedSequence;
        ++result.checked;
    }
    Statement head(*db_, "SELECT seq, hash FROM audit_head WHERE id = 1");
    const std::int64_t lastSequence = expectedSequence - 1;
    if (head.step()) {
        if (head.integer(0) != lastSequence || head.text(1) != expectedPrevious)
            fail(lastSequence + 1, "the newest entries after #" + std::to_string(lastSequence) +
                                       " were deleted (the chain head records #" +
                                       std::to_string(head.integer(0)) + ")");
    } else if (lastSequence > 0) {
        fail(lastSequence, "the chain head record is missing");
    }
    return result;
}

std::vector<FeedMinute> Reader::feedMinutes(TimePoint from, TimePoint to)
{
    Statement s(*db_, "SELECT connection, domain, minute, received, processed, failed, retried, "
                      "dead_lettered, lag_p50, lag_p95, lag_p99 FROM feed_minutes "
                      "WHERE minute >= ? AND minute < ? ORDER BY minute, connection, domain");
    s.bind(1, toEpochMs(from)).bind(2, toEpochMs(to));
    std::vector<FeedMinute> out;
    while (s.step()) {
        FeedMinute m;
        m.connection = s.text(0);
        m.domain = domainFromString(s.text(1)).value_or(Domain::Order);
        m.minute = fromEpochMs(s.integer(2));
        m.received = s.integer(3);
        m.processed = s.integer(4);
        m.failed = s.integer(5);
        m.retried = s.integer(6);
        m.deadLettered = s.integer(7);
        m.lagP50Ms = s.integer(8);
        m.lagP95Ms = s.integer(9);
        m.lagP99Ms = s.integer(10);
        out.push_back(std::move(m));
    }
    return out;
}

namespace {

RejectedInput readRejected(Statement &s)
{
    RejectedInput r;
    r.id = s.integer(0);
    r.at = fromEpochMs(s.integer(1));
    r.channel = s.text(2);
    r.connection = s.text(3);
    r.peer = s.text(4);
    r.path = s.text(5);
    r.reason = s.text(6);
    r.bodySha256 = s.text(7);
    r.bodySize = s.integer(8);
    r.body = s.text(9);
    r.headers = s.text(10);
    r.status = s.text(11);
    return r;
}

constexpr const char *rejectedColumns = "id, at, channel, connection, peer, path, reason, "
                                        "body_sha256, body_size, body, headers, status";

} // namespace

std::vector<RejectedInput> Reader::rejectedInputs(int limit)
{
    Statement s(*db_, std::string("SELECT ") + rejectedColumns +
                          " FROM rejected_inputs ORDER BY id DESC LIMIT ?");
    s.bind(1, limit);
    std::vector<RejectedInput> out;
    while (s.step())
        out.push_back(readRejected(s));
    return out;
}

std::optional<RejectedInput> Reader::rejectedInput(std::int64_t id)
{
    Statement s(*db_,
                std::string("SELECT ") + rejectedColumns + " FROM rejected_inputs WHERE id = ?");
    s.bind(1, id);
    if (s.step())
        return readRejected(s);
    return std::nullopt;
}

std::vector<EndpointStatus> Reader::endpoints()
{
    // Every target with a recorded state or with work queued, whether or not it failed yet.
    Statement s(
        *db_,
        // The targets with pending rows are found by skipping from one to the next in the
        // outbox_queue index, not by reading every pending row.
        "WITH RECURSIVE queued(target) AS ("
        "SELECT (SELECT target FROM outbox WHERE status = 'pending' ORDER BY target LIMIT 1) "
        "UNION ALL SELECT (SELECT o.target FROM outbox o WHERE o.status = 'pending' "
        "AND o.target > q.target ORDER BY o.target LIMIT 1) FROM queued q "
        "WHERE q.target IS NOT NULL), "
        "targets AS (SELECT target FROM endpoint_state UNION "
        "SELECT target FROM queued WHERE target IS NOT NULL) "
        "SELECT t.target, COALESCE(e.breaker, 'closed'), COALESCE(e.consecutive_failures, 0), "
        "e.open_until, COALESCE(e.last_error, ''), (SELECT COUNT(*) FROM outbox o "
        "WHERE o.target = t.target AND o.status IN ('pending', 'inflight')) "
        "FROM targets t LEFT JOIN endpoint_state e ON e.target = t.target ORDER BY t.target");
    std::vector<EndpointStatus> out;
    while (s.step()) {
        EndpointStatus e;
        e.target = s.text(0);
        const std::string breaker = s.text(1);
        e.breaker = breaker == "open"        ? BreakerState::Open
                    : breaker == "half_open" ? BreakerState::HalfOpen
                                             : BreakerState::Closed;
        e.consecutiveFailures = s.integer(2);
        if (const auto t = s.optionalInteger(3))
            e.openUntil = fromEpochMs(*t);
        e.lastError = s.text(4);
        e.pending = s.integer(5);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Reader::duplicateCount()
{
    Statement s(*db_, "SELECT COUNT(*) FROM duplicates");
    s.step();
    return s.integer(0);
}

} // namespace syncline::store
