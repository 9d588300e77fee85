#include "domain/InventoryStale.h"
#include "util/Time.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::domain;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

TimePoint at(const char *iso)
{
    return *parseIso8601(iso);
}

// Monday to Friday, 08:00-18:00 at UTC+01:00.
FeedExpectation wmsFeed()
{
    FeedExpectation feed;
    feed.connection = "wms-files";
    feed.silenceThreshold = minutes(30);
    feed.hours.weekdays = {1, 2, 3, 4, 5};
    feed.hours.openMinute = 8 * 60;
    feed.hours.closeMinute = 18 * 60;
    feed.hours.utcOffsetMinutes = 60;
    return feed;
}

} // namespace

class TestStaleDetector : public QObject {
    Q_OBJECT

private slots:
    void businessHours_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("inside");
        // 2026-11-23 is a Monday; the hours are 08:00-18:00 local = 07:00-17:00 UTC.
        QTest::newRow("Monday 08:00 local") << "2026-11-23T07:00:00Z" << true;
        QTest::newRow("Monday 07:59 local") << "2026-11-23T06:59:00Z" << false;
        QTest::newRow("Monday 17:59 local") << "2026-11-23T16:59:00Z" << true;
        QTest::newRow("Monday 18:00 local") << "2026-11-23T17:00:00Z" << false;
        QTest::newRow("Saturday noon") << "2026-11-28T11:00:00Z" << false;
        QTest::newRow("Friday 23:30 UTC is Saturday local") << "2026-11-27T23:30:00Z" << false;
        QTest::newRow("Sunday 23:30 UTC is Monday 00:30 local") << "2026-11-29T23:30:00Z" << false;
    }

    void businessHours()
    {
        QFETCH(QString, when);
        QFETCH(bool, inside);
        QCOMPARE(wmsFeed().hours.contains(at(when.toUtf8().constData())), inside);
    }

    void overlapCountsOnlyBusinessTime()
    {
        const BusinessHours business = wmsFeed().hours;
        // Friday 16:50 UTC (17:50 local) to Monday 07:10 UTC (08:10 local): 10 + 10 minutes.
        QCOMPARE(business.overlap(at("2026-11-27T16:50:00Z"), at("2026-11-30T07:10:00Z")),
                 Millis(minutes(20)));
        QCOMPARE(business.overlap(at("2026-11-23T07:00:00Z"), at("2026-11-24T07:00:00Z")),
                 Millis(hours(10)));
        QCOMPARE(business.overlap(at("2026-11-24T07:00:00Z"), at("2026-11-23T07:00:00Z")),
                 Millis(0));
    }

    void silentFeedDuringBusinessHoursAlerts()
    {
        ManualClock clock(at("2026-11-23T08:00:00Z")); // Monday 09:00 local
        StaleDetector detector(clock);
        detector.expect(wmsFeed());
        detector.arrived("wms-files", at("2026-11-23T08:00:00Z"));
        clock.advance(minutes(30));
        QVERIFY(detector.silentFeeds().empty()); // exactly the threshold: not yet
        clock.advance(minutes(1));
        const auto alerts = detector.silentFeeds();
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].connection, std::string("wms-files"));
        QCOMPARE(alerts[0].silentFor, Millis(minutes(31)));
        QCOMPARE(alerts[0].threshold, Millis(minutes(30)));
        QVERIFY(alerts[0].message.find("Nothing arrived") != std::string::npos);

        detector.arrived("wms-files", clock.now());
        QVERIFY(detector.silentFeeds().empty());
    }

    void silenceOutsideBusinessHoursDoesNotAlert()
    {
        ManualClock clock(at("2026-11-27T16:30:00Z")); // Friday 17:30 local
        StaleDetector detector(clock);
        detector.expect(wmsFeed());
        detector.arrived("wms-files", clock.now());
        clock.set(at("2026-11-28T12:00:00Z")); // Saturday: a whole night and morning of silence
        QVERIFY(detector.silentFeeds().empty());
        clock.set(at("2026-11-30T07:10:00Z")); // Monday 08:10 local: 30 + 10 business minutes
        const auto alerts = detector.silentFeeds();
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].silentFor, Millis(minutes(40)));
    }

    void feedThatNeverSentCountsFromWatching()
    {
        ManualClock clock(at("2026-11-23T07:00:00Z"));
        StaleDetector detector(clock);
        detector.expect(wmsFeed());
        clock.advance(minutes(45));
        const auto alerts = detector.silentFeeds();
        QCOMPARE(alerts.size(), std::size_t(1));
        QVERIFY(!alerts[0].lastArrival.has_value());
        detector.arrived("unknown-feed", clock.now()); // not watched: ignored
        QCOMPARE(detector.silentFeeds().size(), std::size_t(1));
    }

    void driftBeyondTheSloAlertsWithOversellRisk()
    {
        ManualClock clock(at("2026-11-23T10:00:00Z"));
        StaleDetector detector(clock);
        const TimePoint t = clock.now();
        detector.recordPublished("shop", "A", 10, t - minutes(10));
        detector.recordTruth("shop", "A", 10, t - minutes(10));
        detector.recordPublished("shop", "B", 3, t - minutes(10));
        detector.recordTruth("shop", "B", 3, t - minutes(10));

        detector.recordTruth("shop", "A", 4, t); // sold: channel still shows 10
        detector.recordTruth("shop", "B", 8, t); // restocked: channel shows 3
        clock.advance(std::chrono::seconds(60));
        QVERIFY(detector.drifts(std::chrono::seconds(60)).empty()); // not longer than the SLO
        clock.advance(std::chrono::seconds(1));
        const auto alerts = detector.drifts(std::chrono::seconds(60));
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].sku, std::string("A")); // oversell risk first
        QVERIFY(alerts[0].oversellRisk);
        QCOMPARE(alerts[0].oversellUnits, std::int64_t(6));
        QCOMPARE(alerts[0].channelQuantity, std::int64_t(10));
        QCOMPARE(alerts[0].truthQuantity, std::int64_t(4));
        QCOMPARE(alerts[0].channelAge, Millis(minutes(10) + std::chrono::seconds(61)));
        QCOMPARE(alerts[0].truthAge, Millis(std::chrono::seconds(61)));
        QCOMPARE(alerts[0].driftingFor, Millis(std::chrono::seconds(61)));
        QVERIFY(!alerts[1].oversellRisk);
        QCOMPARE(alerts[1].oversellUnits, std::int64_t(0));

        detector.recordPublished("shop", "A", 4, clock.now());
        const auto after = detector.drifts(std::chrono::seconds(60));
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after[0].sku, std::string("B"));
    }

    void olderReportsDoNotMoveTheLevels()
    {
        ManualClock clock(at("2026-11-23T10:00:00Z"));
        StaleDetector detector(clock);
        const TimePoint t = clock.now();
        detector.recordPublished("shop", "A", 5, t);
        detector.recordTruth("shop", "A", 5, t);
        detector.recordTruth("shop", "A", 9, t - minutes(5)); // late and older
        clock.advance(hours(1));
        QVERIFY(detector.drifts(std::chrono::seconds(60)).empty());
    }
};

QTEST_GUILESS_MAIN(TestStaleDetector)
#include "tst_staledetector.moc"
