#include "domain/DomainJson.h"
#include "domain/Fulfilment.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::domain;

namespace {

const TimePoint t0 = fromEpochMs(1'790'000'000'000);

model::Order order()
{
    model::Order o;
    o.orderNumber = "SO-1";
    o.storefrontOrderId = "820982911946154508";
    o.channel = "shop";
    o.lines = {{"L1", "A", 3, Decimal::fromInteger(10), {}},
               {"L2", "B", 2, Decimal::fromInteger(5), {}},
               {"L3", "A", 1, Decimal::fromInteger(10), {}}};
    return o;
}

model::Shipment shipment(std::string id, std::vector<model::ShipmentLine> lines)
{
    model::Shipment s;
    s.shipmentId = std::move(id);
    s.orderNumber = "SO-1";
    s.carrier = "DHL";
    s.trackingNumber = "00340434161234567890";
    s.trackingUrl = "https://track.example/00340434161234567890";
    s.lines = std::move(lines);
    return s;
}

model::Invoice invoice(std::string number, model::InvoiceStatus status, bool credit = false)
{
    model::Invoice i;
    i.invoiceNumber = std::move(number);
    i.orderNumber = "SO-1";
    i.status = status;
    i.creditNote = credit;
    i.total = Decimal::fromInteger(50);
    return i;
}

} // namespace

class TestFulfilment : public QObject {
    Q_OBJECT

private slots:
    void partialThenCompleteShipment()
    {
        const auto o = order();
        auto f = OrderFulfilment::forOrder(o);
        auto first =
            applyShipment(o, f, OrderState::Acknowledged, shipment("S1", {{"A", 2}, {"B", 2}}), t0);
        QVERIFY2(first.accepted, first.refusal.c_str());
        QVERIFY(first.state == OrderState::PartiallyShipped);
        QCOMPARE(first.fulfilment.lines[0].remaining(), std::int64_t(1));
        QCOMPARE(first.fulfilment.lines[1].remaining(), std::int64_t(0));
        QCOMPARE(first.fulfilment.lines[2].remaining(), std::int64_t(1));
        QVERIFY(first.request.has_value());
        QCOMPARE(first.request->storefrontOrderId, std::string("820982911946154508"));
        QCOMPARE(first.request->carrier, std::string("DHL"));
        QCOMPARE(first.request->trackingNumber, std::string("00340434161234567890"));
        QVERIFY(!first.request->completesOrder);
        QCOMPARE(first.request->lines.size(), std::size_t(2));
        QCOMPARE(first.request->lines[0].lineId, std::string("L1"));
        QCOMPARE(first.request->lines[0].quantity, std::int64_t(2));
        QCOMPARE(first.transitions.size(), std::size_t(1));

        // The rest of A spans two lines with the same SKU.
        auto second =
            applyShipment(o, first.fulfilment, first.state, shipment("S2", {{"A", 2}}), t0);
        QVERIFY(second.accepted);
        QVERIFY(second.state == OrderState::Shipped);
        QVERIFY(second.fulfilment.fullyShipped());
        QVERIFY(second.request->completesOrder);
        QCOMPARE(second.request->lines.size(), std::size_t(2));
        QCOMPARE(second.request->lines[0].lineId, std::string("L1"));
        QCOMPARE(second.request->lines[1].lineId, std::string("L3"));
        QVERIFY(second.transitions[0].from == OrderState::PartiallyShipped);
        QVERIFY(second.transitions[0].to == OrderState::Shipped);
    }

