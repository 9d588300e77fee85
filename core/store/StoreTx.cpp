#include "store/AuditChain.h"
#include "store/Database.h"
#include "store/Rows.h"
#include "store/Store.h"

#include <algorithm>

namespace syncline::store {

namespace {

std::int64_t minuteOf(TimePoint t)
{
    return toEpochMs(t) / 60'000 * 60'000;
}

} // namespace

Tx::Tx(Database &db, TimePoint now)
    : db_(db)
    , now_(now)
{}

IngestResult::Status Tx::insertEvent(const Event &event, std::string &originalEventId)
{
    // The common case (a new record) costs two statements: the insert, which the unique
    // idempotency key turns into a no-op for a duplicate, and the entity version upsert, which
    // only moves forward.
    const std::int64_t version = versionOf(event);
    auto &insert = db_.cached(
        "INSERT INTO events(event_id, idempotency_key, source_system, connection, domain, type, "
        "occurred_at, received_at, correlation_id, entity_key, version, payload, status, stage) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', 'ingest') "
        "ON CONFLICT(idempotency_key) DO NOTHING");
    insert.bind(1, event.eventId)
        .bind(2, event.idempotencyKey)
        .bind(3, event.sourceSystem)
        .bind(4, event.connection)
        .bind(5, toString(event.domain))
        .bind(6, event.type)
        .bind(7, toEpochMs(event.occurredAt))
        .bind(8, toEpochMs(event.receivedAt))
        .bind(9, event.correlationId)
        .bind(10, event.entityKey)
        .bind(11, version)
        .bind(12, event.payload);
    insert.run();

    if (db_.changes() == 0) {
        auto &findKey = db_.cached("SELECT event_id FROM events WHERE idempotency_key = ?");
        findKey.bind(1, event.idempotencyKey);
        if (findKey.step())
            originalEventId = findKey.text(0);
        findKey.reset();
        auto &record = db_.cached("INSERT INTO duplicates(idempotency_key, original_event, "
                                  "connection, domain, received_at) VALUES (?, ?, ?, ?, ?)");
        record.bind(1, event.idempotencyKey)
            .bind(2, originalEventId)
            .bind(3, event.connection)
            .bind(4, toString(event.domain))
            .bind(5, toEpochMs(event.receivedAt));
        record.run();
        FeedDelta delta;
        delta.duplicates = 1;
        countFeed(event.connection, event.domain, delta);
        return IngestResult::Status::Duplicate;
    }

    bool superseded = false;
    if (!event.entityKey.empty()) {
        auto &upsert = db_.cached(
            "INSERT INTO entity_versions(entity_key, version, event_id) VALUES (?, ?, ?) "
            "ON CONFLICT(entity_key) DO UPDATE SET version = excluded.version, "
            "event_id = excluded.event_id WHERE excluded.version > entity_versions.version");
        upsert.bind(1, event.entityKey).bind(2, version).bind(3, event.eventId);
        upsert.run();
        if (db_.changes() == 0) {
            // A newer (or the same) version was recorded already: keep this one as history.
            superseded = true;
            setEventState(event.eventId, "superseded", Stage::Ingest);
        }
    }

    FeedDelta delta;
    delta.received = 1;
    delta.superseded = superseded ? 1 : 0;
    delta.lastReceived = event.receivedAt;
    countFeed(event.connection, event.domain, delta);
    return superseded ? IngestResult::Status::Superseded : IngestResult::Status::Accepted;
}

std::optional<StoredEvent> Tx::event(const std::string &eventId)
{
    auto &s =
        db_.cached("SELECT seq, event_id, idempotency_key, source_system, connection, domain, "
                   "type, occurred_at, received_at, correlation_id, entity_key, version, "
                   "payload, status, stage, processed_at FROM events WHERE event_id = ?");
    s.bind(1, eventId);
    std::optional<StoredEvent> result;
    if (s.step())
        result = rows::readEvent(s);
    s.reset();
    return result;
}

std::optional<std::string> Tx::eventStatus(const std::string &eventId)
{
    auto &s = db_.cached("SELECT status FROM events WHERE event_id = ?");
    s.bind(1, eventId);
    std::optional<std::string> result;
    if (s.step())
        result = s.text(0);
    s.reset();
    return result;
}

void Tx::setEventState(const std::string &eventId, std::string_view status, Stage stage)
{
    auto &s = db_.cached("UPDATE events SET status = ?, stage = ? WHERE event_id = ?");
    s.bind(1, status).bind(2, toString(stage)).bind(3, eventId);
    s.run();
}

void Tx::markProcessed(const std::string &eventId)
{
    auto &s = db_.cached("UPDATE events SET status = 'processed', stage = 'deliver', "
                         "processed_at = ? WHERE event_id = ?");
    s.bind(1, toEpochMs(now_)).bind(2, eventId);
    s.run();
}

bool Tx::completeProcessing(const std::string &eventId, const std::optional<std::string> &payload)
{
    auto &s = db_.cached("UPDATE events SET status = 'processed', stage = 'deliver', "
                         "processed_at = ?, payload = COALESCE(?, payload) "
                         "WHERE event_id = ? AND status = 'received'");
    s.bind(1, toEpochMs(now_)).bind(2, payload).bind(3, eventId);
    s.run();
    return db_.changes() == 1;
}

bool Tx::failProcessing(const std::string &eventId, Stage stage)
{
    auto &s = db_.cached("UPDATE events SET status = 'failed', stage = ? "
                         "WHERE event_id = ? AND status = 'received'");
    s.bind(1, toString(stage)).bind(2, eventId);
    s.run();
    return db_.changes() == 1;
}

void Tx::updateEventPayload(const std::string &eventId, const std::string &payload)
{
    auto &s = db_.cached("UPDATE events SET payload = ? WHERE event_id = ?");
    s.bind(1, payload).bind(2, eventId);
    s.run();
}

std::int64_t Tx::parkDeadLetter(const DeadLetter &letter)
{
    auto &s = db_.cached(
        "INSERT INTO dead_letters(event_id, connection, domain, type, correlation_id, stage, "
        "error_class, error, target, outbox_id, attempts, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, letter.eventId)
        .bind(2, letter.connection)
        .bind(3, toString(letter.domain))
        .bind(4, letter.type)
        .bind(5, letter.correlationId)
        .bind(6, toString(letter.stage))
        .bind(7, toString(letter.errorClass))
        .bind(8, letter.error)
        .bind(9, letter.target)
        .bind(10, letter.outboxId ? std::optional<std::int64_t>(letter.outboxId) : std::nullopt)
        .bind(11, letter.attempts)
        .bind(12, toEpochMs(now_));
    s.run();
    const std::int64_t id = db_.lastInsertId();
    FeedDelta delta;
    delta.deadLettered = 1;
    delta.failed = 1;
    delta.lastFailure = now_;
    countFeed(letter.connection, letter.domain, delta);
    return id;
}

std::optional<DeadLetter> Tx::deadLetter(std::int64_t id)
{
    auto &s = db_.cached(std::string("SELECT ") + rows::deadLetterColumns + rows::deadLetterJoins +
                         "WHERE d.id = ?");
    s.bind(1, id);
    std::optional<DeadLetter> result;
    if (s.step())
        result = rows::readDeadLetter(s);
    s.reset();
    return result;
}

void Tx::resolveDeadLetter(std::int64_t id, std::string_view status, const std::string &resolution)
{
    auto &s = db_.cached("UPDATE dead_letters SET status = ?, resolution = ?, resolved_at = ? "
                         "WHERE id = ?");
    s.bind(1, status).bind(2, resolution).bind(3, toEpochMs(now_)).bind(4, id);
    s.run();
}

bool Tx::enqueueOutbox(const OutboxRow &row)
{
    auto &s = db_.cached(
        "INSERT INTO outbox(event_id, target, idempotency_key, connection, domain, type, "
        "correlation_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT(idempotency_key) DO NOTHING");
    s.bind(1, row.eventId)
        .bind(2, row.target)
        .bind(3, row.idempotencyKey)
        .bind(4, row.connection)
        .bind(5, toString(row.domain))
        .bind(6, row.type)
        .bind(7, row.correlationId)
        .bind(8, row.payload)
        .bind(9, toEpochMs(row.nextAttemptAt))
        .bind(10, toEpochMs(now_));
    s.run();
    return db_.changes() > 0;
}

std::vector<OutboxRow> Tx::claimDue(const std::string &target, std::size_t limit)
{
    // A target's queue is first in, first out: only the due rows at its head are claimed, so a
    // row waiting for its retry holds back the rows behind it and the target sees them in order.
    // A claimed batch is kept with its rows: when the head row already belongs to one (it was
    // retried, or in flight when the process stopped), that batch is claimed again as it was, so
    // the target sends the same batch under the same idempotency key.
    auto &head = db_.cached("SELECT id, next_attempt_at, batch FROM outbox WHERE status = "
                            "'pending' AND target = ? ORDER BY id LIMIT ?");
    head.bind(1, target).bind(2, static_cast<std::int64_t>(limit));
    std::int64_t firstDue = 0;
    std::int64_t lastDue = 0;
    std::int64_t earlierBatch = 0;
    while (head.step()) {
        if (head.integer(1) > toEpochMs(now_))
            break;
        const std::int64_t batch = head.integer(2);
        if (firstDue == 0 && batch != 0) {
            earlierBatch = batch;
            break;
        }
        if (batch != 0)
            break; // the next batch begins: it goes out on its own
        if (firstDue == 0)
            firstDue = head.integer(0);
        lastDue = head.integer(0);
    }
    head.reset();

    std::vector<OutboxRow> claimed;
    const auto collect = [&claimed](Statement &claim) {
        while (claim.step())
            claimed.push_back(rows::readOutboxRow(claim));
        claim.reset();
    };
    if (earlierBatch != 0) {
        auto &again = db_.cached(std::string("UPDATE outbox SET status = 'inflight', "
                                             "attempts = attempts + 1 WHERE status = 'pending' "
                                             "AND target = ? AND batch = ? RETURNING ") +
                                 rows::outboxColumns);
        again.bind(1, target).bind(2, earlierBatch);
        collect(again);
    } else if (lastDue != 0) {
        auto &claim = db_.cached(std::string("UPDATE outbox SET status = 'inflight', "
                                             "attempts = attempts + 1, batch = ? WHERE status = "
                                             "'pending' AND target = ? AND id <= ? RETURNING ") +
                                 rows::outboxColumns);
        claim.bind(1, firstDue).bind(2, target).bind(3, lastDue);
        claimed.reserve(limit);
        collect(claim);
    }
    // RETURNING gives no order guarantee.
    std::sort(claimed.begin(), claimed.end(),
              [](const OutboxRow &a, const OutboxRow &b) { return a.id < b.id; });
    return claimed;
}

void Tx::markDelivered(std::int64_t outboxId)
{
    auto &s = db_.cached("UPDATE outbox SET status = 'delivered', delivered_at = ?, "
                         "last_error = '' WHERE id = ?");
    s.bind(1, toEpochMs(now_)).bind(2, outboxId);
    s.run();
}

void Tx::markBatchDelivered(const std::string &target, std::int64_t firstId, std::int64_t lastId)
{
    auto &s =
        db_.cached("UPDATE outbox SET status = 'delivered', delivered_at = ?, last_error = '' "
                   "WHERE target = ? AND status = 'inflight' AND id BETWEEN ? AND ?");
    s.bind(1, toEpochMs(now_)).bind(2, target).bind(3, firstId).bind(4, lastId);
    s.run();
}

void Tx::scheduleRetry(std::int64_t outboxId, TimePoint nextAttempt, const std::string &error,
                       bool countAttempt)
{
    auto &s = db_.cached("UPDATE outbox SET status = 'pending', next_attempt_at = ?, "
                         "last_error = ?, attempts = attempts - ? WHERE id = ?");
    s.bind(1, toEpochMs(nextAttempt))
        .bind(2, error)
        .bind(3, countAttempt ? 0 : 1)
        .bind(4, outboxId);
    s.run();
}

void Tx::markOutboxDead(std::int64_t outboxId, const std::string &error)
{
    auto &s = db_.cached("UPDATE outbox SET status = 'dead', last_error = ? WHERE id = ?");
    s.bind(1, error).bind(2, outboxId);
    s.run();
}

void Tx::requeueOutbox(std::int64_t outboxId, const std::optional<std::string> &payload)
{
    auto &s = db_.cached("UPDATE outbox SET status = 'pending', attempts = 0, last_error = '', "
                         "next_attempt_at = ?, payload = COALESCE(?, payload) WHERE id = ?");
    s.bind(1, toEpochMs(now_)).bind(2, payload).bind(3, outboxId);
    s.run();
}

std::optional<OutboxRow> Tx::outboxRow(std::int64_t outboxId)
{
    auto &s =
        db_.cached(std::string("SELECT ") + rows::outboxColumns + " FROM outbox WHERE id = ?");
    s.bind(1, outboxId);
    std::optional<OutboxRow> result;
    if (s.step())
        result = rows::readOutboxRow(s);
    s.reset();
    return result;
}

int Tx::resetInflight()
{
    db_.exec("UPDATE outbox SET status = 'pending' WHERE status = 'inflight'");
    return db_.changes();
}

AuditEntry Tx::appendAudit(const AuditRecord &record)
{
    auto &head = db_.cached("SELECT seq, hash FROM audit_head WHERE id = 1");
    std::int64_t previousSeq = 0;
    std::string previousHash = genesisHash();
    if (head.step()) {
        previousSeq = head.integer(0);
        previousHash = head.text(1);
    }
    head.reset();

    AuditEntry entry;
    entry.sequence = previousSeq + 1;
    entry.at = now_;
    entry.actor = record.actor.name;
    entry.role = record.actor.role;
    entry.action = record.action;
    entry.objectType = record.objectType;
    entry.objectId = record.objectId;
    entry.before = record.before;
    entry.after = record.after;
    entry.reason = record.reason;
    entry.previousHash = previousHash;
    entry.hash = auditHash(entry);

    auto &insert = db_.cached(
        "INSERT INTO audit(seq, at, actor, role, action, object_type, object_id, before, after, "
        "reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.sequence)
        .bind(2, toEpochMs(entry.at))
        .bind(3, entry.actor)
        .bind(4, entry.role)
        .bind(5, entry.action)
        .bind(6, entry.objectType)
        .bind(7, entry.objectId)
        .bind(8, entry.before)
        .bind(9, entry.after)
        .bind(10, entry.reason)
        .bind(11, entry.previousHash)
        .bind(12, entry.hash);
    insert.run();
    auto &setHead = db_.cached("INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) "
                               "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, "
                               "hash = excluded.hash");
    setHead.bind(1, entry.sequence).bind(2, entry.hash);
    setHead.run();
    return entry;
}

std::int64_t Tx::insertRejected(const RejectedInput &input)
{
    auto &s = db_.cached(
        "INSERT INTO rejected_inputs(at, channel, connection, peer, path, reason, body_sha256, "
        "body_size, body, headers, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'rejected')");
    s.bind(1, toEpochMs(input.at == TimePoint{} ? now_ : input.at))
        .bind(2, input.channel)
        .bind(3, input.connection)
        .bind(4, input.peer)
        .bind(5, input.path)
        .bind(6, input.reason)
        .bind(7, input.bodySha256)
        .bind(8, input.bodySize)
        .bind(9, input.body)
        .bind(10, input.headers);
    s.run();
    return db_.lastInsertId();
}

void Tx::setRejectedStatus(std::int64_t id, std::string_view status)
{
    auto &s = db_.cached("UPDATE rejected_inputs SET status = ? WHERE id = ?");
    s.bind(1, status).bind(2, id);
    s.run();
}

void Tx::saveEndpoint(const EndpointStatus &status)
{
    auto &s = db_.cached(
        "INSERT INTO endpoint_state(target, breaker, consecutive_failures, open_until, last_error) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(target) DO UPDATE SET breaker = excluded.breaker, "
        "consecutive_failures = excluded.consecutive_failures, open_until = excluded.open_until, "
        "last_error = excluded.last_error");
    s.bind(1, status.target)
        .bind(2, toString(status.breaker))
        .bind(3, status.consecutiveFailures)
        .bind(4, status.openUntil ? std::optional<std::int64_t>(toEpochMs(*status.openUntil))
                                  : std::nullopt)
        .bind(5, status.lastError);
    s.run();
}

void Tx::countFeed(const std::string &connection, Domain domain, const FeedDelta &delta)
{
    auto &sum = feedDeltas_[{connection, domain}];
    sum.received += delta.received;
    sum.processed += delta.processed;
    sum.failed += delta.failed;
    sum.retried += delta.retried;
    sum.duplicates += delta.duplicates;
    sum.superseded += delta.superseded;
    sum.deadLettered += delta.deadLettered;
    auto latest = [](std::optional<TimePoint> &into, const std::optional<TimePoint> &value) {
        if (value && (!into || *value > *into))
            into = value;
    };
    latest(sum.lastReceived, delta.lastReceived);
    latest(sum.lastSuccess, delta.lastSuccess);
    latest(sum.lastFailure, delta.lastFailure);
}

void Tx::setMinuteLag(const std::string &connection, Domain domain, TimePoint minute,
                      std::int64_t p50, std::int64_t p95, std::int64_t p99)
{
    auto &s = db_.cached(
        "INSERT INTO feed_minutes(connection, domain, minute, lag_p50, lag_p95, lag_p99) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(connection, domain, minute) DO UPDATE SET "
        "lag_p50 = excluded.lag_p50, lag_p95 = excluded.lag_p95, lag_p99 = excluded.lag_p99");
    s.bind(1, connection)
        .bind(2, toString(domain))
        .bind(3, minuteOf(minute))
        .bind(4, p50)
        .bind(5, p95)
        .bind(6, p99);
    s.run();
}

void Tx::flushCounters()
{
    auto &totals = db_.cached(
        "INSERT INTO feed_counters(connection, domain, received, processed, failed, retried, "
        "duplicates, superseded, last_received, last_success, last_failure) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(connection, domain) DO UPDATE SET received = received + ?3, "
        "processed = processed + ?4, failed = failed + ?5, retried = retried + ?6, "
        "duplicates = duplicates + ?7, superseded = superseded + ?8, "
        "last_received = MAX(COALESCE(last_received, 0), COALESCE(?9, 0)), "
        "last_success = CASE WHEN ?10 IS NULL THEN last_success "
        "ELSE MAX(COALESCE(last_success, 0), ?10) END, "
        "last_failure = CASE WHEN ?11 IS NULL THEN last_failure "
        "ELSE MAX(COALESCE(last_failure, 0), ?11) END");
    auto &minute = db_.cached(
        "INSERT INTO feed_minutes(connection, domain, minute, received, processed, failed, "
        "retried, dead_lettered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(connection, domain, minute) DO UPDATE SET received = received + ?4, "
        "processed = processed + ?5, failed = failed + ?6, retried = retried + ?7, "
        "dead_lettered = dead_lettered + ?8");
    auto epoch = [](const std::optional<TimePoint> &t) {
        return t ? std::optional<std::int64_t>(toEpochMs(*t)) : std::nullopt;
    };
    for (const auto &[key, d] : feedDeltas_) {
        const std::string domain(toString(key.second));
        totals.bind(1, key.first)
            .bind(2, domain)
            .bind(3, d.received)
            .bind(4, d.processed)
            .bind(5, d.failed)
            .bind(6, d.retried)
            .bind(7, d.duplicates)
            .bind(8, d.superseded)
            .bind(9, epoch(d.lastReceived))
            .bind(10, epoch(d.lastSuccess))
            .bind(11, epoch(d.lastFailure));
        totals.run();
        minute.bind(1, key.first)
            .bind(2, domain)
            .bind(3, minuteOf(now_))
            .bind(4, d.received)
            .bind(5, d.processed)
            .bind(6, d.failed)
            .bind(7, d.retried)
            .bind(8, d.deadLettered);
        minute.run();
    }
    feedDeltas_.clear();
}

} // namespace syncline::store
