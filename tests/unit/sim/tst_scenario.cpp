#include "sim/Scenario.h"

#include <QtTest>

using namespace syncline::sim;

class TestScenario : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryAction();
    void sortsStepsByTime();
    void refusesBadInput_data();
    void refusesBadInput();
    void loadsTheShippedScenarios_data();
    void loadsTheShippedScenarios();
};

void TestScenario::parsesEveryAction()
{
    const auto scenario = parseScenario(R"({
        "name": "mini", "shop_domain": "mini.myshopify.com", "api_version": "2026-01",
        "inventory_items": {"SKU-1": "gid://shopify/InventoryItem/1"},
        "locations": {"WH": "gid://shopify/Location/9"},
        "initial_stock": [{"sku": "SKU-1", "location": "WH", "on_hand": 4}],
        "expected_refused_orders": ["#2"],
        "steps": [
          {"at": 0, "action": "stock-snapshot", "rows": [{"sku": "SKU-1", "location": "WH", "on_hand": 7, "reserved": 2}]},
          {"at": 1.5, "action": "order", "delivery": "duplicate", "topic": "orders/updated", "occurred_at": 0.5,
           "order": {"number": 2, "customer_id": "77", "financial_status": "pending",
                     "shipping_address": {"name": "A", "address1": "1 Road", "city": "C", "zip": "1", "country_code": "US"},
                     "lines": [{"sku": "SKU-1", "quantity": 3, "price": "9.99"}]}},
          {"at": 2, "action": "ship-notice", "shipment_id": "S1", "order": "#2", "carrier": "UPS",
           "tracking": "1Z", "location": "WH", "lines": [{"sku": "SKU-1", "quantity": 3}]},
          {"at": 3, "action": "invoice", "invoice": {"invoice_number": "I1"}},
          {"at": 4, "action": "fault", "fault": "erp-slow", "seconds": 2.5, "delay_ms": 300}
        ]})");
    QCOMPARE(scenario.name, std::string("mini"));
    QCOMPARE(scenario.shopDomain, std::string("mini.myshopify.com"));
    QCOMPARE(scenario.apiVersion, std::string("2026-01"));
    QCOMPARE(scenario.inventoryItems.at("SKU-1"), std::string("gid://shopify/InventoryItem/1"));
    QCOMPARE(scenario.initialStock.size(), std::size_t(1));
    QCOMPARE(scenario.expectedRefusedOrders, std::vector<std::string>{"#2"});
    QCOMPARE(scenario.steps.size(), std::size_t(5));

    const auto &stock = scenario.steps[0];
    QVERIFY(stock.kind == Step::Kind::StockSnapshot);
    QCOMPARE(stock.stock[0].onHand, 7);
    QCOMPARE(stock.stock[0].reserved, 2);

    const auto &order = scenario.steps[1];
    QVERIFY(order.kind == Step::Kind::Order);
    QVERIFY(order.delivery == Delivery::Duplicate);
    QCOMPARE(order.topic, std::string("orders/updated"));
    QCOMPARE(*order.occurredAt, 0.5);
    QCOMPARE(order.order.number, 2);
    QCOMPARE(order.order.financialStatus, std::string("pending"));
    QVERIFY(order.order.shippingAddress);
    QCOMPARE(order.order.shippingAddress->address1, std::string("1 Road"));
    QCOMPARE(order.order.lines[0].quantity, 3);
    QCOMPARE(order.order.lines[0].price, std::string("9.99"));

    const auto &ship = scenario.steps[2];
    QVERIFY(ship.kind == Step::Kind::ShipNotice);
    QCOMPARE(ship.shipment.orderNumber, std::string("#2"));
    QCOMPARE(ship.shipment.trackingNumber, std::string("1Z"));

    QVERIFY(scenario.steps[3].kind == Step::Kind::Invoice);
    QCOMPARE(scenario.steps[3].invoice.at("invoice_number").as_string(), "I1");

    const auto &fault = scenario.steps[4];
    QVERIFY(fault.kind == Step::Kind::Fault);
    QVERIFY(fault.fault.kind == FaultKind::ErpSlow);
    QCOMPARE(fault.fault.duration, std::chrono::milliseconds(2500));
    QCOMPARE(fault.fault.delay, std::chrono::milliseconds(300));
}

