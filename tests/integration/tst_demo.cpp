// The demo end to end: syncline-sim plays a short business day against `synclined run`, both as
// child processes on free ports with a temporary data directory. What Syncline did is read back
// from the simulated systems (their recorded effects) and from `synclined holds` and
// `synclined deadletters`.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

const QString scenarioFile =
    QStringLiteral(SYNCLINE_SOURCE_DIR "/resources/demo/scenarios/short-day.json");
const QString demoConfig = QStringLiteral(SYNCLINE_SOURCE_DIR "/resources/demo/syncline-sim.toml");

QProcessEnvironment demoEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET", "tst-demo-webhook-secret");
    env.insert("SYNCLINE_DEMO_SHOP_ACCESS_TOKEN", "shpat_tst_demo");
    env.insert("SYNCLINE_DEMO_ERP_API_KEY", "tst-demo-erp-key");
    env.insert("SYNCLINE_DEMO_ERP_WEBHOOK_SECRET", "tst-demo-erp-secret");
    return env;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Waits for a condition on the processes' output; the limit only stops a hung run.
bool waitFor(const std::function<bool()> &condition, int limitMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > limitMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

QJsonObject effectsIn(const QString &file)
{
    return QJsonDocument::fromJson(readAll(file).toUtf8()).object();
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shortDayEndToEnd();

private:
    void stop(QProcess &process);

    QTemporaryDir dir_;
    QProcess sim_;
    QProcess engine_;
};

void TestDemo::init()
{
    QVERIFY(dir_.isValid());
    sim_.setProcessEnvironment(demoEnvironment());
    engine_.setProcessEnvironment(demoEnvironment());
    sim_.setProcessChannelMode(QProcess::MergedChannels);
    engine_.setProcessChannelMode(QProcess::MergedChannels);
}

void TestDemo::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate(); // SIGTERM to this child's PID only
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
}

void TestDemo::cleanup()
{
    stop(engine_);
    stop(sim_);
}

