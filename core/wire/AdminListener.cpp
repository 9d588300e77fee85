#include "wire/AdminListener.h"

namespace syncline::wire {

HttpResponse AdminListener::respond(const HttpRequest &request, const MetricsProvider &metrics,
                                    const HealthProvider &health)
{
    const auto path = std::string_view(request.target).substr(0, request.target.find('?'));
    if (path != "/metrics" && path != "/healthz")
        return HttpResponse::text(404, "not found");
    if (request.method != "GET") {
        auto response = HttpResponse::text(405, "method not allowed");
        response.headers.push_back({"Allow", "GET"});
        return response;
    }
    HttpResponse response;
    try {
        if (path == "/metrics") {
            response.contentType = "text/plain; version=0.0.4; charset=utf-8";
            response.body = metrics ? metrics() : std::string();
        } else {
            const auto report = health ? health() : HealthReport{};
            response.status = report.healthy ? 200 : 503;
            response.contentType = "application/json";
            response.body =
                report.json.empty()
                    ? std::string(report.healthy ? R"({"healthy":true})" : R"({"healthy":false})")
                    : report.json;
        }
    } catch (const std::exception &error) {
        return HttpResponse::text(500, std::string("provider failed: ") + error.what());
    }
    return response;
}

AdminListener::AdminListener(boost::asio::io_context &io, const AdminListenerOptions &options,
                             MetricsProvider metrics, HealthProvider health)
{
    HttpServerOptions http;
    http.address = options.address;
    http.port = options.port;
    http.maxConnections = options.maxConnections;
    http.maxBodyBytes = std::size_t{64} * 1024;
    server_ = std::make_unique<HttpServer>(
        io, http,
        [metrics = std::move(metrics), health = std::move(health)](
            const HttpRequest &request, const HttpServer::Respond &answer) {
            (void)answer(respond(request, metrics, health));
        });
}

AdminListener::~AdminListener()
{
    stop();
}

void AdminListener::start()
{
    server_->start();
}

void AdminListener::stop()
{
    server_->stop();
}

std::uint16_t AdminListener::port() const
{
    return server_->port();
}

} // namespace syncline::wire
