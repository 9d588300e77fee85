#include "AuditTrail.h"
#include "ErpRecorder.h"
#include "OperatorDesk.h"
#include "contractserver/ContractServer.h"

#include <QtNetwork>
#include <QtTest>

#include <map>
#include <random>
#include <set>

// `synclined run` killed with SIGKILL at random points under mixed load (signed webhooks,
// dropped CSV and X12 files, deliveries to an ERP and a storefront on 127.0.0.1, and an operator
// deciding the orders held for their taxes through `synclined hold` and `synclined replay`),
// restarted each time. Afterwards every acknowledged input must have been processed, no target
// may hold the same effect under two keys, every acknowledged operator command must have its
// audit entry, and the audit trail must verify - while a tampered copy of it must not.
//
// SYNCLINE_CRASH_KILLS sets the number of kills (default 4), SYNCLINE_CRASH_SEED the seed.
namespace {

using syncline::contract::ContractServer;
using syncline::crash::CliRun;
using syncline::crash::OperatorDesk;
using syncline::crash::synclined;
using syncline::testing::ErpRecorder;

constexpr int skusPerChannel = 4;
const QByteArray webhookSecret = "crash-webhook-secret";
const QByteArray erpApiKey = "crash-erp-key";

constexpr int firstOrderNumber = 50'000;

// One order in forty carries a tax total its lines do not add up to: the order desk holds it.
bool breaksTaxRule(int webhookIndex)
{
    return webhookIndex % 40 == 0;
}

// The operator rejects a third of the held orders ("#50120", "#50240"...) and approves the others.
bool operatorRejects(const QString &orderNumber)
{
    return (orderNumber.mid(1).toInt() - firstOrderNumber) % 120 == 0;
}

QString inventoryItem(const QString &sku)
{
    // "C-3" -> 1003, "X-3" -> 2003
    return QStringLiteral("gid://shopify/InventoryItem/%1")
        .arg((sku.startsWith('C') ? 1000 : 2000) + sku.mid(2).toInt());
}

QString sku(char channel, int index)
{
    return QStringLiteral("%1-%2").arg(channel).arg(index);
}

QByteArray configText(const QString &shopUrl, const QString &erpUrl)
{
    QString text = QStringLiteral(R"(version = 1
[engine]
data_directory = "data"
listen_port = 0
admin_port = 0

[[system]]
name = "shop"
kind = "shopify"
base_url = "%1"
api_version = "2026-04"

[[system]]
name = "erp"
kind = "generic"
base_url = "%2"

[[system]]
name = "wms"
kind = "wms"

[[connection]]
name = "shop-hooks"
system = "shop"
direction = "in"
transport = "webhook"
domains = ["order"]
secret = "env:CRASH_WEBHOOK_SECRET"

[[connection]]
name = "shop-admin"
system = "shop"
direction = "out"
transport = "api"
domains = ["inventory"]
secret = "env:CRASH_SHOP_TOKEN"
timeout = "5s"

[[connection]]
name = "erp-api"
system = "erp"
direction = "out"
transport = "api"
domains = ["order"]
secret = "env:CRASH_ERP_KEY"
timeout = "5s"

[[connection]]
name = "wms-csv"
system = "wms"
direction = "in"
transport = "drop-folder"
domains = ["inventory"]
inbox = "csv/inbox"
archive = "csv/archive"
quarantine = "csv/quarantine"
poll_interval = "100ms"
format = "csv"

[connection.csv]
kind = "inventory"
header = "present"

[[connection]]
name = "wms-x12"
system = "wms"
direction = "in"
transport = "drop-folder"
domains = ["inventory"]
inbox = "x12/inbox"
archive = "x12/archive"
quarantine = "x12/quarantine"
poll_interval = "100ms"
format = "x12"

[connection.x12]
sender_id = "CRASHWMS"
receiver_id = "SYNCLINE"

[[xref.location]]
connection = "shop-admin"
external_id = "gid://shopify/Location/1"
canonical_id = "WH1"
)")
                       .arg(shopUrl, erpUrl);
    for (const char channel : {'C', 'X'}) {
        for (int i = 1; i <= skusPerChannel; ++i)
            text += QStringLiteral("\n[[xref.sku]]\nconnection = \"shop-admin\"\n"
                                   "external_id = \"%1\"\ncanonical_id = \"%2\"\n")
                        .arg(inventoryItem(sku(channel, i)), sku(channel, i));
    }
    return text.toUtf8();
}

// Every level a dropped file sets is unique to it, so an effect names the file it came from.
qint64 quantityOf(int fileIndex, int skuIndex)
{
    return qint64(fileIndex) * 10 + skuIndex;
}

QDateTime asOfFile(int fileIndex)
{
    return QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC).addSecs(qint64(fileIndex) * 60);
}

