#include "domain/Slo.h"
#include "util/Time.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::domain;
using std::chrono::minutes;
using std::chrono::seconds;

Q_DECLARE_METATYPE(syncline::Domain)

namespace {

TimePoint at(const char *iso)
{
    return *parseIso8601(iso);
}

SloSample sample(std::string id, Domain domain, TimePoint completed, Millis latency)
{
    return SloSample{std::move(id), domain, completed - latency, completed};
}

} // namespace

class TestSlo : public QObject {
    Q_OBJECT

private slots:
    void defaultTargets_data()
    {
        QTest::addColumn<Domain>("domain");
        QTest::addColumn<qint64>("targetSeconds");
        QTest::newRow("inventory") << Domain::Inventory << qint64(60);
        QTest::newRow("order post") << Domain::Order << qint64(300);
        QTest::newRow("shipment") << Domain::Fulfilment << qint64(900);
        QTest::newRow("pricing") << Domain::Pricing << qint64(3600);
        QTest::newRow("catalog") << Domain::Product << qint64(86400);
    }

    void defaultTargets()
    {
        QFETCH(Domain, domain);
        QFETCH(qint64, targetSeconds);
        const SloTable table = SloTable::defaults();
        const auto &target = table.target(domain);
        QCOMPARE(target.target, Millis(std::chrono::seconds(targetSeconds)));
        QVERIFY(!target.owner.empty());
        QVERIFY(!target.escalation.empty());
    }

    void complianceMath()
    {
        SloAccumulator slo(SloTable::defaults());
        // Hour 10: 3 of 4 inventory events within 60 s (60 s itself counts as within).
        QVERIFY(
            !slo.record(sample("e1", Domain::Inventory, at("2026-11-23T10:05:00Z"), seconds(5))));
        QVERIFY(
            !slo.record(sample("e2", Domain::Inventory, at("2026-11-23T10:15:00Z"), seconds(60))));
        QVERIFY(
            !slo.record(sample("e3", Domain::Inventory, at("2026-11-23T10:59:59Z"), seconds(1))));
        const auto breach =
            slo.record(sample("e4", Domain::Inventory, at("2026-11-23T10:30:00Z"), seconds(61)));
        QVERIFY(breach.has_value());
        QCOMPARE(breach->eventId, std::string("e4"));
        QCOMPARE(breach->latency, Millis(seconds(61)));
        QCOMPARE(breach->target, Millis(seconds(60)));
        // Hour 11: 0 of 1.
        slo.record(sample("e5", Domain::Inventory, at("2026-11-23T11:00:00Z"), minutes(2)));
        // Another domain in the same hour does not mix in.
        slo.record(sample("o1", Domain::Order, at("2026-11-23T10:10:00Z"), minutes(10)));
        // Next day.
        slo.record(sample("e6", Domain::Inventory, at("2026-11-24T00:00:00Z"), seconds(1)));

        const auto hour10 = slo.hour(Domain::Inventory, at("2026-11-23T10:42:00Z"));
        QVERIFY(hour10.has_value());
        QCOMPARE(hour10->total, std::int64_t(4));
        QCOMPARE(hour10->withinTarget, std::int64_t(3));
        QCOMPARE(hour10->share(), 0.75);
        QCOMPARE(hour10->start, at("2026-11-23T10:00:00Z"));
        QCOMPARE(slo.hour(Domain::Inventory, at("2026-11-23T11:30:00Z"))->share(), 0.0);
        QVERIFY(!slo.hour(Domain::Inventory, at("2026-11-23T12:30:00Z")).has_value());

        const auto day = slo.day(Domain::Inventory, at("2026-11-23T23:59:59Z"));
        QCOMPARE(day->total, std::int64_t(5));
        QCOMPARE(day->withinTarget, std::int64_t(3));
        QCOMPARE(day->share(), 0.6);
        QCOMPARE(slo.daily(Domain::Inventory).size(), std::size_t(2));
        QCOMPARE(slo.hourly(Domain::Inventory).size(), std::size_t(3));
        QCOMPARE(slo.hourly(Domain::Order).size(), std::size_t(1));
        QCOMPARE(slo.hourly(Domain::Order)[0].share(), 0.0);

        QCOMPARE(slo.breaches().size(), std::size_t(3));
        QCOMPARE(slo.breaches()[0].eventId, std::string("e4"));
        QCOMPARE(slo.breaches()[2].eventId, std::string("o1"));
        QVERIFY(slo.breaches()[2].domain == Domain::Order);
    }

    void breachesAreBounded()
    {
        SloAccumulator slo(SloTable::defaults(), 2);
        for (int i = 0; i < 5; ++i)
            slo.record(sample("e" + std::to_string(i), Domain::Inventory,
                              at("2026-11-23T10:00:00Z"), minutes(5)));
        QCOMPARE(slo.breaches().size(), std::size_t(2));
        QCOMPARE(slo.breaches()[0].eventId, std::string("e3"));
        QCOMPARE(slo.hour(Domain::Inventory, at("2026-11-23T10:00:00Z"))->total, std::int64_t(5));
    }

    void targetsAreConfigurable()
    {
        SloTable table = SloTable::defaults();
        table.set({Domain::Inventory, seconds(10), "night shift", "call"});
        SloAccumulator slo(table);
        QVERIFY(
            slo.record(sample("e", Domain::Inventory, at("2026-11-23T10:00:00Z"), seconds(11))));
    }

    void delayedAcknowledgement()
    {
        const TimePoint now = at("2026-11-23T10:00:00Z");
        const std::vector<PostedOrder> posted{
            {"SO-1", now - minutes(4), std::nullopt},       // within 5 min
            {"SO-2", now - minutes(6), std::nullopt},       // late
            {"SO-3", now - minutes(30), now - minutes(29)}, // acknowledged
            {"SO-4", now - minutes(20), std::nullopt},      // later
            {"SO-5", now - minutes(5), std::nullopt},       // exactly at the target
        };
        const auto alerts = delayedAcknowledgements(posted, now, SloTable::defaults());
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].orderNumber, std::string("SO-4"));
        QCOMPARE(alerts[0].waiting, Millis(minutes(20)));
        QCOMPARE(alerts[0].target, Millis(minutes(5)));
        QCOMPARE(alerts[1].orderNumber, std::string("SO-2"));
        QVERIFY(alerts[1].message.find("SO-2") != std::string::npos);
        QVERIFY(!alerts[1].owner.empty());
    }
};

QTEST_GUILESS_MAIN(TestSlo)
#include "tst_slo.moc"
