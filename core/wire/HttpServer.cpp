#include "wire/HttpServer.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <stdexcept>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace syncline::wire {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// How long a closing connection keeps reading (and discarding) what the peer still sends, so
// that the peer reads our answer instead of a connection reset.
constexpr Millis LingerTime{1'000};

} // namespace

const std::string *HttpRequest::header(std::string_view name) const
{
    for (const auto &h : headers) {
        if (equalsIgnoreCase(h.name, name))
            return &h.value;
    }
    return nullptr;
}

std::string HttpRequest::headerLines() const
{
    std::string lines;
    for (const auto &h : headers)
        lines += h.name + ": " + h.value + "\n";
    return lines;
}

HttpResponse HttpResponse::text(int status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    if (!r.body.empty() && r.body.back() != '\n')
        r.body += '\n';
    return r;
}

std::string_view toString(HttpRefusal refusal)
{
    switch (refusal) {
    case HttpRefusal::ConnectionLimit:
        return "connection limit";
    case HttpRefusal::HeaderTooLarge:
        return "header too large";
    case HttpRefusal::BodyTooLarge:
        return "body too large";
    case HttpRefusal::Malformed:
        return "malformed request";
    case HttpRefusal::Truncated:
        return "truncated request";
    case HttpRefusal::ReadTimeout:
        return "read timeout";
    case HttpRefusal::ResponseTimeout:
        return "response timeout";
    }
    return "refused";
}

class Session;

struct HttpServer::State {
    HttpServerOptions options;
    Handler handler;
    RefusalHandler onRefusal;
    std::optional<tcp::acceptor> acceptor;
    std::atomic<std::uint16_t> port{0};
    std::atomic<std::size_t> open{0};
    std::atomic<bool> stopped{false};
    std::mutex sessionsMutex;
    std::vector<std::weak_ptr<Session>> sessions;

    void refuse(const HttpRefusalInfo &info) const
    {
        if (onRefusal && !stopped)
            onRefusal(info);
    }
};

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, std::shared_ptr<HttpServer::State> state)
        : stream_(std::move(socket))
        , state_(std::move(state))
        , responseTimer_(stream_.get_executor())
    {
        ++state_->open;
        beast::error_code ec;
        const auto remote = stream_.socket().remote_endpoint(ec);
        if (!ec)
            peer_ = remote.address().to_string() + ":" + std::to_string(remote.port());
    }

    ~Session() { --state_->open; }

    void start(bool overLimit)
    {
        net::dispatch(stream_.get_executor(), [self = shared_from_this(), overLimit] {
            if (overLimit)
                self->refuseConnection();
            else
                self->readRequest();
        });
    }

    void closeFromOutside()
    {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            beast::error_code ec;
            self->responseTimer_.cancel();
            self->stream_.socket().close(ec);
        });
    }

