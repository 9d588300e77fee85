#pragma once

#include "model/Inbound.h"
#include "util/Clock.h"
#include "wire/HttpServer.h"
#include "wire/WebhookRouter.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace syncline::wire {

struct WebhookListenerOptions {
    HttpServerOptions http;       // address, port, limits and timeouts
    const Clock *clock = nullptr; // system clock when null
};

struct WebhookListenerStats {
    std::uint64_t requests = 0;     // complete requests handed to the router
    std::uint64_t acknowledged = 0; // answered 2xx
    std::uint64_t rejected = 0;     // recorded through InboundSink::recordRejected
    std::uint64_t eventsIngested = 0;
};

// The signed webhook listener: POST /webhooks/{shopify,woocommerce,generic}/<connection>.
// A request is acknowledged (2xx) only after the sink reports every event it carried as
// committed (accepted, duplicate or superseded). A rejection by the sink answers 422, an
// ingest failure or a commit that misses the response deadline answers 503. Every refused
// request is recorded through InboundSink::recordRejected with its reason, headers and body.
class WebhookListener {
public:
    // `sink` must outlive the listener and every ingest it was given.
    WebhookListener(boost::asio::io_context &io, WebhookListenerOptions options,
                    std::vector<WebhookEndpoint> endpoints, InboundSink &sink);
    ~WebhookListener();
    WebhookListener(const WebhookListener &) = delete;
    WebhookListener &operator=(const WebhookListener &) = delete;

    // Binds and starts accepting; throws std::runtime_error naming the address on failure.
    void start();
    void stop();
    // The bound port (the ephemeral one when options asked for port 0).
    std::uint16_t port() const;

    // Replaces the endpoint settings (configuration reload, secret rotation); thread-safe.
    void setEndpoints(std::vector<WebhookEndpoint> endpoints);

    WebhookListenerStats stats() const;

    struct Shared;

private:
    std::shared_ptr<Shared> shared_;
    std::unique_ptr<HttpServer> server_;
};

} // namespace syncline::wire
