#include "engine/RetryPolicy.h"

#include <QtTest>

using namespace syncline;

namespace {

// Returns the extremes of the jitter range alternately, so both bounds are exercised.
class ExtremesRandom final : public RandomSource {
public:
    std::int64_t uniform(std::int64_t upper) override
    {
        lastUpper = upper;
        return (calls++ % 2 == 0) ? 0 : upper;
    }
    std::int64_t lastUpper = -1;
    int calls = 0;
};

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("ceilingMs");
        QTest::newRow("1") << 1 << qint64(500);
        QTest::newRow("2") << 2 << qint64(1000);
        QTest::newRow("3") << 3 << qint64(2000);
        QTest::newRow("10") << 10 << qint64(256000);
        QTest::newRow("11 capped") << 11 << qint64(300000);
        QTest::newRow("60 capped, no overflow") << 60 << qint64(300000);
    }

    void ceilingDoublesUpToTheCap()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, ceilingMs);
        ExtremesRandom random;
        RetryLimits limits;
        limits.transientMaxAttempts = 100;
        RetryPolicy policy(limits, random);
        QCOMPARE(qint64(policy.ceiling(attempts).count()), ceilingMs);
    }

    // Full jitter: every delay lies in [0, ceiling], with both ends reachable.
    void transientDelaysStayWithinJitterBounds()
    {
        DefaultRandomSource random;
        RetryLimits limits;
        limits.transientMaxAttempts = 100;
        RetryPolicy policy(limits, random);
        ManualClock clock;
        for (int attempts = 1; attempts <= 12; ++attempts) {
            const auto ceiling = policy.ceiling(attempts);
            for (int i = 0; i < 200; ++i) {
                const auto d =
                    policy.decide(ErrorClass::Transient, attempts, std::nullopt, clock.now());
                QVERIFY(d.retry);
                QVERIFY(d.at >= clock.now());
                QVERIFY(d.at - clock.now() <= ceiling);
            }
        }
        ExtremesRandom extremes;
        RetryPolicy bounded(limits, extremes);
        const auto low = bounded.decide(ErrorClass::Transient, 3, std::nullopt, clock.now());
        const auto high = bounded.decide(ErrorClass::Transient, 3, std::nullopt, clock.now());
        QCOMPARE(low.at, clock.now());
        QCOMPARE(high.at, clock.now() + Millis(2000));
        QCOMPARE(extremes.lastUpper, std::int64_t(2000));
    }

    void limitsPerErrorClass_data()
    {
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("retry");
        QTest::newRow("transient first") << int(ErrorClass::Transient) << 1 << true;
        QTest::newRow("transient last allowed") << int(ErrorClass::Transient) << 7 << true;
        QTest::newRow("transient exhausted") << int(ErrorClass::Transient) << 8 << false;
        QTest::newRow("data never") << int(ErrorClass::Data) << 1 << false;
        QTest::newRow("auth never") << int(ErrorClass::Auth) << 1 << false;
        QTest::newRow("rate limited") << int(ErrorClass::RateLimited) << 20 << true;
        QTest::newRow("rate limited exhausted") << int(ErrorClass::RateLimited) << 30 << false;
    }

    void limitsPerErrorClass()
    {
        QFETCH(int, errorClass);
        QFETCH(int, attempts);
        QFETCH(bool, retry);
        DefaultRandomSource random;
        RetryPolicy policy(RetryLimits{}, random);
        const auto d = policy.decide(static_cast<ErrorClass>(errorClass), attempts, std::nullopt,
                                     fromEpochMs(0));
        QCOMPARE(d.retry, retry);
        QVERIFY(!d.why.empty());
    }

    void rateLimitedWaitsWhatTheServerSaid()
    {
        ExtremesRandom random;
        RetryPolicy policy(RetryLimits{}, random);
        const auto now = fromEpochMs(1000);
        const auto d = policy.decide(ErrorClass::RateLimited, 1, Millis(2000), now);
        QVERIFY(d.retry);
        QCOMPARE(d.at, now + Millis(2000));
        QCOMPARE(random.calls, 0); // no jitter on a server-given wait
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
