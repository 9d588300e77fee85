#pragma once

#include "wire/HttpServer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace syncline::wire {

struct HealthReport {
    bool healthy = false;
    std::string json; // the body of /healthz
};

struct AdminListenerOptions {
    // Loopback unless configured otherwise: the admin endpoints are not authenticated.
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;
    std::size_t maxConnections = 16;
};

// GET /metrics (Prometheus text from the provider) and GET /healthz (200 when healthy, 503
// otherwise). Providers run on an io_context thread and must be thread-safe.
class AdminListener {
public:
    using MetricsProvider = std::function<std::string()>;
    using HealthProvider = std::function<HealthReport()>;

    AdminListener(boost::asio::io_context &io, const AdminListenerOptions &options,
                  MetricsProvider metrics, HealthProvider health);
    ~AdminListener();
    AdminListener(const AdminListener &) = delete;
    AdminListener &operator=(const AdminListener &) = delete;

    void start(); // throws std::runtime_error naming the address on failure
    void stop();
    std::uint16_t port() const;

    // The answer to one request; exposed so the routing is testable without sockets.
    static HttpResponse respond(const HttpRequest &request, const MetricsProvider &metrics,
                                const HealthProvider &health);

private:
    std::unique_ptr<HttpServer> server_;
};

} // namespace syncline::wire
