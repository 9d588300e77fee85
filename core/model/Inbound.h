#pragma once

#include "model/Event.h"
#include "util/Clock.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace syncline {

struct IngestResult {
    // Rejected: the record itself is refused (recorded with the reason). Failed: it could not
    // be stored (the store is down or full): the sender should try again later.
    enum class Status { Accepted, Duplicate, Superseded, Rejected, Failed };
    Status status = Status::Rejected;
    std::string eventId;
    std::string message;
};
std::string_view toString(IngestResult::Status status);

// A request, file or record refused before it became an event. Kept whole so that it can be
// inspected and replayed after the cause is fixed.
struct RejectedInput {
    std::int64_t id = 0;
    TimePoint at{};
    std::string channel; // "webhook", "file", "ingest"
    std::string connection;
    std::string peer;
    std::string path;
    std::string reason;
    std::string bodySha256;
    std::int64_t bodySize = 0;
    std::string body;
    std::string headers; // as "Name: value" lines, secrets and signatures included as sent
    std::string status;  // rejected, replayed
};

// Where inbound adapters (webhook listener, drop folders, pollers) hand what they read. The
// engine implements it; adapters depend only on this interface, so they are tested alone.
class InboundSink {
public:
    virtual ~InboundSink() = default;
    // `done` runs after the event is durably committed (or found to be a duplicate or
    // superseded), possibly on another thread. Acknowledge to the sender only from there.
    virtual void ingest(Event event, std::function<void(IngestResult)> done) = 0;
    virtual void recordRejected(RejectedInput input, std::function<void(std::int64_t id)> done) = 0;
};

} // namespace syncline
