#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/AuditModel.h"
#include "models/DeadLettersModel.h"
#include "models/FeedsModel.h"
#include "models/HoldsModel.h"
#include "models/InventoryModel.h"
#include "models/OrderModels.h"
#include "models/RejectedInputsModel.h"
#include "models/SettingsModels.h"
#include "models/SlaModel.h"
#include "util/Uuid.h"
#include "views/AuditView.h"
#include "views/ExceptionsView.h"
#include "views/FeedsView.h"
#include "views/InventoryView.h"
#include "views/OrderLookupView.h"
#include "views/RejectedInputsView.h"
#include "views/SettingsView.h"
#include "views/SlaView.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

#include <boost/json.hpp>

#include <cmath>
#include <fstream>
#include <future>
#include <string>

// Takes the pictures of the user guides (docs/guide): the real main window on a store filled
// through the engine with the demo events, each view grabbed into $SYNCLINE_GUIDE_SCREENSHOTS.
// scripts/update-guide-screenshots.sh points that variable at docs/images.

using namespace syncline;
using namespace syncline::ui;
using namespace std::chrono_literals;
using syncline::testing::RecordingTarget;

namespace {

// A shared build machine can be slow to deliver the first snapshots of a full store.
constexpr int LoadedWithinMs = 30000;

const Actor ada{"ada", "admin"};
const Actor mia{"mia", "manager"};
const Actor olga{"olga", "operator"};

model::Order demoOrder(const std::string &number, const std::string &customer,
                       const std::string &email, const std::string &postalCode,
                       model::PaymentState payment)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-" + email, email, customer, ""};
    o.shippingAddress = {"Anna Berg", customer,   "Hauptstr. 12", "", "Berlin",
                         "",          postalCode, "DE",           ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "WID-001", 4, Decimal::fromInteger(10), Decimal::fromInteger(8)});
    o.lines.push_back({"2", "WID-007", 1, Decimal::fromInteger(16), Decimal::fromInteger(3)});
    o.subtotal = Decimal::fromInteger(56);
    o.taxTotal = Decimal::fromInteger(11);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = payment;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.eventId = newUuid();
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop-main";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.occurredAt = SystemClock::instance().now();
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

// A stock record whose SKU went missing in the warehouse export: refused by the mapping stage.
Event stockWithoutSku(int i)
{
    Event e;
    e.eventId = newUuid();
    e.idempotencyKey = "wms:stock-0412:" + std::to_string(i);
    e.sourceSystem = "wms";
    e.connection = "wms-drop";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = "stock-0412.csv:" + std::to_string(i);
    e.occurredAt = SystemClock::instance().now();
    e.payload = R"({"location":"WH1","on_hand":)" + std::to_string(10 * i) + "}";
    return e;
}

RejectedInput refusedWebhook()
{
    RejectedInput input;
    input.channel = "webhook";
    input.connection = "shop-main";
    input.peer = "127.0.0.1:50412";
    input.path = "/webhooks/shopify/orders";
    input.reason = "unknown webhook topic \"orders/edited\"";
    input.body = R"({"id":4711,"name":"#4711","email":"anna@example.com"})";
    input.bodySize = std::int64_t(input.body.size());
    input.headers = "X-Shopify-Topic: orders/edited\n";
    return input;
}

RejectedInput refusedFile()
{
    RejectedInput input;
    input.channel = "file";
    input.connection = "wms-drop";
    input.path = "/srv/drop/stock-0413.csv";
    input.reason = "line 3: quantity \"-\" is not a number";
    input.body = "sku,qty\nWID-001,4\nWID-002,-\n";
    input.bodySize = std::int64_t(input.body.size());
    return input;
}

// Enough colours to be a drawn window, not a blank or single-colour fill.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

double luminanceVariance(const QImage &image)
{
    double sum = 0;
    double squares = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const double value = qGray(image.pixel(x, y));
            sum += value;
            squares += value * value;
            ++count;
        }
    }
    const double mean = sum / double(count);
    return squares / double(count) - mean * mean;
}

QString outputDirectory()
{
    const QString configured = qEnvironmentVariable("SYNCLINE_GUIDE_SCREENSHOTS");
    return configured.isEmpty() ? QStringLiteral(SYNCLINE_GUIDE_SCREENSHOTS_DEFAULT) : configured;
}

} // namespace

