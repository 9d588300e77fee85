#include "domain/Inventory.h"
#include "domain/InventoryReconcile.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::domain;

Q_DECLARE_METATYPE(syncline::domain::PositionUpdate)

namespace {

const TimePoint t0 = fromEpochMs(1'790'000'000'000);

StockPosition pos(std::string source, std::string sku, std::string location, std::int64_t onHand,
                  std::int64_t reserved, std::int64_t sequence, TimePoint asOf = t0)
{
    return StockPosition{
        std::move(source), std::move(sku), std::move(location), onHand, reserved, asOf, sequence};
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

private slots:
    void sequencesOnlyMoveForward_data()
    {
        QTest::addColumn<qint64>("heldSequence");
        QTest::addColumn<qint64>("incomingSequence");
        QTest::addColumn<PositionUpdate>("expected");
        QTest::addColumn<qint64>("onHandAfter");
        QTest::newRow("newer applies")
            << qint64(5) << qint64(6) << PositionUpdate::Applied << qint64(7);
        QTest::newRow("older is superseded")
            << qint64(5) << qint64(4) << PositionUpdate::Superseded << qint64(3);
        QTest::newRow("same is unchanged")
            << qint64(5) << qint64(5) << PositionUpdate::Unchanged << qint64(3);
    }

    void sequencesOnlyMoveForward()
    {
        QFETCH(qint64, heldSequence);
        QFETCH(qint64, incomingSequence);
        QFETCH(PositionUpdate, expected);
        QFETCH(qint64, onHandAfter);
        InventoryBook book;
        QVERIFY(book.apply(pos("wms", "A", "north", 3, 0, heldSequence)) ==
                PositionUpdate::Applied);
        QVERIFY(book.apply(pos("wms", "A", "north", 7, 0, incomingSequence)) == expected);
        QCOMPARE(book.position("A", "north", "wms")->onHand, onHandAfter);
    }

    void withoutSequenceAsOfOrders()
    {
        InventoryBook book;
        model::InventoryLevel level{"A", "north", 10, 0, 10, t0, 0};
        QVERIFY(book.apply("erp", level) == PositionUpdate::Applied);
        level.onHand = 4;
        level.asOf = t0 - std::chrono::minutes(1);
        QVERIFY(book.apply("erp", level) == PositionUpdate::Superseded);
        QCOMPARE(book.position("A", "north", "erp")->onHand, std::int64_t(10));
    }

    void sourcesAreKeptApart()
    {
        InventoryBook book;
        book.apply(pos("wms", "A", "north", 5, 0, 10));
        QVERIFY(book.apply(pos("erp", "A", "north", 8, 0, 1)) == PositionUpdate::Applied);
        QCOMPARE(book.size(), std::size_t(2));
        QCOMPARE(book.position("A", "north", "wms")->onHand, std::int64_t(5));
        // Per location the most recent statement counts.
        book.apply(pos("erp", "A", "north", 9, 0, 2, t0 + std::chrono::minutes(1)));
        const auto current = book.currentBySku("A");
        QCOMPARE(current.size(), std::size_t(1));
        QCOMPARE(current[0].onHand, std::int64_t(9));
        QCOMPARE(current[0].source, std::string("erp"));
    }

    void availableToSell_data()
    {
        QTest::addColumn<qint64>("northOnHand");
        QTest::addColumn<qint64>("northReserved");
        QTest::addColumn<qint64>("southOnHand");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("expected");
        // Safety: SKU "A" 2 (per SKU), category "bolts" 5, others 0. "web" sells north + south,
        // "market" north only; the east location serves nobody.
        QTest::newRow("two locations minus SKU safety")
            << qint64(10) << qint64(3) << qint64(6) << "A"
            << "web" << qint64(10 + 6 - 3 - 2);
        QTest::newRow("channel with one location") << qint64(10) << qint64(3) << qint64(6) << "A"
                                                   << "market" << qint64(10 - 3 - 2);
        QTest::newRow("category safety") << qint64(10) << qint64(0) << qint64(0) << "B-bolt"
                                         << "web" << qint64(10 - 5);
        QTest::newRow("never below zero") << qint64(1) << qint64(0) << qint64(0) << "B-bolt"
                                          << "web" << qint64(0);
        QTest::newRow("over-reserved location does not eat another")
            << qint64(2) << qint64(5) << qint64(4) << "C"
            << "web" << qint64(4);
        QTest::newRow("unmapped channel sells nothing")
            << qint64(10) << qint64(0) << qint64(10) << "C"
            << "nowhere" << qint64(0);
    }

    void availableToSell()
    {
        QFETCH(qint64, northOnHand);
        QFETCH(qint64, northReserved);
        QFETCH(qint64, southOnHand);
        QFETCH(QString, sku);
        QFETCH(QString, channel);
        QFETCH(qint64, expected);
        const std::string s = sku.toStdString();
        InventoryBook book;
        book.apply(pos("wms", s, "north", northOnHand, northReserved, 1));
        book.apply(pos("wms", s, "south", southOnHand, 0, 1));
        book.apply(pos("wms", s, "east", 1000, 0, 1));
        SafetyStockPolicy safety;
        safety.perSku["A"] = 2;
        safety.perCategory["bolts"] = 5;
        safety.categoryOf = [](const std::string &candidate) {
            return candidate.rfind("B-", 0) == 0 ? std::string("bolts") : std::string("other");
        };
        ChannelLocations locations;
        locations.locationsByChannel["web"] = {"north", "south"};
        locations.locationsByChannel["market"] = {"north"};
        QCOMPARE(domain::availableToSell(book, channel.toStdString(), s, locations, safety),
                 std::int64_t(expected));
    }

    void availableAtExplicitLocations()
    {
        InventoryBook book;
        book.apply(pos("wms", "A", "north", 10, 1, 1));
        book.apply(pos("wms", "A", "south", 4, 0, 1));
        SafetyStockPolicy safety;
        safety.fallback = 1;
        QCOMPARE(availableToSellAt(book, "A", {"south"}, safety), std::int64_t(3));
        QCOMPARE(availableToSellAt(book, "A", {"north", "south"}, safety), std::int64_t(12));
        QCOMPARE(availableToSellAt(book, "A", {}, safety), std::int64_t(0));
        QCOMPARE(availableToSellAt(book, "B", {"north"}, safety), std::int64_t(0));
    }

    void reconcileCorrectsSmallDriftAndAlertsOnLarge()
    {
        const std::map<std::string, std::int64_t> truth{{"A", 10}, {"B", 10}, {"C", 10}, {"D", 10}};
        const TruthLookup lookup = [&](const std::string &, const std::string &sku,
                                       const std::string &) -> std::optional<std::int64_t> {
            const auto it = truth.find(sku);
            return it == truth.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
        };
        const std::vector<ChannelLevel> channel{{"web", "A", "north", 10},
                                                {"web", "B", "north", 13},
                                                {"web", "C", "north", 30},
                                                {"web", "D", "north", 2},
                                                {"web", "Z", "north", 4}};
        const auto result = reconcile(channel, lookup, ReconcilePolicy{5}, t0);
        QCOMPARE(result.matching, std::int64_t(1));
        QCOMPARE(result.corrections.size(), std::size_t(1));
        QCOMPARE(result.corrections[0].sku, std::string("B"));
        QCOMPARE(result.corrections[0].quantity, std::int64_t(10));
        QCOMPARE(result.corrections[0].at, t0);
        QCOMPARE(result.alerts.size(), std::size_t(2));
        QCOMPARE(result.alerts[0].level.sku, std::string("C"));
        QVERIFY(result.alerts[0].oversellRisk);
        QCOMPARE(result.alerts[0].difference, std::int64_t(20));
        QCOMPARE(result.alerts[1].level.sku, std::string("D"));
        QVERIFY(!result.alerts[1].oversellRisk);
        QCOMPARE(result.unknown.size(), std::size_t(1));
        QCOMPARE(result.unknown[0].sku, std::string("Z"));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
