#pragma once

#include "client/Http.h"
#include "util/Clock.h"

#include <boost/json/value.hpp>

#include <map>
#include <mutex>
#include <optional>
#include <string>

// Client-side admission control for rate-limited APIs. Every class here is pure logic over an
// injected Clock: it answers "how long must this request wait" and learns from each response,
// so the maths is tested without sleeping and the HttpClient does the actual waiting.
namespace syncline::client {

// Consulted by HttpClient before each send and after each response of the requests that carry it.
class RequestGate {
public:
    virtual ~RequestGate() = default;
    // Zero means "send now" and reserves the request's share of the budget; otherwise the time to
    // wait before asking again (nothing is reserved).
    virtual Millis acquire(const HttpRequest &request) = 0;
    // Called exactly once for every request whose acquire returned zero.
    virtual void complete(const HttpRequest &request, const HttpResponse &response) = 0;
};

// A server-given pause (Retry-After on a 429 or 503) that holds every later request.
class RetryAfterBarrier {
public:
    void observe(const HttpResponse &response, TimePoint now);
    void holdUntil(TimePoint until);
    Millis remaining(TimePoint now) const;

private:
    TimePoint until_{};
};

// Only honours Retry-After; for APIs that publish no budget (WooCommerce).
class RetryAfterGate final : public RequestGate {
public:
    explicit RetryAfterGate(const Clock &clock);
    Millis acquire(const HttpRequest &request) override;
    void complete(const HttpRequest &request, const HttpResponse &response) override;

private:
    const Clock &clock_;
    std::mutex mutex_;
    RetryAfterBarrier barrier_;
};

struct CallLimit {
    double used = 0;
    double capacity = 0;
};
// "32/40" -> {32, 40}
std::optional<CallLimit> parseCallLimit(std::string_view header);

struct LeakyBucketOptions {
    double leakPerSecond = 2.0; // Standard plan; Advanced 4, Plus 20
    double capacity = 40;       // until the server says otherwise
    // Requests are held while fewer than this many slots would remain free, so that requests
    // from elsewhere (another app instance, the admin) do not overflow the bucket.
    double headroom = 2;
};

// Shopify REST: the server reports the bucket level in X-Shopify-Shop-Api-Call-Limit; the client
// drains its copy at the leak rate and keeps the level below capacity - headroom.
class ShopifyRestBucket final : public RequestGate {
public:
    ShopifyRestBucket(const Clock &clock, LeakyBucketOptions options = {});
    Millis acquire(const HttpRequest &request) override;
    void complete(const HttpRequest &request, const HttpResponse &response) override;

    // The level the client assumes now, in-flight requests included.
    double estimatedLevel() const;

private:
    double levelAt(TimePoint now) const;

    const Clock &clock_;
    LeakyBucketOptions options_;
    mutable std::mutex mutex_;
    double reportedLevel_ = 0;
    TimePoint reportedAt_{};
    int inFlight_ = 0;
    RetryAfterBarrier barrier_;
};

struct ThrottleStatus {
    double maximumAvailable = 0;
    double currentlyAvailable = 0;
    double restoreRate = 0;
};

// extensions.cost of a GraphQL response.
struct GraphqlCost {
    std::optional<double> requestedQueryCost;
    std::optional<double> actualQueryCost;
    std::optional<ThrottleStatus> throttleStatus;
    bool throttled = false; // errors[].extensions.code == "THROTTLED"
};
GraphqlCost parseGraphqlCost(const boost::json::value &body);

// Time until `cost` points are available at the given status (zero if they already are).
Millis waitForPoints(const ThrottleStatus &status, double cost);

struct CostBudgetOptions {
    double defaultCost = 10;        // charged for an operation before its cost is known
    Millis throttledFallback{1000}; // wait after THROTTLED when the response says nothing usable
};

// Shopify GraphQL: a bucket of points restored at restoreRate per second. The client mirrors the
// server's throttle status, reserves the cost of each query it sends (learned per operation from
// requestedQueryCost) and holds a query until its points have been restored.
class ShopifyCostBudget final : public RequestGate {
public:
    ShopifyCostBudget(const Clock &clock, CostBudgetOptions options = {});
    Millis acquire(const HttpRequest &request) override;
    void complete(const HttpRequest &request, const HttpResponse &response) override;

    // Learns from a parsed response; returns the wait before retrying when it was throttled.
    std::optional<Millis> observe(const std::string &costKey, const GraphqlCost &cost,
                                  const HttpResponse *response = nullptr);
    // Wait that a THROTTLED response asks for (429 or 200), for a RateLimited outcome.
    Millis throttledWait(const std::string &costKey, const GraphqlCost &cost) const;

    double costOf(const std::string &costKey) const;
    std::optional<double> estimatedAvailable() const;
    Millis reserve(const std::string &costKey); // acquire() without a request

private:
    std::optional<double> availableAt(TimePoint now) const;
    Millis throttledWaitLocked(const std::string &costKey, const GraphqlCost &cost) const;

    const Clock &clock_;
    CostBudgetOptions options_;
    mutable std::mutex mutex_;
    std::optional<ThrottleStatus> status_;
    TimePoint statusAt_{};
    double reserved_ = 0;
    std::map<std::string, double> knownCost_;
    RetryAfterBarrier barrier_;
};

} // namespace syncline::client