QByteArray csvFile(int fileIndex)
{
    QByteArray text = "sku,location,on_hand,reserved,as_of\n";
    for (int i = 1; i <= skusPerChannel; ++i)
        text += QStringLiteral("%1,WH1,%2,0,%3\n")
                    .arg(sku('C', i))
                    .arg(quantityOf(fileIndex, i))
                    .arg(asOfFile(fileIndex).toString(Qt::ISODate))
                    .toUtf8();
    return text;
}

QByteArray x12File(int fileIndex)
{
    const QDateTime at = asOfFile(fileIndex);
    const QString control = QStringLiteral("%1").arg(fileIndex, 9, 10, QLatin1Char('0'));
    QStringList set{"ST*846*0001",
                    QStringLiteral("BIA*00*MM*INV-%1*%2*%3")
                        .arg(fileIndex)
                        .arg(at.toString("yyyyMMdd"), at.toString("HHmm")),
                    "N1*WH*MAIN WAREHOUSE*92*WH1"};
    for (int i = 1; i <= skusPerChannel; ++i) {
        set << QStringLiteral("LIN**SK*%1").arg(sku('X', i));
        set << QStringLiteral("QTY*17*%1").arg(quantityOf(fileIndex, i));
    }
    set << QStringLiteral("SE*%1*0001").arg(set.size() + 1);
    QString text = QStringLiteral("ISA*00*          *00*          *ZZ*CRASHWMS       *ZZ*"
                                  "SYNCLINE       *261126*1200*U*00401*%1*0*P*>~\n")
                       .arg(control);
    text += QStringLiteral("GS*IB*CRASHWMS*SYNCLINE*20261126*1200*%1*X*004010~\n").arg(fileIndex);
    text += set.join("~\n") + "~\n";
    text += QStringLiteral("GE*1*%1~\nIEA*1*%2~\n").arg(fileIndex).arg(control);
    return text.toUtf8();
}

struct Webhook {
    QString orderNumber; // as the ERP receives it
    QByteArray eventId;
    QByteArray body;
};

class CrashRig {
public:
    CrashRig(const QString &root, quint32 seed)
        : root_(root)
        , random_(seed)
    {
        QFile fixture(SYNCLINE_FIXTURES_DIR "/shopify/order.json");
        if (fixture.open(QIODevice::ReadOnly))
            order_ = QJsonDocument::fromJson(fixture.readAll()).object();
        for (const char *folder : {"csv/inbox", "x12/inbox"})
            QDir(root).mkpath(folder);
    }

    QString configPath() const { return root_ + "/syncline.toml"; }
    QString dataPath() const { return root_ + "/data"; }
    std::mt19937 &random() { return random_; }

