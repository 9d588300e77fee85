#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::testing;

namespace {

const Actor olga{"olga", "operator"};

// Every attribute filled in, the storefront-owned ones included, as an ERP might send them.
model::Product product(const std::string &sku, const std::string &name = "Anchor bolt")
{
    model::Product p;
    p.sku = sku;
    p.name = name;
    p.unit = "box";
    p.weightGrams = 420;
    p.basePrice = Decimal::fromInteger(12);
    p.currency = "EUR";
    p.category = "fasteners";
    p.description = "ERP description";
    p.images = {"erp.png"};
    p.seoTitle = "ERP SEO title";
    p.seoDescription = "ERP SEO description";
    return p;
}

Event productEvent(const model::Product &p, std::int64_t sequence)
{
    Event e;
    e.idempotencyKey = "erp:product:" + p.sku + ":" + std::to_string(sequence);
    e.sourceSystem = "erp";
    e.connection = "erp";
    e.domain = Domain::Product;
    e.type = "product.updated";
    e.correlationId = p.sku;
    e.sourceSequence = sequence;
    e.payload = boost::json::serialize(boost::json::value_from(p));
    return e;
}

std::set<std::string> keysOf(const Delivery &delivery)
{
    std::set<std::string> keys;
    const auto payload = parseJson(delivery.payload);
    for (const auto &[key, value] : payload.as_object())
        keys.insert(std::string(key));
    return keys;
}

std::vector<Delivery> ofType(const std::vector<Delivery> &deliveries, const std::string &type)
{
    std::vector<Delivery> out;
    for (const auto &d : deliveries)
        if (d.type == type)
            out.push_back(d);
    return out;
}

const std::set<std::string> erpOwnedKeys{"sku",        "name",     "unit",    "weight_grams",
                                         "base_price", "currency", "category"};

} // namespace

