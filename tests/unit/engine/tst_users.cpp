#include "StoreTestSupport.h"
#include "engine/Engine.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::testing;

namespace {

Event brokenInventory(const std::string &key)
{
    Event e;
    e.idempotencyKey = key;
    e.sourceSystem = "wms";
    e.connection = "wms";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = key;
    e.entityKey = "inventory:" + key;
    e.payload = R"({"location":"WH1"})"; // no SKU: fails the map stage and is parked
    return e;
}

domain::SloTarget orderTarget(std::int64_t minutes, std::string owner = "Order desk")
{
    return {Domain::Order, Millis(minutes * 60'000), std::move(owner), "call the ERP team"};
}

const Actor admin{"ada", "admin"};

} // namespace

class TestUsers : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_;
    std::unique_ptr<Engine> engine_;

    std::unique_ptr<Engine> open()
    {
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        return Engine::open(options);
    }

    std::int64_t parkOneDeadLetter()
    {
        const auto ingested = engine_->ingest(brokenInventory("broken-1")).get();
        if (ingested.status != IngestResult::Status::Accepted)
            return 0;
        engine_->drain().get();
        const auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        return letters.size() == 1 ? letters[0].id : 0;
    }

    std::vector<AuditEntry> auditOf(const std::string &action)
    {
        AuditQuery query;
        query.action = action;
        return engine_->audit(query).get();
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        clock_.set(fromEpochMs(1'700'000'000'000));
        engine_ = open();
    }

    void cleanup() { engine_.reset(); }

    void emptyRegistryLetsTheClaimedRoleStand()
    {
        QVERIFY(engine_->users().get().empty());
        QVERIFY(!engine_->setSloTarget(orderTarget(7), Actor{"olga", "operator"}).get().ok);
        QVERIFY(engine_->setSloTarget(orderTarget(7), Actor{"max", "manager"}).get().ok);
        QCOMPARE(engine_->sloTargets()[std::size_t(Domain::Order)].target, Millis(7 * 60'000));
    }

    void firstChangeRegistersTheAdminMakingIt()
    {
        const auto result = engine_->setUserRole("sam", domain::Role::Support, admin).get();
        QVERIFY2(result.ok, result.message.c_str());
        const auto users = engine_->users().get();
        QCOMPARE(users.size(), std::size_t(2));
        QCOMPARE(users[0].name, std::string("ada"));
        QVERIFY(users[0].role == domain::Role::Admin);
        QCOMPARE(users[1].name, std::string("sam"));
        QVERIFY(users[1].role == domain::Role::Support);
        QCOMPARE(auditOf("user.role").size(), std::size_t(2));
        QVERIFY(engine_->verifyAudit().get().ok);
    }

    void roleIsTakenFromTheRegistry()
    {
        QVERIFY(engine_->setUserRole("mira", domain::Role::Manager, admin).get().ok);
        // Mira claims operator, which may not set targets; the registry says manager.
        const auto result = engine_->setSloTarget(orderTarget(9), Actor{"mira", "operator"}).get();
        QVERIFY2(result.ok, result.message.c_str());
        const auto audit = auditOf("slo.target");
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("mira"));
        QCOMPARE(audit[0].role, std::string("manager"));
    }

    void unknownUserIsRefused()
    {
        QVERIFY(engine_->setUserRole("mira", domain::Role::Manager, admin).get().ok);
        const auto result = engine_->noteHold("h-1", "hello", Actor{"ghost", "admin"}).get();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.find("not a registered user") != std::string::npos,
                 result.message.c_str());
        const std::int64_t letter = parkOneDeadLetter();
        QVERIFY(letter > 0);
        QVERIFY(
            !engine_->resubmitDeadLetter(letter, std::nullopt, Actor{"ghost", "admin"}).get().ok);
        QVERIFY_THROWS_EXCEPTION(
            std::exception, engine_->replay(ReplaySpec{}, true, Actor{"ghost", "admin"}).get());
    }

    void nonAdminMayNotChangeRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("operator") << "operator";
        QTest::newRow("manager") << "manager";
        QTest::newRow("support") << "support";
    }

    void nonAdminMayNotChangeRoles()
    {
        QFETCH(QString, role);
        const auto registered = domain::roleFromString(role.toStdString());
        QVERIFY(registered.has_value());
        QVERIFY(engine_->setUserRole("kim", *registered, admin).get().ok);
        // Kim claims admin; the registry knows better.
        const Actor kim{"kim", "admin"};
        const auto promote = engine_->setUserRole("kim", domain::Role::Admin, kim).get();
        QVERIFY(!promote.ok);
        QVERIFY2(promote.message.find("Only an admin") != std::string::npos,
                 promote.message.c_str());
        QVERIFY(!engine_->removeUser("ada", kim).get().ok);
        const auto users = engine_->users().get();
        QCOMPARE(users.size(), std::size_t(2));
        QVERIFY(users[1].role == *registered);
    }

