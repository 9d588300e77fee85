#include "sim/ErpLedger.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline::sim;

class TestErpLedger : public QObject {
    Q_OBJECT

private slots:
    void recordsEachKeyOnce();
    void refusesAnotherBodyUnderAKey();
    void countsARepeatUnderANewKey();
    void reportsAsJson();
    void isSafeAcrossThreads();
};

void TestErpLedger::recordsEachKeyOnce()
{
    ErpLedger ledger;
    const auto first = ledger.record("order", "#1", "k1", R"({"a":1})");
    QVERIFY(first.outcome == ErpLedger::Outcome::Applied);
    QCOMPARE(first.effect.sequence, 1);
    const auto again = ledger.record("order", "#1", "k1", R"({"a":1})");
    QVERIFY(again.outcome == ErpLedger::Outcome::Replayed);
    QCOMPARE(again.effect.sequence, 1);
    const auto second = ledger.record("order", "#2", "k2", R"({"a":2})");
    QCOMPARE(second.effect.sequence, 2);
    QCOMPARE(ledger.effects().size(), std::size_t(2));
    QCOMPARE(ledger.replays(), std::size_t(1));
    QCOMPARE(ledger.duplicates(), std::size_t(0));
}

void TestErpLedger::refusesAnotherBodyUnderAKey()
{
    ErpLedger ledger;
    ledger.record("order", "#1", "k1", R"({"a":1})");
    const auto clash = ledger.record("order", "#1", "k1", R"({"a":2})");
    QVERIFY(clash.outcome == ErpLedger::Outcome::Conflict);
    QCOMPARE(ledger.effects().size(), std::size_t(1));
    QCOMPARE(ledger.effects()[0].body, std::string(R"({"a":1})"));
}

void TestErpLedger::countsARepeatUnderANewKey()
{
    ErpLedger ledger;
    ledger.record("order", "#1", "k1", "{}");
    ledger.record("invoice", "#1", "k2", "{}"); // another kind for the same reference is fine
    ledger.record("order", "#1", "k3", R"({"changed":true})"); // an update
    QCOMPARE(ledger.duplicates(), std::size_t(0));
    ledger.record("order", "#1", "k4", "{}");
    QCOMPARE(ledger.duplicates(), std::size_t(1));
    QCOMPARE(ledger.effects().size(), std::size_t(4));
}

void TestErpLedger::reportsAsJson()
{
    ErpLedger ledger;
    ledger.record("order", "#7", "key-7", "{}");
    ledger.record("order", "#7", "key-7", "{}");
    const auto report = ledger.toJson().as_object();
    QCOMPARE(report.at("replays").to_number<int>(), 1);
    QCOMPARE(report.at("duplicates").to_number<int>(), 0);
    const auto &effect = report.at("effects").as_array().at(0).as_object();
    QCOMPARE(effect.at("reference").as_string(), "#7");
    QCOMPARE(effect.at("idempotency_key").as_string(), "key-7");
    QCOMPARE(effect.at("kind").as_string(), "order");
}

void TestErpLedger::isSafeAcrossThreads()
{
    ErpLedger ledger;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&ledger] {
            // Every thread sends the same 100 keys: each must be applied exactly once.
            for (int i = 0; i < 100; ++i)
                ledger.record("order", "#" + std::to_string(i), "k" + std::to_string(i), "{}");
        });
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(ledger.effects().size(), std::size_t(100));
    QCOMPARE(ledger.replays(), std::size_t(300));
    QCOMPARE(ledger.duplicates(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestErpLedger)
#include "tst_erpledger.moc"
