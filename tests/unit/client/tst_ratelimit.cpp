#include "client/RateLimit.h"
#include "util/Time.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::client;

namespace {

HttpResponse responseWith(int status, HttpHeaders headers = {}, std::string body = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.body = std::move(body);
    return response;
}

std::string throttleBody(bool throttled, double requested, double maximum, double current,
                         double restore)
{
    boost::json::object body{
        {"extensions",
         boost::json::object{
             {"cost", boost::json::object{
                          {"requestedQueryCost", requested},
                          {"actualQueryCost",
                           throttled ? boost::json::value(nullptr) : boost::json::value(requested)},
                          {"throttleStatus", boost::json::object{{"maximumAvailable", maximum},
                                                                 {"currentlyAvailable", current},
                                                                 {"restoreRate", restore}}}}}}}};
    if (throttled)
        body["errors"] = boost::json::array{boost::json::object{
            {"message", "Throttled"}, {"extensions", boost::json::object{{"code", "THROTTLED"}}}}};
    else
        body["data"] = boost::json::object{};
    return boost::json::serialize(body);
}

} // namespace

class TestRateLimit : public QObject {
    Q_OBJECT

private slots:
    void retryAfterParses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: refused
        // now is 1'700'000'000'000 ms: Tue, 14 Nov 2023 22:13:20 GMT
        QTest::newRow("integer seconds") << "2" << qint64(2000);
        QTest::newRow("float seconds (Shopify)") << "2.0" << qint64(2000);
        QTest::newRow("fraction") << "0.25" << qint64(250);
        QTest::newRow("padded") << "  3 " << qint64(3000);
        QTest::newRow("http date ahead") << "Tue, 14 Nov 2023 22:13:50 GMT" << qint64(30'000);
        QTest::newRow("http date passed") << "Tue, 14 Nov 2023 22:00:00 GMT" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("words") << "soon" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("date without GMT") << "Tue, 14 Nov 2023 22:13:50" << qint64(-1);
    }
    void retryAfterParses()
    {
        QFETCH(QString, value);
        QFETCH(qint64, expectedMs);
        const auto parsed = parseRetryAfter(value.toStdString(), fromEpochMs(1'700'000'000'000));
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(qint64(parsed->count()), expectedMs);
        }
    }

    void outcomeClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("transport"); // TransportError
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<qint64>("retryAfterMs"); // -1: none
        const int T = int(ErrorClass::Transient), R = int(ErrorClass::RateLimited),
                  D = int(ErrorClass::Data), A = int(ErrorClass::Auth);
        QTest::newRow("200") << 200 << 0 << "" << true << T << qint64(-1);
        QTest::newRow("204") << 204 << 0 << "" << true << T << qint64(-1);
        QTest::newRow("timeout") << 0 << int(TransportError::Timeout) << "" << false << T
                                 << qint64(-1);
        QTest::newRow("refused") << 0 << int(TransportError::Refused) << "" << false << T
                                 << qint64(-1);
        QTest::newRow("tls") << 0 << int(TransportError::Tls) << "" << false << T << qint64(-1);
        QTest::newRow("500") << 500 << 0 << "" << false << T << qint64(-1);
        QTest::newRow("503 retry-after") << 503 << 0 << "4" << false << T << qint64(4000);
        QTest::newRow("429 float") << 429 << 0 << "2.0" << false << R << qint64(2000);
        QTest::newRow("429 bare") << 429 << 0 << "" << false << R << qint64(-1);
        QTest::newRow("401") << 401 << 0 << "" << false << A << qint64(-1);
        QTest::newRow("403") << 403 << 0 << "" << false << A << qint64(-1);
        QTest::newRow("404") << 404 << 0 << "" << false << D << qint64(-1);
        QTest::newRow("413") << 413 << 0 << "" << false << D << qint64(-1);
        QTest::newRow("422") << 422 << 0 << "" << false << D << qint64(-1);
    }
    void outcomeClasses()
    {
        QFETCH(int, status);
        QFETCH(int, transport);
        QFETCH(QString, retryAfter);
        QFETCH(bool, ok);
        QFETCH(int, errorClass);
        QFETCH(qint64, retryAfterMs);
        HttpResponse response = responseWith(status);
        response.transportError = static_cast<TransportError>(transport);
        if (!retryAfter.isEmpty())
            response.headers["retry-after"] = retryAfter.toStdString(); // any case
        const auto outcome = toOutcome(response, fromEpochMs(0));
        QCOMPARE(outcome.ok, ok);
        if (!ok) {
            QCOMPARE(int(outcome.errorClass), errorClass);
            QVERIFY(!outcome.message.empty());
        }
        QCOMPARE(outcome.retryAfter.has_value(), retryAfterMs >= 0);
        if (retryAfterMs >= 0)
            QCOMPARE(qint64(outcome.retryAfter->count()), retryAfterMs);
    }

    void callLimitParses_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<double>("used"); // -1: refused
        QTest::addColumn<double>("capacity");
        QTest::newRow("standard") << "32/40" << 32.0 << 40.0;
        QTest::newRow("plus") << "1/400" << 1.0 << 400.0;
        QTest::newRow("no slash") << "32" << -1.0 << 0.0;
        QTest::newRow("zero capacity") << "1/0" << -1.0 << 0.0;
        QTest::newRow("garbage") << "a/b" << -1.0 << 0.0;
    }
    void callLimitParses()
    {
        QFETCH(QString, header);
        QFETCH(double, used);
        QFETCH(double, capacity);
        const auto limit = parseCallLimit(header.toStdString());
        QCOMPARE(limit.has_value(), used >= 0);
        if (limit) {
            QCOMPARE(limit->used, used);
            QCOMPARE(limit->capacity, capacity);
        }
    }

    void restBucketWaits_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<double>("leak");
        QTest::addColumn<double>("headroom");
        QTest::addColumn<int>("elapsedMs");
        QTest::addColumn<qint64>("expectedWaitMs");
        // limit = capacity - headroom; a request may go when level + 1 <= limit.
        QTest::newRow("empty bucket") << "0/40" << 2.0 << 2.0 << 0 << qint64(0);
        QTest::newRow("just below the limit") << "37/40" << 2.0 << 2.0 << 0 << qint64(0);
        QTest::newRow("at the limit") << "38/40" << 2.0 << 2.0 << 0 << qint64(500);
        QTest::newRow("at the limit, leaked enough") << "38/40" << 2.0 << 2.0 << 500 << qint64(0);
        QTest::newRow("full, standard") << "40/40" << 2.0 << 2.0 << 0 << qint64(1500);
        QTest::newRow("full, partly leaked") << "40/40" << 2.0 << 2.0 << 1000 << qint64(500);
        QTest::newRow("full, plus plan") << "40/40" << 20.0 << 2.0 << 0 << qint64(150);
        QTest::newRow("no headroom") << "40/40" << 2.0 << 0.0 << 0 << qint64(500);
        QTest::newRow("bigger bucket from header") << "40/80" << 2.0 << 2.0 << 0 << qint64(0);
    }
    void restBucketWaits()
    {
        QFETCH(QString, reported);
        QFETCH(double, leak);
        QFETCH(double, headroom);
        QFETCH(int, elapsedMs);
        QFETCH(qint64, expectedWaitMs);
        ManualClock clock;
        ShopifyRestBucket bucket(clock, LeakyBucketOptions{leak, 40, headroom});
        HttpRequest request;
        QCOMPARE(bucket.acquire(request).count(), 0);
        bucket.complete(request, responseWith(200, {{"X-Shopify-Shop-Api-Call-Limit",
                                                     reported.toStdString()}}));
        clock.advance(Millis(elapsedMs));
        QCOMPARE(qint64(bucket.acquire(request).count()), expectedWaitMs);
    }

    void restBucketCountsRequestsInFlight()
    {
        ManualClock clock;
        ShopifyRestBucket bucket(clock, LeakyBucketOptions{2.0, 10, 0});
        HttpRequest request;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(bucket.acquire(request).count(), 0);
        QCOMPARE(bucket.estimatedLevel(), 10.0);
        QCOMPARE(bucket.acquire(request).count(), 500); // nothing has leaked yet
        // The answers arrive: the server counted all ten, and 1 s later two have leaked.
        for (int i = 0; i < 10; ++i)
            bucket.complete(request,
                            responseWith(200, {{"X-Shopify-Shop-Api-Call-Limit", "10/10"}}));
        clock.advance(Millis(1000));
        QCOMPARE(bucket.estimatedLevel(), 8.0);
        QCOMPARE(bucket.acquire(request).count(), 0);
        QCOMPARE(bucket.acquire(request).count(), 0);
        QVERIFY(bucket.acquire(request).count() > 0);
    }

    void restBucketHonoursRetryAfter()
    {
        ManualClock clock;
        ShopifyRestBucket bucket(clock);
        HttpRequest request;
        QCOMPARE(bucket.acquire(request).count(), 0);
        bucket.complete(request, responseWith(429, {{"Retry-After", "2.0"}}));
        QCOMPARE(bucket.acquire(request).count(), 2000);
        clock.advance(Millis(1500));
        QCOMPARE(bucket.acquire(request).count(), 500);
        clock.advance(Millis(500));
        // The bucket was assumed full at the 429; by now 4 of 40 have leaked.
        QCOMPARE(bucket.acquire(request).count(), 0);
    }

    void waitForPointsMath_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("restore");
        QTest::addColumn<double>("cost");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("enough") << 1000.0 << 500.0 << 50.0 << 100.0 << qint64(0);
        QTest::newRow("exactly enough") << 1000.0 << 100.0 << 50.0 << 100.0 << qint64(0);
        QTest::newRow("short, standard") << 1000.0 << 50.0 << 100.0 << 100.0 << qint64(500);
        QTest::newRow("short, plus") << 10000.0 << 0.0 << 1000.0 << 250.0 << qint64(250);
        QTest::newRow("fraction rounds up") << 1000.0 << 0.0 << 300.0 << 100.0 << qint64(334);
        QTest::newRow("dearer than the bucket") << 100.0 << 0.0 << 50.0 << 500.0 << qint64(2000);
    }
    void waitForPointsMath()
    {
        QFETCH(double, maximum);
        QFETCH(double, current);
        QFETCH(double, restore);
        QFETCH(double, cost);
        QFETCH(qint64, expectedMs);
        QCOMPARE(qint64(waitForPoints(ThrottleStatus{maximum, current, restore}, cost).count()),
                 expectedMs);
    }

    void graphqlCostParses()
    {
        const auto ok =
            parseGraphqlCost(boost::json::parse(throttleBody(false, 10, 2000, 1990, 100)));
        QVERIFY(!ok.throttled);
        QCOMPARE(*ok.requestedQueryCost, 10.0);
        QCOMPARE(*ok.actualQueryCost, 10.0);
        QCOMPARE(ok.throttleStatus->currentlyAvailable, 1990.0);
        const auto throttled =
            parseGraphqlCost(boost::json::parse(throttleBody(true, 10, 2000, 4, 100)));
        QVERIFY(throttled.throttled);
        QVERIFY(!throttled.actualQueryCost.has_value());
        QCOMPARE(throttled.throttleStatus->restoreRate, 100.0);
        QVERIFY(!parseGraphqlCost(boost::json::parse(R"({"data":{}})")).throttleStatus);
    }

    void costBudgetHoldsUntilRestored_data()
    {
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("restore");
        QTest::addColumn<double>("cost");
        QTest::addColumn<int>("elapsedMs");
        QTest::addColumn<qint64>("expectedWaitMs");
        QTest::newRow("plenty") << 900.0 << 100.0 << 10.0 << 0 << qint64(0);
        // The status is dated one clock tick after its reading (time points are whole
        // milliseconds), so a wait counted from the reading is one millisecond longer.
        QTest::newRow("short by 50") << 50.0 << 100.0 << 100.0 << 0 << qint64(501);
        QTest::newRow("short by 50, 300 ms later") << 50.0 << 100.0 << 100.0 << 300 << qint64(201);
        QTest::newRow("restored meanwhile") << 50.0 << 100.0 << 100.0 << 501 << qint64(0);
        QTest::newRow("empty, plus plan") << 0.0 << 1000.0 << 250.0 << 0 << qint64(251);
    }
    void costBudgetHoldsUntilRestored()
    {
        QFETCH(double, current);
        QFETCH(double, restore);
        QFETCH(double, cost);
        QFETCH(int, elapsedMs);
        QFETCH(qint64, expectedWaitMs);
        ManualClock clock;
        ShopifyCostBudget budget(clock);
        HttpRequest request;
        request.costKey = "inventorySetQuantities";
        QCOMPARE(budget.acquire(request).count(), 0); // nothing known yet: the first goes
        budget.complete(request,
                        responseWith(200, {}, throttleBody(false, cost, 1000, current, restore)));
        QCOMPARE(budget.costOf("inventorySetQuantities"), cost);
        clock.advance(Millis(elapsedMs));
        QCOMPARE(qint64(budget.acquire(request).count()), expectedWaitMs);
    }

    void costBudgetReservesQueriesInFlight()
    {
        ManualClock clock;
        ShopifyCostBudget budget(clock);
        budget.observe("q", GraphqlCost{10, 10, ThrottleStatus{100, 25, 50}, false});
        QCOMPARE(budget.reserve("q").count(), 0);
        QCOMPARE(budget.reserve("q").count(), 0);
        QCOMPARE(*budget.estimatedAvailable(), 5.0);
        QCOMPARE(budget.reserve("q").count(), 101);     // 5 points missing at 50/s, plus a tick
        QCOMPARE(budget.reserve("other").count(), 101); // unknown cost: the default (10)
    }

    void throttledAnswersHoldTheBudget_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("THROTTLED with 200") << 200;
        QTest::newRow("THROTTLED with 429") << 429;
    }
    void throttledAnswersHoldTheBudget()
    {
        QFETCH(int, status);
        ManualClock clock;
        ShopifyCostBudget budget(clock);
        HttpRequest request;
        request.costKey = "m";
        QCOMPARE(budget.acquire(request).count(), 0);
        const auto response = responseWith(status, {}, throttleBody(true, 40, 1000, 10, 100));
        const auto cost = parseGraphqlCost(boost::json::parse(response.body));
        QCOMPARE(budget.throttledWait("m", cost).count(), 300); // 30 points at 100/s
        budget.complete(request, response);
        QCOMPARE(budget.acquire(request).count(), 301); // plus the tick the reading may be old
        clock.advance(Millis(301));
        QCOMPARE(budget.acquire(request).count(), 0);
    }

    // A reading taken late in a millisecond is truncated to its start. Had the budget counted
    // restoration from the truncated reading, it would admit a query up to a millisecond early,
    // a fraction of a point short of what the server holds, and the server would throttle it.
    void costBudgetNeverCreditsTheTruncatedMillisecond()
    {
        ManualClock clock;
        ShopifyCostBudget budget(clock);
        budget.observe("m", GraphqlCost{10, std::nullopt, ThrottleStatus{1000, 0, 100}, true});
        clock.advance(Millis(100)); // 10 points at 100/s, if the reading were exact
        QVERIFY(budget.reserve("m").count() > 0);
        QVERIFY(*budget.estimatedAvailable() < 10.0);
        clock.advance(Millis(1));
        QCOMPARE(budget.reserve("m").count(), 0);
    }

    void throttledWithoutStatusFallsBack()
    {
        ManualClock clock;
        ShopifyCostBudget budget(clock, CostBudgetOptions{10, Millis(1000)});
        GraphqlCost cost;
        cost.throttled = true;
        const auto wait = budget.observe("m", cost);
        QVERIFY(wait.has_value());
        QCOMPARE(wait->count(), 1000);
        QCOMPARE(budget.reserve("m").count(), 1000);
    }

    void costBudgetHonoursRetryAfter()
    {
        ManualClock clock;
        ShopifyCostBudget budget(clock);
        HttpRequest request;
        QCOMPARE(budget.acquire(request).count(), 0);
        budget.complete(request, responseWith(429, {{"Retry-After", "3"}}, "{}"));
        QCOMPARE(budget.acquire(request).count(), 3000);
    }

    void retryAfterGateHolds()
    {
        ManualClock clock;
        RetryAfterGate gate(clock);
        HttpRequest request;
        QCOMPARE(gate.acquire(request).count(), 0);
        gate.complete(request, responseWith(503, {{"Retry-After", "1.5"}}));
        QCOMPARE(gate.acquire(request).count(), 1500);
        gate.complete(request, responseWith(200));
        clock.advance(Millis(1500));
        QCOMPARE(gate.acquire(request).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