    void claimedAdminRefusedWhenRegistrySaysSupport()
    {
        QVERIFY(engine_->setUserRole("sam", domain::Role::Support, admin).get().ok);
        const std::int64_t letter = parkOneDeadLetter();
        QVERIFY(letter > 0);
        const Actor sam{"sam", "admin"};
        const auto resubmit = engine_->resubmitDeadLetter(letter, std::nullopt, sam).get();
        QVERIFY(!resubmit.ok);
        QVERIFY2(resubmit.message.find("support") != std::string::npos, resubmit.message.c_str());
        QVERIFY(!engine_->discardDeadLetter(letter, "not needed", sam).get().ok);
        QVERIFY(!engine_->setSloTarget(orderTarget(1), sam).get().ok);
        QVERIFY(!engine_->setUserRole("sam", domain::Role::Admin, sam).get().ok);
        // Nothing happened to the letter; an admin still can.
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().at(0).status, std::string("parked"));
        QVERIFY(engine_->discardDeadLetter(letter, "not needed", admin).get().ok);
    }

    void registryAlwaysKeepsAnAdmin()
    {
        QVERIFY(engine_->setUserRole("bea", domain::Role::Operator, admin).get().ok);
        QVERIFY(!engine_->setUserRole("ada", domain::Role::Operator, admin).get().ok);
        QVERIFY(!engine_->removeUser("ada", admin).get().ok);
        QVERIFY(engine_->setUserRole("bea", domain::Role::Admin, admin).get().ok);
        QVERIFY(engine_->removeUser("ada", Actor{"bea", "operator"}).get().ok);
        QCOMPARE(auditOf("user.remove").size(), std::size_t(1));
        QVERIFY(!engine_->removeUser("nobody", Actor{"bea", "admin"}).get().ok);
    }

    void registryAndTargetsOutlastARestart()
    {
        QVERIFY(engine_->setUserRole("mira", domain::Role::Manager, admin).get().ok);
        QVERIFY(engine_->setSloTarget(orderTarget(11, "Night desk"), admin).get().ok);
        engine_.reset();
        engine_ = open();
        QCOMPARE(engine_->users().get().size(), std::size_t(2));
        const auto order = engine_->sloTargets()[std::size_t(Domain::Order)];
        QCOMPARE(order.target, Millis(11 * 60'000));
        QCOMPARE(order.owner, std::string("Night desk"));
        QVERIFY(!engine_->setSloTarget(orderTarget(3), Actor{"olga", "manager"}).get().ok);
    }

    void complianceFoldsDaysIntoMondayWeeks()
    {
        engine_.reset();
        {
            store::Store store(dir_->path().toStdString(), clock_, {});
            // 2024-01-01 was a Monday.
            const std::int64_t monday = 1'704'067'200'000;
            const std::int64_t day = 86'400'000;
            writeAndWait(store, [&](store::Tx &tx) {
                const Millis target(300'000);
                tx.recordSlo("a", Domain::Order, fromEpochMs(monday + 3'600'000), Millis(1),
                             target);
                tx.recordSlo("b", Domain::Order, fromEpochMs(monday + 6 * day), Millis(1), target);
                tx.recordSlo("c", Domain::Order, fromEpochMs(monday + 6 * day + 1), Millis(900'000),
                             target);
                tx.recordSlo("d", Domain::Order, fromEpochMs(monday + 7 * day), Millis(1), target);
            });
        }
        engine_ = open();
        const std::int64_t monday = 1'704'067'200'000;
        const auto report =
            engine_
                ->sloCompliance(Domain::Order, fromEpochMs(monday),
                                fromEpochMs(monday + 14 * 86'400'000), SloBucket::Week)
                .get();
        QCOMPARE(report.buckets.size(), std::size_t(2));
        QCOMPARE(toEpochMs(report.buckets[0].start), monday);
        QCOMPARE(report.buckets[0].total, std::int64_t(3));
        QCOMPARE(report.buckets[0].withinTarget, std::int64_t(2));
        QCOMPARE(toEpochMs(report.buckets[1].start), monday + 7 * 86'400'000);
        QCOMPARE(report.buckets[1].total, std::int64_t(1));
        QCOMPARE(report.breaches.size(), std::size_t(1));
        QCOMPARE(report.breaches[0].eventId, std::string("c"));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
