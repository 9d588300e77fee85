#include "client/HttpClient.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace syncline::client {

namespace {

inline auto awaitable(error_code &ec)
{
    return asio::redirect_error(asio::use_awaitable, ec);
}

bool isIpLiteral(const std::string &host)
{
    error_code ec;
    (void)asio::ip::make_address(host, ec);
    return !ec;
}

// One TCP (or TLS over TCP) connection to an endpoint, kept open between requests.
struct Connection {
    std::unique_ptr<beast::tcp_stream> plain;
    std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> tls;
    beast::flat_buffer buffer;

    beast::tcp_stream &lowest() { return tls ? beast::get_lowest_layer(*tls) : *plain; }
    void close()
    {
        error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }
};

struct Job {
    HttpRequest request;
    ParsedUrl url;
    HttpClient::Callback done;
};

struct Endpoint {
    std::size_t active = 0;
    std::deque<Job> waiting;
    std::vector<std::unique_ptr<Connection>> idle;
};

TransportError classifyTransport(const error_code &ec, bool duringHandshake)
{
    if (ec == beast::error::timeout || ec == asio::error::timed_out)
        return TransportError::Timeout;
    if (ec == asio::error::connection_refused)
        return TransportError::Refused;
    if (duringHandshake || ec.category() == asio::error::get_ssl_category() ||
        ec == ssl::error::stream_truncated)
        return TransportError::Tls;
    return TransportError::Connection;
}

HttpResponse transportFailure(TransportError error, std::string message)
{
    HttpResponse response;
    response.transportError = error;
    response.errorMessage = std::move(message);
    return response;
}

// The server closed a kept-alive connection before reading the request: nothing was processed,
// so the request can be sent again on a fresh connection.
bool closedBeforeAnswer(const error_code &ec)
{
    return ec == http::error::end_of_stream || ec == asio::error::eof ||
           ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
           ec == asio::error::connection_aborted || ec == ssl::error::stream_truncated;
}

} // namespace

class HttpClientImpl : public std::enable_shared_from_this<HttpClientImpl> {
public:
    HttpClientImpl(asio::io_context &io, HttpClientOptions options)
        : io_(io)
        , options_(std::move(options))
        , tls_(ssl::context::tls_client)
    {
        tls_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                         ssl::context::no_tlsv1_1);
        error_code ec;
        tls_.set_default_verify_paths(ec); // a missing system store only matters if used
        if (!options_.caFile.empty())
            tls_.load_verify_file(options_.caFile, caError_);
    }

    void submit(HttpRequest request, HttpClient::Callback done)
    {
        auto url = parseUrl(request.url);
        if (!url) {
            asio::post(io_, [done = std::move(done), text = request.url] {
                done(transportFailure(TransportError::InvalidUrl,
                                      "cannot parse URL '" + text + "'"));
            });
            return;
        }
        const std::string key =
            std::string(url->tls ? "https://" : "http://") + url->host + ":" + url->port;
        Job job{std::move(request), std::move(*url), std::move(done)};
        {
            std::lock_guard lock(mutex_);
            auto &endpoint = endpoints_[key];
            if (endpoint.active >= std::max<std::size_t>(1, options_.maxConnectionsPerEndpoint)) {
                ++stats_.queued;
                endpoint.waiting.push_back(std::move(job));
                return;
            }
            ++endpoint.active;
        }
        start(key, std::move(job));
    }

    void closeIdle()
    {
        std::lock_guard lock(mutex_);
        for (auto &[key, endpoint] : endpoints_) {
            for (auto &connection : endpoint.idle)
                connection->close();
            endpoint.idle.clear();
        }
    }

    HttpClientStats stats() const
    {
        std::lock_guard lock(mutex_);
        return stats_;
    }

    const HttpClientOptions &options() const { return options_; }

