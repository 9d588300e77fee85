#include "domain/InventoryStale.h"

#include "util/Time.h"

#include <algorithm>

namespace syncline::domain {

namespace {

using std::chrono::days;
using std::chrono::floor;
using std::chrono::minutes;

std::string humanDuration(Millis d)
{
    const auto totalMinutes = std::chrono::duration_cast<minutes>(d).count();
    if (totalMinutes < 1)
        return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(d).count()) + " s";
    if (totalMinutes < 120)
        return std::to_string(totalMinutes) + " min";
    return std::to_string(totalMinutes / 60) + " h " + std::to_string(totalMinutes % 60) + " min";
}

} // namespace

bool BusinessHours::contains(TimePoint t) const
{
    const auto local = t + minutes(utcOffsetMinutes);
    const auto day = floor<days>(local);
    const unsigned weekday = std::chrono::weekday(std::chrono::sys_days(day)).c_encoding();
    if (weekdays.count(weekday) == 0)
        return false;
    const auto minuteOfDay = std::chrono::duration_cast<minutes>(local - day).count();
    return minuteOfDay >= openMinute && minuteOfDay < closeMinute;
}

Millis BusinessHours::overlap(TimePoint from, TimePoint to) const
{
    if (to <= from)
        return Millis(0);
    const auto offset = minutes(utcOffsetMinutes);
    const auto localFrom = from + offset;
    const auto localTo = to + offset;
    Millis total(0);
    // Beyond a year the answer exceeds any threshold: stop counting there.
    const auto last = std::min(floor<days>(localTo), floor<days>(localFrom) + days(366));
    for (auto day = floor<days>(localFrom); day <= last; day += days(1)) {
        const unsigned weekday = std::chrono::weekday(std::chrono::sys_days(day)).c_encoding();
        if (weekdays.count(weekday) == 0)
            continue;
        const TimePoint open = TimePoint(day) + minutes(openMinute);
        const TimePoint close = TimePoint(day) + minutes(closeMinute);
        const TimePoint start = std::max(open, localFrom);
        const TimePoint end = std::min(close, localTo);
        if (end > start)
            total += end - start;
    }
    return total;
}

StaleDetector::StaleDetector(const Clock &clock)
    : clock_(clock)
{}

void StaleDetector::expect(FeedExpectation expectation)
{
    auto &feed = feeds_[expectation.connection];
    feed.expectation = std::move(expectation);
    feed.watchingSince = clock_.now();
}

void StaleDetector::arrived(const std::string &connection, TimePoint at)
{
    const auto it = feeds_.find(connection);
    if (it == feeds_.end())
        return;
    if (!it->second.lastArrival || at > *it->second.lastArrival)
        it->second.lastArrival = at;
}

std::vector<SilenceAlert> StaleDetector::silentFeeds() const
{
    const TimePoint now = clock_.now();
    std::vector<SilenceAlert> alerts;
    for (const auto &[connection, feed] : feeds_) {
        const auto &hours = feed.expectation.hours;
        if (!hours.contains(now))
            continue;
        const TimePoint since = feed.lastArrival.value_or(feed.watchingSince);
        const Millis silent = hours.overlap(since, now);
        if (silent <= feed.expectation.silenceThreshold)
            continue;
        SilenceAlert alert;
        alert.connection = connection;
        alert.lastArrival = feed.lastArrival;
        alert.silentFor = silent;
        alert.threshold = feed.expectation.silenceThreshold;
        alert.message =
            "Nothing arrived on " + connection + " for " + humanDuration(silent) +
            " of business hours (expected at least every " + humanDuration(alert.threshold) + ")" +
            (feed.lastArrival ? "; last at " + formatIso8601(*feed.lastArrival)
                              : "; nothing since " + formatIso8601(feed.watchingSince)) +
            ".";
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

void StaleDetector::updateDrift(Level &level, TimePoint changedAt)
{
    if (!level.truth || !level.published || *level.truth == *level.published) {
        level.driftSince.reset();
        return;
    }
    if (!level.driftSince)
        level.driftSince = changedAt;
}

void StaleDetector::recordTruth(const std::string &channel, const std::string &sku,
                                std::int64_t quantity, TimePoint asOf)
{
    auto &level = levels_[{channel, sku}];
    if (level.truth && asOf < level.truthAsOf)
        return;
    level.truth = quantity;
    level.truthAsOf = asOf;
    updateDrift(level, asOf);
}

void StaleDetector::recordPublished(const std::string &channel, const std::string &sku,
                                    std::int64_t quantity, TimePoint at)
{
    auto &level = levels_[{channel, sku}];
    if (level.published && at < level.publishedAt)
        return;
    level.published = quantity;
    level.publishedAt = at;
    updateDrift(level, at);
}

std::vector<DriftAlert> StaleDetector::drifts(Millis slo) const
{
    const TimePoint now = clock_.now();
    std::vector<DriftAlert> alerts;
    for (const auto &[key, level] : levels_) {
        if (!level.driftSince || now - *level.driftSince <= slo)
            continue;
        DriftAlert alert;
        alert.channel = key.first;
        alert.sku = key.second;
        alert.channelQuantity = *level.published;
        alert.channelAsOf = level.publishedAt;
        alert.channelAge = now - level.publishedAt;
        alert.truthQuantity = *level.truth;
        alert.truthAsOf = level.truthAsOf;
        alert.truthAge = now - level.truthAsOf;
        alert.driftingFor = now - *level.driftSince;
        alert.oversellRisk = alert.channelQuantity > alert.truthQuantity;
        alert.oversellUnits = alert.oversellRisk ? alert.channelQuantity - alert.truthQuantity : 0;
        alert.message =
            key.second + " on " + key.first + " shows " + std::to_string(alert.channelQuantity) +
            " (published " + humanDuration(alert.channelAge) + " ago) but " +
            std::to_string(alert.truthQuantity) + " are available (as of " +
            humanDuration(alert.truthAge) + " ago), for " + humanDuration(alert.driftingFor) +
            (alert.oversellRisk
                 ? ": risk of overselling " + std::to_string(alert.oversellUnits) + " units."
                 : ".");
        alerts.push_back(std::move(alert));
    }
    std::sort(alerts.begin(), alerts.end(), [](const DriftAlert &a, const DriftAlert &b) {
        if (a.oversellRisk != b.oversellRisk)
            return a.oversellRisk;
        return a.driftingFor > b.driftingFor;
    });
    return alerts;
}

} // namespace syncline::domain
