#pragma once

#include "model/Event.h"
#include "store/Store.h"

#include <future>
#include <string>

namespace syncline::testing {

inline Event makeEvent(std::string key, std::string entity = {}, std::int64_t sequence = 0,
                       Domain domain = Domain::Inventory)
{
    Event e;
    e.eventId = "evt-" + key;
    e.idempotencyKey = key;
    e.sourceSystem = "test";
    e.connection = "wms";
    e.domain = domain;
    e.type = "inventory.level";
    e.correlationId = entity.empty() ? key : entity;
    e.entityKey = entity;
    e.sourceSequence = sequence;
    e.occurredAt = fromEpochMs(1'700'000'000'000);
    e.receivedAt = e.occurredAt;
    e.payload = R"({"sku":")" + e.correlationId + R"(","location":"WH1","on_hand":5})";
    return e;
}

// Runs one work item and waits for its commit; rethrows what the item threw.
template <typename F>
void writeAndWait(store::Store &store, F work)
{
    std::promise<void> done;
    store.write(work, [&done](std::exception_ptr error) {
        if (error)
            done.set_exception(error);
        else
            done.set_value();
    });
    done.get_future().get();
}

} // namespace syncline::testing
