#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/OrderModels.h"
#include "views/DashboardView.h"
#include "views/OrderLookupView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::testing;
using namespace syncline::ui;
using namespace std::chrono_literals;

namespace {

const Actor mia{"mia", "manager"};

model::Order order(const std::string &number, const std::string &email, const std::string &name,
                   model::PaymentState payment)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-" + number, email, name, "ACME"};
    o.shippingAddress = {"Anna Buyer", name, "Hauptstr. 1", "", "Berlin", "", "10115", "DE", ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "A-1", 2, Decimal::fromInteger(10), Decimal::fromInteger(4)});
    o.subtotal = Decimal::fromInteger(20);
    o.taxTotal = Decimal::fromInteger(4);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = payment;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop-main";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

Event acknowledgement(const std::string &number)
{
    Event e;
    e.idempotencyKey = "erp:ack:" + number;
    e.sourceSystem = "erp";
    e.connection = "erp-tryton";
    e.domain = Domain::Order;
    e.type = "order.acknowledged";
    e.correlationId = number;
    e.entityKey = "ack:" + number;
    e.payload = R"({"order_number":")" + number + R"(","erp_order":"SO/2026/0042"})";
    return e;
}

// The window with the view under test (and the dashboard, so it is not the only page), so
// that the test does not depend on every other view of the console.
ViewRegistry registryUnderTest()
{
    ViewRegistry registry;
    registry.add(DashboardView::descriptor());
    registry.add(OrderLookupView::descriptor());
    return registry;
}

} // namespace

