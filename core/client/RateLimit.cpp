#include "client/RateLimit.h"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace json = boost::json;

namespace syncline::client {

namespace {

Millis ceilMillis(double seconds)
{
    if (!(seconds > 0))
        return Millis(0);
    return Millis(static_cast<std::int64_t>(std::ceil(seconds * 1000.0)));
}

// The resolution of TimePoint, whose values are truncated to it.
constexpr Millis ClockTick{1};

double secondsBetween(TimePoint from, TimePoint to)
{
    return std::max<double>(0.0, static_cast<double>((to - from).count()) / 1000.0);
}

std::optional<double> number(const json::object &object, std::string_view key)
{
    const auto *v = object.if_contains(key);
    if (!v)
        return std::nullopt;
    if (v->is_double())
        return v->get_double();
    if (v->is_int64())
        return static_cast<double>(v->get_int64());
    if (v->is_uint64())
        return static_cast<double>(v->get_uint64());
    return std::nullopt;
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

// --- Retry-After --------------------------------------------------------------------------

void RetryAfterBarrier::observe(const HttpResponse &response, TimePoint now)
{
    if (response.status != 429 && response.status != 503)
        return;
    if (const auto wait = parseRetryAfter(response.header("Retry-After"), now))
        holdUntil(now + *wait);
}

void RetryAfterBarrier::holdUntil(TimePoint until)
{
    until_ = std::max(until_, until);
}

Millis RetryAfterBarrier::remaining(TimePoint now) const
{
    return until_ > now ? std::chrono::duration_cast<Millis>(until_ - now) : Millis(0);
}

RetryAfterGate::RetryAfterGate(const Clock &clock)
    : clock_(clock)
{}

Millis RetryAfterGate::acquire(const HttpRequest &)
{
    std::lock_guard lock(mutex_);
    return barrier_.remaining(clock_.now());
}

void RetryAfterGate::complete(const HttpRequest &, const HttpResponse &response)
{
    std::lock_guard lock(mutex_);
    barrier_.observe(response, clock_.now());
}

// --- REST leaky bucket --------------------------------------------------------------------

std::optional<CallLimit> parseCallLimit(std::string_view header)
{
    const auto slash = header.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto used = parseNumber(header.substr(0, slash));
    const auto capacity = parseNumber(header.substr(slash + 1));
    if (!used || !capacity || *capacity <= 0 || *used < 0)
        return std::nullopt;
    return CallLimit{*used, *capacity};
}

ShopifyRestBucket::ShopifyRestBucket(const Clock &clock, LeakyBucketOptions options)
    : clock_(clock)
    , options_(options)
{}

double ShopifyRestBucket::levelAt(TimePoint now) const
{
    const double leaked = options_.leakPerSecond * secondsBetween(reportedAt_, now);
    return std::max(0.0, reportedLevel_ - leaked) + inFlight_;
}

double ShopifyRestBucket::estimatedLevel() const
{
    std::lock_guard lock(mutex_);
    return levelAt(clock_.now());
}

Millis ShopifyRestBucket::acquire(const HttpRequest &)
{
    std::lock_guard lock(mutex_);
    const auto now = clock_.now();
    if (const auto held = barrier_.remaining(now); held.count() > 0)
        return held;
    // The request may go when, after adding it, `headroom` slots stay free.
    const double limit = std::max(1.0, options_.capacity - options_.headroom);
    const double excess = levelAt(now) + 1 - limit;
    if (excess > 0)
        return std::max(Millis(1), ceilMillis(excess / options_.leakPerSecond));
    ++inFlight_;
    return Millis(0);
}

void ShopifyRestBucket::complete(const HttpRequest &, const HttpResponse &response)
{
    std::lock_guard lock(mutex_);
    const auto now = clock_.now();
    inFlight_ = std::max(0, inFlight_ - 1);
    barrier_.observe(response, now);
    if (const auto limit = parseCallLimit(response.header("X-Shopify-Shop-Api-Call-Limit"))) {
        // The server's figure already counts this request and every one it has seen.
        reportedLevel_ = limit->used;
        reportedAt_ = now;
        options_.capacity = limit->capacity;
    } else if (response.status == 429) {
        reportedLevel_ = options_.capacity;
        reportedAt_ = now;
    }
}

// --- GraphQL cost budget ------------------------------------------------------------------

GraphqlCost parseGraphqlCost(const json::value &body)
{
    GraphqlCost cost;
    const auto *root = body.if_object();
    if (!root)
        return cost;
    if (const auto *errors = root->if_contains("errors"); errors && errors->is_array()) {
        for (const auto &error : errors->get_array()) {
            const auto *object = error.if_object();
            const auto *extensions = object ? object->if_contains("extensions") : nullptr;
            const auto *code = extensions && extensions->is_object()
                                   ? extensions->get_object().if_contains("code")
                                   : nullptr;
            if (code && code->is_string() && code->get_string() == "THROTTLED")
                cost.throttled = true;
        }
    }
    const auto *extensions = root->if_contains("extensions");
    const auto *costValue = extensions && extensions->is_object()
                                ? extensions->get_object().if_contains("cost")
                                : nullptr;
    if (!costValue || !costValue->is_object())
        return cost;
    const auto &c = costValue->get_object();
    cost.requestedQueryCost = number(c, "requestedQueryCost");
    cost.actualQueryCost = number(c, "actualQueryCost");
    if (const auto *t = c.if_contains("throttleStatus"); t && t->is_object()) {
        const auto &ts = t->get_object();
        const auto maximum = number(ts, "maximumAvailable");
        const auto current = number(ts, "currentlyAvailable");
        const auto restore = number(ts, "restoreRate");
        if (maximum && current && restore)
            cost.throttleStatus = ThrottleStatus{*maximum, *current, *restore};
    }
    return cost;
}

Millis waitForPoints(const ThrottleStatus &status, double cost)
{
    const double missing = std::min(cost, status.maximumAvailable) - status.currentlyAvailable;
    if (missing <= 0)
        return Millis(0);
    if (status.restoreRate <= 0)
        return Millis(1000);
    return ceilMillis(missing / status.restoreRate);
}

ShopifyCostBudget::ShopifyCostBudget(const Clock &clock, CostBudgetOptions options)
    : clock_(clock)
    , options_(options)
{}

double ShopifyCostBudget::costOf(const std::string &costKey) const
{
    std::lock_guard lock(mutex_);
    const auto it = knownCost_.find(costKey);
    return it == knownCost_.end() ? options_.defaultCost : it->second;
}

std::optional<double> ShopifyCostBudget::availableAt(TimePoint now) const
{
    if (!status_)
        return std::nullopt;
    const double restored = status_->restoreRate * secondsBetween(statusAt_, now);
    return std::min(status_->maximumAvailable, status_->currentlyAvailable + restored) - reserved_;
}

std::optional<double> ShopifyCostBudget::estimatedAvailable() const
{
    std::lock_guard lock(mutex_);
    return availableAt(clock_.now());
}

Millis ShopifyCostBudget::reserve(const std::string &costKey)
{
    std::lock_guard lock(mutex_);
    const auto now = clock_.now();
    if (const auto held = barrier_.remaining(now); held.count() > 0)
        return held;
    const auto known = knownCost_.find(costKey);
    const double cost = known == knownCost_.end() ? options_.defaultCost : known->second;
    if (const auto available = availableAt(now)) {
        // A query dearer than the whole bucket can never be admitted by waiting; the server
        // answers it with an error that says so.
        const double needed = std::min(cost, status_->maximumAvailable);
        if (*available < needed) {
            ThrottleStatus projected = *status_;
            projected.currentlyAvailable = *available;
            projected.restoreRate = status_->restoreRate;
            const Millis notYetCounted = std::max(Millis(0), statusAt_ - now);
            return std::max(Millis(1), waitForPoints(projected, needed) + notYetCounted);
        }
    }
    reserved_ += cost;
    return Millis(0);
}

Millis ShopifyCostBudget::acquire(const HttpRequest &request)
{
    return reserve(request.costKey);
}

void ShopifyCostBudget::complete(const HttpRequest &request, const HttpResponse &response)
{
    GraphqlCost cost;
    if (!response.transportFailed() && !response.body.empty()) {
        boost::system::error_code ec;
        const auto body = json::parse(response.body, ec);
        if (!ec)
            cost = parseGraphqlCost(body);
    }
    {
        std::lock_guard lock(mutex_);
        // What acquire() charged, at the cost it knew then.
        const auto known = knownCost_.find(request.costKey);
        const double charged = known == knownCost_.end() ? options_.defaultCost : known->second;
        reserved_ = std::max(0.0, reserved_ - charged);
    }
    observe(request.costKey, cost, &response);
}

std::optional<Millis> ShopifyCostBudget::observe(const std::string &costKey,
                                                 const GraphqlCost &cost,
                                                 const HttpResponse *response)
{
    std::lock_guard lock(mutex_);
    const auto now = clock_.now();
    // Time points are whole milliseconds, cut down: the status may be up to one tick older than
    // `now` says. Dating it one tick later never credits restoration the server has not made
    // yet; crediting it would send a query a fraction of a point short, and it is throttled.
    const auto observedAt = now + ClockTick;
    if (response)
        barrier_.observe(*response, now);
    if (cost.requestedQueryCost)
        knownCost_[costKey] = *cost.requestedQueryCost;
    if (cost.throttleStatus) {
        status_ = cost.throttleStatus;
        statusAt_ = observedAt;
    }
    if (!cost.throttled && !(response && response->status == 429))
        return std::nullopt;
    const Millis wait = throttledWaitLocked(costKey, cost);
    barrier_.holdUntil((cost.throttleStatus ? observedAt : now) + wait);
    return wait;
}

Millis ShopifyCostBudget::throttledWait(const std::string &costKey, const GraphqlCost &cost) const
{
    std::lock_guard lock(mutex_);
    return throttledWaitLocked(costKey, cost);
}

Millis ShopifyCostBudget::throttledWaitLocked(const std::string &costKey,
                                              const GraphqlCost &cost) const
{
    double needed = options_.defaultCost;
    if (cost.requestedQueryCost)
        needed = *cost.requestedQueryCost;
    else if (const auto it = knownCost_.find(costKey); it != knownCost_.end())
        needed = it->second;
    if (cost.throttleStatus && cost.throttleStatus->restoreRate > 0)
        return std::max(Millis(1), waitForPoints(*cost.throttleStatus, needed));
    return options_.throttledFallback;
}

} // namespace syncline::client
