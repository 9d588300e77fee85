#include "models/HoldsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);

domain::Hold hold(const std::string &id, const std::string &order, const std::string &reason,
                  const std::string &owner, int ageMinutes, const std::string &message)
{
    domain::Hold h;
    h.id = id;
    h.orderNumber = order;
    h.channel = order.rfind("B2B", 0) == 0 ? "b2b-portal" : "shop";
    h.reasonCode = reason;
    h.message = message;
    h.subjects = {"SKU-" + id};
    h.owner = owner;
    h.createdAt = fromEpochMs(Now.toMSecsSinceEpoch() - std::int64_t(ageMinutes) * 60'000);
    h.dueAt = h.createdAt + std::chrono::hours(4);
    return h;
}

std::vector<domain::Hold> sample()
{
    return {hold("h1", "SO-1", "invalid_address", "", 10, "Postal code 1011 is not valid for DE"),
            hold("h2", "SO-2", "unknown_sku", "olga", 300, "SKU X-9 is unknown to the ERP"),
            hold("h3", "B2B-3", "credit_limit", "mia", 2000, "Credit limit exceeded by 120 EUR"),
            hold("h4", "SO-4", "invalid_address", "olga", 90, "Street is missing")};
}

QStringList column(const HoldsModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestHoldsModel : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        model_ = std::make_unique<HoldsModel>();
        model_->setNowFunction([] { return Now; });
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model_->setHolds(sample());
    }

    void cleanup()
    {
        tester_.reset();
        model_.reset();
    }

    void showsEveryHoldByDueDate()
    {
        QCOMPARE(model_->rowCount(), 4);
        QCOMPARE(model_->columnCount(), int(HoldsModel::ColumnCount));
        // Due dates follow creation here: the oldest hold is due first.
        QCOMPARE(column(*model_, HoldsModel::OrderColumn),
                 (QStringList{"B2B-3", "SO-2", "SO-4", "SO-1"}));
        QCOMPARE(model_->index(3, HoldsModel::OwnerColumn).data().toString(),
                 QStringLiteral("unassigned"));
        QCOMPARE(model_->index(0, HoldsModel::ConnectionColumn).data().toString(),
                 QStringLiteral("b2b-portal"));
        QCOMPARE(model_->index(3, HoldsModel::AgeColumn).data().toString(),
                 QStringLiteral("10 min ago"));
        QCOMPARE(model_->index(0, HoldsModel::OrderColumn).data(HoldsModel::IdRole).toString(),
                 QStringLiteral("h3"));
        QCOMPARE(model_->reasons(),
                 (QStringList{"credit_limit", "invalid_address", "unknown_sku"}));
        QCOMPARE(model_->owners(), (QStringList{"mia", "olga"}));
    }

    void filters_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<QStringList>("orders");
        const auto map = [](std::initializer_list<std::pair<const char *, QVariant>> values) {
            QVariantMap m;
            for (const auto &[key, value] : values)
                m.insert(QString::fromLatin1(key), value);
            return m;
        };
        QTest::newRow("none") << QVariantMap() << QStringList{"B2B-3", "SO-2", "SO-4", "SO-1"};
        QTest::newRow("reason") << map({{"reason", "invalid_address"}})
                                << QStringList{"SO-4", "SO-1"};
        QTest::newRow("connection") << map({{"connection", "b2b-portal"}}) << QStringList{"B2B-3"};
        QTest::newRow("owner") << map({{"owner", "olga"}}) << QStringList{"SO-2", "SO-4"};
        QTest::newRow("unassigned") << map({{"owner", ""}}) << QStringList{"SO-1"};
        QTest::newRow("older than 1 h")
            << map({{"minimumAgeMinutes", 60}}) << QStringList{"B2B-3", "SO-2", "SO-4"};
        QTest::newRow("text in message, any case")
            << map({{"text", "CREDIT limit"}}) << QStringList{"B2B-3"};
        QTest::newRow("text in subjects") << map({{"text", "sku-h4"}}) << QStringList{"SO-4"};
        QTest::newRow("order domain")
            << map({{"domain", "order"}}) << QStringList{"B2B-3", "SO-2", "SO-4", "SO-1"};
        QTest::newRow("other domain") << map({{"domain", "inventory"}}) << QStringList{};
        QTest::newRow("combined") << map({{"reason", "invalid_address"}, {"owner", "olga"}})
                                  << QStringList{"SO-4"};
    }

    void filters()
    {
        QFETCH(QVariantMap, filter);
        QFETCH(QStringList, orders);
        const ExceptionFilter parsed = ExceptionFilter::fromVariant(filter);
        // Saved filters go through QVariantMap: the round trip keeps every criterion.
        QCOMPARE(ExceptionFilter::fromVariant(parsed.toVariant()), parsed);
        model_->setFilter(parsed);
        QCOMPARE(column(*model_, HoldsModel::OrderColumn), orders);
        QCOMPARE(model_->filteredIds().size(), orders.size());
        for (int row = 0; row < model_->rowCount(); ++row)
            QCOMPARE(model_->rowOf(QString::fromStdString(model_->holdAt(row).id)), row);
    }

    void sorts_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("orders");
        QTest::newRow("order number") << int(HoldsModel::OrderColumn) << int(Qt::AscendingOrder)
                                      << QStringList{"B2B-3", "SO-1", "SO-2", "SO-4"};
        QTest::newRow("order number descending")
            << int(HoldsModel::OrderColumn) << int(Qt::DescendingOrder)
            << QStringList{"SO-4", "SO-2", "SO-1", "B2B-3"};
        QTest::newRow("message") << int(HoldsModel::MessageColumn) << int(Qt::AscendingOrder)
                                 << QStringList{"B2B-3", "SO-1", "SO-2", "SO-4"};
        QTest::newRow("reason, stable") << int(HoldsModel::ReasonColumn) << int(Qt::AscendingOrder)
                                        << QStringList{"B2B-3", "SO-4", "SO-1", "SO-2"};
        QTest::newRow("age") << int(HoldsModel::AgeColumn) << int(Qt::DescendingOrder)
                             << QStringList{"SO-1", "SO-4", "SO-2", "B2B-3"};
    }

    void sorts()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QStringList, orders);
        model_->sort(sortColumn, Qt::SortOrder(order));
        QCOMPARE(column(*model_, HoldsModel::OrderColumn), orders);
    }

    void sortKeepsPersistentIndexes()
    {
        const QPersistentModelIndex so1(model_->index(3, HoldsModel::OrderColumn));
        QCOMPARE(so1.data().toString(), QStringLiteral("SO-1"));
        QSignalSpy layout(model_.get(), &QAbstractItemModel::layoutChanged);
        model_->sort(HoldsModel::OrderColumn);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(so1.row(), 1);
        QCOMPARE(so1.data().toString(), QStringLiteral("SO-1"));
    }

    void newHoldsKeepFilterAndSort()
    {
        ExceptionFilter filter;
        filter.reason = QStringLiteral("invalid_address");
        model_->setFilter(filter);
        model_->sort(HoldsModel::OrderColumn, Qt::DescendingOrder);
        auto holds = sample();
        holds.push_back(hold("h5", "SO-5", "invalid_address", "", 5, "City is missing"));
        model_->setHolds(holds);
        QCOMPARE(column(*model_, HoldsModel::OrderColumn), (QStringList{"SO-5", "SO-4", "SO-1"}));
        QCOMPARE(model_->totalCount(), 5);
        QCOMPARE(model_->rowOf(QStringLiteral("h2")), -1);
        model_->setHolds({});
        QCOMPARE(model_->rowCount(), 0);
    }

private:
    std::unique_ptr<HoldsModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

QTEST_MAIN(TestHoldsModel)
#include "tst_exceptionsholdsmodel.moc"
