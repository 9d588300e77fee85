#include "files/CsvReader.h"
#include "files/X12Reader.h"
#include "sim/Warehouse.h"

#include <QTemporaryDir>
#include <QtTest>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>

using namespace syncline;
using namespace syncline::sim;

// The warehouse's files are read back with the readers the drop folders use.
class TestWarehouseFiles : public QObject {
    Q_OBJECT

private slots:
    void stockSnapshotReadsBack();
    void shipNoticeReadsBack();
    void dropFileLeavesOnlyTheFinalFile();
};

void TestWarehouseFiles::stockSnapshotReadsBack()
{
    const auto csv = stockSnapshotCsv({{"SKU-1", "WH-EAST", 40, 2}, {"SKU-2", "WH-WEST", 5, 0}},
                                      "2026-11-26T08:00:00Z");
    files::CsvOptions options;
    options.connection = "wms-stock";
    options.header = files::CsvOptions::Header::Present;
    const auto result = files::readCsv(csv, options, "stock.csv");
    QVERIFY2(!result.fatal, result.fatalReason.c_str());
    QVERIFY(result.errors.empty());
    QCOMPARE(result.events.size(), std::size_t(2));
    const auto level = boost::json::parse(result.events[0].payload).as_object();
    QCOMPARE(level.at("sku").as_string(), "SKU-1");
    QCOMPARE(level.at("location").as_string(), "WH-EAST");
    QCOMPARE(level.at("on_hand").to_number<int>(), 40);
    QCOMPARE(level.at("available").to_number<int>(), 38);
}

void TestWarehouseFiles::shipNoticeReadsBack()
{
    const ShipmentSpec shipment{"SHP-1", "#1001",   "UPS",
                                "1Z999", "WH-EAST", {{"SKU-1", 2, ""}, {"SKU-2", 1, ""}}};
    const auto text = shipNotice856(shipment, {}, 42, TimePoint(Millis(1'764'144'000'000)));
    files::X12ReadOptions options;
    options.connection = "wms-shipments";
    const auto document = files::readX12(text, options);
    QVERIFY2(!document.result.fatal, document.result.fatalReason.c_str());
    for (const auto &issue : document.result.errors)
        qWarning() << issue.message.c_str();
    QVERIFY(document.result.errors.empty());
    QCOMPARE(document.result.events.size(), std::size_t(1));
    const auto &event = document.result.events[0];
    QCOMPARE(event.type, std::string("shipment.created"));
    const auto payload = boost::json::parse(event.payload).as_object();
    QCOMPARE(payload.at("order_number").as_string(), "#1001");
    QCOMPARE(payload.at("tracking_number").as_string(), "1Z999");
    QCOMPARE(payload.at("carrier").as_string(), "UPS");
    QCOMPARE(payload.at("lines").as_array().size(), std::size_t(2));
    QCOMPARE(payload.at("lines").as_array()[0].at("quantity").to_number<int>(), 2);
}

void TestWarehouseFiles::dropFileLeavesOnlyTheFinalFile()
{
    QTemporaryDir dir;
    const std::filesystem::path inbox = dir.path().toStdString() + "/stock/inbox";
    const auto written = dropFile(inbox, "a.csv", "sku\n");
    QCOMPARE(written, inbox / "a.csv");
    std::ifstream in(written);
    std::stringstream content;
    content << in.rdbuf();
    QCOMPARE(content.str(), std::string("sku\n"));
    QCOMPARE(std::distance(std::filesystem::directory_iterator(inbox), {}), 1);
    const auto staging = inbox.parent_path() / ".partial-inbox";
    QVERIFY(std::filesystem::is_empty(staging));
}

QTEST_APPLESS_MAIN(TestWarehouseFiles)
#include "tst_warehousefiles.moc"
