#include "engine/CircuitBreaker.h"

#include <QtTest>

using namespace syncline;

class TestCircuitBreaker : public QObject {
    Q_OBJECT

private:
    static BreakerSettings settings() { return BreakerSettings{3, Millis(1000), Millis(4000)}; }

private slots:
    void opensAfterConsecutiveTransientFailures()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        QVERIFY(breaker.allowRequest(clock.now()));
        breaker.onFailure(ErrorClass::Transient, clock.now());
        breaker.onFailure(ErrorClass::Transient, clock.now());
        QVERIFY(breaker.state() == BreakerState::Closed);
        breaker.onFailure(ErrorClass::Transient, clock.now());
        QVERIFY(breaker.state() == BreakerState::Open);
        QVERIFY(!breaker.allowRequest(clock.now()));
        QCOMPARE(breaker.openUntil(), clock.now() + Millis(1000));
    }

    void successResetsTheCount()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        breaker.onFailure(ErrorClass::Transient, clock.now());
        breaker.onFailure(ErrorClass::Transient, clock.now());
        breaker.onSuccess();
        breaker.onFailure(ErrorClass::Transient, clock.now());
        breaker.onFailure(ErrorClass::Transient, clock.now());
        QVERIFY(breaker.state() == BreakerState::Closed);
    }

    void dataErrorsAndRateLimitsDoNotOpenIt()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        for (int i = 0; i < 10; ++i) {
            breaker.onFailure(ErrorClass::Data, clock.now());
            breaker.onFailure(ErrorClass::RateLimited, clock.now());
        }
        QVERIFY(breaker.state() == BreakerState::Closed);
    }

    void authFailureOpensAtOnce()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        breaker.onFailure(ErrorClass::Auth, clock.now());
        QVERIFY(breaker.state() == BreakerState::Open);
    }

    void halfOpenLetsOneProbeThroughAndClosesOnSuccess()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        for (int i = 0; i < 3; ++i)
            breaker.onFailure(ErrorClass::Transient, clock.now());
        clock.advance(Millis(999));
        QVERIFY(!breaker.allowRequest(clock.now()));
        clock.advance(Millis(1));
        QVERIFY(breaker.allowRequest(clock.now())); // the probe
        QVERIFY(breaker.state() == BreakerState::HalfOpen);
        QVERIFY(!breaker.allowRequest(clock.now())); // nothing else while it is out
        breaker.onSuccess();
        QVERIFY(breaker.state() == BreakerState::Closed);
        QVERIFY(breaker.allowRequest(clock.now()));
    }

    void failedProbeReopensForLongerUpToTheMaximum()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        for (int i = 0; i < 3; ++i)
            breaker.onFailure(ErrorClass::Transient, clock.now());
        const Millis expected[] = {Millis(2000), Millis(4000), Millis(4000)};
        for (const Millis pause : expected) {
            clock.set(breaker.openUntil());
            QVERIFY(breaker.allowRequest(clock.now()));
            breaker.onFailure(ErrorClass::Transient, clock.now());
            QVERIFY(breaker.state() == BreakerState::Open);
            QCOMPARE(breaker.openUntil() - clock.now(), pause);
        }
    }

    void restoredHalfOpenStateWaitsAsOpen()
    {
        ManualClock clock;
        CircuitBreaker breaker(settings());
        breaker.restore(BreakerState::HalfOpen, 4, clock.now() + Millis(500));
        QVERIFY(breaker.state() == BreakerState::Open);
        QVERIFY(!breaker.allowRequest(clock.now()));
        clock.advance(Millis(500));
        QVERIFY(breaker.allowRequest(clock.now()));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