private:
    void refuseConnection()
    {
        HttpRefusalInfo info;
        info.kind = HttpRefusal::ConnectionLimit;
        info.status = 503;
        info.reason =
            "connection limit of " + std::to_string(state_->options.maxConnections) + " reached";
        info.request.peer = peer_;
        state_->refuse(info);
        auto response = HttpResponse::text(503, "too many connections");
        response.close = true;
        write(std::move(response), 11, false);
    }

    void readRequest()
    {
        if (state_->stopped)
            return close();
        parser_.emplace();
        parser_->body_limit(state_->options.maxBodyBytes);
        parser_->header_limit(static_cast<std::uint32_t>(state_->options.maxHeaderBytes));
        stream_.expires_after(state_->options.readTimeout);
        http::async_read_header(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    // A sender that asks "Expect: 100-continue" waits for the interim answer before the body.
    void onHeader(beast::error_code ec)
    {
        if (ec)
            return onRead(ec);
        const auto &header = parser_->get();
        if (header.version() >= 11 && beast::iequals(header[http::field::expect], "100-continue")) {
            auto interim = std::make_shared<http::response<http::empty_body>>(
                http::status::continue_, header.version());
            http::async_write(
                stream_, *interim,
                [self = shared_from_this(), interim](beast::error_code writeEc, std::size_t) {
                    if (writeEc)
                        return self->close();
                    self->readBody();
                });
            return;
        }
        readBody();
    }

    void readBody()
    {
        http::async_read(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    HttpRequest partialRequest() const
    {
        HttpRequest request;
        request.peer = peer_;
        if (parser_ && parser_->is_header_done()) {
            const auto &message = parser_->get();
            request.method = std::string(message.method_string());
            request.target = std::string(message.target());
            request.version = message.version();
            for (const auto &field : message)
                request.headers.push_back(
                    {std::string(field.name_string()), std::string(field.value())});
            request.body = message.body();
        } else {
            request.body = beast::buffers_to_string(buffer_.data());
        }
        return request;
    }

    void refuseRequest(HttpRefusal kind, int status, std::string reason)
    {
        HttpRefusalInfo info;
        info.kind = kind;
        info.status = status;
        info.reason = std::move(reason);
        info.request = partialRequest();
        state_->refuse(info);
        if (status == 0)
            return close();
        auto response = HttpResponse::text(status, info.reason);
        response.close = true;
        write(std::move(response), info.request.version, false);
    }

    void onRead(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted)
            return close();
        const bool receivedSomething = (parser_ && parser_->got_some()) || buffer_.size() > 0;
        if (ec == beast::error::timeout) {
            if (!receivedSomething)
                return close(); // an idle keep-alive connection, not a request
            return refuseRequest(HttpRefusal::ReadTimeout, 0,
                                 "request not complete within " +
                                     std::to_string(state_->options.readTimeout.count()) + " ms");
        }
        if (ec == http::error::body_limit)
            return refuseRequest(HttpRefusal::BodyTooLarge, 413,
                                 "body larger than " +
                                     std::to_string(state_->options.maxBodyBytes) + " bytes");
        if (ec == http::error::header_limit)
            return refuseRequest(HttpRefusal::HeaderTooLarge, 431,
                                 "header larger than " +
                                     std::to_string(state_->options.maxHeaderBytes) + " bytes");
        if (ec == http::error::partial_message || ec == net::error::eof ||
            ec == net::error::connection_reset) {
            if (!receivedSomething)
                return close();
            return refuseRequest(HttpRefusal::Truncated, 0,
                                 "connection closed before the request was complete");
        }
        if (ec && ec.category() == http::make_error_code(http::error::bad_method).category())
            return refuseRequest(HttpRefusal::Malformed, 400,
                                 "malformed HTTP request: " + ec.message());
        if (ec || state_->stopped)
            return close();

        stream_.expires_never();
        auto message = parser_->release();
        HttpRequest request;
        request.method = std::string(message.method_string());
        request.target = std::string(message.target());
        request.version = message.version();
        for (const auto &field : message)
            request.headers.push_back(
                {std::string(field.name_string()), std::string(field.value())});
        request.body = std::move(message.body());
        request.peer = peer_;
        keepAlive_ = message.keep_alive();
        version_ = message.version();
        dispatchToHandler(std::move(request));
    }

    void dispatchToHandler(HttpRequest request)
    {
        const auto generation = ++generation_;
        responded_ = false;
        // Whoever takes the slot first answers: the handler, or the deadline.
        auto slot = std::make_shared<std::atomic<bool>>(false);
        responseTimer_.expires_after(state_->options.responseTimeout);
        responseTimer_.async_wait(
            [self = shared_from_this(), generation, slot,
             pending = std::make_shared<HttpRequest>(request)](beast::error_code ec) {
                if (ec || slot->exchange(true))
                    return;
                HttpRefusalInfo info;
                info.kind = HttpRefusal::ResponseTimeout;
                info.status = 503;
                info.reason = "no answer within " +
                              std::to_string(self->state_->options.responseTimeout.count()) + " ms";
                info.request = *pending;
                self->state_->refuse(info);
                self->answer(generation, HttpResponse::text(503, info.reason));
            });
        std::weak_ptr<Session> weak = shared_from_this();
        auto executor = stream_.get_executor();
        HttpServer::Respond respond = [weak, executor, generation, slot](HttpResponse response) {
            const auto self = weak.lock();
            if (!self || slot->exchange(true))
                return false;
            net::post(executor, [self, generation, response = std::move(response)]() mutable {
                self->answer(generation, std::move(response));
            });
            return true;
        };
        try {
            state_->handler(std::move(request), respond);
        } catch (const std::exception &error) {
            respond(HttpResponse::text(500, std::string("internal error: ") + error.what()));
        }
    }

    void answer(std::uint64_t generation, HttpResponse response)
    {
        if (generation != generation_ || responded_)
            return;
        responded_ = true;
        responseTimer_.cancel();
        write(std::move(response), version_, keepAlive_);
    }

    void write(HttpResponse response, unsigned version, bool keepAlive)
    {
        auto message = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(response.status), version);
        message->set(http::field::server, "Syncline");
        message->set(http::field::content_type, response.contentType);
        for (const auto &h : response.headers)
            message->set(h.name, h.value);
        message->body() = std::move(response.body);
        message->keep_alive(keepAlive && !response.close && !state_->stopped);
        message->prepare_payload();
        stream_.expires_after(state_->options.readTimeout);
        http::async_write(stream_, *message,
                          [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                              if (ec)
                                  return self->close();
                              if (!message->keep_alive())
                                  return self->linger();
                              self->readRequest();
                          });
    }

    // Half-closes and drains what the peer still sends until it closes too (or LingerTime).
    void linger()
    {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream_.expires_after(LingerTime);
        drain();
    }

    void drain()
    {
        stream_.async_read_some(net::buffer(scratch_),
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    if (ec)
                                        return self->close();
                                    self->drain();
                                });
    }

    void close()
    {
        beast::error_code ec;
        responseTimer_.cancel();
        stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        stream_.socket().close(ec);
    }

    beast::tcp_stream stream_;
    std::shared_ptr<HttpServer::State> state_;
    net::steady_timer responseTimer_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::string peer_;
    std::uint64_t generation_ = 0;
    bool responded_ = true;
    bool keepAlive_ = false;
    unsigned version_ = 11;
    std::array<char, 4096> scratch_{};
};