    void refusedShipments_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("more than ordered") << "B" << qint64(3) << "only 2 remain";
        QTest::newRow("SKU not on the order") << "Z" << qint64(1) << "only 0 remain";
        QTest::newRow("zero quantity") << "A" << qint64(0) << "quantity 0";
    }

    void refusedShipments()
    {
        QFETCH(QString, sku);
        QFETCH(qint64, quantity);
        QFETCH(QString, mentions);
        const auto o = order();
        const auto f = OrderFulfilment::forOrder(o);
        const auto outcome =
            applyShipment(o, f, OrderState::Acknowledged,
                          shipment("S1", {{"A", 1}, {sku.toStdString(), quantity}}), t0);
        QVERIFY(!outcome.accepted);
        QVERIFY2(outcome.refusal.find(mentions.toStdString()) != std::string::npos,
                 outcome.refusal.c_str());
        QCOMPARE(outcome.fulfilment.lines[0].shipped, std::int64_t(0)); // nothing applied
        QVERIFY(outcome.transitions.empty());
        QVERIFY(!outcome.request.has_value());
    }

    void shipmentStateChecks()
    {
        const auto o = order();
        const auto f = OrderFulfilment::forOrder(o);
        QVERIFY(!applyShipment(o, f, OrderState::Held, shipment("S1", {{"A", 1}}), t0).accepted);
        QVERIFY(
            !applyShipment(o, f, OrderState::Cancelled, shipment("S1", {{"A", 1}}), t0).accepted);
        // A shipment for a posted order means the acknowledgement was lost.
        const auto posted = applyShipment(o, f, OrderState::Posted, shipment("S1", {{"A", 1}}), t0);
        QVERIFY(posted.accepted);
        QCOMPARE(posted.transitions.size(), std::size_t(2));
        QVERIFY(posted.transitions[0].to == OrderState::Acknowledged);
        QVERIFY(posted.transitions[1].to == OrderState::PartiallyShipped);
    }

    void duplicateShipmentChangesNothing()
    {
        const auto o = order();
        const auto first = applyShipment(o, OrderFulfilment::forOrder(o), OrderState::Acknowledged,
                                         shipment("S1", {{"B", 1}}), t0);
        const auto again =
            applyShipment(o, first.fulfilment, first.state, shipment("S1", {{"B", 1}}), t0);
        QVERIFY(again.accepted);
        QVERIFY(again.duplicate);
        QCOMPARE(again.fulfilment.lines[1].shipped, std::int64_t(1));
        QVERIFY(again.transitions.empty());
    }

    void invoiceAfterShippingThenPaid()
    {
        const auto o = order();
        const auto shipped =
            applyShipment(o, OrderFulfilment::forOrder(o), OrderState::Acknowledged,
                          shipment("S1", {{"A", 4}, {"B", 2}}), t0);
        QVERIFY(shipped.state == OrderState::Shipped);
        const auto issued = applyInvoice(shipped.fulfilment, shipped.state,
                                         invoice("INV-1", model::InvoiceStatus::Issued), t0);
        QVERIFY(issued.accepted);
        QVERIFY(issued.state == OrderState::Invoiced);
        const auto paid = applyInvoice(issued.fulfilment, issued.state,
                                       invoice("INV-1", model::InvoiceStatus::Paid), t0);
        QVERIFY(paid.state == OrderState::Closed);
        const auto again = applyInvoice(paid.fulfilment, paid.state,
                                        invoice("INV-1", model::InvoiceStatus::Paid), t0);
        QVERIFY(again.duplicate);
    }

    void earlyInvoiceWaitsForTheShipment()
    {
        const auto o = order();
        const auto early = applyInvoice(OrderFulfilment::forOrder(o), OrderState::Acknowledged,
                                        invoice("INV-1", model::InvoiceStatus::Issued), t0);
        QVERIFY(early.accepted);
        QVERIFY(early.state == OrderState::Acknowledged);
        QCOMPARE(early.fulfilment.invoiceNumber, std::optional<std::string>("INV-1"));
        const auto shipped = applyShipment(o, early.fulfilment, early.state,
                                           shipment("S1", {{"A", 4}, {"B", 2}}), t0);
        QVERIFY(shipped.state == OrderState::Invoiced);
        QCOMPARE(shipped.transitions.size(), std::size_t(2));
    }

    void creditNotesAreRecorded()
    {
        const auto o = order();
        const auto f = OrderFulfilment::forOrder(o);
        const auto credited = applyInvoice(f, OrderState::Invoiced,
                                           invoice("CN-1", model::InvoiceStatus::Issued, true), t0);
        QVERIFY(credited.accepted);
        QVERIFY(credited.state == OrderState::Invoiced);
        QCOMPARE(credited.fulfilment.creditNotes, std::vector<std::string>{"CN-1"});
        QCOMPARE(credited.fulfilment.credited, Decimal::fromInteger(50));
        QVERIFY(!applyInvoice(f, OrderState::Cancelled,
                              invoice("INV-1", model::InvoiceStatus::Issued), t0)
                     .accepted);
    }

    void returnsAreBoundedByWhatShipped()
    {
        const auto o = order();
        const auto shipped =
            applyShipment(o, OrderFulfilment::forOrder(o), OrderState::Acknowledged,
                          shipment("S1", {{"A", 2}}), t0);
        model::ReturnCredit r;
        r.returnId = "R1";
        r.orderNumber = "SO-1";
        r.lines = {{"A", 3, "damaged"}};
        const auto tooMany = applyReturn(shipped.fulfilment, shipped.state, r, t0);
        QVERIFY(!tooMany.accepted);
        QVERIFY(tooMany.refusal.find("only 2 shipped") != std::string::npos);

        r.lines = {{"A", 1, "damaged"}};
        const auto first = applyReturn(shipped.fulfilment, shipped.state, r, t0);
        QVERIFY(first.accepted);
        QCOMPARE(first.fulfilment.lines[0].returned, std::int64_t(1));
        QVERIFY(first.state == shipped.state);
        QVERIFY(applyReturn(first.fulfilment, first.state, r, t0).duplicate);

        r.returnId = "R2";
        r.lines = {{"A", 2, "wrong size"}};
        const auto second = applyReturn(first.fulfilment, first.state, r, t0);
        QVERIFY(!second.accepted);
        QVERIFY(second.refusal.find("1 were already returned") != std::string::npos);
        r.lines = {{"B", 1, "not shipped"}};
        QVERIFY(!applyReturn(first.fulfilment, first.state, r, t0).accepted);
    }

    void progressAndTransitionsRoundTripThroughJson()
    {
        const auto o = order();
        auto shipped = applyShipment(o, OrderFulfilment::forOrder(o), OrderState::Posted,
                                     shipment("S1", {{"A", 2}}), t0);
        shipped = applyInvoice(shipped.fulfilment, shipped.state,
                               invoice("INV-1", model::InvoiceStatus::Issued), t0);
        const auto back =
            boost::json::value_to<OrderFulfilment>(boost::json::value_from(shipped.fulfilment));
        QCOMPARE(back.orderNumber, std::string("SO-1"));
        QCOMPARE(back.lines.size(), std::size_t(3));
        QCOMPARE(back.lines[0].shipped, std::int64_t(2));
        QCOMPARE(back.shipmentIds, std::vector<std::string>{"S1"});
        QCOMPARE(back.invoiceNumber, std::optional<std::string>("INV-1"));
        QVERIFY(back.invoiceStatus == model::InvoiceStatus::Issued);

        const auto posted = applyShipment(o, OrderFulfilment::forOrder(o), OrderState::Posted,
                                          shipment("S1", {{"A", 2}}), t0);
        const auto transition =
            boost::json::value_to<Transition>(boost::json::value_from(posted.transitions[0]));
        QVERIFY(transition.from == OrderState::Posted);
        QVERIFY(transition.to == OrderState::Acknowledged);
        QCOMPARE(transition.at, t0);
        QCOMPARE(transition.cause, posted.transitions[0].cause);
    }
};

QTEST_GUILESS_MAIN(TestFulfilment)
#include "tst_fulfilment.moc"