void TestScenario::sortsStepsByTime()
{
    const auto scenario = parseScenario(R"({"name": "s", "steps": [
        {"at": 5, "action": "fault", "fault": "shop-outage", "count": 1, "label": "late"},
        {"at": 1, "action": "fault", "fault": "shop-throttle", "count": 2, "label": "early"},
        {"at": 5, "action": "fault", "fault": "webhook-refused", "count": 1, "label": "late too"}]})");
    QCOMPARE(scenario.steps[0].label, std::string("early"));
    QCOMPARE(scenario.steps[1].label, std::string("late"));
    QCOMPARE(scenario.steps[2].label, std::string("late too"));
}

void TestScenario::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << "{"
                              << "not JSON";
    QTest::newRow("no name") << R"({"steps": [{"action": "invoice", "invoice": {}}]})"
                             << "scenario.name";
    QTest::newRow("no steps") << R"({"name": "x", "steps": []})"
                              << "at least one step";
    QTest::newRow("unknown action") << R"({"name": "x", "steps": [{"action": "dance"}]})"
                                    << "steps[0].action: unknown action";
    QTest::newRow("negative time")
        << R"({"name": "x", "steps": [{"at": -1, "action": "invoice", "invoice": {}}]})"
        << "steps[0].at must not be negative";
    QTest::newRow("order without number")
        << R"({"name": "x", "steps": [{"action": "order", "order": {"lines": []}}]})"
        << "steps[0].order.number is required";
    QTest::newRow("line without sku")
        << R"({"name": "x", "steps": [{"action": "order", "order": {"number": 1, "lines": [{"quantity": 1}]}}]})"
        << "steps[0].order.lines[0].sku is required";
    QTest::newRow("unknown delivery")
        << R"({"name": "x", "steps": [{"action": "order", "delivery": "twice", "order": {"number": 1}}]})"
        << "unknown delivery";
    QTest::newRow("empty snapshot")
        << R"({"name": "x", "steps": [{"action": "stock-snapshot", "rows": []}]})"
        << "at least one row";
    QTest::newRow("unknown fault")
        << R"({"name": "x", "steps": [{"action": "fault", "fault": "meteor"}]})"
        << "unknown fault";
    QTest::newRow("counted fault without count")
        << R"({"name": "x", "steps": [{"action": "fault", "fault": "shop-outage"}]})"
        << "count must be positive";
    QTest::newRow("timed fault without seconds")
        << R"({"name": "x", "steps": [{"action": "fault", "fault": "erp-outage"}]})"
        << "seconds must be positive";
    QTest::newRow("slow fault without delay")
        << R"({"name": "x", "steps": [{"action": "fault", "fault": "shop-slow", "seconds": 1}]})"
        << "delay_ms must be positive";
    QTest::newRow("quantity as text")
        << R"({"name": "x", "steps": [{"action": "stock-snapshot", "rows": [{"sku": "A", "location": "W", "on_hand": "3"}]}]})"
        << "on_hand must be an integer";
}

void TestScenario::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        parseScenario(text.toStdString());
        QFAIL("accepted a bad scenario");
    } catch (const ScenarioError &error) {
        QVERIFY2(std::string(error.what()).find(expected.toStdString()) != std::string::npos,
                 error.what());
    }
}

void TestScenario::loadsTheShippedScenarios_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("business day") << "business-day.json";
    QTest::newRow("short day") << "short-day.json";
}

void TestScenario::loadsTheShippedScenarios()
{
    QFETCH(QString, file);
    const auto scenario = loadScenario(std::string(SYNCLINE_SOURCE_DIR) +
                                       "/resources/demo/scenarios/" + file.toStdString());
    QVERIFY(!scenario.steps.empty());
    // Every refusal the scenario promises is an order it actually sends.
    for (const auto &refused : scenario.expectedRefusedOrders) {
        const bool sent =
            std::any_of(scenario.steps.begin(), scenario.steps.end(), [&](const Step &s) {
                return s.kind == Step::Kind::Order &&
                       "#" + std::to_string(s.order.number) == refused;
            });
        QVERIFY2(sent, refused.c_str());
    }
    // Every SKU of the stock snapshots has a storefront inventory item.
    for (const auto &step : scenario.steps)
        for (const auto &row : step.stock)
            QVERIFY2(scenario.inventoryItems.contains(row.sku), row.sku.c_str());
}

QTEST_APPLESS_MAIN(TestScenario)
#include "tst_scenario.moc"