class TestOrderLookup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_{fromEpochMs(1'790'000'040'000)};
    std::shared_ptr<RecordingTarget> erp_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    OrderLookupView *view_ = nullptr;

    void ingest(const Event &event)
    {
        const auto result = engine_->ingest(event).get();
        QVERIFY2(result.status == IngestResult::Status::Accepted, result.message.c_str());
        engine_->drain().get();
    }

    QStringList timelineColumn(int column) const
    {
        QStringList values;
        for (int row = 0; row < view_->timeline()->rowCount(); ++row)
            values << view_->timeline()->index(row, column).data().toString();
        return values;
    }

    // Ctrl+F from wherever the focus is, then the text and Enter, as support types it.
    void searchFor(const QString &text)
    {
        QTest::keyClick(window_.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view_->searchEdit()->hasFocus());
        QTest::keyClick(view_->searchEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(view_->searchEdit(), text);
        QSignalSpy found(view_, &OrderLookupView::searchFinished);
        QTest::keyClick(view_->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(found.size(), 1);
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        erp_ = std::make_shared<RecordingTarget>("erp-tryton");
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(50);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(std::move(options));
        engine_->addTarget(erp_);
        engine_->addRoute(Route{Domain::Order, "erp-tryton", "", ""});
        engine_->start();
        QVERIFY(engine_->setErpCatalog({"A-1"}, Actor{}).get().ok);

        bridge_ = std::make_unique<EngineBridge>(*engine_, nullptr, std::chrono::milliseconds(50));
        session_ = std::make_unique<OperatorSession>(QStringLiteral("sam"), domain::Role::Support);
        window_ =
            std::make_unique<MainWindow>(*bridge_, registryUnderTest(), nullptr, session_.get());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        window_->showView(QStringLiteral("orders"));
        view_ = qobject_cast<OrderLookupView *>(window_->view(QStringLiteral("orders")));
        QVERIFY(view_);
    }

    void cleanup()
    {
        window_.reset();
        session_.reset();
        bridge_.reset();
        engine_.reset();
        erp_.reset();
        dir_.reset();
    }

    void timelineFollowsTheOrderAcrossSystems()
    {
        QAbstractItemModelTester resultsTester(
            view_->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(
            view_->timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Received unpaid: held until a manager approves it, then posted to the ERP, which
        // acknowledges it. Each step a minute after the last.
        ingest(orderEvent(order("SO-1001", "anna@example.com", "Bergmann Werkzeuge KG",
                                model::PaymentState::Pending)));
        HoldQuery holds;
        holds.text = "SO-1001";
        const auto held = engine_->holds(holds).get();
        QCOMPARE(held.size(), std::size_t(1));
        clock_.advance(1min);
        const auto approved = engine_->approveHold(held[0].id, "paid by bank transfer", mia).get();
        QVERIFY2(approved.ok, approved.message.c_str());
        engine_->drain().get();
        QTRY_COMPARE(erp_->effects().size(), std::size_t(1));
        clock_.advance(1min);
        ingest(acknowledgement("SO-1001"));
        clock_.advance(1min);
        ingest(orderEvent(order("SO-1002", "anna@example.com", "Bergmann Werkzeuge KG",
                                model::PaymentState::Paid)));

        // By number: the one match opens at once.
        QSignalSpy opened(view_, &OrderLookupView::orderOpened);
        searchFor(QStringLiteral("SO-1001"));
        QCOMPARE(view_->results()->rowCount(), 1);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(view_->openOrderNumber(), QStringLiteral("SO-1001"));
        QVERIFY(view_->orderLabel()->text().contains(QStringLiteral("Acknowledged")));

        const QStringList expected{
            QStringLiteral("Received order.created"),
            QStringLiteral("Received"),
            QStringLiteral("Validating"),
            QStringLiteral("Held"),
            QStringLiteral("Held: payment_not_captured"),
            QStringLiteral("hold.approve"),
            QStringLiteral("Hold approved"),
            QStringLiteral("Ready"),
            QStringLiteral("Posted"),
            QStringLiteral("Delivered to erp-tryton"),
            QStringLiteral("Received order.acknowledged"),
            QStringLiteral("Acknowledged"),
        };
        const QStringList what = timelineColumn(OrderTimelineModel::WhatColumn);
        QVERIFY2(what == expected, qPrintable(what.join(QStringLiteral(" | "))));
        const QStringList systems = timelineColumn(OrderTimelineModel::SystemColumn);
        QCOMPARE(systems.first(), QStringLiteral("shop-main"));
        QCOMPARE(systems.at(expected.indexOf(QStringLiteral("Delivered to erp-tryton"))),
                 QStringLiteral("erp-tryton"));
        QCOMPARE(systems.at(expected.indexOf(QStringLiteral("Received order.acknowledged"))),
                 QStringLiteral("erp-tryton"));
        // Who approved, and why.
        const int approval = expected.indexOf(QStringLiteral("hold.approve"));
        QCOMPARE(timelineColumn(OrderTimelineModel::ActorColumn).at(approval),
                 QStringLiteral("mia (manager)"));
        QVERIFY(timelineColumn(OrderTimelineModel::DetailsColumn)
                    .at(approval)
                    .startsWith(QStringLiteral("paid by bank transfer")));
        // Times never go backwards.
        const QStringList times = timelineColumn(OrderTimelineModel::TimeColumn);
        QStringList sortedTimes = times;
        std::sort(sortedTimes.begin(), sortedTimes.end());
        QCOMPARE(times, sortedTimes);

        // Each entry's payload: the order as received first; Enter moves to it.
        QVERIFY(view_->timelineTable()->hasFocus());
        QCOMPARE(view_->timelineTable()->currentIndex().row(), 0);
        QVERIFY(view_->payloadView()->toPlainText().contains(
            QStringLiteral("\"order_number\": \"SO-1001\"")));
        QTest::keyClick(view_->timelineTable(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(view_->timelineTable(), Qt::Key_Up);
        QVERIFY(view_->payloadView()->toPlainText().contains(QStringLiteral("SO/2026/0042")));
        QTest::keyClick(view_->timelineTable(), Qt::Key_Return);
        QVERIFY(view_->payloadView()->hasFocus());

        const QString path = QStringLiteral(SYNCLINE_BINARY_DIR "/screenshots/order-lookup.png");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(window_->grab().save(path));

        // By e-mail: two orders, newest first; Down and Enter open the older one.
        searchFor(QStringLiteral("ANNA@example.com"));
        QCOMPARE(view_->results()->rowCount(), 2);
        QCOMPARE(view_->results()->index(0, OrderResultsModel::OrderColumn).data().toString(),
                 QStringLiteral("SO-1002"));
        QCOMPARE(view_->results()->index(0, OrderResultsModel::CustomerColumn).data().toString(),
                 QStringLiteral("Bergmann Werkzeuge KG"));
        QVERIFY(view_->resultsTable()->hasFocus());
        QTest::keyClick(view_->resultsTable(), Qt::Key_Down);
        QTest::keyClick(view_->resultsTable(), Qt::Key_Return);
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(view_->openOrderNumber(), QStringLiteral("SO-1001"));
        QCOMPARE(timelineColumn(OrderTimelineModel::WhatColumn), expected);

        // By part of the customer name, in any case.
        searchFor(QStringLiteral("werkzeuge"));
        QCOMPARE(view_->results()->rowCount(), 2);
        searchFor(QStringLiteral("nobody@example.com"));
        QCOMPARE(view_->results()->rowCount(), 0);
    }

    void theConsoleListsTheView()
    {
        QStringList ids;
        const ViewRegistry console = ViewRegistry::standard();
        for (const ViewDescriptor &descriptor : console.views())
            ids << descriptor.id;
        QVERIFY(ids.contains(QStringLiteral("orders")));
        QCOMPARE(window_->viewIds(),
                 (QStringList{QStringLiteral("dashboard"), QStringLiteral("orders")}));
    }
};

QTEST_MAIN(TestOrderLookup)
#include "tst_orderlookup.moc"
