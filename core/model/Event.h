#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <cstdint>
#include <string>

namespace syncline {

// The envelope of every inbound record, whatever its source (webhook, file, poll, bulk load).
struct Event {
    std::string eventId;        // unique id of this record in Syncline (a UUID)
    std::string idempotencyKey; // the same key twice means the same fact: processed once
    std::string sourceSystem;   // "shopify", "tryton", "wms"...
    std::string connection;     // the configured connection it came through (the feed)
    Domain domain = Domain::Order;
    std::string type;          // "order.created", "inventory.level", "shipment.created"...
    TimePoint occurredAt{};    // when the source says it happened
    TimePoint receivedAt{};    // when Syncline received it
    std::string correlationId; // the business key: order number, SKU
    // Ordering within one entity: an older version never overwrites a newer one. The entity key
    // defaults to domain + correlation id; the sequence is the source's own counter (or 0, in
    // which case occurredAt orders the versions).
    std::string entityKey;
    std::int64_t sourceSequence = 0;
    std::string payload; // canonical JSON of the domain object
};

// The value used to order versions of one entity.
inline std::int64_t versionOf(const Event &event)
{
    return event.sourceSequence != 0 ? event.sourceSequence : toEpochMs(event.occurredAt);
}

// Fills what the sender may leave out: event id, received time, entity key.
void completeEnvelope(Event &event, TimePoint receivedAt);

} // namespace syncline