private:
    struct Exchanged {
        HttpResponse response;
        bool keepAlive = false;
        bool transportFailed() const { return response.transportFailed(); }
    };

    void start(const std::string &key, Job job)
    {
        asio::co_spawn(io_, run(shared_from_this(), key, std::move(job)), asio::detached);
    }

    // Holds one of the endpoint's slots from the gate wait to the response.
    static asio::awaitable<void> run(std::shared_ptr<HttpClientImpl> self, std::string key, Job job)
    {
        if (job.request.gate) {
            asio::steady_timer timer(self->io_);
            for (;;) {
                const Millis wait = job.request.gate->acquire(job.request);
                if (wait.count() <= 0)
                    break;
                error_code ec;
                timer.expires_after(wait);
                co_await timer.async_wait(awaitable(ec));
            }
        }
        HttpResponse response = co_await self->perform(key, job);
        if (job.request.gate)
            job.request.gate->complete(job.request, response);
        self->release(key);
        job.done(std::move(response));
    }

    // The next queued request inherits the slot. Coroutines are started outside the lock:
    // co_spawn may run them inline, and they take the lock themselves.
    void release(const std::string &key)
    {
        std::optional<Job> next;
        {
            std::lock_guard lock(mutex_);
            auto &endpoint = endpoints_[key];
            if (endpoint.waiting.empty()) {
                --endpoint.active;
                return;
            }
            next = std::move(endpoint.waiting.front());
            endpoint.waiting.pop_front();
        }
        start(key, std::move(*next));
    }

    std::unique_ptr<Connection> takeIdle(const std::string &key)
    {
        std::lock_guard lock(mutex_);
        auto &idle = endpoints_[key].idle;
        if (idle.empty())
            return nullptr;
        auto connection = std::move(idle.back());
        idle.pop_back();
        return connection;
    }

    void putIdle(const std::string &key, std::unique_ptr<Connection> connection)
    {
        std::lock_guard lock(mutex_);
        auto &idle = endpoints_[key].idle;
        if (idle.size() < options_.maxIdleConnectionsPerEndpoint)
            idle.push_back(std::move(connection));
        else
            connection->close();
    }

    http::request<http::string_body> buildRequest(const Job &job, error_code &ec) const
    {
        http::request<http::string_body> req;
        const auto verb = http::string_to_verb(job.request.method);
        if (verb == http::verb::unknown) {
            ec = http::error::bad_method;
            return req;
        }
        req.method(verb);
        req.target(job.url.target);
        req.version(11);
        const bool defaultPort = job.url.port == (job.url.tls ? "443" : "80");
        const bool ipv6 = job.url.host.find(':') != std::string::npos;
        std::string host = ipv6 ? "[" + job.url.host + "]" : job.url.host;
        if (!defaultPort)
            host += ":" + job.url.port;
        req.set(http::field::host, host);
        req.set(http::field::user_agent, options_.userAgent);
        for (const auto &[name, value] : job.request.headers)
            req.set(name, value);
        req.body() = job.request.body;
        req.prepare_payload();
        return req;
    }

    asio::awaitable<HttpResponse> perform(const std::string &key, const Job &job)
    {
        error_code ec;
        const auto req = buildRequest(job, ec);
        if (ec)
            co_return transportFailure(TransportError::InvalidUrl,
                                       "unsupported method '" + job.request.method + "'");
        // A pooled connection may have been closed by the server while it sat idle; that is
        // only known once it is used, so such a request gets one more try on a new connection.
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto connection = attempt == 0 ? takeIdle(key) : nullptr;
            const bool reused = connection != nullptr;
            if (!connection) {
                HttpResponse failure;
                connection = co_await connect(job.url, failure);
                if (!connection)
                    co_return failure;
            }
            {
                std::lock_guard lock(mutex_);
                ++stats_.requestsSent;
            }
            bool closedEarly = false;
            Exchanged exchanged = co_await exchange(*connection, req, closedEarly);
            exchanged.response.reusedConnection = reused;
            if (exchanged.transportFailed()) {
                connection->close();
                if (reused && closedEarly) {
                    std::lock_guard lock(mutex_);
                    ++stats_.staleRetries;
                    continue;
                }
                co_return exchanged.response;
            }
            if (exchanged.keepAlive)
                putIdle(key, std::move(connection));
            else
                connection->close();
            co_return exchanged.response;
        }
        co_return transportFailure(TransportError::Connection, "connection closed");
    }

    asio::awaitable<std::unique_ptr<Connection>> connect(const ParsedUrl &url,
                                                         HttpResponse &failure)
    {
        error_code ec;
        // Name resolution has no timeout of its own; a timer cancels it. Both live in shared
        // state because the timer's handler may run after this frame has moved on.
        struct Resolving {
            explicit Resolving(asio::io_context &io)
                : resolver(io)
                , guard(io)
            {}
            tcp::resolver resolver;
            asio::steady_timer guard;
            std::atomic<bool> timedOut{false};
        };
        auto resolving = std::make_shared<Resolving>(io_);
        resolving->guard.expires_after(options_.connectTimeout);
        resolving->guard.async_wait([resolving](const error_code &waited) {
            if (!waited) {
                resolving->timedOut = true;
                resolving->resolver.cancel();
            }
        });
        const auto endpoints =
            co_await resolving->resolver.async_resolve(url.host, url.port, awaitable(ec));
        resolving->guard.cancel();
        if (ec) {
            failure =
                resolving->timedOut
                    ? transportFailure(TransportError::Timeout,
                                       "resolving " + url.host + " took too long")
                    : transportFailure(TransportError::Resolve, url.host + ": " + ec.message());
            co_return nullptr;
        }
        auto connection = std::make_unique<Connection>();
        if (url.tls)
            connection->tls = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(io_, tls_);
        else
            connection->plain = std::make_unique<beast::tcp_stream>(io_);
        auto &lowest = connection->lowest();
        lowest.expires_after(options_.connectTimeout);
        co_await lowest.async_connect(endpoints, awaitable(ec));
        if (ec) {
            failure = transportFailure(classifyTransport(ec, false),
                                       url.host + ":" + url.port + ": " + ec.message());
            co_return nullptr;
        }
        {
            std::lock_guard lock(mutex_);
            ++stats_.connectionsOpened;
        }
        if (url.tls) {
            if (caError_) {
                failure = transportFailure(TransportError::Tls, "cannot load CA file '" +
                                                                    options_.caFile +
                                                                    "': " + caError_.message());
                co_return nullptr;
            }
            auto &stream = *connection->tls;
            // SNI carries host names only; an IP literal is never sent as a server name.
            if (!isIpLiteral(url.host) &&
                !SSL_set_tlsext_host_name(stream.native_handle(), url.host.c_str())) {
                failure = transportFailure(TransportError::Tls, "cannot set SNI host name");
                co_return nullptr;
            }
            if (options_.verifyPeer) {
                stream.set_verify_mode(ssl::verify_peer);
                stream.set_verify_callback(ssl::host_name_verification(url.host));
            } else {
                stream.set_verify_mode(ssl::verify_none);
            }
            co_await stream.async_handshake(ssl::stream_base::client, awaitable(ec));
            if (ec) {
                failure = transportFailure(TransportError::Tls,
                                           url.host + ":" + url.port + ": " + ec.message());
                co_return nullptr;
            }
        }
        co_return connection;
    }

    template <class Stream>
    asio::awaitable<Exchanged> exchangeOn(Stream &stream, Connection &connection,
                                          const http::request<http::string_body> &req,
                                          bool &closedEarly)
    {
        Exchanged result;
        error_code ec;
        connection.lowest().expires_after(options_.requestTimeout);
        co_await http::async_write(stream, req, awaitable(ec));
        if (!ec) {
            http::response_parser<http::string_body> parser;
            parser.body_limit(options_.maxResponseBodyBytes);
            parser.skip(req.method() == http::verb::head);
            co_await http::async_read(stream, connection.buffer, parser, awaitable(ec));
            if (!ec) {
                auto &res = parser.get();
                result.response.status = static_cast<int>(res.result_int());
                for (const auto &field : res)
                    result.response.headers[std::string(field.name_string())] =
                        std::string(field.value());
                result.response.body = std::move(res.body());
                result.keepAlive = res.keep_alive();
                connection.lowest().expires_never();
                co_return result;
            }
            closedEarly = !parser.got_some() && closedBeforeAnswer(ec);
        } else {
            closedEarly = closedBeforeAnswer(ec);
        }
        result.response = transportFailure(classifyTransport(ec, false), std::string(ec.message()));
        co_return result;
    }

    asio::awaitable<Exchanged>
    exchange(Connection &connection, const http::request<http::string_body> &req, bool &closedEarly)
    {
        if (connection.tls)
            co_return co_await exchangeOn(*connection.tls, connection, req, closedEarly);
        co_return co_await exchangeOn(*connection.plain, connection, req, closedEarly);
    }

    asio::io_context &io_;
    HttpClientOptions options_;
    ssl::context tls_;
    error_code caError_;
    mutable std::mutex mutex_;
    std::map<std::string, Endpoint> endpoints_;
    HttpClientStats stats_;
};

HttpClient::HttpClient(asio::io_context &io, HttpClientOptions options)
    : impl_(std::make_shared<HttpClientImpl>(io, std::move(options)))
{}

HttpClient::~HttpClient()
{
    impl_->closeIdle();
}

void HttpClient::request(HttpRequest request, Callback done)
{
    impl_->submit(std::move(request), std::move(done));
}

void HttpClient::closeIdle()
{
    impl_->closeIdle();
}

HttpClientStats HttpClient::stats() const
{
    return impl_->stats();
}

const HttpClientOptions &HttpClient::options() const
{
    return impl_->options();
}

} // namespace syncline::client
