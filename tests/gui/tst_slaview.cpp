#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/SlaModel.h"
#include "reports/SlaReport.h"
#include "util/Uuid.h"
#include "views/SlaView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

// An inventory level that happened `age` before now: the engine completes it at once, so its
// latency is about `age` (the inventory target is 60 s).
Event inventoryEvent(const std::string &sku, Millis age)
{
    model::InventoryLevel level;
    level.sku = sku;
    level.location = "WH1";
    level.onHand = 3;
    level.available = 3;
    level.asOf = SystemClock::instance().now() - age;
    Event event;
    event.eventId = newUuid();
    event.idempotencyKey = "wms:" + sku;
    event.sourceSystem = "wms";
    event.connection = "wms";
    event.domain = Domain::Inventory;
    event.type = "inventory.level";
    event.occurredAt = level.asOf;
    event.correlationId = sku;
    event.payload = syncline::serialize(boost::json::value_from(level));
    return event;
}

FeedMinute minute(Domain domain, std::int64_t processed, std::int64_t p50, std::int64_t p95,
                  std::int64_t p99)
{
    FeedMinute m;
    m.connection = "c";
    m.domain = domain;
    m.processed = processed;
    m.lagP50Ms = p50;
    m.lagP95Ms = p95;
    m.lagP99Ms = p99;
    return m;
}

domain::ComplianceBucket bucket(std::int64_t hour, std::int64_t total, std::int64_t within)
{
    domain::ComplianceBucket b;
    b.domain = Domain::Order;
    b.start = fromEpochMs(hour * 3'600'000);
    b.total = total;
    b.withinTarget = within;
    return b;
}

} // namespace

