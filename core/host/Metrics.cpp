#include "host/Metrics.h"

#include "wire/Prometheus.h"

#include <boost/json.hpp>

namespace syncline::host {

std::string metricsText(const FeedsSnapshot &snapshot)
{
    using wire::PrometheusLabels;
    wire::PrometheusText text;
    auto labels = [](const FeedHealth &f) {
        return PrometheusLabels{{"connection", f.connection},
                                {"domain", std::string(toString(f.domain))}};
    };
    const std::pair<const char *, std::int64_t FeedHealth::*> counters[] = {
        {"received", &FeedHealth::received},     {"processed", &FeedHealth::processed},
        {"failed", &FeedHealth::failed},         {"retried", &FeedHealth::retried},
        {"duplicates", &FeedHealth::duplicates}, {"superseded", &FeedHealth::superseded}};
    for (const auto &[name, member] : counters) {
        text.counter(std::string("syncline_feed_") + name + "_total",
                     std::string("Records ") + name + " per feed");
        for (const auto &f : snapshot.feeds)
            text.sample(static_cast<double>(f.*member), labels(f));
    }
    text.gauge("syncline_feed_queue_depth", "Records received or routed, not yet delivered");
    for (const auto &f : snapshot.feeds)
        text.sample(static_cast<double>(f.queueDepth), labels(f));
    text.gauge("syncline_feed_dead_letters", "Records parked in a dead letter");
    for (const auto &f : snapshot.feeds)
        text.sample(static_cast<double>(f.deadLettered), labels(f));
    text.gauge("syncline_feed_state", "1 for the feed's current state");
    for (const auto &f : snapshot.feeds) {
        auto l = labels(f);
        l.emplace_back("state", std::string(toString(f.state)));
        text.sample(1, l);
    }
    text.gauge("syncline_feed_last_success_timestamp_seconds", "Time of the feed's last success");
    for (const auto &f : snapshot.feeds)
        if (f.lastSuccess)
            text.sample(static_cast<double>(toEpochMs(*f.lastSuccess)) / 1000.0, labels(f));
    text.histogram("syncline_feed_lag_seconds",
                   "From when the source says a record happened to when it was processed");
    for (const auto &f : snapshot.feeds) {
        const std::vector<double> bounds(LagHistogram::upperBoundsSeconds.begin(),
                                         LagHistogram::upperBoundsSeconds.end());
        std::vector<std::uint64_t> counts;
        for (const auto c : f.lag.counts)
            counts.push_back(static_cast<std::uint64_t>(c));
        text.sample(wire::PrometheusHistogram::fromCounts(bounds, counts, f.lag.sumSeconds),
                    labels(f));
    }
    text.gauge("syncline_target_breaker_state", "1 for the breaker state of each delivery target");
    for (const auto &e : snapshot.endpoints)
        text.sample(1, {{"target", e.target}, {"state", std::string(toString(e.breaker))}});
    text.gauge("syncline_target_pending", "Deliveries waiting for each target");
    for (const auto &e : snapshot.endpoints)
        text.sample(static_cast<double>(e.pending), {{"target", e.target}});
    return text.text();
}

std::string healthJson(const FeedsSnapshot &snapshot, bool &healthy)
{
    boost::json::array problems;
    for (const auto &f : snapshot.feeds)
        if (f.state == FeedState::Failing)
            problems.push_back(boost::json::value(
                f.connection + "/" + std::string(toString(f.domain)) + ": " + f.reason));
    for (const auto &e : snapshot.endpoints)
        if (e.breaker == BreakerState::Open)
            problems.push_back(
                boost::json::value(e.target + ": breaker open (" + e.lastError + ")"));
    healthy = problems.empty();
    return boost::json::serialize(boost::json::object{{"status", healthy ? "ok" : "degraded"},
                                                      {"feeds", snapshot.feeds.size()},
                                                      {"problems", std::move(problems)}});
}

} // namespace syncline::host
