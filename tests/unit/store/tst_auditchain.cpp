#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::testing;

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_;
    std::unique_ptr<store::Store> store_;

    AuditVerification verify()
    {
        return store_->read([](store::Reader &r) { return r.verifyAudit(); });
    }

    void tamper(const std::string &sql)
    {
        store::Database db(store_->file(), store::Database::Mode::ReadWrite);
        db.exec(sql);
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        store_ = std::make_unique<store::Store>(dir_->path().toStdString(), clock_,
                                                store::Store::CompletionExecutor{});
        writeAndWait(*store_, [](store::Tx &tx) {
            for (int i = 1; i <= 10; ++i)
                tx.appendAudit({Actor{"alice", "operator"}, "dead_letter.resubmit", "dead_letter",
                                std::to_string(i), "{\"qty\":1}", "{\"qty\":2}", "fixed quantity"});
        });
    }

    void cleanup()
    {
        store_.reset();
        dir_.reset();
    }

    void intactChainVerifies()
    {
        const auto result = verify();
        QVERIFY(result.ok);
        QCOMPARE(result.checked, std::int64_t(10));
        const auto entries = store_->read([](store::Reader &r) { return r.audit(AuditQuery{}); });
        QCOMPARE(entries.size(), std::size_t(10));
        QCOMPARE(entries[1].previousHash, entries[0].hash);
    }

    void detects_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edited reason")
            << "UPDATE audit SET reason = 'nothing to see' WHERE seq = 4" << qint64(4) << "edited";
        QTest::newRow("edited actor")
            << "UPDATE audit SET actor = 'mallory' WHERE seq = 7" << qint64(7) << "edited";
        QTest::newRow("deleted") << "DELETE FROM audit WHERE seq = 5" << qint64(5) << "missing";
        QTest::newRow("deleted newest")
            << "DELETE FROM audit WHERE seq = 10" << qint64(10) << "deleted";
        // Swap entries 3 and 6 whole (hashes and all): each still matches its own hash, but
        // the links between them break.
        QTest::newRow("reordered")
            << "UPDATE audit SET seq = -3 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 6; "
               "UPDATE audit SET seq = 6 WHERE seq = -3;"
            << qint64(3) << "reordered";
        QTest::newRow("rehashed edit") // an edit that recomputes nothing but swaps in a hash
            << "UPDATE audit SET hash = (SELECT hash FROM audit WHERE seq = 2) WHERE seq = 8"
            << qint64(8) << "edited";
    }

    void detects()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        tamper(sql.toStdString());
        const auto result = verify();
        QVERIFY(!result.ok);
        QVERIFY(result.firstBadSequence.has_value());
        QCOMPARE(qint64(*result.firstBadSequence), firstBad);
        QVERIFY2(QString::fromStdString(result.problem).contains(problem), result.problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
