#pragma once

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// A plain TCP client for the listener tests: it sends raw bytes (so that malformed requests can
// be written) and reads responses with Beast, each read bounded by a timeout.
namespace testhttp {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Headers = std::vector<std::pair<std::string, std::string>>;

struct Response {
    int status = 0;
    std::string body;
    Headers headers;
    bool keepAlive = false;

    std::string header(std::string_view name) const
    {
        for (const auto &[n, v] : headers) {
            if (beast::iequals(n, name))
                return v;
        }
        return {};
    }
};

inline std::string rawRequest(const std::string &method, const std::string &target,
                              const Headers &headers, const std::string &body,
                              std::optional<std::string> contentLength = std::nullopt)
{
    std::string text = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + contentLength.value_or(std::to_string(body.size())) + "\r\n\r\n";
    return text + body;
}

class Connection {
public:
    explicit Connection(unsigned short port)
        : stream_(io_)
    {
        stream_.socket().connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    }

    void send(const std::string &bytes) { net::write(stream_.socket(), net::buffer(bytes)); }

    void shutdownSend()
    {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    // The next response, or nothing when the connection closed or the timeout passed first.
    std::optional<Response> read(std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        http::response<http::string_body> message;
        beast::error_code result = net::error::would_block;
        stream_.expires_after(timeout);
        http::async_read(stream_, buffer_, message,
                         [&](beast::error_code ec, std::size_t) { result = ec; });
        io_.restart();
        io_.run();
        if (result)
            return std::nullopt;
        Response response;
        response.status = static_cast<int>(message.result_int());
        response.body = message.body();
        response.keepAlive = message.keep_alive();
        for (const auto &field : message)
            response.headers.emplace_back(std::string(field.name_string()),
                                          std::string(field.value()));
        return response;
    }

    // True when the server closed the connection (end of stream) within the timeout.
    bool closedByServer(std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        beast::error_code result = net::error::would_block;
        char byte = 0;
        stream_.expires_after(timeout);
        stream_.async_read_some(net::buffer(&byte, 1),
                                [&](beast::error_code ec, std::size_t) { result = ec; });
        io_.restart();
        io_.run();
        return result == net::error::eof || result == net::error::connection_reset;
    }

    std::size_t bytesWaiting()
    {
        beast::error_code ec;
        return stream_.socket().available(ec);
    }

private:
    net::io_context io_;
    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
};

inline std::optional<Response> exchange(unsigned short port, const std::string &request)
{
    Connection connection(port);
    connection.send(request);
    return connection.read();
}

} // namespace testhttp
