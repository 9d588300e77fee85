#include "RecordingTarget.h"
#include "WebhookReplayer.h"
#include "config/Config.h"
#include "engine/Engine.h"
#include "files/DropFolder.h"
#include "wire/WebhookListener.h"

#include <QtNetwork>
#include <QtTest>

// The catalogue of bad input (manifest.json, one file per case) run through the real adapters:
// the webhook listener over HTTP on 127.0.0.1, the drop folders, the configuration loader and
// the engine's operator commands. Each case must end in a clear error or hold, and nothing
// acknowledged may be lost: every refusal is recorded with its reason and the input it refused,
// and accepted events are in the store.
using namespace syncline;
using namespace syncline::testing;

namespace {

const QString catalogue = QStringLiteral(SYNCLINE_BADINPUT_DIR);
const QByteArray shopSecret = "badinput-shop-secret";
const QByteArray wooSecret = "badinput-woo-secret";
const QByteArray genericSecret = "badinput-erp-secret";
const Actor admin{"ops-admin", "admin"};

QList<QJsonObject> casesOf(const QString &channel)
{
    QFile file(catalogue + "/manifest.json");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<QJsonObject> rows;
    for (const auto &value : QJsonDocument::fromJson(file.readAll()).array())
        if (value.toObject().value("channel").toString() == channel)
            rows.push_back(value.toObject());
    return rows;
}

QByteArray caseBytes(const QString &relative)
{
    QFile file(catalogue + "/" + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

void addRows(const QString &channel)
{
    QTest::addColumn<QJsonObject>("row");
    for (const auto &row : casesOf(channel))
        QTest::newRow(qPrintable(row.value("name").toString())) << row;
}

bool containsText(const std::string &haystack, const QString &needle)
{
    return QString::fromStdString(haystack).contains(needle, Qt::CaseInsensitive);
}

template <typename T>
T get(std::future<T> future)
{
    return future.get();
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::shared_ptr<RecordingTarget> erp_ = std::make_shared<RecordingTarget>("erp", 10);
    std::shared_ptr<RecordingTarget> shop_ = std::make_shared<RecordingTarget>("shop", 10);
    std::unique_ptr<Engine> engine_;
    std::vector<wire::WebhookEndpoint> endpoints_;
    std::unique_ptr<wire::WebhookListener> listener_;
    std::shared_ptr<wire::WebhookRouter> replayRouter_;
    std::unique_ptr<files::DropFolder> csvFolder_;
    std::unique_ptr<files::DropFolder> x12Folder_;
    QNetworkAccessManager network_;
    int eventsAcknowledged_ = 0; // events the adapters were told are committed

    QString folder(const QString &name) const { return dir_.filePath(name); }

    std::vector<RejectedInput> rejected() { return engine_->rejectedInputs(100'000).get(); }

    std::int64_t received(const std::string &connection)
    {
        std::int64_t total = 0;
        for (const auto &feed : engine_->feeds()->feeds)
            if (feed.connection == connection)
                total += feed.received + feed.duplicates; // superseded ones are received too
        return total;
    }

    // The feed counters are published on the notify interval.
    void waitForFeeds()
    {
        const auto version = engine_->feeds()->version;
        // No newer version within half a second: nothing changed, the current one is fresh.
        if (!QTest::qWaitFor([&] { return engine_->feeds()->version > version; }, 500))
            qDebug("feed snapshot %llu is current", static_cast<unsigned long long>(version));
    }

    int post(const QJsonObject &row, const QByteArray &body, const QByteArray &eventId)
    {
        const QString kind = row.value("kind").toString("shopify");
        const QString path = row.value("path").toString("/webhooks/shopify/shop-hooks");
        QNetworkRequest request(
            QUrl("http://127.0.0.1:" + QString::number(listener_->port()) + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QString signature = row.value("signature").toString("valid");
        const QByteArray secret = kind == "woocommerce" ? wooSecret
                                  : kind == "generic"   ? genericSecret
                                                        : shopSecret;
        const QByteArray signedBody = signature == "tampered" ? body + " " : body;
        const QByteArray mac = QMessageAuthenticationCode::hash(
            signedBody, signature == "wrong" ? QByteArray("not-the-secret") : secret,
            QCryptographicHash::Sha256);
        const QByteArray encoded =
            signature == "hex" || kind == "generic" ? mac.toHex() : mac.toBase64();
        QMap<QByteArray, QByteArray> headers;
        if (kind == "shopify") {
            if (signature != "missing")
                headers["X-Shopify-Hmac-Sha256"] = encoded;
            headers["X-Shopify-Topic"] = row.value("topic").toString("orders/create").toUtf8();
            headers["X-Shopify-Shop-Domain"] = "badinput.myshopify.com";
            headers["X-Shopify-API-Version"] = "2026-04";
            headers["X-Shopify-Webhook-Id"] = eventId;
            headers["X-Shopify-Event-Id"] = eventId;
        } else if (kind == "woocommerce") {
            headers["X-WC-Webhook-Signature"] = encoded;
            headers["X-WC-Webhook-Topic"] = "order.updated";
            headers["X-WC-Webhook-Resource"] = "order";
            headers["X-WC-Webhook-Event"] = "updated";
            headers["X-WC-Webhook-Delivery-ID"] = eventId;
            headers["X-WC-Webhook-Source"] = "https://woo.example/";
        } else {
            headers["X-Syncline-Signature"] = encoded;
        }
        for (const auto &omitted : row.value("omit").toArray())
            headers.remove(omitted.toString().toUtf8());
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        QNetworkReply *reply = row.value("method").toString("POST") == "GET"
                                   ? network_.get(request)
                                   : network_.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15'000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // A sender that announces more than it sends and hangs up: nothing can be answered.
    void postTruncated(const QByteArray &body)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener_->port());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("POST /webhooks/shopify/shop-hooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 3));
        QVERIFY(socket.waitForBytesWritten(5'000));
        socket.disconnectFromHost();
    }

    // Waits until the drop folder has moved the file out of the inbox.
    QString dropAndWait(files::DropFolder &drop, const QString &name, const QByteArray &bytes,
                        const QString &inbox)
    {
        QFile file(inbox + "/" + name);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        file.close();
        for (int scan = 0; scan < 200 && QFile::exists(inbox + "/" + name); ++scan) {
            drop.scanOnce();
            QTest::qWait(20);
        }
        return QFile::exists(inbox + "/" + name) ? QString() : name;
    }

    // The file the drop folder moved into `directory` (names carry a time stamp).
    QString movedFile(const QString &directory, const QString &name) const
    {
        for (const QString &entry : QDir(directory).entryList(QDir::Files))
            if (entry.endsWith(name))
                return directory + "/" + entry;
        return {};
    }

    void runFileCase(const QJsonObject &row, files::DropFolder &drop, const QString &root,
                     const std::string &connection)
    {
        const QString name =
            row.value("name").toString() + "." + QFileInfo(row.value("file").toString()).suffix();
        const QByteArray bytes = caseBytes(row.value("file").toString());
        const QString outcome = row.value("outcome").toString();
        const QString expect = row.value("expect").toString();
        const auto rejectedBefore = rejected().size();
        waitForFeeds();
        const auto receivedBefore = received(connection);

        QCOMPARE(dropAndWait(drop, name, bytes, root + "/inbox"), name);
        QTRY_COMPARE_WITH_TIMEOUT(int(drop.inFlight()), 0, 10'000);

        const QString quarantined = movedFile(root + "/quarantine", name);
        const QString archived = movedFile(root + "/archive", name);
        if (outcome == "quarantined") {
            QVERIFY2(!quarantined.isEmpty(), "the file was not quarantined");
            QFile reason(quarantined + ".reason.txt");
            QVERIFY2(reason.open(QIODevice::ReadOnly), "a quarantined file has no reason file");
            const QString text = QString::fromUtf8(reason.readAll());
            QVERIFY2(text.contains(expect, Qt::CaseInsensitive), qPrintable(text));
            // Kept whole, byte for byte, for inspection and replay.
            QFile kept(quarantined);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), bytes);
        } else {
            QVERIFY2(!archived.isEmpty(), "the file was not archived");
        }
        if (outcome == "warned") {
            QFile reason(archived + ".reason.txt");
            QVERIFY2(reason.open(QIODevice::ReadOnly), "the archived file has no reason file");
            const QString text = QString::fromUtf8(reason.readAll());
            QVERIFY2(text.contains(expect, Qt::CaseInsensitive), qPrintable(text));
        }
        if (outcome == "records") {
            // Each refused record is recorded with its reason and the record itself.
            QTRY_VERIFY_WITH_TIMEOUT(rejected().size() > rejectedBefore, 5'000);
            const auto all = rejected();
            bool found = false;
            for (const auto &input : all)
                if (input.channel == "file" && containsText(input.path, name) &&
                    containsText(input.reason, expect) && !input.body.empty())
                    found = true;
            QVERIFY2(found, qPrintable("no refused record names \"" + expect + "\""));
            QFile reason(archived + ".reason.txt");
            QVERIFY2(reason.exists(), "the archived file has no reason file");
        }
        const int accepted = row.value("accepted").toInt(0);
        eventsAcknowledged_ += accepted;
        QTRY_COMPARE_WITH_TIMEOUT(received(connection) - receivedBefore, std::int64_t(accepted),
                                  5'000);
    }

    std::string heldOrderHold()
    {
        HoldQuery query;
        query.text = "BADINPUT-UNKNOWN";
        const auto holds = engine_->holds(query).get();
        return holds.empty() ? std::string() : holds.front().id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        EngineOptions options;
        options.dataDirectory = folder("data").toStdString();
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(20);
        options.autoStart = false;
        engine_ = Engine::open(options);
        engine_->addTarget(erp_);
        engine_->addTarget(shop_);
        engine_->addRoute(Route{Domain::Order, "erp", "", ""});
        engine_->addRoute(Route{Domain::Inventory, "shop", "", ""});
        engine_->start();
        // With a known catalogue the unknown-SKU rule runs.
        QVERIFY(
            engine_
                ->setErpCatalog({"IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK", "SKU-1"}, admin)
                .get()
                .ok);

        wire::WebhookEndpoint shopify;
        shopify.connection = "shop-hooks";
        shopify.kind = wire::WebhookEndpoint::Shopify;
        shopify.secret = shopSecret.toStdString();
        shopify.shopifyLookups.skuForInventoryItem =
            [](std::string_view id) -> std::optional<std::string> {
            return id == "808950810" ? std::optional<std::string>("SKU-1") : std::nullopt;
        };
        shopify.shopifyLookups.locationCode =
            [](std::string_view id) -> std::optional<std::string> {
            return id == "905684977" ? std::optional<std::string>("WH1") : std::nullopt;
        };
        wire::WebhookEndpoint woo;
        woo.connection = "woo-hooks";
        woo.kind = wire::WebhookEndpoint::WooCommerce;
        woo.secret = wooSecret.toStdString();
        wire::WebhookEndpoint generic;
        generic.connection = "erp-hooks";
        generic.kind = wire::WebhookEndpoint::Generic;
        generic.secret = genericSecret.toStdString();
        generic.sourceSystem = "erp";
        endpoints_ = {shopify, woo, generic};
        listener_ = std::make_unique<wire::WebhookListener>(
            engine_->ioContext(), wire::WebhookListenerOptions{}, endpoints_, engine_->inbound());
        listener_->start();
        replayRouter_ = std::make_shared<wire::WebhookRouter>(endpoints_);
        engine_->setRejectedReplayer(
            "webhook", webhookReplayer(replayRouter_, engine_->inbound(), engine_->clock()));

        auto folderOptions = [this](const QString &root, const std::string &connection) {
            files::DropFolderOptions drop;
            drop.inbox = (root + "/inbox").toStdString();
            drop.archive = (root + "/archive").toStdString();
            drop.quarantine = (root + "/quarantine").toStdString();
            drop.connection = connection;
            drop.csv.connection = connection;
            drop.x12.connection = connection;
            drop.writeAcknowledgements = false;
            QDir().mkpath(root + "/inbox");
            return drop;
        };
        csvFolder_ = std::make_unique<files::DropFolder>(
            engine_->ioContext(), folderOptions(folder("csv"), "wms-csv"), engine_->inbound());
        auto x12 = folderOptions(folder("x12"), "wms-x12");
        x12.format = files::FileFormat::X12;
        x12Folder_ =
            std::make_unique<files::DropFolder>(engine_->ioContext(), x12, engine_->inbound());
    }

    void cleanupTestCase()
    {
        if (listener_)
            listener_->stop();
        csvFolder_.reset();
        x12Folder_.reset();
        listener_.reset();
        engine_.reset();
    }

    void webhooks_data() { addRows("webhook"); }
    void webhooks()
    {
        QFETCH(QJsonObject, row);
        const QByteArray body = caseBytes(row.value("file").toString());
        const QByteArray eventId = "badinput-" + row.value("name").toString().toUtf8();
        const int expectedStatus = row.value("status").toInt();
        const QString outcome = row.value("outcome").toString("rejected");
        const QString expect = row.value("expect").toString();
        const auto rejectedBefore = rejected().size();
        waitForFeeds();
        const auto receivedBefore = received("shop-hooks");

        if (row.contains("before")) {
            QCOMPARE(post(row, caseBytes(row.value("before").toString()), eventId + "-first"), 200);
            ++eventsAcknowledged_;
        }
        if (row.value("send").toString() == "truncated") {
            postTruncated(body);
        } else {
            QCOMPARE(post(row, body, eventId), expectedStatus);
            if (row.value("send").toString() == "twice")
                QCOMPARE(post(row, body, eventId), expectedStatus);
        }

        if (outcome == "rejected") {
            QTRY_VERIFY_WITH_TIMEOUT(rejected().size() > rejectedBefore, 5'000);
            const auto latest = rejected().front(); // newest first
            QCOMPARE(latest.channel, std::string("webhook"));
            QVERIFY2(containsText(latest.reason, expect), latest.reason.c_str());
            // A body refused for its size is recorded with what was read before the limit.
            if (row.value("send").toString().isEmpty() && expectedStatus != 413)
                QVERIFY(!latest.headers.empty());
            if (row.value("send").toString().isEmpty() && expectedStatus != 413) {
                // The refused request is kept whole, so it can be replayed once fixed.
                QCOMPARE(QByteArray::fromStdString(latest.body), body);
                QCOMPARE(latest.bodySize, std::int64_t(body.size()));
            }
            QCOMPARE(received("shop-hooks"), receivedBefore);
            return;
        }
        ++eventsAcknowledged_;
        waitForFeeds();
        const auto feeds = engine_->feeds();
        const auto it =
            std::find_if(feeds->feeds.begin(), feeds->feeds.end(),
                         [](const FeedHealth &f) { return f.connection == "shop-hooks"; });
        QVERIFY(it != feeds->feeds.end());
        if (outcome == "duplicate") {
            QTRY_VERIFY_WITH_TIMEOUT(received("shop-hooks") - receivedBefore == 2, 5'000);
            QVERIFY(engine_->feeds()->feeds.size() > 0);
        } else if (outcome == "superseded") {
            QTRY_VERIFY_WITH_TIMEOUT(received("shop-hooks") - receivedBefore == 2, 5'000);
            engine_->drain().get();
            // Only the newer level reached the storefront.
            const auto effects = shop_->effects();
            QVERIFY(!effects.empty());
            QVERIFY2(effects.back().payload.find("\"on_hand\":9") != std::string::npos ||
                         effects.back().payload.find("\"available\":9") != std::string::npos,
                     effects.back().payload.c_str());
        } else if (outcome == "held") {
            HoldQuery query;
            query.text = expect.toStdString();
            QTRY_VERIFY_WITH_TIMEOUT(!engine_->holds(query).get().empty(), 5'000);
            const auto hold = engine_->holds(query).get().front();
            QVERIFY2(containsText(hold.message, expect), hold.message.c_str());
        }
    }

    // A request refused because the storefront signs with a rotated secret is replayed from the
    // record once the new secret is configured, and its order is then in the store.
    void refusedWebhookIsReplayedOnceTheCauseIsFixed()
    {
        QJsonObject row;
        QFile fixture(SYNCLINE_FIXTURES_DIR "/shopify/order.json");
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray body = fixture.readAll();
        auto rotated = endpoints_;
        rotated[0].secret = "rotated-secret";
        listener_->setEndpoints(rotated);
        const auto before = rejected().size();
        QCOMPARE(post(row, body, "badinput-rotated"), 401);
        QTRY_VERIFY_WITH_TIMEOUT(rejected().size() > before, 5'000);
        const auto refused = rejected().front();
        QVERIFY(containsText(refused.reason, "signature mismatch"));

        // Still refused while the cause is not fixed: the record stays as it was.
        replayRouter_->setEndpoints(rotated);
        const auto early = engine_->replayRejected(refused.id, admin).get();
        QVERIFY(!early.ok);
        QVERIFY2(containsText(early.message, "signature mismatch"), early.message.c_str());

        waitForFeeds();
        const auto receivedBefore = received("shop-hooks");
        replayRouter_->setEndpoints(endpoints_); // the configuration now has the shop's secret
        listener_->setEndpoints(endpoints_);
        const auto replayed = engine_->replayRejected(refused.id, admin).get();
        QVERIFY2(replayed.ok, replayed.message.c_str());
        ++eventsAcknowledged_;
        QTRY_COMPARE_WITH_TIMEOUT(received("shop-hooks") - receivedBefore, std::int64_t(1), 5'000);
        const auto after = rejected();
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&](const RejectedInput &r) { return r.id == refused.id; });
        QVERIFY(it != after.end());
        QCOMPARE(it->status, std::string("replayed"));
    }

    void csvFiles_data() { addRows("csv"); }
    void csvFiles()
    {
        QFETCH(QJsonObject, row);
        runFileCase(row, *csvFolder_, folder("csv"), "wms-csv");
    }

    void x12Files_data() { addRows("x12"); }
    void x12Files()
    {
        QFETCH(QJsonObject, row);
        runFileCase(row, *x12Folder_, folder("x12"), "wms-x12");
    }

    void configuration_data() { addRows("config"); }
    void configuration()
    {
        QFETCH(QJsonObject, row);
        qputenv("BADINPUT_SHOP_SECRET", "set-for-the-loader");
        QTemporaryDir configDir;
        const QString path = configDir.filePath("syncline.toml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(caseBytes(row.value("file").toString()));
        file.close();

        const auto result = config::loadConfig(path.toStdString());
        std::vector<config::Diagnostic> problems = result.errors;
        if (row.value("stage").toString() == "secrets") {
            QVERIFY2(result.ok(), "the file itself is valid; only its secret is missing");
            problems = config::checkSecrets(*result.config);
        } else {
            QVERIFY2(!result.ok(), "a bad configuration was accepted");
        }
        QVERIFY(!problems.empty());
        QString text;
        for (const auto &problem : problems)
            text += QString::fromStdString(config::formatDiagnostic(problem, "error")) + "\n";
        QVERIFY2(text.contains(row.value("expect").toString(), Qt::CaseInsensitive),
                 qPrintable(text));
        // Every diagnostic says where: file and line.
        QVERIFY2(text.contains("syncline.toml:"), qPrintable(text));
        if (row.contains("forbid"))
            QVERIFY2(!text.contains(row.value("forbid").toString()), "a secret was repeated");
    }

    void operatorEdits_data() { addRows("operator"); }
    void operatorEdits()
    {
        QFETCH(QJsonObject, row);
        const QJsonObject input =
            QJsonDocument::fromJson(caseBytes(row.value("file").toString())).object();
        const QString op = row.value("op").toString();
        const QString expect = row.value("expect").toString();

        // One held order and one dead letter to act on, made once.
        if (heldOrderHold().empty()) {
            Event order;
            order.idempotencyKey = "badinput-operator-order";
            order.sourceSystem = "shop";
            order.connection = "shop-hooks";
            order.domain = Domain::Order;
            order.type = "order.created";
            order.correlationId = "BADINPUT-UNKNOWN";
            order.payload =
                R"({"order_number":"BADINPUT-UNKNOWN","channel":"shop-hooks","payment_state":"paid",)"
                R"("shipping_address":{"line1":"1 Main St","city":"Solon","postal_code":"44139","country":"US"},)"
                R"("lines":[{"line_id":"1","sku":"BADINPUT-UNKNOWN-SKU","quantity":1,"unit_price":"1.00","tax":"0.00"}]})";
            QVERIFY(engine_->ingest(order).get().status == IngestResult::Status::Accepted);
            Event level;
            level.idempotencyKey = "badinput-operator-negative";
            level.sourceSystem = "wms";
            level.connection = "wms-operator";
            level.domain = Domain::Inventory;
            level.type = "inventory.level";
            level.correlationId = "NEG-1";
            level.payload = R"({"sku":"NEG-1","location":"WH1","on_hand":-12})";
            QVERIFY(engine_->ingest(level).get().status == IngestResult::Status::Accepted);
            eventsAcknowledged_ += 2;
            engine_->drain().get();
            QTRY_VERIFY_WITH_TIMEOUT(!heldOrderHold().empty(), 5'000);
            QTRY_VERIFY_WITH_TIMEOUT(!engine_->deadLetters({}).get().empty(), 5'000);
        }
        const std::string holdId = heldOrderHold();
        const auto letters = engine_->deadLetters({}).get();
        QVERIFY(!letters.empty());
        const auto letter = letters.front();

        CommandResult result;
        if (op == "fix") {
            domain::OrderFix fix;
            fix.edits.push_back(
                {input.value("pointer").toString().toStdString(),
                 boost::json::value(input.value("value").toString().toStdString())});
            result = engine_->fixHold(holdId, fix, admin).get();
        } else if (op == "search-dead-letters") {
            DeadLetterQuery query;
            query.text = input.value("text").toString().toStdString();
            QCOMPARE(engine_->deadLetters(query).get().size(), std::size_t(0));
            QCOMPARE(engine_->deadLetters({}).get().size(), letters.size()); // nothing dropped
            return;
        } else if (op == "find-orders") {
            QCOMPARE(engine_->findOrders(input.value("text").toString().toStdString()).get().size(),
                     std::size_t(0));
            QVERIFY(!engine_->findOrders("BADINPUT-UNKNOWN").get().empty());
            return;
        } else if (op == "search-holds") {
            HoldQuery query;
            query.text = input.value("text").toString().toStdString();
            QCOMPARE(engine_->holds(query).get().size(), std::size_t(0));
            QVERIFY(!heldOrderHold().empty());
            return;
        } else if (op == "resubmit-edited") {
            result = engine_
                         ->resubmitDeadLetter(
                             letter.id, input.value("payload").toString().toStdString(), admin)
                         .get();
        } else if (op == "resubmit-unknown") {
            result =
                engine_->resubmitDeadLetter(input.value("id").toInt(), std::nullopt, admin).get();
        } else if (op == "discard") {
            result = engine_
                         ->discardDeadLetter(letter.id,
                                             input.value("reason").toString().toStdString(), admin)
                         .get();
        } else if (op == "replay-rejected-unknown") {
            result = engine_->replayRejected(input.value("id").toInt(), admin).get();
        } else if (op == "approve-unknown") {
            result =
                engine_
                    ->approveHold(input.value("hold").toString().toStdString(), "looks fine", admin)
                    .get();
        } else {
            QFAIL(qPrintable("unknown operation " + op));
        }
        QVERIFY2(!result.ok, "a bad operator edit was accepted");
        QVERIFY2(containsText(result.message, expect), result.message.c_str());
        // A refused edit changes nothing: the dead letter is still parked, the hold still open.
        QCOMPARE(engine_->deadLetters({}).get().size(), letters.size());
        QCOMPARE(heldOrderHold(), holdId);
    }

    // Nothing acknowledged is lost: every event an adapter was told is committed is counted by
    // its feed, and every refusal is kept.
    void everythingAcknowledgedIsInTheStore()
    {
        engine_->drain().get();
        waitForFeeds();
        std::int64_t total = 0;
        for (const auto &feed : engine_->feeds()->feeds)
            total += feed.received + feed.duplicates;
        QCOMPARE(total, std::int64_t(eventsAcknowledged_) + 1); // + the duplicate delivery
        int rows = 0;
        for (const char *channel : {"webhook", "csv", "x12", "config", "operator"})
            rows += int(casesOf(channel).size());
        qInfo("bad input catalogue: %d cases, %d refusals recorded, %d events acknowledged", rows,
              int(rejected().size()), eventsAcknowledged_);
        QVERIFY(rows >= 50);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
