#include "domain/ProductOwnership.h"

#include <QtTest>

#include <algorithm>

using namespace syncline;
using namespace syncline::domain;

namespace {

model::Product erpProduct()
{
    model::Product p;
    p.sku = "A-1";
    p.name = "Hex bolt M8";
    p.unit = "each";
    p.weightGrams = 12;
    p.basePrice = *Decimal::parse("0.40");
    p.currency = "EUR";
    p.category = "bolts";
    return p;
}

model::Product channelProduct()
{
    model::Product p = erpProduct();
    p.description = "<p>Zinc plated</p>";
    p.images = {"https://cdn.example/a1.jpg"};
    p.seoTitle = "M8 hex bolts";
    p.seoDescription = "Buy M8 bolts";
    return p;
}

bool has(const std::vector<ProductField> &fields, ProductField field)
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

} // namespace

class TestProductOwnership : public QObject {
    Q_OBJECT

private slots:
    void defaultOwners_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("owner");
        for (const char *f : {"sku", "name", "unit", "weight", "base_price"})
            QTest::newRow(f) << f << "erp";
        for (const char *f : {"description", "images", "seo_title", "seo_description"})
            QTest::newRow(f) << f << "storefront";
    }

    void defaultOwners()
    {
        QFETCH(QString, field);
        QFETCH(QString, owner);
        const auto parsed = productFieldFromString(field.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(QString::fromUtf8(toString(OwnershipTable::defaults().owner(*parsed)).data()),
                 owner);
    }

    void publishNeverOverwritesChannelOwnedFields_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("delta") << false;
        QTest::newRow("full") << true;
    }

    void publishNeverOverwritesChannelOwnedFields()
    {
        QFETCH(bool, full);
        const auto table = OwnershipTable::defaults();
        const model::Product before = erpProduct();
        model::Product after = erpProduct();
        after.name = "Hex bolt M8 x 40";
        // The ERP export also carries (stale) storefront attributes: they must not travel.
        after.description = "ERP text";
        after.images = {};
        after.seoTitle = "ERP";
        const auto publish =
            planPublish(before, after, full ? PublishMode::Full : PublishMode::Delta, table);
        for (const auto field : publish.fields)
            QVERIFY(table.owner(field) == AttributeOwner::Erp);
        const model::Product result = applyPublish(channelProduct(), publish, table);
        QCOMPARE(result.name, std::string("Hex bolt M8 x 40"));
        QCOMPARE(result.description, channelProduct().description);
        QCOMPARE(result.images, channelProduct().images);
        QCOMPARE(result.seoTitle, channelProduct().seoTitle);
        QCOMPARE(result.seoDescription, channelProduct().seoDescription);
    }

    void deltaSendsOnlyChangedOwnedFields()
    {
        const auto table = OwnershipTable::defaults();
        model::Product after = erpProduct();
        after.basePrice = *Decimal::parse("0.45");
        after.description = "changed but not ours";
        const auto delta = planPublish(erpProduct(), after, PublishMode::Delta, table);
        QCOMPARE(delta.fields, std::vector<ProductField>{ProductField::BasePrice});
        QVERIFY(planPublish(erpProduct(), erpProduct(), PublishMode::Delta, table).fields.empty());

        const auto full = planPublish(erpProduct(), erpProduct(), PublishMode::Full, table);
        QCOMPARE(full.fields, table.ownedBy(AttributeOwner::Erp));
        // A product never published before gets everything the ERP owns.
        QCOMPARE(planPublish(std::nullopt, after, PublishMode::Delta, table).fields.size(),
                 table.ownedBy(AttributeOwner::Erp).size());
    }

    void mergeTakesOnlyTheSendersFields()
    {
        const auto table = OwnershipTable::defaults();
        model::Product incoming = channelProduct();
        incoming.name = "Renamed in the shop";
        incoming.description = "<p>Now with washers</p>";
        const auto merged =
            mergeProduct(channelProduct(), incoming, AttributeOwner::Storefront, table);
        QCOMPARE(merged.product.name, std::string("Hex bolt M8"));
        QCOMPARE(merged.product.description, std::string("<p>Now with washers</p>"));
        QCOMPARE(merged.applied, std::vector<ProductField>{ProductField::Description});
        QCOMPARE(merged.ignored, std::vector<ProductField>{ProductField::Name});

        const auto fromErp =
            mergeProduct(channelProduct(), erpProduct(), AttributeOwner::Erp, table);
        QCOMPARE(fromErp.product.description, channelProduct().description); // ERP left it empty
        QVERIFY(has(fromErp.ignored, ProductField::Description));
        QVERIFY(fromErp.applied.empty());
    }

    void ownershipIsConfigurablePerField()
    {
        auto table = OwnershipTable::defaults();
        table.set(ProductField::Name, AttributeOwner::Storefront);
        table.set(ProductField::Sku, AttributeOwner::Storefront); // the key stays with the ERP
        QVERIFY(table.owner(ProductField::Name) == AttributeOwner::Storefront);
        QVERIFY(table.owner(ProductField::Sku) == AttributeOwner::Erp);
        model::Product after = erpProduct();
        after.name = "ERP rename";
        const auto publish = planPublish(erpProduct(), after, PublishMode::Full, table);
        QVERIFY(!has(publish.fields, ProductField::Name));
        QCOMPARE(applyPublish(channelProduct(), publish, table).name, std::string("Hex bolt M8"));
    }

    void changedOwnedFieldsPerSide()
    {
        const auto table = OwnershipTable::defaults();
        model::Product after = channelProduct();
        after.weightGrams = 13;
        after.images.push_back("https://cdn.example/a1-2.jpg");
        QCOMPARE(changedOwnedFields(channelProduct(), after, AttributeOwner::Erp, table),
                 std::vector<ProductField>{ProductField::Weight});
        QCOMPARE(changedOwnedFields(channelProduct(), after, AttributeOwner::Storefront, table),
                 std::vector<ProductField>{ProductField::Images});
    }
};

QTEST_GUILESS_MAIN(TestProductOwnership)
#include "tst_productownership.moc"