namespace {

void acceptNext(const std::shared_ptr<HttpServer::State> &state, net::io_context &io)
{
    if (!state->acceptor || !state->acceptor->is_open())
        return;
    state->acceptor->async_accept(
        net::make_strand(io), [state, &io](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || state->stopped)
                return;
            if (!ec) {
                const bool overLimit = state->open >= state->options.maxConnections;
                auto session = std::make_shared<Session>(std::move(socket), state);
                {
                    std::lock_guard lock(state->sessionsMutex);
                    std::erase_if(state->sessions, [](const auto &w) { return w.expired(); });
                    state->sessions.push_back(session);
                }
                session->start(overLimit);
            }
            acceptNext(state, io);
        });
}

} // namespace

HttpServer::HttpServer(net::io_context &io, HttpServerOptions options, Handler handler,
                       RefusalHandler onRefusal)
    : io_(io)
    , state_(std::make_shared<State>())
{
    state_->options = std::move(options);
    state_->handler = std::move(handler);
    state_->onRefusal = std::move(onRefusal);
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::start()
{
    const auto &options = state_->options;
    beast::error_code ec;
    const auto address = net::ip::make_address(options.address, ec);
    if (ec)
        throw std::runtime_error("invalid listen address \"" + options.address + "\"");
    const tcp::endpoint endpoint(address, options.port);
    auto &acceptor = state_->acceptor.emplace(net::make_strand(io_));
    const auto where = options.address + ":" + std::to_string(options.port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        state_->acceptor.reset();
        throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
    }
    state_->port = acceptor.local_endpoint().port();
    acceptNext(state_, io_);
}

void HttpServer::stop()
{
    if (state_->stopped.exchange(true))
        return;
    if (state_->acceptor) {
        net::post(state_->acceptor->get_executor(), [state = state_] {
            beast::error_code ec;
            state->acceptor->close(ec);
        });
    }
    std::vector<std::weak_ptr<Session>> sessions;
    {
        std::lock_guard lock(state_->sessionsMutex);
        sessions.swap(state_->sessions);
    }
    for (const auto &weak : sessions) {
        if (const auto session = weak.lock())
            session->closeFromOutside();
    }
}

std::uint16_t HttpServer::port() const
{
    return state_->port;
}

std::size_t HttpServer::openConnections() const
{
    return state_->open;
}

} // namespace syncline::wire