class TestProductDesk : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_{fromEpochMs(1'790'000'400'000)};
    std::shared_ptr<RecordingTarget> shop_;
    std::shared_ptr<RecordingTarget> outlet_;
    std::unique_ptr<Engine> engine_;

    void ingest(const Event &e)
    {
        const auto r = engine_->ingest(e).get();
        QVERIFY2(r.status == IngestResult::Status::Accepted, r.message.c_str());
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        shop_ = std::make_shared<RecordingTarget>("shop", 50);
        outlet_ = std::make_shared<RecordingTarget>("outlet", 50);
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(options);
        engine_->addTarget(shop_);
        engine_->addTarget(outlet_);
        engine_->addRoute(Route{Domain::Product, "shop", "erp", ""});
        engine_->addRoute(Route{Domain::Product, "outlet", "erp", ""});
    }

    void cleanup()
    {
        engine_.reset();
        shop_.reset();
        outlet_.reset();
        dir_.reset();
    }

    void channelOwnedFieldsAreNeverPublished_data()
    {
        QTest::addColumn<QString>("movedToStorefront"); // a field the deployment gives the shop
        QTest::addColumn<QStringList>("neverSent");

        const QStringList defaults{"description", "images", "seo_title", "seo_description"};
        QTest::newRow("default ownership") << QString() << defaults;
        QTest::newRow("the storefront owns the category")
            << QString("category") << (QStringList(defaults) << "category");
        QTest::newRow("the storefront owns the name")
            << QString("name") << (QStringList(defaults) << "name");
    }

    void channelOwnedFieldsAreNeverPublished()
    {
        QFETCH(QString, movedToStorefront);
        QFETCH(QStringList, neverSent);
        auto table = domain::OwnershipTable::defaults();
        if (!movedToStorefront.isEmpty())
            table.set(*domain::productFieldFromString(movedToStorefront.toStdString()),
                      domain::AttributeOwner::Storefront);
        engine_->setProductOwnership(table);
        engine_->start();

        ingest(productEvent(product("A-1"), 1));
        auto changed = product("A-1", "Anchor bolt M8");
        changed.category = "anchors";
        changed.description = "a new ERP description";
        changed.basePrice = Decimal::fromInteger(13);
        ingest(productEvent(changed, 2));
        engine_->drain().get();
        QVERIFY(engine_->publishCatalog("shop", olga).get().ok);
        engine_->drain().get();

        const auto deliveries = shop_->effects();
        QCOMPARE(deliveries.size(), std::size_t(3)); // first publish, delta, full
        for (const auto &delivery : deliveries) {
            const auto keys = keysOf(delivery);
            QVERIFY(keys.contains("sku"));
            for (const auto &field : neverSent)
                QVERIFY2(!keys.contains(field.toStdString()),
                         (field.toStdString() + " in " + delivery.payload).c_str());
        }
        // The delta carries the ERP-owned changes only.
        const auto deltaKeys = keysOf(deliveries[1]);
        QVERIFY(deltaKeys.contains("base_price"));
        QCOMPARE(deltaKeys.contains("name"), !neverSent.contains("name"));
        QCOMPARE(deltaKeys.contains("category"), !neverSent.contains("category"));
        QVERIFY(!deltaKeys.contains("unit"));
        QVERIFY(!deltaKeys.contains("weight_grams"));
    }

    void deltasCarryWhatChangedAndTheFullPublishEverything()
    {
        engine_->start();
        for (const auto &sku : {"A-1", "B-2", "C-3"})
            ingest(productEvent(product(sku), 1));
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(3));
        QCOMPARE(outlet_->effects().size(), std::size_t(3));
        for (const auto &delivery : shop_->effects())
            QCOMPARE(keysOf(delivery), erpOwnedKeys); // first publish to a channel: all of them

        auto renamed = product("B-2", "Bracket");
        ingest(productEvent(renamed, 2));
        auto onlyShopSide = product("C-3");
        onlyShopSide.description = "changed in the ERP, owned by the storefront";
        onlyShopSide.images = {"other.png"};
        ingest(productEvent(onlyShopSide, 2));
        engine_->drain().get();

        // B-2's rename is a one-field delta on both channels; C-3 changed nothing the ERP owns.
        const auto shopDeliveries = shop_->effects();
        QCOMPARE(shopDeliveries.size(), std::size_t(4));
        QCOMPARE(outlet_->effects().size(), std::size_t(4));
        QCOMPARE(shopDeliveries.back().correlationId, std::string("B-2"));
        QCOMPARE(keysOf(shopDeliveries.back()), (std::set<std::string>{"sku", "name"}));
        const auto renamedPayload = parseJson(shopDeliveries.back().payload);
        QCOMPARE(renamedPayload.at("name").as_string(), "Bracket");

        // The scheduled full publish: every product, every ERP-owned field, one channel.
        const auto result = engine_->publishCatalog("shop", olga).get();
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY2(result.message.find("3 products") != std::string::npos, result.message.c_str());
        engine_->drain().get();
        const auto full = ofType(shop_->effects(), "product.published");
        QCOMPARE(full.size(), std::size_t(3));
        for (const auto &delivery : full)
            QCOMPARE(keysOf(delivery), erpOwnedKeys);
        QCOMPARE(outlet_->effects().size(), std::size_t(4));

        AuditQuery q;
        q.action = "catalog.publish";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("olga"));
        QCOMPARE(audit[0].objectId, std::string("shop"));

        // After a full publish the next delta is computed against it.
        ingest(productEvent(product("A-1"), 3));
        engine_->drain().get();
        QCOMPARE(shop_->effects().size(), std::size_t(7));
    }

    void aFullPublishToAnUnknownChannelIsRefused()
    {
        engine_->start();
        const auto result = engine_->publishCatalog("nowhere", olga).get();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.find("nowhere") != std::string::npos, result.message.c_str());
    }

    void theScheduledFullPublishReachesEveryProductChannel()
    {
        engine_->start();
        ingest(productEvent(product("A-1"), 1));
        engine_->drain().get();
        engine_->setCatalogPublishInterval(Millis(20));
        QTRY_VERIFY_WITH_TIMEOUT(!ofType(shop_->effects(), "product.published").empty() &&
                                     !ofType(outlet_->effects(), "product.published").empty(),
                                 10'000);
        engine_->setCatalogPublishInterval(Millis(0));
        AuditQuery q;
        q.action = "catalog.publish";
        for (const auto &entry : engine_->audit(q).get())
            QCOMPARE(entry.actor, std::string("system"));
    }
};

QTEST_GUILESS_MAIN(TestProductDesk)
#include "tst_productdesk.moc"
