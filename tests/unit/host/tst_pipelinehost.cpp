#include "host/PipelineHost.h"
#include "host/TargetWiring.h"
#include "model/Json.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <boost/json.hpp>

#include <cstdlib>

using namespace syncline;

namespace {

// An ERP that takes orders (nobody listens on its port: nothing here is delivered) and knows
// the SKU A-1, and a warehouse that drops stock files.
constexpr const char *configText = "version = 1\n"
                                   "\n"
                                   "[engine]\n"
                                   "data_directory = \"data\"\n"
                                   "listen_address = \"127.0.0.1\"\n"
                                   "listen_port = 0\n"
                                   "admin_address = \"127.0.0.1\"\n"
                                   "admin_port = 0\n"
                                   "\n"
                                   "[[system]]\n"
                                   "name = \"erp\"\n"
                                   "kind = \"generic\"\n"
                                   "base_url = \"http://127.0.0.1:9\"\n"
                                   "\n"
                                   "[[system]]\n"
                                   "name = \"wms\"\n"
                                   "kind = \"wms\"\n"
                                   "\n"
                                   "[[connection]]\n"
                                   "name = \"erp-api\"\n"
                                   "system = \"erp\"\n"
                                   "direction = \"out\"\n"
                                   "transport = \"api\"\n"
                                   "domains = [\"order\"]\n"
                                   "secret = \"env:TST_PIPELINEHOST_ERP_KEY\"\n"
                                   "\n"
                                   "[[connection]]\n"
                                   "name = \"wms-stock\"\n"
                                   "system = \"wms\"\n"
                                   "direction = \"in\"\n"
                                   "transport = \"drop-folder\"\n"
                                   "domains = [\"inventory\"]\n"
                                   "inbox = \"wms/inbox\"\n"
                                   "archive = \"wms/archive\"\n"
                                   "quarantine = \"wms/quarantine\"\n"
                                   "format = \"csv\"\n"
                                   "\n"
                                   "[connection.csv]\n"
                                   "kind = \"inventory\"\n"
                                   "\n"
                                   "[[xref.sku]]\n"
                                   "connection = \"erp-api\"\n"
                                   "external_id = \"1\"\n"
                                   "canonical_id = \"A-1\"\n";

model::Order order(const std::string &number, std::vector<std::string> skus)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           "10115",     "DE",          ""};
    o.billingAddress = o.shippingAddress;
    int line = 0;
    for (const auto &sku : skus) {
        o.lines.push_back(
            {std::to_string(++line), sku, 1, Decimal::fromInteger(10), Decimal::fromInteger(2)});
        o.subtotal = o.subtotal + Decimal::fromInteger(10);
        o.taxTotal = o.taxTotal + Decimal::fromInteger(2);
    }
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

} // namespace

class TestPipelineHost : public QObject {
    Q_OBJECT

private slots:
    void init();
    void parseListenAddress_data();
    void parseListenAddress();
    void erpCatalogIsTheOrderConnectionsSkus();
    void onlyOrdersWithoutLinesAreRefused_data();
    void onlyOrdersWithoutLinesAreRefused();
    void hostsTheConfiguredPipeline();
    void withoutConfigurationOnlyStartsTheEngine();

private:
    config::Config loadConfig();

    std::unique_ptr<QTemporaryDir> dir_;
};

void TestPipelineHost::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    ::setenv("TST_PIPELINEHOST_ERP_KEY", "tst-erp-key", 1);
}

config::Config TestPipelineHost::loadConfig()
{
    const QString file = dir_->filePath("syncline.toml");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file));
    out.write(configText);
    out.close();
    auto result = config::loadConfig(file.toStdString());
    for (const auto &error : result.errors)
        qWarning("%s", config::formatDiagnostic(error, "error").c_str());
    if (!result.ok())
        qFatal("the test configuration is invalid");
    return std::move(*result.config);
}

void TestPipelineHost::parseListenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("loopback, free port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("any address") << "0.0.0.0:8080" << true << "0.0.0.0" << 8080;
    QTest::newRow("IPv6 loopback") << "::1:9000" << true << "::1" << 9000;
    QTest::newRow("highest port") << "localhost:65535" << true << "localhost" << 65535;
    QTest::newRow("port too high") << "localhost:65536" << false << "" << 0;
    QTest::newRow("no port") << "localhost" << false << "" << 0;
    QTest::newRow("empty port") << "localhost:" << false << "" << 0;
    QTest::newRow("no address") << ":8080" << false << "" << 0;
    QTest::newRow("port not a number") << "localhost:80x" << false << "" << 0;
    QTest::newRow("negative port") << "localhost:-1" << false << "" << 0;
}

