#pragma once

#include "store/Database.h"
#include "store/Store.h"

// How rows of the store's tables become values. Each query that uses one of these selects the
// columns in the order given by the matching *Columns constant.
namespace syncline::store::rows {

inline constexpr const char *eventColumns =
    "seq, event_id, idempotency_key, source_system, connection, domain, type, occurred_at, "
    "received_at, correlation_id, entity_key, version, payload, status, stage, processed_at";
inline constexpr const char *outboxColumns =
    "id, event_id, target, idempotency_key, connection, domain, type, correlation_id, payload, "
    "status, attempts, next_attempt_at, last_error";
// Dead letters joined with their event (e) and outbox row (o) for the payload.
inline constexpr const char *deadLetterColumns =
    "d.id, d.event_id, d.connection, d.domain, d.type, d.correlation_id, d.stage, "
    "d.error_class, d.error, d.target, COALESCE(o.payload, e.payload, ''), d.attempts, "
    "d.created_at, d.status, d.resolution, COALESCE(d.outbox_id, 0)";
inline constexpr const char *deadLetterJoins =
    " FROM dead_letters d LEFT JOIN events e ON e.event_id = d.event_id "
    "LEFT JOIN outbox o ON o.id = d.outbox_id ";

StoredEvent readEvent(Statement &s);
OutboxRow readOutboxRow(Statement &s);
DeadLetter readDeadLetter(Statement &s);

} // namespace syncline::store::rows