class TestSlaView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dataDirectory_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    SlaView *view_ = nullptr;

    void ingestSamples(int within, int late)
    {
        for (int i = 0; i < within; ++i)
            QVERIFY(engine_->ingest(inventoryEvent("IN-" + std::to_string(i), Millis(5'000)))
                        .get()
                        .status == IngestResult::Status::Accepted);
        for (int i = 0; i < late; ++i)
            QVERIFY(engine_->ingest(inventoryEvent("LATE-" + std::to_string(i), Millis(600'000)))
                        .get()
                        .status == IngestResult::Status::Accepted);
        engine_->drain().get();
    }

    void reloadAndWait()
    {
        QSignalSpy reloaded(view_, &SlaView::reloaded);
        view_->reload();
        QVERIFY(reloaded.wait(10'000));
    }

    int rowOf(Domain domain) const
    {
        for (int row = 0; row < view_->model()->rowCount(); ++row)
            if (view_->model()->index(row, SlaModel::DomainColumn).data(SlaModel::SortRole) ==
                int(domain))
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynclineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_slaview"));
    }

    void init()
    {
        dataDirectory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDirectory_->isValid());
        EngineOptions options;
        options.dataDirectory = dataDirectory_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        bridge_ = std::make_unique<EngineBridge>(*engine_);
        session_ = std::make_unique<OperatorSession>(QStringLiteral("mia"), domain::Role::Manager);
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard(), nullptr,
                                               session_.get());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->showView(QStringLiteral("sla"));
        view_ = qobject_cast<SlaView *>(window_->view(QStringLiteral("sla")));
        QVERIFY(view_);
        QCOMPARE(window_->currentViewId(), QStringLiteral("sla"));
    }

    void cleanup()
    {
        window_.reset();
        bridge_->waitForPendingResults();
        bridge_.reset();
        session_.reset();
        engine_.reset();
        dataDirectory_.reset();
    }

    void showsComplianceBreachesAndChart()
    {
        QAbstractItemModelTester summaryTester(
            view_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester breachesTester(
            view_->breachesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ingestSamples(3, 2);
        view_->setPeriod(SlaView::Period::Day, SloBucket::Hour);
        reloadAndWait();

        QCOMPARE(view_->model()->rowCount(), 5);
        const int inventory = rowOf(Domain::Inventory);
        QVERIFY(inventory >= 0);
        auto value = [this, inventory](int column) {
            return view_->model()->index(inventory, column).data(SlaModel::SortRole);
        };
        QCOMPARE(value(SlaModel::EventsColumn).toLongLong(), 5);
        QCOMPARE(value(SlaModel::WithinColumn).toLongLong(), 3);
        QCOMPARE(value(SlaModel::BreachesColumn).toLongLong(), 2);
        QCOMPARE(value(SlaModel::TargetColumn).toLongLong(), 60'000);
        QCOMPARE(view_->model()->index(inventory, SlaModel::ComplianceColumn).data().toString(),
                 QStringLiteral("60.00 %"));
        QCOMPARE(view_->breachesModel()->rowCount(), 2);
        QCOMPARE(view_->breachesModel()->index(0, SlaBreachesModel::DomainColumn).data().toString(),
                 QStringLiteral("Inventory"));
        QVERIFY(view_->breachesModel()->breach(0).latency > Millis(60'000));

        // One line per domain; the inventory line has the hour's 60 %.
        const auto series = view_->chart()->series();
        QCOMPARE(series.size(), 5);
        auto *line = qobject_cast<QLineSeries *>(series.at(int(Domain::Inventory)));
        QVERIFY(line);
        QCOMPARE(line->count(), 1);
        QCOMPARE(line->at(0).y(), 60.0);
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(int(Domain::Order)))->count(), 0);

        const QString png = QStringLiteral(SYNCLINE_BINARY_DIR "/tst_slaview.png");
        QVERIFY(window_->grab().save(png));
    }

    void csvRowsMatchTheEngine()
    {
        ingestSamples(4, 1);
        view_->setPeriod(SlaView::Period::Week, SloBucket::Day);
        reloadAndWait();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("sla.csv"));
        QSignalSpy exported(view_, &SlaView::exported);
        view_->exportCsv(path);
        QVERIFY(exported.wait(10'000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.takeFirst(),
                 QStringLiteral(
                     "domain,bucket_start_utc,total,within_target,compliance_percent,target_ms"));
        if (lines.last().isEmpty())
            lines.removeLast();

        // The same period straight from the engine.
        const auto &data = view_->data();
        QStringList expected;
        for (const Domain domain : {Domain::Product, Domain::Inventory, Domain::Pricing,
                                    Domain::Order, Domain::Fulfilment}) {
            const auto report =
                engine_
                    ->sloCompliance(domain, fromEpochMs(data.from.toMSecsSinceEpoch()),
                                    fromEpochMs(data.to.toMSecsSinceEpoch()), SloBucket::Day)
                    .get();
            for (const auto &b : report.buckets) {
                expected << QStringLiteral("%1,%2,%3,%4,%5,%6")
                                .arg(QString::fromLatin1(toString(domain).data()),
                                     QDateTime::fromMSecsSinceEpoch(toEpochMs(b.start), Qt::UTC)
                                         .toString(Qt::ISODate))
                                .arg(b.total)
                                .arg(b.withinTarget)
                                .arg(b.share() * 100.0, 0, 'f', 2)
                                .arg(qint64(
                                    engine_->sloTargets()[std::size_t(domain)].target.count()));
            }
        }
        QCOMPARE(lines, expected);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("inventory,")));
        QVERIFY(lines.at(0).contains(QStringLiteral(",5,4,80.00,60000")));
    }

    void pdfReportIsWritten()
    {
        ingestSamples(2, 3);
        reloadAndWait();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("sla.pdf"));
        QSignalSpy exported(view_, &SlaView::exported);
        view_->exportPdf(path);
        QVERIFY(exported.wait(20'000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(view_->message().contains(QStringLiteral("sla.pdf")));
        // Kept next to the screenshots, to look at.
        const QString kept = QStringLiteral(SYNCLINE_BINARY_DIR "/tst_slaview.pdf");
        QFile::remove(kept);
        QVERIFY(QFile::copy(path, kept));
        // And its first page as the PDF shows it, painted by the same code.
        QImage page(QSize(827, 1169), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        SlaReport::paint(painter, page.size(), view_->data(), {});
        painter.end();
        QVERIFY(page.save(QStringLiteral(SYNCLINE_BINARY_DIR "/tst_slaview_report.png")));
    }

    void refreshAndExportHaveShortcuts()
    {
        for (const QString &name : {QStringLiteral("refresh"), QStringLiteral("exportCsv"),
                                    QStringLiteral("exportPdf")}) {
            QVERIFY(view_->action(name));
            QVERIFY(!view_->action(name)->shortcut().isEmpty());
            QVERIFY(view_->table()->actions().contains(view_->action(name)));
        }
        view_->table()->setFocus();
        QSignalSpy reloaded(view_, &SlaView::reloaded);
        QTest::keyClick(view_->table(), Qt::Key_F5);
        QVERIFY(reloaded.wait(10'000));
    }

    void weeksStartOnMonday()
    {
        ingestSamples(1, 0);
        view_->setPeriod(SlaView::Period::Quarter, SloBucket::Week);
        reloadAndWait();
        QCOMPARE(view_->data().from.date().dayOfWeek(), 1);
        for (const auto &report : view_->data().reports)
            for (const auto &b : report.buckets)
                QCOMPARE(
                    QDateTime::fromMSecsSinceEpoch(toEpochMs(b.start), Qt::UTC).date().dayOfWeek(),
                    1);
    }

    void lagPercentilesWeighMinutesByEvents()
    {
        // A busy fast minute and a quiet slow one: the median is the busy minute's.
        const auto lag = lagPercentiles({minute(Domain::Order, 90, 100, 200, 300),
                                         minute(Domain::Order, 10, 5000, 9000, 12000),
                                         minute(Domain::Inventory, 0, 1, 1, 1)});
        QCOMPARE(lag.size(), std::size_t(1));
        const auto &order = lag.at(Domain::Order);
        QCOMPARE(order.events, std::int64_t(100));
        QCOMPARE(order.p50Ms, std::int64_t(100));
        QCOMPARE(order.p95Ms, std::int64_t(9000));
        QCOMPARE(order.p99Ms, std::int64_t(12000));
    }

    void foldBucketsKeepsTotals_data()
    {
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("maxBuckets");
        QTest::addColumn<int>("expected");
        QTest::newRow("under the limit") << 10 << 2000 << 10;
        QTest::newRow("at the limit") << 2000 << 2000 << 2000;
        QTest::newRow("twice the limit") << 4000 << 2000 << 2000;
        QTest::newRow("odd") << 4001 << 2000 << 1334;
    }

    void foldBucketsKeepsTotals()
    {
        QFETCH(int, buckets);
        QFETCH(int, maxBuckets);
        QFETCH(int, expected);
        std::vector<domain::ComplianceBucket> input;
        std::int64_t total = 0;
        std::int64_t within = 0;
        for (int i = 0; i < buckets; ++i) {
            input.push_back(bucket(i, 3 + i % 5, 2 + i % 3));
            total += input.back().total;
            within += input.back().withinTarget;
        }
        const auto folded = foldBuckets(input, std::size_t(maxBuckets));
        QCOMPARE(int(folded.size()), expected);
        std::int64_t foldedTotal = 0;
        std::int64_t foldedWithin = 0;
        for (const auto &b : folded) {
            foldedTotal += b.total;
            foldedWithin += b.withinTarget;
        }
        QCOMPARE(foldedTotal, total);
        QCOMPARE(foldedWithin, within);
        QCOMPARE(folded.front().start, input.front().start);
    }
};

QTEST_MAIN(TestSlaView)
#include "tst_slaview.moc"
