#include "StoreTestSupport.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::testing;

Q_DECLARE_METATYPE(syncline::AuditSort)

// Filtering, ordering and paging of the audit trail as the console's audit view asks for it.
class TestAuditQuery : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_;
    std::unique_ptr<store::Store> store_;

    std::vector<AuditEntry> audit(const AuditQuery &query)
    {
        return store_->read([&query](store::Reader &r) { return r.audit(query); });
    }

    static std::vector<std::int64_t> sequences(const std::vector<AuditEntry> &entries)
    {
        std::vector<std::int64_t> out;
        for (const auto &entry : entries)
            out.push_back(entry.sequence);
        return out;
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        clock_.set(fromEpochMs(1'790'000'000'000));
        store_ = std::make_unique<store::Store>(dir_->path().toStdString(), clock_,
                                                store::Store::CompletionExecutor{});
        // Six entries, one second apart: seq 1..6.
        const std::vector<std::tuple<std::string, std::string, std::string>> rows{
            {"carol", "hold.approve", "H-2"},  {"alice", "dead_letter.resubmit", "7"},
            {"bob", "hold.approve", "H-1"},    {"alice", "hold.fix", "H-1"},
            {"carol", "rejected.replay", "3"}, {"bob", "dead_letter.discard", "9"}};
        for (const auto &[actor, action, object] : rows) {
            writeAndWait(*store_, [&](store::Tx &tx) {
                tx.appendAudit({Actor{actor, "operator"}, action, "object", object, "", "",
                                "because " + actor});
            });
            clock_.advance(std::chrono::seconds(1));
        }
    }

    void cleanup()
    {
        store_.reset();
        dir_.reset();
    }

    void sortsByAColumnWithSequenceAsTieBreak_data()
    {
        QTest::addColumn<AuditSort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("sequence") << AuditSort::Sequence << false
                                  << QList<qint64>{1, 2, 3, 4, 5, 6};
        QTest::newRow("sequence desc")
            << AuditSort::Sequence << true << QList<qint64>{6, 5, 4, 3, 2, 1};
        QTest::newRow("actor") << AuditSort::Actor << false << QList<qint64>{2, 4, 3, 6, 1, 5};
        QTest::newRow("actor desc") << AuditSort::Actor << true << QList<qint64>{5, 1, 6, 3, 4, 2};
        QTest::newRow("action") << AuditSort::Action << false << QList<qint64>{6, 2, 1, 3, 4, 5};
        QTest::newRow("object") << AuditSort::ObjectId << false << QList<qint64>{5, 2, 6, 3, 4, 1};
        QTest::newRow("time desc") << AuditSort::Time << true << QList<qint64>{6, 5, 4, 3, 2, 1};
    }

    void sortsByAColumnWithSequenceAsTieBreak()
    {
        QFETCH(AuditSort, sort);
        QFETCH(bool, descending);
        QFETCH(QList<qint64>, expected);
        AuditQuery query;
        query.sortBy = sort;
        query.descending = descending;
        const auto got = sequences(audit(query));
        QCOMPARE(QList<qint64>(got.begin(), got.end()), expected);
    }

    void pagesWithOffsetInAnyOrder()
    {
        AuditQuery query;
        query.sortBy = AuditSort::Actor;
        query.limit = 4;
        const auto first = sequences(audit(query));
        query.offset = 4;
        const auto second = sequences(audit(query));
        QCOMPARE(first, (std::vector<std::int64_t>{2, 4, 3, 6}));
        QCOMPARE(second, (std::vector<std::int64_t>{1, 5}));
    }

    void filtersCombineWithSortAndPaging()
    {
        AuditQuery query;
        query.action = "hold.approve";
        query.sortBy = AuditSort::ObjectId;
        QCOMPARE(sequences(audit(query)), (std::vector<std::int64_t>{3, 1}));
        query.offset = 1;
        QCOMPARE(sequences(audit(query)), (std::vector<std::int64_t>{1}));

        AuditQuery window;
        window.from = fromEpochMs(1'790'000'001'000);
        window.to = fromEpochMs(1'790'000'004'000);
        window.descending = true;
        QCOMPARE(sequences(audit(window)), (std::vector<std::int64_t>{4, 3, 2}));
        window.afterSequence = 2;
        QCOMPARE(sequences(audit(window)), (std::vector<std::int64_t>{4, 3}));
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
