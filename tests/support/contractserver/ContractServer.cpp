#include "ContractServer.h"

#include "ContractState.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <thread>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace syncline::contract {

struct ContractServer::Impl {
    explicit Impl(ServerOptions options)
        : state(std::move(options))
        , tls(ssl::context::tls_server)
        , acceptor(io)
    {}

    // First member, destroyed last: pending sessions are torn down while the rest still exists.
    asio::io_context io;
    ContractState state;
    ssl::context tls;
    tcp::acceptor acceptor;
    std::thread thread;
    unsigned short port = 0;

    // transport-level faults and records, guarded by state.mutex
    int failNextCount = 0;
    int failStatus = 500;
    int dropNextCount = 0;
    DropWhen dropWhen = DropWhen::BeforeHandling;
    std::chrono::milliseconds delay{0};
    bool closeAfterResponse = false;
    int answerNextCount = 0;
    HandledResponse cannedAnswer;
    int inFlight = 0;
    int maxInFlight = 0;
    int connections = 0;
    std::deque<std::chrono::steady_clock::time_point> recent;
    double peakRate = 0;

    asio::awaitable<void> accept();
    template <class Stream>
    asio::awaitable<void> serve(Stream &stream, tcp::socket &socket);
    asio::awaitable<void> session(tcp::socket socket);
};

namespace {

inline auto awaitable(error_code &ec)
{
    return asio::redirect_error(asio::use_awaitable, ec);
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

asio::awaitable<void> ContractServer::Impl::accept()
{
    for (;;) {
        error_code ec;
        tcp::socket socket = co_await acceptor.async_accept(awaitable(ec));
        if (ec)
            co_return; // closed on shutdown
        {
            std::lock_guard lock(state.mutex);
            ++connections;
        }
        asio::co_spawn(io, session(std::move(socket)), asio::detached);
    }
}

asio::awaitable<void> ContractServer::Impl::session(tcp::socket socket)
{
    if (!state.options.tls) {
        co_await serve(socket, socket);
        co_return;
    }
    ssl::stream<tcp::socket &> stream(socket, tls);
    error_code ec;
    co_await stream.async_handshake(ssl::stream_base::server, awaitable(ec));
    if (!ec)
        co_await serve(stream, socket);
}

template <class Stream>
asio::awaitable<void> ContractServer::Impl::serve(Stream &stream, tcp::socket &socket)
{
    beast::flat_buffer buffer;
    asio::steady_timer timer(io);
    for (;;) {
        error_code ec;
        http::request<http::string_body> req;
        co_await http::async_read(stream, buffer, req, awaitable(ec));
        if (ec)
            break;
        RecordedRequest recorded;
        recorded.method = std::string(req.method_string());
        recorded.target = std::string(req.target());
        for (const auto &field : req)
            recorded.headers[lower(field.name_string())] = std::string(field.value());
        recorded.body = req.body();

        std::chrono::milliseconds wait{0};
        bool dropBefore = false;
        bool dropAfter = false;
        std::optional<HandledResponse> canned;
        {
            std::lock_guard lock(state.mutex);
            maxInFlight = std::max(maxInFlight, ++inFlight);
            const auto now = std::chrono::steady_clock::now();
            recent.push_back(now);
            while (recent.front() <= now - std::chrono::seconds(1))
                recent.pop_front();
            peakRate = std::max(peakRate, static_cast<double>(recent.size()));
            wait = delay;
            if (dropNextCount > 0) {
                --dropNextCount;
                dropBefore = dropWhen == DropWhen::BeforeHandling;
                dropAfter = dropWhen == DropWhen::AfterHandling;
            } else if (failNextCount > 0) {
                --failNextCount;
                canned = HandledResponse{failStatus,
                                         {{"Content-Type", "application/json"}},
                                         R"({"errors":"Internal Server Error"})"};
            } else if (answerNextCount > 0) {
                --answerNextCount;
                canned = cannedAnswer;
            }
        }
        if (wait.count() > 0) {
            timer.expires_after(wait);
            co_await timer.async_wait(awaitable(ec));
        }
        HandledResponse handled;
        if (!dropBefore) {
            if (canned) {
                handled = *canned;
                std::lock_guard lock(state.mutex);
                state.requests.push_back(recorded);
            } else {
                handled = state.handle(recorded);
            }
        } else {
            std::lock_guard lock(state.mutex);
            state.requests.push_back(recorded);
        }
        bool close = dropBefore || dropAfter;
        if (!close) {
            http::response<http::string_body> res{static_cast<http::status>(handled.status), 11};
            res.set(http::field::server, "syncline-contract");
            for (const auto &[name, value] : handled.headers)
                res.set(name, value);
            res.body() = handled.body;
            res.keep_alive(req.keep_alive());
            res.prepare_payload();
            co_await http::async_write(stream, res, awaitable(ec));
            std::lock_guard lock(state.mutex);
            close = ec || !req.keep_alive() || closeAfterResponse;
        }
        {
            std::lock_guard lock(state.mutex);
            --inFlight;
        }
        if (close)
            break;
    }
    error_code ignored;
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
}

ContractServer::ContractServer(ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(options)))
{
    auto &impl = *impl_;
    if (impl.state.options.tls) {
        const auto &cert = impl.state.options.certificate;
        impl.tls.use_certificate_chain(asio::buffer(cert.certificatePem));
        impl.tls.use_private_key(asio::buffer(cert.privateKeyPem), ssl::context::pem);
    }
    const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), impl.state.options.port);
    impl.acceptor.open(endpoint.protocol());
    impl.acceptor.set_option(tcp::acceptor::reuse_address(true));
    impl.acceptor.bind(endpoint);
    impl.acceptor.listen();
    impl.port = impl.acceptor.local_endpoint().port();
    asio::co_spawn(impl.io, impl.accept(), asio::detached);
    impl.thread = std::thread([&impl] { impl.io.run(); });
}