void TestPipelineHost::parseListenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = host::parseListenAddress(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, address);
    QFETCH(int, port);
    QCOMPARE(QString::fromStdString(parsed->address), address);
    QCOMPARE(int(parsed->port), port);
}

void TestPipelineHost::erpCatalogIsTheOrderConnectionsSkus()
{
    auto config = loadConfig();
    QCOMPARE(host::erpCatalogFor(config), std::vector<std::string>{"A-1"});
}

void TestPipelineHost::onlyOrdersWithoutLinesAreRefused_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("no lines") << R"({"lines":[]})"
                              << "the order has no lines";
    QTest::newRow("lines missing") << R"({"order_number":"1"})"
                                   << "the order has no lines";
    QTest::newRow("not an object") << "[1]"
                                   << "the order is not an object";
    // The order desk holds these: the pipeline lets them through.
    QTest::newRow("unpaid, no address, unknown SKU")
        << R"({"lines":[{"sku":"NOPE"}],"payment_state":"pending"})"
        << "";
}

void TestPipelineHost::onlyOrdersWithoutLinesAreRefused()
{
    QFETCH(QString, payload);
    QFETCH(QString, refusal);
    const auto validators = host::orderValidatorsFor(loadConfig());
    Event event;
    event.domain = Domain::Order;
    event.type = "order.created";
    const auto canonical = boost::json::parse(payload.toStdString());
    QString refused;
    for (const auto &validator : validators)
        if (const auto problem = validator(event, canonical))
            refused = QString::fromStdString(*problem);
    QCOMPARE(refused, refusal);
}

void TestPipelineHost::hostsTheConfiguredPipeline()
{
    auto config = loadConfig();
    auto options = host::hostOptionsFor(config);
    QCOMPARE(QString::fromStdString(options.dataDirectory.string()), dir_->filePath("data"));
    host::PipelineHost pipeline(options, config);
    const auto report = pipeline.start();

    QCOMPARE(report.targets, std::vector<std::string>{"erp-api/orders"});
    QCOMPARE(report.erpCatalogItems, std::size_t(1));
    QCOMPARE(report.dropFolders,
             std::vector<std::string>{dir_->filePath("wms/inbox").toStdString()});
    QVERIFY(report.problems.empty());
    QVERIFY(report.webhook && report.webhook->port != 0);
    QVERIFY(report.admin && report.admin->port != 0);
    QVERIFY(report.webhook->port != report.admin->port);
    QVERIFY(pipeline.engine().processing());

    const QString portsFile = dir_->filePath("ports");
    host::writePortsFile(portsFile.toStdString(), report);
    QFile ports(portsFile);
    QVERIFY(ports.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(ports.readAll()),
             QString("webhook=%1 admin=%2\n").arg(report.webhook->port).arg(report.admin->port));

    // The ERP catalog makes an order with a SKU the ERP does not know wait on a hold; an order
    // without lines is a dead letter.
    auto &engine = pipeline.engine();
    QCOMPARE(int(engine.ingest(orderEvent(order("SO-1", {"A-1", "X-9"}))).get().status),
             int(IngestResult::Status::Accepted));
    QCOMPARE(int(engine.ingest(orderEvent(order("SO-2", {}))).get().status),
             int(IngestResult::Status::Accepted));
    engine.drain().get();
    const auto holds = engine.holds({}).get();
    QCOMPARE(holds.size(), std::size_t(1));
    QCOMPARE(holds.front().orderNumber, std::string("SO-1"));
    QCOMPARE(holds.front().reasonCode, std::string("unknown_sku"));
    QCOMPARE(holds.front().subjects, std::vector<std::string>{"X-9"});
    const auto letters = engine.deadLetters({}).get();
    QCOMPARE(letters.size(), std::size_t(1));
    QCOMPARE(letters.front().correlationId, std::string("SO-2"));
    QVERIFY(letters.front().error.find("no lines") != std::string::npos);

    pipeline.stop();
    pipeline.stop(); // idempotent
}

void TestPipelineHost::withoutConfigurationOnlyStartsTheEngine()
{
    host::HostOptions options;
    options.dataDirectory = dir_->filePath("plain").toStdString();
    options.serve = false;
    host::PipelineHost pipeline(options, std::nullopt);
    QVERIFY(pipeline.config() == nullptr);
    const auto report = pipeline.start();
    QVERIFY(!report.webhook && !report.admin);
    QVERIFY(report.targets.empty() && report.dropFolders.empty());
    QVERIFY(pipeline.engine().processing());
}

QTEST_GUILESS_MAIN(TestPipelineHost)
#include "tst_pipelinehost.moc"
