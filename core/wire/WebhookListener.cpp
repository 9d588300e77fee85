#include "wire/WebhookListener.h"

#include "util/Crypto.h"

#include <mutex>

namespace syncline::wire {

struct WebhookListener::Shared {
    InboundSink &sink;
    const Clock &clock;
    WebhookRouter router;
    std::atomic<std::uint64_t> requests{0};
    std::atomic<std::uint64_t> acknowledged{0};
    std::atomic<std::uint64_t> rejected{0};
    std::atomic<std::uint64_t> eventsIngested{0};

    Shared(InboundSink &s, const Clock &c, std::vector<WebhookEndpoint> endpoints)
        : sink(s)
        , clock(c)
        , router(std::move(endpoints))
    {}

    void record(const HttpRequest &request, std::string connection, std::string reason)
    {
        if (connection.empty()) {
            std::string kind;
            WebhookRouter::parsePath(request.target, kind, connection);
        }
        RejectedInput input;
        input.at = clock.now();
        input.channel = "webhook";
        input.connection = std::move(connection);
        input.peer = request.peer;
        input.path = request.target;
        input.reason = std::move(reason);
        input.bodySha256 = crypto::sha256Hex(request.body);
        input.bodySize = static_cast<std::int64_t>(request.body.size());
        input.body = request.body;
        input.headers = request.headerLines();
        input.status = "rejected";
        ++rejected;
        sink.recordRejected(std::move(input), [](std::int64_t) {});
    }
};

namespace {

// Collects the sink's answers for the events of one request and answers the request once,
// when the last one arrives.
class PendingAck {
public:
    PendingAck(std::shared_ptr<WebhookListener::Shared> shared, HttpRequest request,
               std::string connection, std::size_t events, HttpServer::Respond respond)
        : shared_(std::move(shared))
        , request_(std::move(request))
        , connection_(std::move(connection))
        , remaining_(events)
        , respond_(std::move(respond))
    {}

    void complete(const IngestResult &result)
    {
        std::lock_guard lock(mutex_);
        if (result.status == IngestResult::Status::Rejected)
            rejections_ += (rejections_.empty() ? "" : "; ") + result.message;
        else if (result.status == IngestResult::Status::Failed)
            failures_ += (failures_.empty() ? "" : "; ") + result.message;
        else
            ++committed_;
        finishOne();
    }

    void fail(const std::string &message)
    {
        std::lock_guard lock(mutex_);
        failures_ += (failures_.empty() ? "" : "; ") + message;
        finishOne();
    }

private:
    // Records a refusal only when this answer is the one sent: when the response deadline
    // answered first, the server has recorded the request already.
    void finishOne()
    {
        if (--remaining_ > 0)
            return;
        if (!failures_.empty()) {
            const auto reason = "not committed: " + failures_;
            if (respond_(HttpResponse::text(503, reason)))
                shared_->record(request_, connection_, reason);
            return;
        }
        if (!rejections_.empty()) {
            const auto reason = "rejected: " + rejections_;
            if (respond_(HttpResponse::text(422, reason)))
                shared_->record(request_, connection_, reason);
            return;
        }
        if (respond_(HttpResponse::text(200, "committed " + std::to_string(committed_) +
                                                 (committed_ == 1 ? " event" : " events")))) {
            ++shared_->acknowledged;
            shared_->eventsIngested += committed_;
        }
    }

    std::shared_ptr<WebhookListener::Shared> shared_;
    HttpRequest request_;
    std::string connection_;
    std::mutex mutex_;
    std::size_t remaining_;
    std::size_t committed_ = 0;
    std::string rejections_;
    std::string failures_;
    HttpServer::Respond respond_;
};

void handle(const std::shared_ptr<WebhookListener::Shared> &shared, HttpRequest request,
            HttpServer::Respond respond)
{
    ++shared->requests;
    auto decision = shared->router.route(request, shared->clock.now());
    if (!decision.rejection.empty())
        shared->record(request, decision.connection, decision.rejection);
    if (decision.events.empty()) {
        auto response = HttpResponse::text(decision.status, std::move(decision.body));
        response.headers = std::move(decision.headers);
        if (decision.status >= 200 && decision.status < 300)
            ++shared->acknowledged;
        respond(std::move(response));
        return;
    }
    auto pending = std::make_shared<PendingAck>(shared, std::move(request), decision.connection,
                                                decision.events.size(), std::move(respond));
    for (auto &event : decision.events) {
        try {
            shared->sink.ingest(std::move(event), [pending](const IngestResult &result) {
                pending->complete(result);
            });
        } catch (const std::exception &error) {
            pending->fail(error.what());
        }
    }
}

} // namespace

WebhookListener::WebhookListener(boost::asio::io_context &io, WebhookListenerOptions options,
                                 std::vector<WebhookEndpoint> endpoints, InboundSink &sink)
    : shared_(std::make_shared<Shared>(
          sink, options.clock ? *options.clock : SystemClock::instance(), std::move(endpoints)))
{
    server_ = std::make_unique<HttpServer>(
        io, std::move(options.http),
        [shared = shared_](HttpRequest request, HttpServer::Respond respond) {
            handle(shared, std::move(request), std::move(respond));
        },
        [shared = shared_](const HttpRefusalInfo &refusal) {
            shared->record(refusal.request, {},
                           std::string(toString(refusal.kind)) + ": " + refusal.reason);
        });
}

WebhookListener::~WebhookListener()
{
    stop();
}

void WebhookListener::start()
{
    server_->start();
}

void WebhookListener::stop()
{
    server_->stop();
}

std::uint16_t WebhookListener::port() const
{
    return server_->port();
}

void WebhookListener::setEndpoints(std::vector<WebhookEndpoint> endpoints)
{
    shared_->router.setEndpoints(std::move(endpoints));
}

WebhookListenerStats WebhookListener::stats() const
{
    return {shared_->requests, shared_->acknowledged, shared_->rejected, shared_->eventsIngested};
}

} // namespace syncline::wire
