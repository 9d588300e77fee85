#include "EngineBridge.h"
#include "OperatorSession.h"
#include "ViewRegistry.h"
#include "model/ChannelLevels.h"
#include "model/Json.h"
#include "models/InventoryModel.h"
#include "views/InventoryView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <mutex>

using namespace syncline;
using namespace syncline::ui;

namespace {

InventoryRow row(const std::string &sku, std::int64_t available, std::optional<std::int64_t> shown)
{
    InventoryRow r;
    r.sku = sku;
    r.onHand = available + 1;
    r.reserved = 1;
    ChannelStock channel;
    channel.channel = "shop";
    channel.available = available;
    channel.published = shown;
    channel.oversellRisk = shown && *shown > available;
    r.channels.push_back(channel);
    r.oversellRisk = channel.oversellRisk;
    r.oversellUnits = r.oversellRisk ? *shown - available : 0;
    return r;
}

// A storefront's stock target that accepts every value and reports what the storefront shows.
class ShopStock final : public DeliveryTarget, public ChannelLevelReader {
public:
    std::string name() const override { return "shop-stock"; }
    std::size_t maxBatchSize() const override { return 250; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override
    {
        done(std::vector<DeliveryOutcome>(batch.size(), DeliveryOutcome::success()));
    }
    void readLevels(std::vector<std::string>,
                    std::function<void(std::vector<ShownLevel>, std::string)> done) override
    {
        std::lock_guard lock(mutex_);
        done(shown_, {});
    }
    void show(std::vector<ShownLevel> levels)
    {
        std::lock_guard lock(mutex_);
        shown_ = std::move(levels);
    }

private:
    std::mutex mutex_;
    std::vector<ShownLevel> shown_;
};

Event level(const std::string &sku, std::int64_t onHand)
{
    model::InventoryLevel l;
    l.sku = sku;
    l.location = "WH1";
    l.onHand = onHand;
    l.available = onHand;
    l.sourceSequence = 1;
    Event e;
    e.idempotencyKey = "wms:" + sku;
    e.sourceSystem = "wms";
    e.connection = "wms";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = sku;
    e.payload = boost::json::serialize(boost::json::value_from(l));
    return e;
}

} // namespace

class TestInventoryView : public QObject {
    Q_OBJECT

private slots:
    void modelUpdatesRowsInPlaceWhileTheSkusStay()
    {
        InventoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        InventoryPage page;
        page.rows = {row("B-2", 4, 10), row("A-1", 5, 5)};
        page.total = 2;
        model.setPage(page);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, InventoryModel::SkuColumn)).toString(),
                 QStringLiteral("B-2"));
        QCOMPARE(model.data(model.index(0, 0), InventoryModel::OversellUnitsRole).toLongLong(), 6);
        QVERIFY(model.data(model.index(0, InventoryModel::RiskColumn)).toString().contains("6"));
        QCOMPARE(model.data(model.index(1, InventoryModel::ShownColumn)).toString(),
                 QStringLiteral("shop 5"));
        QCOMPARE(model.channels(), QStringList{QStringLiteral("shop")});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        page.rows[1].onHand = 40;
        model.setPage(page);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.data(model.index(1, InventoryModel::OnHandColumn)).toLongLong(), 40);

        page.rows = {row("C-3", 1, std::nullopt)};
        model.setPage(page);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("C-3")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("B-2")), -1);
    }

    void showsTheEnginesStockAndReconcilesAsTheOperator()
    {
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDirectory = dir.path().toStdString();
        options.notifyInterval = Millis(20);
        auto engine = Engine::open(options);
        auto target = std::make_shared<ShopStock>();
        engine->addTarget(target);
        InventoryPolicy policy;
        policy.channels.push_back({"shop", "shop-stock", "main", {"WH1"}});
        engine->setInventoryPolicy(policy);
        QVERIFY(engine->ingest(level("A-1", 7)).get().status == IngestResult::Status::Accepted);
        QVERIFY(engine->ingest(level("B-2", 3)).get().status == IngestResult::Status::Accepted);
        engine->drain().get();

        EngineBridge bridge(*engine, nullptr, std::chrono::milliseconds(10));
        OperatorSession session(QStringLiteral("olga"), domain::Role::Operator);
        ViewContext context{bridge, session};
        const auto registry = ViewRegistry::standard();
        const auto descriptor = std::find_if(
            registry.views().begin(), registry.views().end(),
            [](const ViewDescriptor &v) { return v.id == QStringLiteral("inventory"); });
        QVERIFY(descriptor != registry.views().end());
        std::unique_ptr<QWidget> widget(descriptor->create(context, nullptr));
        auto *view = qobject_cast<InventoryView *>(widget.get());
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTRY_VERIFY(view->reconcileButton()->isEnabled());
        QCOMPARE(view->channelBox()->currentText(), QStringLiteral("shop"));

        view->filter()->setText(QStringLiteral("a-"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->table()->selectRow(0);
        QTRY_COMPARE(view->drillDown()->topLevelItemCount(), 3);
        QCOMPARE(view->drillDown()->topLevelItem(0)->childCount(), 1); // WH1 from wms

        // The storefront shows one unit too many of A-1: corrected, by the operator.
        target->show({{"A-1", "main", 8}, {"B-2", "main", 3}});
        QTest::mouseClick(view->reconcileButton(), Qt::LeftButton);
        QTRY_VERIFY2(view->status()->text().contains(QStringLiteral("1 corrected")),
                     qPrintable(view->status()->text()));
        AuditQuery q;
        q.action = "inventory.reconcile";
        const auto audit = engine->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("olga"));
        QCOMPARE(audit[0].role, std::string("operator"));
        widget.reset();
        bridge.waitForPendingResults();
    }
};

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