class TestGuideScreenshots : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::shared_ptr<RecordingTarget> erp_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    QString approvedOrder_;

    void ingest(Event event)
    {
        const auto result = engine_->ingest(std::move(event)).get();
        QVERIFY2(result.status == IngestResult::Status::Accepted, result.message.c_str());
    }

    void record(RejectedInput input)
    {
        std::promise<std::int64_t> id;
        engine_->recordRejected(std::move(input),
                                [&id](std::int64_t value) { id.set_value(value); });
        QVERIFY(id.get_future().get() > 0);
    }

    // The demo feed as synclined would receive it, moved to now and compressed to a tenth of a
    // second between events, so that the service levels show recent deliveries (one bin late).
    // The file holds a duplicate and stale updates on purpose: the engine refuses those.
    void ingestDemoEvents()
    {
        std::ifstream file(SYNCLINE_DEMO_EVENTS);
        QVERIFY2(file, SYNCLINE_DEMO_EVENTS);
        std::vector<Event> events;
        std::string line;
        while (std::getline(file, line)) {
            if (!line.empty())
                events.push_back(eventFromJson(boost::json::parse(line)));
        }
        QVERIFY(events.size() > 100);
        const TimePoint start =
            SystemClock::instance().now() - std::chrono::milliseconds(100) * events.size();
        int accepted = 0;
        for (std::size_t i = 0; i < events.size(); ++i) {
            Event &event = events[i];
            if (event.eventId.empty())
                event.eventId = newUuid();
            event.occurredAt = start + std::chrono::milliseconds(100) * i;
            // One warehouse bin reports late: past the inventory target of a minute.
            if (event.domain == Domain::Inventory && event.correlationId == "WID-003")
                event.occurredAt -= std::chrono::seconds(95);
            if (engine_->ingest(std::move(event)).get().status == IngestResult::Status::Accepted)
                ++accepted;
        }
        QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
    }

    std::string holdOf(const std::string &orderNumber)
    {
        HoldQuery query;
        query.text = orderNumber;
        const auto holds = engine_->holds(query).get();
        return holds.empty() ? std::string() : holds.front().id;
    }

    void fillStore()
    {
        QVERIFY(engine_->setUserRole("ada", domain::Role::Admin, ada).get().ok);
        QVERIFY(engine_->setUserRole("olga", domain::Role::Operator, ada).get().ok);
        QVERIFY(engine_->setUserRole("mia", domain::Role::Manager, ada).get().ok);
        QVERIFY(engine_->setUserRole("sam", domain::Role::Support, ada).get().ok);
        QVERIFY(engine_
                    ->setSloTarget(
                        {Domain::Order, Millis(300'000), "Order desk", "call the ERP team on duty"},
                        ada)
                    .get()
                    .ok);

        ingestDemoEvents();
        // Held for a German postal code of four digits, and for payments still pending.
        ingest(orderEvent(demoOrder("SO-2041", "Bergmann Werkzeuge KG", "einkauf@bergmann.example",
                                    "1011", model::PaymentState::Paid)));
        ingest(orderEvent(demoOrder("SO-2042", "Hofmann Bau GmbH", "lager@hofmann.example", "8033",
                                    model::PaymentState::Paid)));
        ingest(orderEvent(demoOrder("SO-2043", "Keller & Sohn", "info@keller.example", "50667",
                                    model::PaymentState::Pending)));
        ingest(orderEvent(demoOrder("SO-2044", "Nordlicht Handel", "order@nordlicht.example",
                                    "20095", model::PaymentState::Pending)));
        ingest(orderEvent(demoOrder("SO-2045", "Bergmann Werkzeuge KG", "einkauf@bergmann.example",
                                    "10115", model::PaymentState::Pending)));
        for (int i = 1; i <= 3; ++i)
            ingest(stockWithoutSku(i));
        engine_->drain().get();
        record(refusedWebhook());
        record(refusedFile());

        // A few decisions, so that the audit trail and the order timeline have something to tell.
        approvedOrder_ = QStringLiteral("SO-2045");
        const std::string approved = holdOf("SO-2045");
        QVERIFY(!approved.empty());
        QVERIFY(engine_->approveHold(approved, "paid by bank transfer", mia).get().ok);
        const std::string assigned = holdOf("SO-2041");
        QVERIFY(!assigned.empty());
        QVERIFY(engine_->assignHold(assigned, "olga", olga).get().ok);
        engine_->drain().get();
        QTRY_VERIFY_WITH_TIMEOUT(!erp_->effects().empty(), LoadedWithinMs);
    }

    // Waits for what the view shows once its data arrived, and puts it in a telling state.
    void prepare(const QString &viewId, const QString &variant)
    {
        QWidget *view = window_->view(viewId);
        QVERIFY(view);
        if (auto *feeds = qobject_cast<FeedsView *>(view)) {
            QTRY_VERIFY_WITH_TIMEOUT(feeds->table()->model()->rowCount() >= 3, LoadedWithinMs);
        } else if (auto *exceptions = qobject_cast<ExceptionsView *>(view)) {
            if (variant == QLatin1String("deadletters")) {
                exceptions->showPage(ExceptionsView::DeadLettersPage);
                QTRY_VERIFY_WITH_TIMEOUT(exceptions->deadLettersModel()->rowCount() >= 3,
                                         LoadedWithinMs);
                exceptions->deadLettersTable()->selectRow(0);
            } else {
                exceptions->showPage(ExceptionsView::HoldsPage);
                QTRY_VERIFY_WITH_TIMEOUT(exceptions->holdsModel()->rowCount() >= 4, LoadedWithinMs);
                exceptions->holdsTable()->selectRow(0);
            }
            QTRY_VERIFY_WITH_TIMEOUT(!exceptions->details()->toPlainText().isEmpty(),
                                     LoadedWithinMs);
        } else if (auto *inventory = qobject_cast<InventoryView *>(view)) {
            QTRY_VERIFY_WITH_TIMEOUT(inventory->model()->rowCount() >= 3, LoadedWithinMs);
            inventory->table()->selectRow(2);
            QTRY_VERIFY_WITH_TIMEOUT(inventory->drillDown()->topLevelItemCount() >= 1,
                                     LoadedWithinMs);
        } else if (auto *orders = qobject_cast<OrderLookupView *>(view)) {
            // As support works: the order number in the search box; the one match opens. A
            // live reload may take the place of the first load, so the timeline is what counts.
            orders->searchEdit()->setText(approvedOrder_);
            orders->search();
            QTRY_COMPARE_WITH_TIMEOUT(orders->openOrderNumber(), approvedOrder_, LoadedWithinMs);
            QTRY_VERIFY_WITH_TIMEOUT(orders->timeline()->rowCount() >= 3, LoadedWithinMs);
            orders->timelineTable()->selectRow(orders->timeline()->rowCount() - 1);
        } else if (auto *rejected = qobject_cast<RejectedInputsView *>(view)) {
            QTRY_VERIFY_WITH_TIMEOUT(rejected->model()->rowCount() >= 2, LoadedWithinMs);
            rejected->table()->selectRow(0);
        } else if (auto *audit = qobject_cast<AuditView *>(view)) {
            QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() >= 5, LoadedWithinMs);
            QSignalSpy verified(audit, &AuditView::verificationFinished);
            audit->verifyChain();
            QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, LoadedWithinMs);
            QCOMPARE(verified.at(0).at(0).toBool(), true);
            audit->table()->selectRow(0);
        } else if (auto *sla = qobject_cast<SlaView *>(view)) {
            QTRY_VERIFY_WITH_TIMEOUT(sla->model()->rowCount() >= 1, LoadedWithinMs);
            QTRY_VERIFY_WITH_TIMEOUT(sla->breachesModel()->rowCount() >= 1, LoadedWithinMs);
        } else if (auto *settings = qobject_cast<SettingsView *>(view)) {
            settings->showPage(variant == QLatin1String("users") ? SettingsView::UsersPage
                                                                 : SettingsView::SessionPage);
            QTRY_VERIFY_WITH_TIMEOUT(settings->usersModel()->rowCount() >= 4, LoadedWithinMs);
        }
        // Let the last queued snapshots and repaints land before the grab.
        QTest::qWait(200);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynclineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guidescreenshots"));
        // The guides are written in English: the pictures show the untranslated console.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        // The status line shows the data directory: a name that reads well in the pictures.
        dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/syncline-demo-XXXXXX"));
        QVERIFY(dir_->isValid());
        erp_ = std::make_shared<RecordingTarget>("erp-tryton");
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.notifyInterval = Millis(50);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(std::move(options));
        QVERIFY(engine_);
        engine_->addTarget(erp_);
        engine_->addRoute(Route{Domain::Order, "erp-tryton", "", ""});
        engine_->start();

        bridge_ = std::make_unique<EngineBridge>(*engine_, nullptr, std::chrono::milliseconds(50));
        session_ = std::make_unique<OperatorSession>(QStringLiteral("ada"), domain::Role::Admin);
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard(), nullptr,
                                               session_.get());
        window_->resize(1280, 760);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        // Filled while the window is open, so that the dashboard draws the throughput.
        fillStore();
        QVERIFY(QDir().mkpath(outputDirectory()));
    }

    void cleanupTestCase()
    {
        if (bridge_)
            bridge_->waitForPendingResults();
        window_.reset();
        session_.reset();
        bridge_.reset();
        engine_.reset();
        erp_.reset();
        dir_.reset();
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("viewId");
        QTest::addColumn<QString>("variant");
        // Every view of the console, so that a new one gets its picture too.
        for (const QString &id : window_->viewIds())
            QTest::newRow(qPrintable(id)) << id << QString();
        QTest::newRow("exceptions-deadletters")
            << QStringLiteral("exceptions") << QStringLiteral("deadletters");
        QTest::newRow("settings-users") << QStringLiteral("settings") << QStringLiteral("users");
    }

    void screenshot()
    {
        QFETCH(QString, viewId);
        QFETCH(QString, variant);
        window_->showView(viewId);
        QCOMPARE(window_->currentViewId(), viewId);
        prepare(viewId, variant);
        if (QTest::currentTestFailed())
            return;

        const QImage image = window_->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 760) * window_->devicePixelRatio());
        QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));
        QVERIFY2(luminanceVariance(image) > 50.0,
                 qPrintable(QString::number(luminanceVariance(image))));

        const QString name = variant.isEmpty() ? viewId : viewId + u'-' + variant;
        const QString path = QDir(outputDirectory()).filePath(name + QStringLiteral(".png"));
        QFile::remove(path);
        QVERIFY2(image.save(path, "PNG", 9), qPrintable(path));
        QImage reread(path);
        QCOMPARE(reread.size(), image.size());
        QCOMPARE(distinctColours(reread), distinctColours(image));
    }
};

QTEST_MAIN(TestGuideScreenshots)
#include "tst_guidescreenshots.moc"
