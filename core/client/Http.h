#pragma once

#include "model/Delivery.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::client {

class RequestGate;

// Header names compare case-insensitively, as HTTP requires.
struct CaseInsensitiveLess {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const;
};
using HttpHeaders = std::map<std::string, std::string, CaseInsensitiveLess>;

struct HttpRequest {
    std::string method = "GET";
    std::string url; // http://host[:port]/path?query or https://...
    HttpHeaders headers;
    std::string body;
    // Optional admission control shared by every request to one API (rate limits, budgets).
    std::shared_ptr<RequestGate> gate;
    // What the gate charges for this request: a GraphQL operation name whose cost it learns.
    std::string costKey;
};

// Failures below HTTP: no status line was received.
enum class TransportError { None, Timeout, Refused, Resolve, Tls, Connection, InvalidUrl };
std::string_view toString(TransportError error);

struct HttpResponse {
    int status = 0; // 0 when transportError is set
    HttpHeaders headers;
    std::string body;
    TransportError transportError = TransportError::None;
    std::string errorMessage; // details of a transport error
    bool reusedConnection = false;

    bool transportFailed() const { return transportError != TransportError::None; }
    bool ok() const { return !transportFailed() && status >= 200 && status < 300; }
    std::string header(std::string_view name) const;
};

// Retry-After is either delta seconds ("2", "2.0") or an HTTP date; negative results are zero.
std::optional<Millis> parseRetryAfter(std::string_view value, TimePoint now);

// The engine's view of a response: success, or the failure class that decides what happens
// next (transport errors and 5xx are transient, 429 waits, 401/403 pause, other 4xx need a fix).
DeliveryOutcome toOutcome(const HttpResponse &response, TimePoint now);

struct ParsedUrl {
    bool tls = false;
    std::string host;
    std::string port;
    std::string target; // path and query, at least "/"
};
std::optional<ParsedUrl> parseUrl(std::string_view url);

} // namespace syncline::client