    bool start(QProcess &process)
    {
        const QString portsFile = root_ + "/ports";
        QFile::remove(portsFile);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("CRASH_WEBHOOK_SECRET", webhookSecret);
        env.insert("CRASH_SHOP_TOKEN", "shpat_contract");
        env.insert("CRASH_ERP_KEY", erpApiKey);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        const QStringList arguments{"run", "--config", configPath(), "--ports-file", portsFile};
        // SYNCLINE_CRASH_WRAPPER runs the engine under a debugger or checker ("gdb -batch ...").
        const QString wrapper = qEnvironmentVariable("SYNCLINE_CRASH_WRAPPER");
        if (wrapper.isEmpty())
            process.start(QStringLiteral(SYNCLINED_PATH), arguments);
        else
            process.start(wrapper.section(' ', 0, 0),
                          wrapper.section(' ', 1).split(' ', Qt::SkipEmptyParts) +
                              QStringList{QStringLiteral(SYNCLINED_PATH)} + arguments);
        if (!process.waitForStarted())
            return false;
        QDeadlineTimer deadline(30'000);
        while (!QFile::exists(portsFile) && !deadline.hasExpired()) {
            if (process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(20);
        }
        QFile ports(portsFile);
        if (!ports.open(QIODevice::ReadOnly))
            return false;
        webhookPort_ = QRegularExpression("webhook=(\\d+)")
                           .match(QString::fromUtf8(ports.readAll()))
                           .captured(1);
        return !webhookPort_.isEmpty();
    }

    // The next webhook: one a sender still owes (not acknowledged yet) before a new one.
    Webhook nextWebhook()
    {
        if (!unacknowledged_.isEmpty())
            return unacknowledged_.takeFirst();
        const int n = ++webhooksMade_;
        QJsonObject order = order_.value("order").toObject();
        order["id"] = 7'000'000 + n;
        order["order_number"] = firstOrderNumber + n;
        order["name"] = QStringLiteral("#%1").arg(firstOrderNumber + n);
        // Taxes that add up let the order through to the ERP; the others are held.
        order["total_tax"] = breaksTaxRule(n) ? "7.77" : "0.00";
        if (breaksTaxRule(n))
            heldForTax_.insert(QStringLiteral("#%1").arg(firstOrderNumber + n));
        order["tax_lines"] = QJsonArray();
        order["total_price"] = order.value("subtotal_price");
        const QByteArray body = QJsonDocument(QJsonObject{{"order", order}}).toJson();
        return Webhook{QStringLiteral("#%1").arg(firstOrderNumber + n),
                       QByteArray("crash-event-") + QByteArray::number(n), body};
    }

    QNetworkReply *post(QNetworkAccessManager &network, const Webhook &webhook)
    {
        QNetworkRequest request(
            QUrl("http://127.0.0.1:" + webhookPort_ + "/webhooks/shopify/shop-hooks"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-Shopify-Hmac-Sha256",
                             QMessageAuthenticationCode::hash(webhook.body, webhookSecret,
                                                              QCryptographicHash::Sha256)
                                 .toBase64());
        request.setRawHeader("X-Shopify-Topic", "orders/create");
        request.setRawHeader("X-Shopify-Shop-Domain", "crash.myshopify.com");
        request.setRawHeader("X-Shopify-API-Version", "2026-04");
        request.setRawHeader("X-Shopify-Webhook-Id", webhook.eventId);
        request.setRawHeader("X-Shopify-Event-Id", webhook.eventId);
        request.setTransferTimeout(10'000);
        return network.post(request, webhook.body);
    }

    void settle(const Webhook &webhook, QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            acknowledged_.insert(webhook.orderNumber);
        } else {
            unacknowledged_.push_back(webhook);
            ++webhookFailures_;
        }
        reply->deleteLater();
    }

    // Written under a temporary name and renamed, as a partner's transfer does.
    void dropFile()
    {
        const int index = ++filesMade_;
        const bool csv = index % 2 == 1;
        const QString folder = root_ + (csv ? "/csv/inbox/" : "/x12/inbox/");
        const QString name = QStringLiteral("stock-%1.%2")
                                 .arg(index, 6, 10, QLatin1Char('0'))
                                 .arg(csv ? "csv" : "edi");
        QFile file(folder + name + ".tmp");
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(csv ? csvFile(index) : x12File(index));
        file.close();
        QFile::rename(folder + name + ".tmp", folder + name);
        lastFile_[csv ? 'C' : 'X'] = index;
        dropped_.insert(name);
    }

    // One stretch of load, ended by SIGKILL after `killAfterMs`; the operator's command that
    // is running then is killed with the engine.
    void loadUntilKilled(QProcess &process, OperatorDesk &desk, int killAfterMs)
    {
        QNetworkAccessManager network;
        QEventLoop loop;
        bool stopping = false;
        QList<QNetworkReply *> inFlight;
        std::function<void()> sendMore = [&] {
            while (!stopping && inFlight.size() < 4) {
                const Webhook webhook = nextWebhook();
                QNetworkReply *reply = post(network, webhook);
                inFlight.push_back(reply);
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, webhook] {
                    inFlight.removeOne(reply);
                    settle(webhook, reply);
                    sendMore();
                });
            }
        };
        QTimer files;
        QObject::connect(&files, &QTimer::timeout, &loop, [this] { dropFile(); });
        files.start(std::uniform_int_distribution<int>(60, 250)(random_));
        QTimer operatorDesk;
        QObject::connect(&operatorDesk, &QTimer::timeout, &loop,
                         [this, &desk] { desk.step(random_, acknowledged_); });
        operatorDesk.start(std::uniform_int_distribution<int>(20, 80)(random_));
        QTimer::singleShot(killAfterMs, &loop, [&] {
            stopping = true;
            process.kill(); // SIGKILL
            desk.killInFlight();
            files.stop();
            operatorDesk.stop();
            loop.quit();
        });
        sendMore();
        loop.exec();
        process.waitForFinished(10'000);
        for (QNetworkReply *reply : inFlight)
            reply->abort(); // each aborted request goes back to the sender's queue
        QCoreApplication::processEvents();
        while (!inFlight.isEmpty())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    // A sender keeps retrying what was not acknowledged; after the last restart it gets through.
    bool acknowledgeTheRest()
    {
        QNetworkAccessManager network;
        for (int round = 0; round < 50 && !unacknowledged_.isEmpty(); ++round) {
            const Webhook webhook = unacknowledged_.takeFirst();
            QNetworkReply *reply = post(network, webhook);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(15'000);
            settle(webhook, reply);
        }
        return unacknowledged_.isEmpty();
    }

    QSet<QString> archived() const
    {
        QSet<QString> names;
        for (const char *folder : {"/csv/archive", "/x12/archive"}) {
            QDirIterator it(root_ + folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                for (const QString &name : dropped_)
                    if (it.fileName().contains(name) && !it.fileName().endsWith(".reason.txt"))
                        names.insert(name);
            }
        }
        return names;
    }
    int quarantined() const
    {
        int count = 0;
        for (const char *folder : {"/csv/quarantine", "/x12/quarantine"})
            count += QDir(root_ + folder).entryList(QDir::Files).size();
        return count;
    }

    const QSet<QString> &acknowledged() const { return acknowledged_; }
    bool heldForTax(const QString &orderNumber) const { return heldForTax_.contains(orderNumber); }
    const QSet<QString> &dropped() const { return dropped_; }
    int webhooksMade() const { return webhooksMade_; }
    int webhookFailures() const { return webhookFailures_; }
    int pendingWebhooks() const { return int(unacknowledged_.size()); }
    std::optional<qint64> expectedLevel(char channel, int skuIndex) const
    {
        const auto it = lastFile_.find(channel);
        return it == lastFile_.end() ? std::nullopt
                                     : std::optional<qint64>(quantityOf(it->second, skuIndex));
    }

private:
    QString root_;
    std::mt19937 random_;
    QJsonObject order_;
    QString webhookPort_;
    int webhooksMade_ = 0;
    int webhookFailures_ = 0;
    int filesMade_ = 0;
    QList<Webhook> unacknowledged_;
    QSet<QString> acknowledged_;
    QSet<QString> heldForTax_;
    QSet<QString> dropped_;
    std::map<char, int> lastFile_;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedInputSurvivesSigkill()
    {
        const int kills = envInt("SYNCLINE_CRASH_KILLS", 4);
        const auto seed = quint32(envInt("SYNCLINE_CRASH_SEED",
                                         int(QRandomGenerator::global()->generate() & 0x7fffffff)));
        qInfo("crash run: %d kills, seed %u (SYNCLINE_CRASH_SEED=%u repeats it)", kills, seed,
              seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // SYNCLINE_CRASH_KEEP=1 keeps the data directory and folders for a look afterwards.
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("SYNCLINE_CRASH_KEEP"));
        qInfo("working in %s", qPrintable(dir.path()));
        ContractServer shop;
        for (const char channel : {'C', 'X'})
            for (int i = 1; i <= skusPerChannel; ++i)
                shop.setInventory(inventoryItem(sku(channel, i)).toStdString(),
                                  "gid://shopify/Location/1", 0);
        ErpRecorder erp(erpApiKey.toStdString());
        CrashRig rig(dir.path(), seed);
        {
            QFile config(rig.configPath());
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(configText(QString::fromStdString(shop.baseUrl()),
                                    QString::fromStdString(erp.baseUrl())));
        }

        OperatorDesk desk(rig.dataPath(), operatorRejects);
        for (int kill = 1; kill <= kills; ++kill) {
            QProcess process;
            QVERIFY2(rig.start(process), "synclined run did not start");
            rig.loadUntilKilled(process, desk,
                                std::uniform_int_distribution<int>(100, 2500)(rig.random()));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        }

        // The last run is left alone until everything it owes is done, then stopped cleanly.
        QProcess last;
        QVERIFY2(rig.start(last), "synclined run did not start after the last kill");
        QVERIFY(rig.acknowledgeTheRest());
        // The operator's decisions as the engine records them.
        QSet<QString> approved;
        QSet<QString> rejected;
        auto readDecisions = [&] {
            for (const auto &[status, orders] :
                 {std::pair{"approved", &approved}, std::pair{"rejected", &rejected}}) {
                orders->clear();
                const CliRun listing =
                    synclined({"holds", "--data", rig.dataPath(), "--status", status});
                for (const auto &hold : syncline::crash::parseHolds(listing.out))
                    orders->insert(hold.orderNumber);
            }
        };
        auto levelsMatch = [&] {
            for (const char channel : {'C', 'X'})
                for (int i = 1; i <= skusPerChannel; ++i)
                    if (shop.inventory(inventoryItem(sku(channel, i)).toStdString(),
                                       "gid://shopify/Location/1") !=
                        rig.expectedLevel(channel, i).value_or(0))
                        return false;
            return true;
        };
        // Each acknowledged order is at the ERP, but for those held and then rejected.
        auto ordersArrived = [&] {
            const auto keys = erp.keysByOrder();
            for (const QString &number : rig.acknowledged()) {
                if (rig.heldForTax(number) && !approved.contains(number) &&
                    !rejected.contains(number))
                    return false;
                if (!rejected.contains(number) && !keys.contains(number.toStdString()))
                    return false;
            }
            return true;
        };
        // Waits for the last run to settle, deciding the holds still open on the way; the counts
        // below say what is missing if it does not.
        QDeadlineTimer settled(90'000);
        int decidedAfterLoad = 0;
        for (;;) {
            // The 90 s count from the last decision: after a long run the operator has hundreds
            // of holds to work through, one command at a time.
            if (const int decided = desk.decideOpenHolds(); decided > 0) {
                decidedAfterLoad += decided;
                settled.setRemainingTime(90'000);
            }
            readDecisions();
            if ((rig.archived().size() == rig.dropped().size() && ordersArrived() &&
                 levelsMatch()) ||
                settled.hasExpired())
                break;
            QTest::qWait(200);
        }
        last.terminate();
        QVERIFY(last.waitForFinished(30'000));

        // Counts.
        const auto keysByOrder = erp.keysByOrder();
        int ordersUnderTwoKeys = 0;
        for (const auto &[number, keys] : keysByOrder)
            if (keys.size() > 1) {
                ++ordersUnderTwoKeys;
                qWarning("order %s reached the ERP under %d keys", number.c_str(),
                         int(keys.size()));
            }
        int levelRegressions = 0; // an older level applied after a newer one
        std::map<std::string, std::int64_t> highest;
        for (const auto &effect : shop.effects()) {
            auto &top = highest[effect.item];
            if (effect.quantity < top)
                ++levelRegressions;
            top = std::max(top, effect.quantity);
        }
        int heldOrders = 0;
        int rejectedAtErp = 0;
        int rejectedAcknowledged = 0;
        for (const QString &number : rig.acknowledged()) {
            heldOrders += rig.heldForTax(number) ? 1 : 0;
            if (rejected.contains(number)) {
                ++rejectedAcknowledged;
                rejectedAtErp += keysByOrder.contains(number.toStdString()) ? 1 : 0;
            }
        }
        int decidedWrongly = 0; // approved although the operator rejects it, or the other way
        for (const QString &number : approved)
            decidedWrongly += operatorRejects(number) ? 1 : 0;
        for (const QString &number : rejected)
            decidedWrongly += operatorRejects(number) ? 0 : 1;

        // Every command acknowledged to the operator has its audit entry: a hold decision the
        // entry of its hold, a dry-run replay one entry of its kind (the engine names it).
        const CliRun verify = synclined({"audit", "verify", "--data", rig.dataPath()});
        const qint64 chainEntries = QRegularExpression("intact: (\\d+) entries verified")
                                        .match(verify.out)
                                        .captured(1)
                                        .toLongLong();
        const CliRun exported = synclined(
            {"audit", "export", "--data", rig.dataPath(), "--actor", OperatorDesk::actor});
        const auto operatorEntries = syncline::crash::parseAuditExport(exported.out.toUtf8());
        std::map<std::pair<QString, QString>, int> entries;
        std::map<std::pair<QString, QString>, int> acknowledgedCommands;
        std::map<QString, int> entriesByAction;
        std::map<QString, int> acknowledgedByAction;
        for (const auto &entry : operatorEntries) {
            const bool named = entry.action.startsWith("hold.");
            ++entries[{entry.action, named ? entry.objectId : QString()}];
            ++entriesByAction[entry.action];
        }
        for (const auto &command : desk.acknowledged()) {
            ++acknowledgedCommands[{command.action, command.objectId}];
            ++acknowledgedByAction[command.action];
        }
        int commandsWithoutEntry = 0;
        for (const auto &[key, count] : acknowledgedCommands) {
            const int found = entries[key];
            if (found < count) {
                commandsWithoutEntry += count - found;
                qWarning("%s %s: %d acknowledged, %d audit entries", qPrintable(key.first),
                         qPrintable(key.second), count, found);
            }
        }
        auto byAction = [](const std::map<QString, int> &counts) {
            QStringList parts;
            for (const auto &[action, count] : counts)
                parts << QStringLiteral("%1 %2").arg(action).arg(count);
            return parts.join(", ");
        };

        qInfo("kills %d | webhooks sent %d, acknowledged %d, refused or cut off %d | files "
              "dropped %d, archived %d, quarantined %d",
              kills, rig.webhooksMade(), int(rig.acknowledged().size()), rig.webhookFailures(),
              int(rig.dropped().size()), int(rig.archived().size()), rig.quarantined());
        qInfo("ERP: distinct orders %d, effects %d, redeliveries recognised by key %d, doubled "
              "effects %d, orders under two keys %d",
              int(keysByOrder.size()), int(erp.ledger().effects().size()),
              int(erp.ledger().replays()), int(erp.ledger().duplicates()), ordersUnderTwoKeys);
        qInfo("storefront: inventory effects %d, redeliveries recognised by key %d, doubled "
              "effects %d, older levels applied after newer %d, contract violations %d",
              int(shop.effects().size()), shop.idempotentReplays(), shop.duplicateEffects(),
              levelRegressions, shop.contractViolations());
        qInfo("order desk: held for tax %d, approved %d, rejected %d (at the ERP %d), decided "
              "against the operator's rule %d, holds decided after the load %d",
              heldOrders, int(approved.size()), int(rejected.size()), rejectedAtErp, decidedWrongly,
              decidedAfterLoad);
        qInfo("operator: looks at the open holds %d, commands issued %d, acknowledged %d (%s), cut "
              "off by a kill %d, failed %d",
              desk.looks(), desk.issued(), int(desk.acknowledged().size()),
              qPrintable(byAction(acknowledgedByAction)), desk.cutOff(),
              int(desk.failures().size()));
        qInfo("audit: operator entries %d (%s), acknowledged commands without an entry %d",
              int(operatorEntries.size()), qPrintable(byAction(entriesByAction)),
              commandsWithoutEntry);
        qInfo("audit verify: %s", qPrintable((verify.out + verify.err).trimmed()));

        QCOMPARE(last.exitStatus(), QProcess::NormalExit);
        QCOMPARE(last.exitCode(), 0);
        QCOMPARE(rig.pendingWebhooks(), 0);
        QCOMPARE(rig.archived().size(), rig.dropped().size());
        QCOMPARE(rig.quarantined(), 0);
        QVERIFY(ordersArrived());
        QCOMPARE(int(keysByOrder.size()), int(rig.acknowledged().size()) - rejectedAcknowledged);
        QCOMPARE(rejectedAtErp, 0);
        QCOMPARE(decidedWrongly, 0);
        QCOMPARE(int(erp.ledger().duplicates()), 0);
        QCOMPARE(ordersUnderTwoKeys, 0);
        QCOMPARE(shop.duplicateEffects(), 0);
        QCOMPARE(levelRegressions, 0);
        QCOMPARE(shop.contractViolations(), 0);
        QVERIFY(levelsMatch());
        QVERIFY2(desk.failures().isEmpty(), qPrintable(desk.failures().join('\n')));
        QVERIFY(heldOrders > 0);
        QVERIFY(acknowledgedByAction["hold.approve"] > 0);
        QVERIFY(acknowledgedByAction["hold.note"] > 0);
        QCOMPARE(commandsWithoutEntry, 0);
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains("intact"), qPrintable(verify.out));
        QVERIFY(chainEntries >= qint64(operatorEntries.size()));
        QVERIFY(!operatorEntries.empty());

        // The check itself: a copy of the store with one entry edited, one deleted or the newest
        // one removed must not verify, and the report must name where.
        const qint64 middle = operatorEntries[operatorEntries.size() / 2].sequence;
        const QString named = QStringLiteral("#%1").arg(middle);
        const struct {
            const char *folder;
            const char *what;
            QByteArray sql;
            QString expected;
        } tamperings[] = {
            {"edited", "an entry edited",
             "UPDATE audit SET reason = reason || ' (edited)' WHERE seq = " +
                 QByteArray::number(middle),
             named + " was edited"},
            {"deleted", "an entry deleted",
             "DELETE FROM audit WHERE seq = " + QByteArray::number(middle), named + " is missing"},
            {"newest-deleted", "the newest entry deleted",
             "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)", "were deleted"},
        };
        for (const auto &tampering : tamperings) {
            const QString copy = dir.filePath(QStringLiteral("tampered-%1").arg(tampering.folder));
            const QString problem =
                syncline::crash::tamperWithCopy(rig.dataPath(), copy, tampering.sql);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const CliRun broken = synclined({"audit", "verify", "--data", copy});
            qInfo("audit verify on a copy with %s: %s", tampering.what,
                  qPrintable((broken.out + broken.err).trimmed()));
            QCOMPARE(broken.exitCode, 1);
            QVERIFY2(broken.out.contains(tampering.expected), qPrintable(broken.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