ContractServer::~ContractServer()
{
    impl_->io.stop();
    if (impl_->thread.joinable())
        impl_->thread.join();
}

unsigned short ContractServer::port() const
{
    return impl_->port;
}

std::string ContractServer::baseUrl() const
{
    return std::string(impl_->state.options.tls ? "https" : "http") +
           "://127.0.0.1:" + std::to_string(impl_->port);
}

void ContractServer::failNext(int count, int status)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->failNextCount = count;
    impl_->failStatus = status;
}

void ContractServer::dropNext(int count, DropWhen when)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->dropNextCount = count;
    impl_->dropWhen = when;
}

void ContractServer::setResponseDelay(std::chrono::milliseconds delay)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->delay = delay;
}

void ContractServer::throttleNext(int count)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->state.throttleNextCount = count;
}

void ContractServer::setThrottleWith429(bool use429)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->state.options.throttleWith429 = use429;
}

void ContractServer::setCloseAfterResponse(bool close)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->closeAfterResponse = close;
}

void ContractServer::answerNext(int count, int status, std::string body, std::string retryAfter)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->answerNextCount = count;
    impl_->cannedAnswer =
        HandledResponse{status, {{"Content-Type", "application/json"}}, std::move(body)};
    if (!retryAfter.empty())
        impl_->cannedAnswer.headers.emplace_back("Retry-After", std::move(retryAfter));
}

void ContractServer::setInventory(const std::string &item, const std::string &location,
                                  std::int64_t qty)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->state.levels[{item, location}] = qty;
}

std::optional<std::int64_t> ContractServer::inventory(const std::string &item,
                                                      const std::string &location) const
{
    std::lock_guard lock(impl_->state.mutex);
    const auto it = impl_->state.levels.find({item, location});
    if (it == impl_->state.levels.end())
        return std::nullopt;
    return it->second;
}

void ContractServer::addOrder(const std::string &orderId,
                              std::vector<FulfillmentOrderSpec> fulfillmentOrders)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->state.orders[orderId] = std::move(fulfillmentOrders);
}

std::vector<FulfillmentOrderSpec>
ContractServer::fulfillmentOrders(const std::string &orderId) const
{
    std::lock_guard lock(impl_->state.mutex);
    const auto it = impl_->state.orders.find(orderId);
    return it == impl_->state.orders.end() ? std::vector<FulfillmentOrderSpec>{} : it->second;
}

std::vector<RecordedFulfillment> ContractServer::fulfillments() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.fulfillmentsMade;
}

void ContractServer::addWooProduct(std::int64_t id, std::string sku, std::int64_t stock)
{
    std::lock_guard lock(impl_->state.mutex);
    impl_->state.wooProducts[id] = {std::move(sku), stock};
}

std::optional<std::int64_t> ContractServer::wooStock(std::int64_t id) const
{
    std::lock_guard lock(impl_->state.mutex);
    const auto it = impl_->state.wooProducts.find(id);
    if (it == impl_->state.wooProducts.end())
        return std::nullopt;
    return it->second.second;
}

std::vector<RecordedRequest> ContractServer::requests() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.requests;
}

std::vector<AppliedEffect> ContractServer::effects() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.effects;
}

int ContractServer::duplicateEffects() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.duplicates;
}

int ContractServer::idempotentReplays() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.replays;
}

int ContractServer::throttledResponses() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.throttled;
}

int ContractServer::restOverflows() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.overflows;
}

int ContractServer::contractViolations() const
{
    std::lock_guard lock(impl_->state.mutex);
    return static_cast<int>(impl_->state.violationLog.size());
}

std::vector<std::string> ContractServer::violations() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.violationLog;
}

double ContractServer::peakRequestsPerSecond() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->peakRate;
}

int ContractServer::maxConcurrentRequests() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->maxInFlight;
}

int ContractServer::connectionsAccepted() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->connections;
}

double ContractServer::lowestGraphqlAvailable() const
{
    std::lock_guard lock(impl_->state.mutex);
    return impl_->state.lowestAvailable;
}

} // namespace syncline::contract
