#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "util/Uuid.h"
#include "views/DashboardPanels.h"
#include "views/DashboardView.h"

#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::testing;
using namespace syncline::ui;

namespace {

// Passes every rule the tests do not break on purpose.
model::Order validOrder(const std::string &number)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           "10115",     "DE",          ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "A-1", 1, Decimal::fromInteger(10), Decimal::fromInteger(2)});
    o.subtotal = Decimal::fromInteger(10);
    o.taxTotal = Decimal::fromInteger(2);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.eventId = newUuid();
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.occurredAt = SystemClock::instance().now();
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

// The table's rows as "first column=second column".
QStringList rows(const QTableWidget *table)
{
    QStringList result;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *first = table->item(row, 0);
        const QTableWidgetItem *second = table->item(row, 1);
        result << (first ? first->text() : QString()) + QLatin1Char('=') +
                      (second ? second->text() : QString());
    }
    return result;
}

} // namespace

class TestDashboardView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynclineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardview"));
    }

    void init()
    {
        dataDirectory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDirectory_->isValid());
        EngineOptions options;
        options.dataDirectory = dataDirectory_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        QVERIFY(engine_);
        engine_->addTarget(std::make_shared<RecordingTarget>("erp-tryton"));
        engine_->start();
        bridge_ = std::make_unique<EngineBridge>(*engine_);
        session_ =
            std::make_unique<OperatorSession>(QStringLiteral("olga"), domain::Role::Operator);
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard(), nullptr,
                                               session_.get());
        window_->resize(1280, 760);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->showView(QStringLiteral("dashboard"));
        view_ = qobject_cast<DashboardView *>(window_->view(QStringLiteral("dashboard")));
        QVERIFY(view_);
    }

    void cleanup()
    {
        if (bridge_)
            bridge_->waitForPendingResults();
        QCoreApplication::processEvents();
        window_.reset();
        bridge_.reset();
        engine_.reset();
        session_.reset();
        dataDirectory_.reset();
    }

    void countsOpenHoldsByReason()
    {
        auto *table = view_->findChild<QTableWidget *>(QStringLiteral("holdsByReason"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);

        model::Order badAddress = validOrder("SO-1");
        badAddress.shippingAddress.postalCode = "1011";
        model::Order unpaid = validOrder("SO-2");
        unpaid.paymentState = model::PaymentState::Pending;
        ingest(orderEvent(badAddress));
        ingest(orderEvent(unpaid));
        engine_->drain().get();

        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QStringList shown = rows(table);
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("invalid_address=1"),
                                     QStringLiteral("payment_not_captured=1")}));

        // A third order with a bad address raises that count and sorts it first.
        model::Order another = validOrder("SO-3");
        another.shippingAddress.postalCode = "99";
        ingest(orderEvent(another));
        engine_->drain().get();
        QTRY_COMPARE_WITH_TIMEOUT(rows(table).value(0), QStringLiteral("invalid_address=2"), 10000);
        QCOMPARE(rows(table).value(1), QStringLiteral("payment_not_captured=1"));

        grab(QStringLiteral("dashboard-holds.png"));
    }

    void listsTheBreakerOfEachTarget()
    {
        auto *table = view_->findChild<QTableWidget *>(QStringLiteral("breakers"));
        QVERIFY(table);
        // The feeds snapshot that lists targets follows the next change the engine notifies.
        ingest(orderEvent(validOrder("SO-10")));
        engine_->drain().get();
        QTRY_VERIFY_WITH_TIMEOUT(
            rows(table).contains(QStringLiteral("erp-tryton=") +
                                 DashboardPanels::breakerText(BreakerState::Closed)),
            10000);
    }

    void showsTheFeedStripAndAlertPanel()
    {
        ingest(orderEvent(validOrder("SO-20")));
        engine_->drain().get();
        QTRY_VERIFY_WITH_TIMEOUT(view_->findChild<QLabel *>(QStringLiteral("feed_shop_order")),
                                 10000);
        const QLabel *pill = view_->findChild<QLabel *>(QStringLiteral("feed_shop_order"));
        QVERIFY(pill->toolTip().contains(QStringLiteral("shop")));
        QVERIFY(view_->findChild<QTableWidget *>(QStringLiteral("inventoryAlerts")));
        QVERIFY(view_->tileValue(QStringLiteral("received")));
        QTRY_COMPARE_WITH_TIMEOUT(view_->tileValue(QStringLiteral("received"))->text(),
                                  QStringLiteral("1"), 10000);
    }

    void chartSeriesSumFailuresAndKeepTheWorstLag()
    {
        const TimePoint start = fromEpochMs(1'700'000'040'000);
        std::vector<FeedMinute> minutes;
        // Two feeds over 2500 minutes: failures add up, lag takes the worse feed.
        for (int minute = 0; minute < 2500; ++minute) {
            for (int feed = 0; feed < 2; ++feed) {
                FeedMinute bucket;
                bucket.connection = feed == 0 ? "shop" : "erp";
                bucket.minute = start + std::chrono::minutes(minute);
                bucket.failed = feed + 1;
                bucket.lagP95Ms = feed == 0 ? 1500 : 250;
                minutes.push_back(bucket);
            }
        }
        const FailureAndLagSeries series =
            failureAndLagSeries(minutes, DashboardView::MaxChartPoints);
        QCOMPARE(series.failed.size(), qsizetype(DashboardView::MaxChartPoints));
        QCOMPARE(series.lagP95Seconds.size(), qsizetype(DashboardView::MaxChartPoints));
        // The newest minutes are kept, oldest first.
        QCOMPARE(series.failed.first().x(), double(toEpochMs(start + std::chrono::minutes(500))));
        QCOMPARE(series.failed.last().x(), double(toEpochMs(start + std::chrono::minutes(2499))));
        QCOMPARE(series.failed.last().y(), 3.0);
        QCOMPARE(series.lagP95Seconds.last().y(), 1.5);
    }

private:
    std::unique_ptr<QTemporaryDir> dataDirectory_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    DashboardView *view_ = nullptr;

    void ingest(const Event &event)
    {
        const auto result = engine_->ingest(event).get();
        QVERIFY2(result.status == IngestResult::Status::Accepted, result.message.c_str());
    }

    void grab(const QString &fileName)
    {
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(fileName);
        QVERIFY(window_->grab().save(path));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
