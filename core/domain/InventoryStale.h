#pragma once

#include "util/Clock.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline::domain {

// When a feed is expected to send: days of the week and a daily window, in a fixed UTC offset.
struct BusinessHours {
    std::set<unsigned> weekdays{1, 2, 3, 4, 5}; // 0 = Sunday ... 6 = Saturday
    int openMinute = 8 * 60;                    // minutes after local midnight
    int closeMinute = 18 * 60;                  // after openMinute, same day
    int utcOffsetMinutes = 0;

    bool contains(TimePoint t) const;
    // How much of [from, to) falls within business hours.
    Millis overlap(TimePoint from, TimePoint to) const;
};

struct FeedExpectation {
    std::string connection;
    Millis silenceThreshold{std::chrono::minutes(30)};
    BusinessHours hours;
};

struct SilenceAlert {
    std::string connection;
    std::optional<TimePoint> lastArrival; // none: nothing since watching started
    Millis silentFor{};                   // business time without arrivals
    Millis threshold{};
    std::string message;
};

// Per (channel, SKU): the channel shows a value different from the source truth for too long.
struct DriftAlert {
    std::string channel;
    std::string sku;
    std::int64_t channelQuantity = 0;
    TimePoint channelAsOf{};
    Millis channelAge{};
    std::int64_t truthQuantity = 0;
    TimePoint truthAsOf{};
    Millis truthAge{};
    Millis driftingFor{};
    bool oversellRisk = false;      // the channel shows more than can be sold
    std::int64_t oversellUnits = 0; // by how much
    std::string message;
};

// Finds feeds that went quiet during business hours and channels whose published stock drifted
// from the truth. Time comes from the injected clock. Not thread-safe: one owner.
class StaleDetector {
public:
    explicit StaleDetector(const Clock &clock);

    // Watching starts now: a feed that never sends is silent from this moment.
    void expect(FeedExpectation expectation);
    void arrived(const std::string &connection, TimePoint at);
    // Only while inside the feed's business hours, and counting only business time.
    std::vector<SilenceAlert> silentFeeds() const;

    void recordTruth(const std::string &channel, const std::string &sku, std::int64_t quantity,
                     TimePoint asOf);
    void recordPublished(const std::string &channel, const std::string &sku, std::int64_t quantity,
                         TimePoint at);
    // Drifts older than the SLO, oversell risks first, then the longest.
    std::vector<DriftAlert> drifts(Millis slo) const;

private:
    struct Feed {
        FeedExpectation expectation;
        TimePoint watchingSince{};
        std::optional<TimePoint> lastArrival;
    };
    struct Level {
        std::optional<std::int64_t> truth;
        TimePoint truthAsOf{};
        std::optional<std::int64_t> published;
        TimePoint publishedAt{};
        std::optional<TimePoint> driftSince;
    };
    void updateDrift(Level &level, TimePoint changedAt);

    const Clock &clock_;
    std::map<std::string, Feed> feeds_;
    std::map<std::pair<std::string, std::string>, Level> levels_;
};

} // namespace syncline::domain
