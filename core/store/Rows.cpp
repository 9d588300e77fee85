#include "store/Rows.h"

namespace syncline::store::rows {

StoredEvent readEvent(Statement &s)
{
    StoredEvent e;
    e.seq = s.integer(0);
    e.event.eventId = s.text(1);
    e.event.idempotencyKey = s.text(2);
    e.event.sourceSystem = s.text(3);
    e.event.connection = s.text(4);
    e.event.domain = domainFromString(s.text(5)).value_or(Domain::Order);
    e.event.type = s.text(6);
    e.event.occurredAt = fromEpochMs(s.integer(7));
    e.event.receivedAt = fromEpochMs(s.integer(8));
    e.event.correlationId = s.text(9);
    e.event.entityKey = s.text(10);
    e.event.sourceSequence = s.integer(11);
    e.event.payload = s.text(12);
    e.status = s.text(13);
    e.stage = stageFromString(s.text(14)).value_or(Stage::Ingest);
    if (const auto at = s.optionalInteger(15))
        e.processedAt = fromEpochMs(*at);
    return e;
}

OutboxRow readOutboxRow(Statement &s)
{
    OutboxRow r;
    r.id = s.integer(0);
    r.eventId = s.text(1);
    r.target = s.text(2);
    r.idempotencyKey = s.text(3);
    r.connection = s.text(4);
    r.domain = domainFromString(s.text(5)).value_or(Domain::Order);
    r.type = s.text(6);
    r.correlationId = s.text(7);
    r.payload = s.text(8);
    r.status = s.text(9);
    r.attempts = s.integer(10);
    r.nextAttemptAt = fromEpochMs(s.integer(11));
    r.lastError = s.text(12);
    return r;
}

DeadLetter readDeadLetter(Statement &s)
{
    DeadLetter d;
    d.id = s.integer(0);
    d.eventId = s.text(1);
    d.connection = s.text(2);
    d.domain = domainFromString(s.text(3)).value_or(Domain::Order);
    d.type = s.text(4);
    d.correlationId = s.text(5);
    d.stage = stageFromString(s.text(6)).value_or(Stage::Ingest);
    d.errorClass = errorClassFromString(s.text(7)).value_or(ErrorClass::Data);
    d.error = s.text(8);
    d.target = s.text(9);
    d.payload = s.text(10);
    d.attempts = s.integer(11);
    d.createdAt = fromEpochMs(s.integer(12));
    d.status = s.text(13);
    d.resolution = s.text(14);
    d.outboxId = s.integer(15);
    return d;
}

} // namespace syncline::store::rows
