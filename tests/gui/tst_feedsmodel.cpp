#include "models/FeedsModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

FeedHealth feed(std::string connection, Domain domain, std::int64_t received,
                FeedState state = FeedState::Healthy)
{
    FeedHealth health;
    health.connection = std::move(connection);
    health.domain = domain;
    health.received = received;
    health.processed = received;
    health.state = state;
    return health;
}

std::shared_ptr<const FeedsSnapshot> snapshotOf(std::vector<FeedHealth> feeds,
                                                std::uint64_t version = 1)
{
    auto snapshot = std::make_shared<FeedsSnapshot>();
    snapshot->feeds = std::move(feeds);
    snapshot->version = version;
    return snapshot;
}

QString keyAt(const FeedsModel &model, int row)
{
    return model.index(row, 0).data(FeedsModel::KeyRole).toString();
}

QStringList keys(const FeedsModel &model)
{
    QStringList all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.append(keyAt(model, row));
    return all;
}

} // namespace

class TestFeedsModel : public QObject {
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughUpdatesAndSorting()
    {
        FeedsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(
            snapshotOf({feed("shop", Domain::Order, 3), feed("erp", Domain::Inventory, 9)}));
        model.sort(FeedsModel::ReceivedColumn, Qt::DescendingOrder);
        model.setSnapshot(
            snapshotOf({feed("erp", Domain::Inventory, 10), feed("wms", Domain::Fulfilment, 1),
                        feed("shop", Domain::Order, 30)}));
        model.setSnapshot(snapshotOf({feed("wms", Domain::Fulfilment, 2)}));
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsTheSnapshotValues()
    {
        FeedsModel model;
        FeedHealth health = feed("shopify-main", Domain::Order, 1234, FeedState::Failing);
        health.processed = 1200;
        health.failed = 7;
        health.deadLettered = 3;
        health.queueDepth = 31;
        health.reason = "401 from the ERP: credentials rejected";
        model.setSnapshot(snapshotOf({health}));

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(FeedsModel::ColumnCount));
        const auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(FeedsModel::FeedColumn), QStringLiteral("shopify-main"));
        QCOMPARE(text(FeedsModel::DomainColumn), QStringLiteral("Order"));
        QCOMPARE(text(FeedsModel::StateColumn), QStringLiteral("Failing"));
        QCOMPARE(text(FeedsModel::ReceivedColumn), QLocale().toString(1234));
        QCOMPARE(text(FeedsModel::ProcessedColumn), QLocale().toString(1200));
        QCOMPARE(text(FeedsModel::FailedColumn), QStringLiteral("7"));
        QCOMPARE(text(FeedsModel::DeadLettersColumn), QStringLiteral("3"));
        QCOMPARE(text(FeedsModel::QueueDepthColumn), QStringLiteral("31"));
        QCOMPARE(text(FeedsModel::LastSuccessColumn), QStringLiteral("never"));
        QCOMPARE(text(FeedsModel::ReasonColumn), QString::fromStdString(health.reason));
        QCOMPARE(model.index(0, FeedsModel::StateColumn).data(FeedsModel::StateRole).toInt(),
                 int(FeedState::Failing));
        QVERIFY(!model.index(0, FeedsModel::StateColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model.headerData(FeedsModel::DeadLettersColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Dead letters"));
    }

    void lastSuccessIsRelativeWithTheFullTimeAsTooltip()
    {
        FeedsModel model;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);
        model.setNowFunction([now] { return now; });
        FeedHealth health = feed("erp", Domain::Inventory, 1);
        health.lastSuccess = fromEpochMs(now.toMSecsSinceEpoch() - 125'000);
        model.setSnapshot(snapshotOf({health}));

        const QModelIndex cell = model.index(0, FeedsModel::LastSuccessColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("2 min ago"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QLocale().toString(now.addSecs(-125).toLocalTime(), QLocale::LongFormat));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNowFunction([now] { return now.addSecs(3600); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("1 h ago"));
    }

    void changedRowsEmitDataChangedWithoutResettingRows()
    {
        FeedsModel model;
        model.setSnapshot(snapshotOf({feed("a", Domain::Order, 1), feed("b", Domain::Order, 1),
                                      feed("c", Domain::Order, 1)}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        model.setSnapshot(snapshotOf(
            {feed("a", Domain::Order, 1), feed("b", Domain::Order, 5), feed("c", Domain::Order, 1)},
            2));
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(keyAt(model, topLeft.row()), QStringLiteral("b/order"));
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(bottomRight.column(), FeedsModel::ColumnCount - 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);

        // The same values again change nothing.
        model.setSnapshot(snapshotOf(
            {feed("a", Domain::Order, 1), feed("b", Domain::Order, 5), feed("c", Domain::Order, 1)},
            3));
        QCOMPARE(changed.count(), 1);
    }

    void newAndRemovedFeedsInsertAndRemoveRows()
    {
        FeedsModel model;
        model.setSnapshot(snapshotOf({feed("a", Domain::Order, 1), feed("b", Domain::Order, 1)}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // The same connection with another domain is another feed.
        model.setSnapshot(snapshotOf({feed("b", Domain::Order, 1), feed("a", Domain::Product, 1),
                                      feed("c", Domain::Order, 1)}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(keys(model), (QStringList{"b/order", "a/product", "c/order"}));
        QCOMPARE(model.rowOf(QStringLiteral("a"), Domain::Product), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a"), Domain::Order), -1);
    }

    void selectionFollowsItsFeedThroughUpdatesAndSorting()
    {
        FeedsModel model;
        QItemSelectionModel selection(&model);
        model.setSnapshot(snapshotOf({feed("a", Domain::Order, 1), feed("b", Domain::Order, 2),
                                      feed("c", Domain::Order, 3)}));
        selection.select(model.index(1, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel::NoUpdate);

        model.setSnapshot(snapshotOf({feed("b", Domain::Order, 20), feed("c", Domain::Order, 3),
                                      feed("d", Domain::Order, 4)}));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(FeedsModel::KeyRole).toString(),
                 QStringLiteral("b/order"));
        QCOMPARE(selection.currentIndex().data(FeedsModel::KeyRole).toString(),
                 QStringLiteral("b/order"));

        model.sort(FeedsModel::ReceivedColumn, Qt::AscendingOrder);
        QCOMPARE(keys(model), (QStringList{"c/order", "d/order", "b/order"}));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).row(), 2);
        QCOMPARE(selection.currentIndex().data(FeedsModel::KeyRole).toString(),
                 QStringLiteral("b/order"));
    }

    void sortsByEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("feed ascending")
            << int(FeedsModel::FeedColumn) << int(Qt::AscendingOrder)
            << QStringList{"erp/inventory", "shop/order", "wms/fulfilment"};
        QTest::newRow("feed descending")
            << int(FeedsModel::FeedColumn) << int(Qt::DescendingOrder)
            << QStringList{"wms/fulfilment", "shop/order", "erp/inventory"};
        QTest::newRow("received descending numerically")
            << int(FeedsModel::ReceivedColumn) << int(Qt::DescendingOrder)
            << QStringList{"shop/order", "wms/fulfilment", "erp/inventory"};
        QTest::newRow("state: failing first")
            << int(FeedsModel::StateColumn) << int(Qt::AscendingOrder)
            << QStringList{"wms/fulfilment", "erp/inventory", "shop/order"};
        QTest::newRow("queue depth, ties by key")
            << int(FeedsModel::QueueDepthColumn) << int(Qt::AscendingOrder)
            << QStringList{"erp/inventory", "shop/order", "wms/fulfilment"};
    }

    void sortsByEachColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        FeedsModel model;
        model.setSnapshot(snapshotOf({feed("shop", Domain::Order, 100, FeedState::Healthy),
                                      feed("erp", Domain::Inventory, 9, FeedState::Degraded),
                                      feed("wms", Domain::Fulfilment, 10, FeedState::Failing)}));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(keys(model), expected);
    }

    void aSortedModelPlacesUpdatedAndNewRowsInOrder()
    {
        FeedsModel model;
        model.sort(FeedsModel::ReceivedColumn, Qt::DescendingOrder);
        model.setSnapshot(snapshotOf({feed("a", Domain::Order, 10), feed("b", Domain::Order, 20)}));
        QCOMPARE(keys(model), (QStringList{"b/order", "a/order"}));

        model.setSnapshot(snapshotOf({feed("a", Domain::Order, 30), feed("b", Domain::Order, 20),
                                      feed("c", Domain::Order, 25)}));
        QCOMPARE(keys(model), (QStringList{"a/order", "c/order", "b/order"}));
        QCOMPARE(model.sortColumn(), int(FeedsModel::ReceivedColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestFeedsModel)
#include "tst_feedsmodel.moc"
