#include "config/Config.h"

#include <QtTest>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace syncline;
using namespace syncline::config;

namespace {

const std::string fixtures = std::string(SYNCLINE_FIXTURES_DIR) + "/config/";
const std::string demoFile = std::string(SYNCLINE_SOURCE_DIR) + "/resources/demo/syncline.toml";
const std::string secretValue = "s3cr3t-Value-0123456789";

QString describe(const std::vector<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const auto &d : diagnostics)
        lines << QString::fromStdString(formatDiagnostic(d, "error"));
    return lines.join('\n');
}

bool mentions(const std::vector<Diagnostic> &diagnostics, const std::string &text)
{
    for (const auto &d : diagnostics)
        if (formatDiagnostic(d, "error").find(text) != std::string::npos)
            return true;
    return false;
}

std::string webhookConfig(const std::string &secretReference)
{
    return "version = 1\n"
           "\n"
           "[[system]]\n"
           "name = \"shop\"\n"
           "kind = \"shopify\"\n"
           "\n"
           "[[connection]]\n"
           "name = \"shop-in\"\n"
           "system = \"shop\"\n"
           "direction = \"in\"\n"
           "transport = \"webhook\"\n"
           "secret = \"" +
           secretReference + "\"\n";
}
constexpr int webhookSecretLine = 12;

} // namespace

