#pragma once

#include "util/Clock.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace boost::asio {
class io_context;
}

// A small HTTP/1.1 server over Boost.Beast shared by the webhook and admin listeners. It owns
// the protections every listener needs (connection limit, header and body limits, read timeout,
// response deadline) and hands complete requests to a handler. Beast stays out of this header.
namespace syncline::wire {

struct HttpHeader {
    std::string name;
    std::string value;
};

struct HttpRequest {
    std::string method;
    std::string target;
    unsigned version = 11; // 10 or 11
    std::vector<HttpHeader> headers;
    std::string body;
    std::string peer; // "address:port"

    // Case-insensitive; the first field of that name, or nullptr.
    const std::string *header(std::string_view name) const;
    // The headers as "Name: value" lines, as received.
    std::string headerLines() const;
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "text/plain; charset=utf-8";
    std::string body;
    std::vector<HttpHeader> headers;
    bool close = false; // close the connection after this response

    static HttpResponse text(int status, std::string body);
};

// Why the server itself refused or dropped a request before (or instead of) the handler's answer.
enum class HttpRefusal {
    ConnectionLimit, // 503, request not read
    HeaderTooLarge,  // 431
    BodyTooLarge,    // 413
    Malformed,       // 400: not parseable as HTTP (bad Content-Length, bad request line...)
    Truncated,       // the peer closed in the middle of a request: nothing sent
    ReadTimeout,     // the request did not arrive within the read timeout: connection closed
    ResponseTimeout, // the handler did not answer in time: 503
};
std::string_view toString(HttpRefusal refusal);

struct HttpRefusalInfo {
    HttpRefusal kind = HttpRefusal::Malformed;
    int status = 0; // what was sent, 0 when nothing could be
    std::string reason;
    // What had been received: method, target and headers once the header was complete; the
    // body (or the raw bytes of an incomplete header) so far.
    HttpRequest request;
};

struct HttpServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0; // 0: an ephemeral port, see HttpServer::port()
    std::size_t maxBodyBytes = std::size_t{2} * 1024 * 1024;
    std::size_t maxHeaderBytes = std::size_t{16} * 1024;
    Millis readTimeout{10'000};    // a whole request, first byte to last; also the idle limit
    Millis responseTimeout{4'000}; // handler's deadline, then 503
    std::size_t maxConnections = 256;
};

class HttpServer {
public:
    // Answers the request it was given; callable from any thread. Only the first call counts,
    // and only if it comes before the response deadline: it returns whether this answer is the
    // one sent (false when the deadline or an earlier call answered already).
    using Respond = std::function<bool(HttpResponse)>;
    using Handler = std::function<void(HttpRequest, Respond)>;
    // Runs on the connection's strand for every refusal listed in HttpRefusal.
    using RefusalHandler = std::function<void(const HttpRefusalInfo &)>;

    HttpServer(boost::asio::io_context &io, HttpServerOptions options, Handler handler,
               RefusalHandler onRefusal = {});
    // Stops; destroy the server only once no handler can run any more (io_context stopped, or
    // stop() called and its handlers drained), since handlers reference their owner.
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts accepting. Throws std::runtime_error naming the address on failure.
    void start();
    // Stops accepting and closes every open connection.
    void stop();
    std::uint16_t port() const;
    std::size_t openConnections() const;

    struct State;

private:
    boost::asio::io_context &io_;
    std::shared_ptr<State> state_;
};

} // namespace syncline::wire
