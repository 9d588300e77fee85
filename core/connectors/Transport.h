#pragma once

#include "client/Http.h"

#include <functional>
#include <memory>
#include <optional>

namespace syncline::client {
class HttpClient;
}

namespace syncline::connectors {

// One HTTP exchange, answered synchronously. The connectors run their multi-call flows (look
// up, create, confirm, read back) on their own worker thread, so a plain call-and-return keeps
// each flow readable; tests inject scripted responses through the same function.
using BlockingTransport = std::function<client::HttpResponse(client::HttpRequest)>;

// Sends through `http` and waits for the answer. Must not be called on a thread that runs the
// client's io_context (the answer could never arrive).
BlockingTransport blockingTransport(client::HttpClient &http);

// An error a connector call ended with, in the engine's failure classes.
struct CallError {
    ErrorClass errorClass = ErrorClass::Transient;
    std::string message;
    std::optional<Millis> retryAfter;

    DeliveryOutcome toOutcome() const
    {
        return DeliveryOutcome::failure(errorClass, message, retryAfter);
    }
};

// The status-level classification shared by both APIs: transport failures and 5xx are
// transient, 429 waits, 401/403 are credentials, other non-2xx statuses are refusals of the
// request itself. Returns nothing for a 2xx answer.
std::optional<CallError> classifyHttpFailure(const client::HttpResponse &response,
                                             std::string_view system);

} // namespace syncline::connectors
