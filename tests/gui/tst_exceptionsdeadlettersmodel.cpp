#include "models/DeadLettersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);

DeadLetter letter(std::int64_t id, const std::string &connection, Domain domain, Stage stage,
                  ErrorClass errorClass, int ageMinutes, const std::string &error)
{
    DeadLetter d;
    d.id = id;
    d.eventId = "evt-" + std::to_string(id);
    d.connection = connection;
    d.domain = domain;
    d.type = domain == Domain::Order ? "order.created" : "inventory.level";
    d.correlationId = "entity-" + std::to_string(id);
    d.stage = stage;
    d.errorClass = errorClass;
    d.error = error;
    d.attempts = id;
    d.createdAt = fromEpochMs(Now.toMSecsSinceEpoch() - std::int64_t(ageMinutes) * 60'000);
    d.status = "parked";
    d.payload = R"({"location":"WH1"})";
    return d;
}

std::vector<DeadLetter> sample()
{
    return {
        letter(3, "wms-main", Domain::Inventory, Stage::Map, ErrorClass::Data, 5,
               "missing field sku"),
        letter(1, "erp", Domain::Order, Stage::Deliver, ErrorClass::Auth, 300, "401 Unauthorized"),
        letter(2, "wms-main", Domain::Inventory, Stage::Map, ErrorClass::Data, 120,
               "on_hand is negative")};
}

QStringList ids(const DeadLettersModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, DeadLettersModel::IdColumn).data().toString());
    return values;
}

} // namespace

class TestDeadLettersModel : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        model_ = std::make_unique<DeadLettersModel>();
        model_->setNowFunction([] { return Now; });
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model_->setDeadLetters(sample());
    }

    void cleanup()
    {
        tester_.reset();
        model_.reset();
    }

    void showsEveryLetterById()
    {
        QCOMPARE(ids(*model_), (QStringList{"1", "2", "3"}));
        QCOMPARE(model_->index(0, DeadLettersModel::ReasonColumn).data().toString(),
                 QStringLiteral("deliver/auth"));
        QCOMPARE(model_->index(0, DeadLettersModel::ErrorColumn).data().toString(),
                 QStringLiteral("401 Unauthorized"));
        QCOMPARE(model_->index(2, DeadLettersModel::IdColumn).data(DeadLettersModel::IdRole),
                 QVariant(qint64(3)));
        QCOMPARE(model_->reasons(), (QStringList{"deliver/auth", "map/data"}));
        QCOMPARE(model_->connections(), (QStringList{"erp", "wms-main"}));
        QCOMPARE(model_->rowOf(2), 1);
        QCOMPARE(model_->rowOf(99), -1);
    }

    void filters_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto map = [](const char *key, const QVariant &value) {
            return QVariantMap{{QString::fromLatin1(key), value}};
        };
        QTest::newRow("none") << QVariantMap() << QStringList{"1", "2", "3"};
        QTest::newRow("reason") << map("reason", "map/data") << QStringList{"2", "3"};
        QTest::newRow("domain") << map("domain", "order") << QStringList{"1"};
        QTest::newRow("connection") << map("connection", "wms-main") << QStringList{"2", "3"};
        QTest::newRow("age") << map("minimumAgeMinutes", 60) << QStringList{"1", "2"};
        QTest::newRow("text in error") << map("text", "UNAUTHORIZED") << QStringList{"1"};
        QTest::newRow("text in entity") << map("text", "entity-3") << QStringList{"3"};
        // Dead letters have no owner: the criterion does not hide them.
        QTest::newRow("owner ignored") << map("owner", "olga") << QStringList{"1", "2", "3"};
    }

    void filters()
    {
        QFETCH(QVariantMap, filter);
        QFETCH(QStringList, expected);
        model_->setFilter(ExceptionFilter::fromVariant(filter));
        QCOMPARE(ids(*model_), expected);
        QCOMPARE(model_->filteredIds().size(), expected.size());
    }

    void sorts_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id descending") << int(DeadLettersModel::IdColumn)
                                       << int(Qt::DescendingOrder) << QStringList{"3", "2", "1"};
        QTest::newRow("error") << int(DeadLettersModel::ErrorColumn) << int(Qt::AscendingOrder)
                               << QStringList{"1", "3", "2"};
        QTest::newRow("age") << int(DeadLettersModel::AgeColumn) << int(Qt::AscendingOrder)
                             << QStringList{"1", "2", "3"};
        QTest::newRow("connection") << int(DeadLettersModel::ConnectionColumn)
                                    << int(Qt::AscendingOrder) << QStringList{"1", "2", "3"};
    }

    void sorts()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        model_->sort(sortColumn, Qt::SortOrder(order));
        QCOMPARE(ids(*model_), expected);
    }

    void sortKeepsPersistentIndexes()
    {
        const QPersistentModelIndex first(model_->index(0, DeadLettersModel::ErrorColumn));
        model_->sort(DeadLettersModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(first.row(), 2);
        QCOMPARE(first.data().toString(), QStringLiteral("401 Unauthorized"));
    }

private:
    std::unique_ptr<DeadLettersModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

QTEST_MAIN(TestDeadLettersModel)
#include "tst_exceptionsdeadlettersmodel.moc"
