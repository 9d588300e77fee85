#include "config/CrossReferences.h"

#include <QtTest>

using namespace syncline::config;

class TestCrossReferences : public QObject {
    Q_OBJECT

private slots:
    void looksUpBothWays()
    {
        CrossReferences table;
        QCOMPARE(int(table.add({XrefKind::Sku, "shop", "gid-1", "SKU-1", {}})),
                 int(CrossReferences::AddResult::Added));
        QCOMPARE(int(table.add({XrefKind::Sku, "wms", "A-1", "SKU-1", {}})),
                 int(CrossReferences::AddResult::Added));
        QCOMPARE(table.toCanonical(XrefKind::Sku, "shop", "gid-1").value_or(""),
                 std::string("SKU-1"));
        QCOMPARE(table.toExternal(XrefKind::Sku, "wms", "SKU-1").value_or(""), std::string("A-1"));
        QVERIFY(!table.toCanonical(XrefKind::Sku, "wms", "gid-1").has_value());
        QVERIFY(!table.toCanonical(XrefKind::Location, "shop", "gid-1").has_value());
    }

    void kindsAndConnectionsAreSeparate()
    {
        CrossReferences table;
        table.add({XrefKind::Sku, "shop", "1", "SKU-1", {}});
        QCOMPARE(int(table.add({XrefKind::Location, "shop", "1", "WH1", {}})),
                 int(CrossReferences::AddResult::Added));
        QCOMPARE(table.count(XrefKind::Sku), std::size_t(1));
        QCOMPARE(table.count(XrefKind::Location), std::size_t(1));
        QCOMPARE(table.toCanonical(XrefKind::Location, "shop", "1").value_or(""),
                 std::string("WH1"));
    }

    void refusesMappingsThatAreNotOneToOne_data()
    {
        QTest::addColumn<QString>("external");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("expected");
        QTest::newRow("same external")
            << "gid-1"
            << "SKU-2" << int(CrossReferences::AddResult::DuplicateExternal);
        QTest::newRow("same canonical")
            << "gid-2"
            << "SKU-1" << int(CrossReferences::AddResult::DuplicateCanonical);
        QTest::newRow("new pair") << "gid-2"
                                  << "SKU-2" << int(CrossReferences::AddResult::Added);
    }
    void refusesMappingsThatAreNotOneToOne()
    {
        QFETCH(QString, external);
        QFETCH(QString, canonical);
        QFETCH(int, expected);
        CrossReferences table;
        SourcePosition first{"f.toml", 7, 1, "xref.sku[0]"};
        table.add({XrefKind::Sku, "shop", "gid-1", "SKU-1", first});
        const CrossReference *clash = nullptr;
        const auto result = table.add(
            {XrefKind::Sku, "shop", external.toStdString(), canonical.toStdString(), {}}, &clash);
        QCOMPARE(int(result), expected);
        if (result == CrossReferences::AddResult::Added) {
            QCOMPARE(table.entries().size(), std::size_t(2));
        } else {
            QVERIFY(clash != nullptr);
            QCOMPARE(clash->position.line, 7);
            QCOMPARE(table.entries().size(), std::size_t(1));
            // The refused entry left no trace in either index.
            QVERIFY(!table.toCanonical(XrefKind::Sku, "shop", "gid-2").has_value());
            QVERIFY(!table.toExternal(XrefKind::Sku, "shop", "SKU-2").has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrossReferences)
#include "tst_crossreferences.moc"
