#pragma once

#include "client/Http.h"
#include "client/RateLimit.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace syncline::client {

struct HttpClientOptions {
    Millis connectTimeout{10'000};             // resolve, connect and TLS handshake
    Millis requestTimeout{30'000};             // write the request and read the whole response
    std::size_t maxConnectionsPerEndpoint = 4; // requests beyond it wait in a queue
    std::size_t maxIdleConnectionsPerEndpoint = 4;
    std::size_t maxResponseBodyBytes = std::size_t{64} * 1024 * 1024;
    bool verifyPeer = true; // certificate and host name verification for https
    std::string caFile;     // extra trust anchors (PEM); the system store is always used too
    std::string userAgent = "Syncline/0.1";
};

struct HttpClientStats {
    std::size_t connectionsOpened = 0;
    std::size_t requestsSent = 0;
    std::size_t staleRetries = 0; // requests re-sent after a pooled connection turned out closed
    std::size_t queued = 0;       // requests that had to wait for a free slot
};

class HttpClientImpl;

// Asynchronous HTTP/1.1 client on the caller's io_context. One keep-alive pool per
// (scheme, host, port); at most maxConnectionsPerEndpoint requests in flight per endpoint, the
// rest queue in order. Each callback runs exactly once, on a thread running the io_context;
// request() may be called from any thread. Requests still in flight when the client is destroyed
// complete normally: the pool lives until the last of them has answered.
class HttpClient {
public:
    using Callback = std::function<void(HttpResponse)>;

    HttpClient(boost::asio::io_context &io, HttpClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void request(HttpRequest request, Callback done);

    // Closes idle pooled connections (in-flight requests are not affected).
    void closeIdle();
    HttpClientStats stats() const;
    const HttpClientOptions &options() const;

private:
    std::shared_ptr<HttpClientImpl> impl_;
};

} // namespace syncline::client