void TestDemo::shortDayEndToEnd()
{
    const QString root = dir_.path();
    const QString simPorts = root + "/sim.ports";
    const QString enginePorts = root + "/synclined.ports";
    const QString effectsFile = root + "/effects.json";

    // 1. The simulator on free ports; it starts the day once synclined reports its ports.
    sim_.start(SYNCLINE_SIM_EXECUTABLE,
               {"--scenario",
                scenarioFile,
                "--speed",
                "10",
                "--shop-port",
                "0",
                "--erp-port",
                "0",
                "--syncline-webhook",
                "http://127.0.0.1:{webhook-port}/webhooks/shopify/shop-webhooks",
                "--erp-webhook",
                "http://127.0.0.1:{webhook-port}/webhooks/generic/erp-events",
                "--drop-folder",
                root + "/var/sim/wms",
                "--ports-file",
                simPorts,
                "--effects-file",
                effectsFile,
                "--syncline-ports-file",
                enginePorts,
                "--webhook-attempts",
                "2"});
    QVERIFY(sim_.waitForStarted());
    QVERIFY2(waitFor([&] { return QFile::exists(simPorts); }), qPrintable(sim_.readAll()));
    const auto ports = QRegularExpression(R"(shop=(\d+) erp=(\d+))").match(readAll(simPorts));
    QVERIFY(ports.hasMatch());

    // 2. The demo configuration pointed at those ports, at free Syncline ports, and at this
    // directory (its relative paths are taken from the directory of the file).
    QString config = readAll(demoConfig);
    QVERIFY(!config.isEmpty());
    config.replace("127.0.0.1:8701", "127.0.0.1:" + ports.captured(1));
    config.replace("127.0.0.1:8702", "127.0.0.1:" + ports.captured(2));
    config.replace("listen_port = 8090", "listen_port = 0");
    config.replace("admin_port = 8091", "admin_port = 0");
    QVERIFY(!config.contains("8701") && !config.contains("8090"));
    const QString configFile = root + "/syncline.toml";
    {
        QFile file(configFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
    }
    engine_.start(SYNCLINED_EXECUTABLE,
                  {"run", "--config", configFile, "--ports-file", enginePorts});
    QVERIFY(engine_.waitForStarted());

    // 3. Play the day; wait until what the scenario leads to has arrived everywhere.
    auto appliedOrders = [&] {
        QSet<QString> orders;
        for (const auto &effect : effectsIn(effectsFile)["erp"].toObject()["effects"].toArray())
            orders.insert(effect.toObject()["reference"].toString());
        return orders;
    };
    auto shop = [&] { return effectsIn(effectsFile)["shop"].toObject(); };
    auto shopQuantity = [&](const QString &item, const QString &location) {
        qint64 last = -1;
        for (const auto &effect : shop()["effects"].toArray()) {
            const auto e = effect.toObject();
            if (e["platform"] == "shopify-inventory" && e["item"] == item &&
                e["location"] == location)
                last = e["quantity"].toInteger();
        }
        return last;
    };
    const QSet<QString> accepted{"#1001", "#1002", "#1007", "#1010"};
    const bool settled = waitFor([&] {
        return effectsIn(effectsFile)["finished"].toBool() && appliedOrders() == accepted &&
               shopQuantity("gid://shopify/InventoryItem/44100001",
                            "gid://shopify/Location/70001") == 35 &&
               shop()["fulfillments"].toArray().size() == 1;
    });
    const QString simLog = QString::fromUtf8(sim_.readAll());
    QVERIFY2(settled,
             qPrintable("the day did not settle:\n" + simLog + "\n" +
                        QString::fromUtf8(engine_.readAll()) + "\n" + readAll(effectsFile)));
    QVERIFY2(engine_.state() == QProcess::Running, qPrintable(engine_.readAll()));

    // 4. No effect twice: the duplicate delivery of #1007 and the retries during the ERP outage
    // and the throttled storefront were each applied once.
    const auto effects = effectsIn(effectsFile);
    QCOMPARE(effects["erp"].toObject()["duplicates"].toInt(), 0);
    QCOMPARE(effects["erp"].toObject()["effects"].toArray().size(), 4);
    QCOMPARE(effects["shop"].toObject()["duplicates"].toInt(), 0);
    QCOMPARE(effects["shop"].toObject()["contract_violations"].toInt(), 0);
    // Stock from the opening count and the count after picking reached the storefront.
    QCOMPARE(shopQuantity("gid://shopify/InventoryItem/44100008", "gid://shopify/Location/70001"),
             45);
    QCOMPARE(shopQuantity("gid://shopify/InventoryItem/44100002", "gid://shopify/Location/70001"),
             38);
    QCOMPARE(shopQuantity("gid://shopify/InventoryItem/44100004", "gid://shopify/Location/70002"),
             23);
    const auto fulfillment = shop()["fulfillments"].toArray().at(0).toObject();
    QCOMPARE(fulfillment["order"].toString(), QString("gid://shopify/Order/820000001001"));
    QCOMPARE(fulfillment["tracking_number"].toString(), QString("1Z999AA10123456784"));
    // The malformed and wrongly signed deliveries were refused: the simulator gave up on them.
    QVERIFY2(effects["webhooks"].toObject()["abandoned"].toInt() == 2, qPrintable(simLog));

    // 5. Stop synclined, then read what it kept from the ERP: the order desk holds the orders
    // that break its rules, one hold per rule with the reason; the order with nothing to post
    // is a dead letter.
    stop(engine_);
    QCOMPARE(engine_.exitStatus(), QProcess::NormalExit);
    QCOMPARE(engine_.exitCode(), 0);
    const QString dataDirectory = root + "/var/sim/data";
    auto admin = [&](const QStringList &arguments) {
        QProcess command;
        command.start(SYNCLINED_EXECUTABLE, arguments);
        if (!command.waitForFinished(30'000) || command.exitCode() != 0)
            return QString("failed: ") + QString::fromUtf8(command.readAllStandardError());
        return QString::fromUtf8(command.readAllStandardOutput());
    };
    const QString holds = admin({"holds", "--data", dataDirectory});
    const QList<std::pair<QString, QString>> held{
        {"#1003", "reason=unknown_sku"},
        {"#1004", "reason=invalid_address"},
        {"#1005", "reason=payment_not_captured"},
    };
    for (const auto &[order, reason] : held) {
        const QRegularExpression entry(QRegularExpression::escape(order) + R"(\s+(\S+\s+)?)" +
                                       QRegularExpression::escape(reason) + R"(\s+open)");
        QVERIFY2(entry.match(holds).hasMatch(), qPrintable(order + " not held in:\n" + holds));
    }
    QVERIFY2(holds.contains("SKU-9999"), qPrintable(holds));
    QVERIFY2(holds.contains("3 hold(s)"), qPrintable(holds));

    const QString letters = admin({"deadletters", "--data", dataDirectory});
    const QRegularExpression noLines(R"(#1006\s+stage=validate.*\n\s+.*no lines)");
    QVERIFY2(noLines.match(letters).hasMatch(), qPrintable("#1006 missing in:\n" + letters));
    QVERIFY2(letters.contains("1 dead letter(s)"), qPrintable(letters));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