class TestConfig : public QObject {
    Q_OBJECT

private slots:
    void demoLoadsClean()
    {
        const LoadResult result = loadConfig(demoFile);
        QVERIFY2(result.errors.empty(), qPrintable(describe(result.errors)));
        QVERIFY2(result.warnings.empty(), qPrintable(describe(result.warnings)));
        QVERIFY(result.ok());
        const Config &config = *result.config;
        QCOMPARE(config.systems.size(), std::size_t(3));
        QCOMPARE(config.connections.size(), std::size_t(5));
        QCOMPARE(config.sourceFile.string(), demoFile);

        const auto demoDir = std::filesystem::path(demoFile).parent_path();
        QCOMPARE(config.engine.dataDirectory, demoDir / "var/data");
        QCOMPARE(config.engine.adminAddress, std::string("127.0.0.1"));

        const auto *shop = config.findSystem("demo-shop");
        QVERIFY(shop != nullptr);
        QVERIFY(shop->kind == SystemKind::Shopify);
        QCOMPARE(config.connectionsOf("demo-shop").size(), std::size_t(2));
        QVERIFY(config.findSystem("demo-wms")->kind == SystemKind::Wms);

        const auto *webhooks = config.findConnection("shop-webhooks");
        QVERIFY(webhooks != nullptr);
        QVERIFY(webhooks->transport == Transport::Webhook);
        QCOMPARE(webhooks->secret.toString(), std::string("env:SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET"));
        QCOMPARE(config.systemOf(*webhooks), shop);

        const auto *admin = config.findConnection("shop-admin");
        QVERIFY(admin->direction == Direction::Out && admin->transport == Transport::Api);
        QCOMPARE(admin->limits.batchSize, 100);
        QCOMPARE(admin->limits.requestsPerSecond.value_or(0), 2.0);
        QCOMPARE(admin->limits.timeout, Millis(10'000));
        QCOMPARE(admin->domains, (std::vector{Domain::Inventory, Domain::Fulfilment}));

        const auto *stock = config.findConnection("wms-stock");
        QVERIFY(stock->format == FileFormat::Csv);
        QCOMPARE(stock->csv.delimiter, ';');
        QVERIFY(stock->csv.kind == CsvKind::Inventory);
        QCOMPARE(stock->csv.columns.at("sku").name, std::string("Article"));
        QCOMPARE(stock->folders.inbox, demoDir / "var/wms/stock/inbox");
        const auto *asn = config.findConnection("wms-shipments");
        QVERIFY(asn->format == FileFormat::X12);
        QCOMPARE(asn->x12.senderId, std::string("DEMOWMS"));

        // A dozen SKUs and two locations, mapped for each connection that needs them.
        QCOMPARE(config.xrefs.count(XrefKind::Sku), std::size_t(36));
        QCOMPARE(config.xrefs.count(XrefKind::Location), std::size_t(6));
        QCOMPARE(config.canonicalSku("wms-stock", "A-1001").value_or(""), std::string("SKU-1001"));
        QCOMPARE(config.externalSku("shop-admin", "SKU-1012").value_or(""),
                 std::string("gid://shopify/InventoryItem/44100012"));
        QCOMPARE(
            config.canonicalLocation("shop-admin", "gid://shopify/Location/70002").value_or(""),
            std::string("WH-WEST"));
        QCOMPARE(config.externalLocation("wms-stock", "WH-EAST").value_or(""), std::string("E1"));
        QCOMPARE(config.canonicalCustomer("erp-api", "2").value_or(""), std::string("CUST-0001"));
        QCOMPARE(config.externalCustomer("shop-webhooks", "CUST-0002").value_or(""),
                 std::string("gid://shopify/Customer/77002"));
        QVERIFY(!config.canonicalSku("shop-webhooks", "A-1001").has_value());

        QCOMPARE(config.findUnitConversion("case", "each", "SKU-1010")->factor,
                 *Decimal::parse("24"));
        QCOMPARE(config.findUnitConversion("case", "each", "SKU-1001")->factor,
                 *Decimal::parse("12"));
        QVERIFY(config.findUnitConversion("each", "case") == nullptr);

        QCOMPARE(config.domain(Domain::Inventory).systemOfRecord, std::string("demo-wms"));
        QCOMPARE(config.domain(Domain::Order).latencyTarget, Millis(300'000));
    }

    void documentedExampleIsValid()
    {
        QFile doc(QString(SYNCLINE_SOURCE_DIR) + "/docs/CONFIGURATION.md");
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QString opening = "## Example\n\n```toml\n";
        const qsizetype start = text.indexOf(opening);
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf("```", start + opening.size());
        QVERIFY(end > start);
        const QString example = text.mid(start + opening.size(), end - start - opening.size());
        const LoadResult result = parseConfig(example.toStdString(), "CONFIGURATION.md");
        QVERIFY2(result.errors.empty(), qPrintable(describe(result.errors)));
        QVERIFY2(result.warnings.empty(), qPrintable(describe(result.warnings)));
        QCOMPARE(result.config->connections.size(), std::size_t(4));
    }

    void defaultsApplyWhenOmitted()
    {
        const LoadResult result = loadConfig(fixtures + "minimal.toml");
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        const Config &config = *result.config;
        QCOMPARE(config.domain(Domain::Inventory).latencyTarget, Millis(60'000));
        QCOMPARE(config.domain(Domain::Order).latencyTarget, Millis(5 * 60'000));
        QCOMPARE(config.domain(Domain::Fulfilment).latencyTarget, Millis(15 * 60'000));
        QCOMPARE(config.domain(Domain::Pricing).latencyTarget, Millis(3'600'000));
        QCOMPARE(config.domain(Domain::Product).latencyTarget, Millis(24 * 3'600'000));
        QVERIFY(config.domain(Domain::Product).systemOfRecord.empty());
        QCOMPARE(config.engine.adminAddress, std::string("127.0.0.1"));
        QCOMPARE(config.engine.dataDirectory, std::filesystem::path(fixtures) / "data");
        QCOMPARE(config.findConnection("shop-in")->webhookPath, std::string("/webhooks/shop-in"));
    }

    void eachErrorIsPlaced_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("neverShown"); // a secret that must not be echoed

        const auto row = [](const char *fixture, int line, const char *key, const char *message,
                            const char *neverShown = "") {
            QTest::newRow(fixture) << QString(fixture) << line << QString(key) << QString(message)
                                   << QString(neverShown);
        };
        row("syntax-error", 16, "", "TOML syntax error");
        row("missing-version", 1, "version", "required key is missing");
        row("future-version", 1, "version", "configuration version 2 is not supported");
        row("version-string", 1, "version", "expected an integer, found a string");
        row("unknown-system", 10, "connection[0].system", "unknown system 'shopp'");
        row("duplicate-system", 16, "system[1].name", "duplicate system name 'shop'");
        row("duplicate-connection", 16, "connection[1].name", "duplicate connection name");
        row("duplicate-webhook", 16, "connection[1].name",
            "duplicate connection name 'shop-in'; first defined at line 8");
        row("xref-unknown-connection", 16, "xref.sku[0].connection",
            "unknown connection 'shop-out'");
        row("sor-not-a-system", 16, "domain.inventory.system_of_record",
            "'erp' is not a defined system");
        row("bad-duration", 17, "domain.order.latency_target", "'5 minutes' is not a duration");
        row("duration-number", 17, "domain.order.latency_target", "string with a unit");
        row("bad-decimal", 18, "unit[0].factor", "'1.2.3' is not a decimal number");
        row("float-factor", 18, "unit[0].factor", "decimal string");
        row("unknown-key", 6, "system[0].base_ulr", "did you mean 'base_url'");
        row("unknown-table", 15, "systems", "unknown key 'systems'");
        row("inline-secret", 13, "connection[0].secret", "never inline", "shpss_0123456789abcdef");
        row("bad-env-name", 13, "connection[0].secret", "environment variable name", "1SHOP");
        row("missing-key", 8, "connection[0].direction", "required key is missing");
        row("missing-transport", 19, "connection[1].transport", "required key is missing");
        row("unknown-kind", 5, "system[0].kind", "did you mean 'shopify'");
        row("webhook-without-secret", 8, "connection[0].secret", "required key is missing");
        row("webhook-out", 11, "connection[0].direction", "direction must be \"in\"");
        row("api-without-base-url", 21, "connection[1].system", "has no base_url");
        row("missing-folder", 19, "connection[1].archive", "required key is missing");
        row("same-folder", 25, "connection[1].archive", "different folder from inbox");
        row("shared-inbox", 37, "connection[2].inbox", "already reads this folder");
        row("csv-unknown-field", 34, "connection[1].columns.onhand", "did you mean 'on_hand'");
        row("csv-absent-header-names", 36, "connection[1].columns.on_hand",
            "columns are given by position");
        row("csv-missing-kind", 29, "connection[1].csv.kind", "required key is missing");
        row("csv-on-x12", 33, "connection[1].csv", "applies only to format csv");
        row("x12-id-too-long", 30, "connection[1].x12.sender_id", "at most 15 characters");
        row("xref-duplicate-external", 22, "xref.sku[1].external_id",
            "is already mapped at line 15");
        row("xref-duplicate-canonical", 23, "xref.location[1].canonical_id",
            "'WH1' already has an id");
        row("duplicate-unit", 21, "unit[1].from", "already defined at line 15");
        row("unknown-domain", 15, "domain.fulfillment", "did you mean 'fulfilment'");
        row("drop-folder-secret", 28, "connection[1].secret", "take no secret");
        row("previous-with-bad-secret", 13, "connection[0].secret", "never inline",
            "hunter2-inline");
        row("previous-without-secret", 20, "connection[1].previous_secret",
            "only accepted next to a current secret");
        row("url-credentials", 6, "system[0].base_url", "must not contain credentials",
            "hunter2-pass");
        row("bad-address", 16, "engine.listen_address", "is not an IP address");
        row("same-ports", 17, "engine.admin_port", "must differ from listen_port");
        row("wrong-type", 16, "engine.io_threads", "expected an integer, found a string");
        row("out-of-range", 16, "engine.listen_port", "between 0 and 65535");
    }
    void eachErrorIsPlaced()
    {
        QFETCH(QString, fixture);
        QFETCH(int, line);
        QFETCH(QString, key);
        QFETCH(QString, messagePart);
        QFETCH(QString, neverShown);

        const std::string file = fixtures + "invalid/" + fixture.toStdString() + ".toml";
        const LoadResult result = loadConfig(file);
        QVERIFY(!result.ok());
        // One mistake, one error: nothing cascades from it.
        QVERIFY2(result.errors.size() == 1, qPrintable(describe(result.errors)));
        const Diagnostic &error = result.errors.front();
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, line);
        QVERIFY(error.column >= 1);
        QCOMPARE(QString::fromStdString(error.key), key);
        QVERIFY2(QString::fromStdString(error.message).contains(messagePart),
                 error.message.c_str());
        if (!neverShown.isEmpty()) {
            QVERIFY(!mentions(result.errors, neverShown.toStdString()));
            QVERIFY(!mentions(result.warnings, neverShown.toStdString()));
        }
    }

    void everyErrorIsReportedInFileOrder()
    {
        const LoadResult result = loadConfig(fixtures + "several-errors.toml");
        QVERIFY(!result.ok());
        std::vector<int> lines;
        for (const auto &error : result.errors)
            lines.push_back(error.line);
        QCOMPARE(lines, (std::vector{4, 9, 14, 20}));
        QCOMPARE(result.errors[0].key, std::string("engine.io_threads"));
        QCOMPARE(result.errors[2].key, std::string("connection[0].direction"));
    }

    void warningsDoNotFailTheLoad()
    {
        std::string text = webhookConfig("env:SHOP_SECRET");
        text += "\n[engine]\nadmin_address = \"0.0.0.0\"\n"
                "\n[[system]]\nname = \"spare\"\nkind = \"generic\"\n";
        const LoadResult result = parseConfig(text, "warn.toml");
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.warnings.size(), std::size_t(2));
        QCOMPARE(result.warnings[0].key, std::string("engine.admin_address"));
        QVERIFY(QString::fromStdString(result.warnings[0].message).contains("reachable"));
        QCOMPARE(result.warnings[1].key, std::string("system[1]"));
        QVERIFY(QString::fromStdString(result.warnings[1].message).contains("not used"));
    }

    void missingFileIsReported()
    {
        const std::string file = fixtures + "does-not-exist.toml";
        const LoadResult result = loadConfig(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), std::size_t(1));
        QCOMPARE(result.errors[0].file, file);
        QCOMPARE(QString::fromStdString(result.errors[0].message), QString("no such file"));
    }

    void formatsDiagnosticsLikeACompiler()
    {
        const Diagnostic d{"shop.toml", 12, 10, "connection[0].secret", "no good"};
        QCOMPARE(formatDiagnostic(d, "error"),
                 std::string("shop.toml:12:10: error: connection[0].secret: no good"));
        const Diagnostic whole{"shop.toml", 0, 0, "", "no such file"};
        QCOMPARE(formatDiagnostic(whole, "error"), std::string("shop.toml: error: no such file"));
    }

    void secretFilePermissionsAreChecked_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600 accepted") << 0600 << true;
        QTest::newRow("0644 refused") << 0644 << false;
    }
    void secretFilePermissionsAreChecked()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string keyPath = dir.filePath("shop.key").toStdString();
        std::ofstream(keyPath) << secretValue << "\n";
        ::chmod(keyPath.c_str(), mode_t(mode));

        // A relative reference is taken relative to the configuration file.
        const std::string configPath = dir.filePath("syncline.toml").toStdString();
        std::ofstream(configPath) << webhookConfig("file:shop.key");
        const LoadResult result = loadConfig(configPath);
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        const auto &secret = result.config->findConnection("shop-in")->secret;
        QCOMPARE(secret.toString(), "file:" + keyPath);

        const auto problems = checkSecrets(*result.config);
        QCOMPARE(problems.empty(), accepted);
        if (!accepted) {
            QCOMPARE(problems.size(), std::size_t(1));
            QCOMPARE(problems[0].file, configPath);
            QCOMPARE(problems[0].line, webhookSecretLine);
            QCOMPARE(problems[0].key, std::string("connection[0].secret"));
            QVERIFY(QString::fromStdString(problems[0].message).contains("mode 0644"));
            QVERIFY(!mentions(problems, secretValue));
        } else {
            std::string error;
            QCOMPARE(secret.resolve(error).value_or(""), secretValue);
        }
    }

    void environmentSecretIsResolved()
    {
        const char *variable = "SYNCLINE_TEST_CONFIG_SHOP_SECRET";
        const LoadResult result =
            parseConfig(webhookConfig(std::string("env:") + variable), "env.toml");
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        const Config &config = *result.config;

        ::unsetenv(variable);
        auto problems = checkSecrets(config);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].line, webhookSecretLine);
        QVERIFY(QString::fromStdString(problems[0].message).contains(variable));

        ::setenv(variable, secretValue.c_str(), 1);
        QVERIFY(checkSecrets(config).empty());
        std::string error;
        QCOMPARE(config.connections[0].secret.resolve(error).value_or(""), secretValue);
        // Whatever is printed about the configuration names the variable, not its value.
        std::ostringstream printed;
        printed << config.connections[0].secret;
        QCOMPARE(printed.str(), std::string("env:") + variable);
        ::unsetenv(variable);
    }

    void previousSecretIsKeptForRotation()
    {
        std::string text = webhookConfig("env:SHOP_SECRET_NEW");
        text += "previous_secret = \"env:SHOP_SECRET_OLD\"\n";
        const LoadResult result = parseConfig(text, "rotate.toml");
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        const auto &connection = result.config->connections[0];
        QCOMPARE(connection.previousSecret.toString(), std::string("env:SHOP_SECRET_OLD"));
        QCOMPARE(connection.previousSecret.origin.line, webhookSecretLine + 1);
        QCOMPARE(connection.previousSecret.origin.key,
                 std::string("connection[0].previous_secret"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
