#include "EngineBridge.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "StatusPanel.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/FeedsModel.h"
#include "util/Uuid.h"
#include "views/DashboardView.h"
#include "views/FeedsView.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <chrono>

using namespace syncline;
using namespace syncline::ui;
using namespace std::chrono_literals;

namespace {

Event inventoryEvent(const std::string &connection, const std::string &sku, std::int64_t onHand)
{
    model::InventoryLevel level;
    level.sku = sku;
    level.location = "WH1";
    level.onHand = onHand;
    level.available = onHand;
    level.asOf = SystemClock::instance().now();
    Event event;
    event.eventId = newUuid();
    event.idempotencyKey = connection + ":" + sku + ":" + std::to_string(onHand);
    event.sourceSystem = "wms";
    event.connection = connection;
    event.domain = Domain::Inventory;
    event.type = "inventory.level";
    event.occurredAt = level.asOf;
    event.correlationId = sku;
    event.payload = syncline::serialize(boost::json::value_from(level));
    return event;
}

// An inventory record without its SKU: refused by the mapping stage and parked.
Event brokenInventoryEvent(const std::string &connection)
{
    Event event = inventoryEvent(connection, "SKU-X", 1);
    event.payload = R"({"location":"WH1","on_hand":1})";
    return event;
}

// The table's cells for one feed, keyed by column, as the operator reads them.
QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        // A fresh store for every test, so that counts do not carry over.
        dataDirectory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDirectory_->isValid());
        EngineOptions options;
        options.dataDirectory = dataDirectory_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        QVERIFY(engine_);
        bridge_ = std::make_unique<EngineBridge>(*engine_);
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void cleanup()
    {
        window_.reset();
        bridge_.reset();
        engine_.reset();
        dataDirectory_.reset();
    }

    void feedsTableShowsWhatTheEngineHolds()
    {
        for (int i = 0; i < 3; ++i) {
            const auto result =
                engine_->ingest(inventoryEvent("wms-main", "SKU-" + std::to_string(i), 10 + i))
                    .get();
            QCOMPARE(int(result.status), int(IngestResult::Status::Accepted));
        }
        engine_->ingest(inventoryEvent("erp-tryton", "SKU-9", 5)).get();
        engine_->ingest(brokenInventoryEvent("shop-main")).get();
        engine_->drain().get();

        window_->showView(QStringLiteral("feeds"));
        auto *feeds = qobject_cast<FeedsView *>(window_->view(QStringLiteral("feeds")));
        QVERIFY(feeds);
        QTableView *table = feeds->table();
        QTRY_COMPARE(table->model()->rowCount(), 3);

        // Once the engine has settled, every cell matches its snapshot.
        QTRY_VERIFY(engine_->feeds() && bridge_->feeds()->version == engine_->feeds()->version);
        const auto snapshot = engine_->feeds();
        QCOMPARE(int(snapshot->feeds.size()), 3);
        for (const FeedHealth &health : snapshot->feeds) {
            const int row =
                feeds->model()->rowOf(QString::fromStdString(health.connection), health.domain);
            QVERIFY2(row >= 0, health.connection.c_str());
            QCOMPARE(cell(table, row, FeedsModel::FeedColumn),
                     QString::fromStdString(health.connection));
            QCOMPARE(cell(table, row, FeedsModel::DomainColumn),
                     Presentation::domainText(health.domain));
            QCOMPARE(cell(table, row, FeedsModel::StateColumn),
                     Presentation::stateText(health.state));
            QCOMPARE(cell(table, row, FeedsModel::ReceivedColumn),
                     QLocale().toString(qlonglong(health.received)));
            QCOMPARE(cell(table, row, FeedsModel::ProcessedColumn),
                     QLocale().toString(qlonglong(health.processed)));
            QCOMPARE(cell(table, row, FeedsModel::FailedColumn),
                     QLocale().toString(qlonglong(health.failed)));
            QCOMPARE(cell(table, row, FeedsModel::DeadLettersColumn),
                     QLocale().toString(qlonglong(health.deadLettered)));
            QCOMPARE(cell(table, row, FeedsModel::QueueDepthColumn),
                     QLocale().toString(qlonglong(health.queueDepth)));
            QCOMPARE(cell(table, row, FeedsModel::ReasonColumn),
                     QString::fromStdString(health.reason));
        }
        const int wms = feeds->model()->rowOf(QStringLiteral("wms-main"), Domain::Inventory);
        QCOMPARE(cell(table, wms, FeedsModel::ReceivedColumn), QStringLiteral("3"));
        const int shop = feeds->model()->rowOf(QStringLiteral("shop-main"), Domain::Inventory);
        QCOMPARE(cell(table, shop, FeedsModel::DeadLettersColumn), QStringLiteral("1"));
        QVERIFY(cell(table, shop, FeedsModel::StateColumn) !=
                Presentation::stateText(FeedState::Healthy));
        QVERIFY(!cell(table, shop, FeedsModel::ReasonColumn).isEmpty());
        // The default sort puts what needs attention first.
        QCOMPARE(shop, 0);

        const auto *total = feeds->findChild<QLabel *>(QStringLiteral("feedsTotal"));
        QVERIFY(total);
        QCOMPARE(total->text(), QStringLiteral("Feeds: 3"));

        auto *dashboard = qobject_cast<DashboardView *>(window_->view(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        QTRY_COMPARE(dashboard->tileValue(QStringLiteral("feeds"))->text(), QStringLiteral("3"));
        QCOMPARE(dashboard->tileValue(QStringLiteral("received"))->text(), QStringLiteral("5"));
        QCOMPARE(dashboard->tileValue(QStringLiteral("deadLetters"))->text(), QStringLiteral("1"));
        QCOMPARE(dashboard->tileValue(QStringLiteral("failing"))->text(), QStringLiteral("1"));

        QTRY_COMPARE(window_->statusPanel()->engineStateLabel()->text(),
                     QStringLiteral("Engine: running"));
        QVERIFY(window_->statusPanel()->dataDirectoryLabel()->text().contains(
            QDir::toNativeSeparators(dataDirectory_->path())));
        QVERIFY(window_->statusPanel()->lastUpdateLabel()->text().startsWith(
            QStringLiteral("Updated ")));
    }

    void selectionSurvivesLiveUpdates()
    {
        engine_->ingest(inventoryEvent("erp-tryton", "SKU-1", 1)).get();
        engine_->ingest(inventoryEvent("wms-main", "SKU-1", 1)).get();
        engine_->drain().get();
        window_->showView(QStringLiteral("feeds"));
        auto *feeds = qobject_cast<FeedsView *>(window_->view(QStringLiteral("feeds")));
        QTRY_COMPARE(feeds->model()->rowCount(), 2);

        const int row = feeds->model()->rowOf(QStringLiteral("wms-main"), Domain::Inventory);
        feeds->table()->selectRow(row);
        for (int i = 2; i < 6; ++i)
            engine_->ingest(inventoryEvent("wms-main", "SKU-" + std::to_string(i), i)).get();
        engine_->ingest(inventoryEvent("shop-new", "SKU-1", 1)).get();
        engine_->drain().get();

        QTRY_COMPARE(feeds->model()->rowCount(), 3);
        const int wms = feeds->model()->rowOf(QStringLiteral("wms-main"), Domain::Inventory);
        QTRY_COMPARE(cell(feeds->table(), wms, FeedsModel::ReceivedColumn), QStringLiteral("5"));
        const QModelIndexList selected = feeds->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).data(FeedsModel::KeyRole).toString(),
                 QStringLiteral("wms-main/inventory"));
    }

    void keyboardShortcutsSwitchViews()
    {
        const QStringList ids = window_->viewIds();
        QVERIFY(ids.size() >= 2);
        auto *navigation = window_->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        for (int i = int(ids.size()) - 1; i >= 0; --i) {
            QTest::keyClick(window_.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window_->currentViewId(), ids.at(i));
            QCOMPARE(navigation->currentRow(), i);
            QCOMPARE(window_->findChild<QStackedWidget *>(QStringLiteral("views"))->currentWidget(),
                     window_->view(ids.at(i)));
        }
    }

    void navigationListSwitchesViews()
    {
        auto *navigation = window_->findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentRow(1);
        QCOMPARE(window_->currentViewId(), window_->viewIds().at(1));
        navigation->setCurrentRow(0);
        QCOMPARE(window_->currentViewId(), window_->viewIds().at(0));
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/syncline_de.qm")));
        QCOMPARE(german.translate("syncline::ui::FeedsModel", "Dead letters"),
                 QStringLiteral("Fehlerablage"));
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/syncline_es.qm")));
        QCOMPARE(spanish.translate("syncline::ui::Presentation", "Healthy"),
                 QStringLiteral("Correcto"));
    }

    void screenshotOfTheWindowIsNotEmpty()
    {
        engine_->ingest(inventoryEvent("wms-main", "SKU-1", 1)).get();
        engine_->ingest(inventoryEvent("erp-tryton", "SKU-1", 1)).get();
        engine_->ingest(brokenInventoryEvent("shop-main")).get();
        engine_->drain().get();
        window_->showView(QStringLiteral("feeds"));
        auto *feeds = qobject_cast<FeedsView *>(window_->view(QStringLiteral("feeds")));
        QTRY_COMPARE(feeds->model()->rowCount(), 3);

        for (const QString &id : window_->viewIds()) {
            window_->showView(id);
            QApplication::processEvents();
            const QImage image = window_->grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), window_->size() * window_->devicePixelRatio());
            // More than a blank fill: the frame and the view draw something.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 8, qPrintable(id));
            const QString path =
                QStringLiteral(SYNCLINE_BINARY_DIR "/screenshots/mainwindow-%1.png").arg(id);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QVERIFY(image.save(path));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> dataDirectory_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
