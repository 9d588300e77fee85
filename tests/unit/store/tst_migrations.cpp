#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StorePricing.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::testing;

namespace {

std::vector<std::string> schemaOf(store::Database &db)
{
    auto s = db.prepare("SELECT type, name, COALESCE(sql, '') FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    std::vector<std::string> out;
    while (s.step())
        out.push_back(s.text(0) + " " + s.text(1) + " " + s.text(2));
    return out;
}

// Rows as an older build would have written them at schema `version`.
void seedVersion(store::Database &db, int version)
{
    if (version >= 1) {
        db.exec("INSERT INTO events(event_id, idempotency_key, source_system, connection, domain, "
                "type, occurred_at, received_at, correlation_id, entity_key, version, payload, "
                "status, stage) VALUES ('old-1', 'old-key', 'shopify', 'shop', 'order', "
                "'order.created', 1, 1, '#1001', 'order:#1001', 1, '{}', 'processed', 'deliver')");
        db.exec("INSERT INTO feed_counters(connection, domain, received, processed) "
                "VALUES ('shop', 'order', 1, 1)");
        db.exec("INSERT INTO dead_letters(event_id, connection, domain, type, correlation_id, "
                "stage, error_class, error, created_at) VALUES ('old-1', 'shop', 'order', "
                "'order.created', '#1001', 'validate', 'data', 'no lines', 1)");
    }
    if (version >= 2)
        db.exec("INSERT INTO rejected_inputs(at, channel, connection, peer, path, reason, "
                "body_sha256, body_size, body, headers) VALUES (1, 'webhook', 'shop', "
                "'127.0.0.1', '/webhooks/shopify/shop', 'bad signature', '', 0, '', '')");
    if (version >= 4) {
        db.exec("INSERT INTO orders(order_number, channel, connection, storefront_order_id, state, "
                "payload, customer_email, event_id, occurred_at, created_at, updated_at) VALUES "
                "('#1001', 'shop', 'shop', '55', 'held', '{}', 'a@b.example', 'old-1', 1, 1, 1)");
        db.exec("INSERT INTO order_lines(order_number, line, sku, quantity) "
                "VALUES ('#1001', 0, 'A-1', 2)");
        db.exec("INSERT INTO order_transitions(order_number, from_state, to_state, at, actor, "
                "cause) VALUES ('#1001', 'validating', 'held', 1, 'system', 'held: unknown_sku')");
        db.exec("INSERT INTO holds(id, order_number, channel, reason_code, message, "
                "suggested_fix, subjects, created_at, due_at, status) VALUES ('h-1', '#1001', "
                "'shop', 'unknown_sku', 'The ERP does not know A-1.', 'map it', '[\"A-1\"]', 1, "
                "2, 'open')");
        db.exec("INSERT INTO hold_subjects(subject, hold_id) VALUES ('A-1', 'h-1')");
        db.exec("INSERT INTO sku_mappings(channel, storefront_sku, erp_sku, created_at) "
                "VALUES ('shop', 'B-2', 'ERP-B', 1)");
        db.exec("INSERT INTO slo_hours(domain, hour, within, total) VALUES ('order', 0, 1, 2)");
    }
    if (version >= 5) {
        db.exec("INSERT INTO users(name, role, created_at, updated_at) "
                "VALUES ('ada', 'admin', 1, 1)");
        db.exec("INSERT INTO slo_targets(domain, target_ms, owner, escalation, updated_at) "
                "VALUES ('order', 60000, 'Order desk', 'call the ERP team', 1)");
    }
    if (version >= 6) {
        db.exec("INSERT INTO pricing_accounts(account, pricing, fetched_at, source) VALUES "
                "('ACME', '{\"contracts\":[],\"price_list\":{\"id\":\"WHOLESALE\","
                "\"currency\":\"EUR\",\"entries\":[{\"sku\":\"A-1\",\"min_quantity\":1,"
                "\"unit_price\":\"9.50\"}]}}', 5, 'erp')");
        db.exec(
            "INSERT INTO credit_accounts(account, available, as_of) VALUES ('ACME', '250.00', 5)");
        db.exec("INSERT INTO erp_products(sku, payload, updated_at) VALUES ('A-1', "
                "'{\"sku\":\"A-1\",\"name\":\"Anchor\"}', 5)");
        db.exec("INSERT INTO channel_products(channel, sku, payload, published_at) VALUES "
                "('shop', 'A-1', '{\"sku\":\"A-1\",\"name\":\"Anchor\"}', 5)");
    }
    if (version >= 8) {
        db.exec("INSERT INTO inventory_positions(sku, location, source, on_hand, reserved, as_of, "
                "sequence, updated_at) VALUES ('A-1', 'WH1', 'wms', 7, 2, 1, 3, 1)");
        db.exec("INSERT INTO inventory_published(channel, sku, location, quantity, published_at) "
                "VALUES ('shop', 'A-1', 'main', 5, 1)");
        db.exec("INSERT INTO inventory_publications(channel, sku, location, quantity, "
                "published_at) VALUES ('shop', 'A-1', 'main', 5, 1)");
    }
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < store::latestSchemaVersion(); ++v)
            QTest::newRow(("from v" + std::to_string(v)).c_str()) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir freshDir, oldDir;
        ManualClock clock;

        std::vector<std::string> freshSchema;
        {
            store::Store fresh(freshDir.path().toStdString(), clock, {});
            store::Database db(fresh.file(), store::Database::Mode::ReadWrite);
            freshSchema = schemaOf(db);
        }

        const std::filesystem::path oldFile =
            std::filesystem::path(oldDir.path().toStdString()) / store::Store::FileName;
        {
            store::Database db(oldFile, store::Database::Mode::ReadWrite);
            store::migrate(db, fromVersion);
            QCOMPARE(db.userVersion(), fromVersion);
            seedVersion(db, fromVersion);
        }

        store::Store upgraded(oldDir.path().toStdString(), clock, {});
        {
            store::Database db(upgraded.file(), store::Database::Mode::ReadWrite);
            QCOMPARE(db.userVersion(), store::latestSchemaVersion());
            QCOMPARE(schemaOf(db), freshSchema);
        }
        // What the old version held is still there and readable through today's queries.
        upgraded.read([fromVersion](store::Reader &r) {
            if (fromVersion >= 1) {
                QVERIFY(r.event("old-1").has_value());
                QCOMPARE(r.feedCounters().at(0).received, std::int64_t(1));
                DeadLetterQuery q;
                QCOMPARE(r.deadLetters(q).size(), std::size_t(1));
            }
            if (fromVersion >= 2)
                QCOMPARE(r.rejectedInputs(10).size(), std::size_t(1));
            if (fromVersion >= 4) {
                const auto history = r.orderHistory("#1001");
                QVERIFY(history.order.has_value());
                QCOMPARE(history.transitions.size(), std::size_t(1));
                QCOMPARE(history.holds.size(), std::size_t(1));
                QCOMPARE(r.findOrders("A-1", 10).size(), std::size_t(1));
                QCOMPARE(r.skuMappings().size(), std::size_t(1));
                QCOMPARE(r.sloHours(Domain::Order, fromEpochMs(0), fromEpochMs(3'600'000)).size(),
                         std::size_t(1));
            }
            if (fromVersion >= 5) {
                QCOMPARE(r.users().size(), std::size_t(1));
                QCOMPARE(r.sloTargets().size(), std::size_t(1));
            } else {
                QVERIFY(r.users().empty());
                QVERIFY(r.sloTargets().empty());
            }
            if (fromVersion >= 6) {
                const auto pricing = store::loadPricing(r);
                QCOMPARE(pricing.size(), std::size_t(1));
                QVERIFY(pricing.at(0).pricing.priceList.has_value());
                QCOMPARE(pricing.at(0).pricing.priceList->entries.at(0).unitPrice,
                         Decimal::fromUnits(95'000));
                const auto credit = store::loadCredit(r);
                QCOMPARE(credit.size(), std::size_t(1));
                QCOMPARE(credit.at(0).available, Decimal::fromInteger(250));
            }
            if (fromVersion >= 8) {
                const auto positions = r.inventoryPositions("A-1");
                QCOMPARE(positions.size(), std::size_t(1));
                QCOMPARE(positions[0].onHand, std::int64_t(7));
                QCOMPARE(positions[0].sequence, std::int64_t(3));
                QCOMPARE(r.latestInventoryPublications().size(), std::size_t(1));
                QCOMPARE(r.inventoryPublications("A-1", 10).at(0).quantity, std::int64_t(5));
            }
            QVERIFY(r.verifyAudit().ok);
        });
        // And the upgraded store works for new writes, the audit chain included.
        writeAndWait(upgraded, [](store::Tx &tx) {
            std::string original;
            tx.insertEvent(makeEvent("new-1"), original);
            tx.appendAudit({Actor{"ops", "operator"}, "test", "event", "new-1", "", "", ""});
            tx.saveUser({"ops", domain::Role::Operator});
            tx.saveSloTarget({Domain::Inventory, Millis(30'000), "Warehouse", "check the WMS"});
            model::Product bolt;
            bolt.sku = "B-2";
            bolt.name = "Bolt";
            store::saveErpProduct(tx, bolt);
            store::saveCredit(tx, {"NEW", Decimal::fromInteger(10), fromEpochMs(7)});
            // Inventory positions keep the newest version, whatever order they are written in.
            QVERIFY(tx.saveInventoryPosition({"wms", "N-1", "WH1", 9, 0, fromEpochMs(10), 5}));
            QVERIFY(!tx.saveInventoryPosition({"wms", "N-1", "WH1", 1, 0, fromEpochMs(20), 4}));
            tx.recordInventoryPublication({"shop", "N-1", "main", 9, fromEpochMs(30)});
        });
        upgraded.read([](store::Reader &r) {
            QCOMPARE(r.inventoryPositions("N-1").at(0).onHand, std::int64_t(9));
            QCOMPARE(r.inventoryPublications("N-1", 10).size(), std::size_t(1));
        });
        QVERIFY(upgraded.read([](store::Reader &r) { return r.verifyAudit().ok; }));
        std::optional<model::Product> stored, publishedBefore, publishedAfter;
        writeAndWait(upgraded, [&](store::Tx &tx) {
            stored = store::erpProduct(tx, "B-2");
            publishedBefore = store::publishedProduct(tx, "shop", "B-2");
            if (stored)
                store::savePublishedProduct(tx, "shop", *stored);
            publishedAfter = store::publishedProduct(tx, "shop", "B-2");
        });
        QVERIFY(stored.has_value());
        QCOMPARE(stored->name, std::string("Bolt"));
        QVERIFY(!publishedBefore.has_value());
        QVERIFY(publishedAfter.has_value());
        QCOMPARE(publishedAfter->name, std::string("Bolt"));
        QVERIFY(upgraded.read([](store::Reader &r) { return r.verifyAudit().ok; }));
        upgraded.read([](store::Reader &r) {
            const auto users = r.users();
            QVERIFY(std::any_of(users.begin(), users.end(), [](const domain::User &u) {
                return u.name == "ops" && u.role == domain::Role::Operator;
            }));
            const auto targets = r.sloTargets();
            QVERIFY(std::any_of(targets.begin(), targets.end(), [](const domain::SloTarget &t) {
                return t.domain == Domain::Inventory && t.target == Millis(30'000);
            }));
        });
    }

    void refusesAStoreFromANewerBuild()
    {
        QTemporaryDir dir;
        const std::filesystem::path file =
            std::filesystem::path(dir.path().toStdString()) / store::Store::FileName;
        {
            store::Database db(file, store::Database::Mode::ReadWrite);
            db.setUserVersion(store::latestSchemaVersion() + 1);
        }
        ManualClock clock;
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 store::Store(dir.path().toStdString(), clock, {}));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
