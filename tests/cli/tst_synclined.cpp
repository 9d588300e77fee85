#include <QtNetwork>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run synclined(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SYNCLINED_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120'000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QByteArray shopifySignature(const QByteArray &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

} // namespace

class TestSynclined : public QObject {
    Q_OBJECT

private slots:
    void ingestsTheDemoEventsAndVerifiesTheAuditTrail()
    {
        QTemporaryDir dir;
        const Run ingest = synclined({"ingest", "--data", dir.path(), SYNCLINE_DEMO_EVENTS});
        QCOMPARE(ingest.exitCode, 0);
        QVERIFY2(ingest.out.contains("duplicates 1"), qPrintable(ingest.out));

        const Run again = synclined({"ingest", "--data", dir.path(), SYNCLINE_DEMO_EVENTS});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("accepted 0,"), qPrintable(again.out));

        const Run letters = synclined({"deadletters", "--data", dir.path()});
        QCOMPARE(letters.exitCode, 0);
        QVERIFY(letters.out.contains("on hand quantity is negative (-12)"));
        QVERIFY(letters.out.contains("3 dead letter(s)"));

        const Run verify = synclined({"audit", "verify", "--data", dir.path()});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out.contains("intact"));

        const QString csv = dir.filePath("audit.csv");
        QCOMPARE(synclined({"audit", "export", "--data", dir.path(), "--output", csv}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines[0].startsWith("sequence,time,actor"));
        QCOMPARE(lines.size(), 5); // header, three entries, final newline
    }

    void auditVerifyNamesAnEditedEntryAndFails()
    {
        QTemporaryDir dir;
        QCOMPARE(synclined({"ingest", "--data", dir.path(), SYNCLINE_DEMO_EVENTS}).exitCode, 0);
        // Edit entry #2 behind the engine's back, as someone with file access could.
        QProcess sqlite;
        sqlite.start("sqlite3", {dir.filePath("syncline.db"),
                                 "UPDATE audit SET reason = 'nothing happened' WHERE seq = 2"});
        if (!sqlite.waitForStarted())
            QSKIP("the sqlite3 command-line tool is not installed");
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        const Run verify = synclined({"audit", "verify", "--data", dir.path()});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("#2") && verify.out.contains("edited"),
                 qPrintable(verify.out));
    }

    void unreadableLinesAreRejectedWithTheirLineNumber()
    {
        QTemporaryDir dir;
        const QByteArray input =
            R"({"idempotency_key":"k1","source_system":"s","connection":"c","domain":"inventory","type":"inventory.level","correlation_id":"A","payload":{"sku":"A","location":"W","on_hand":1}})"
            "\n{not json\n"
            R"({"idempotency_key":"k2","source_system":"s","connection":"c","domain":"weather","type":"t","correlation_id":"A"})"
            "\n";
        const Run ingest = synclined({"ingest", "--data", dir.path(), "-"}, input);
        QCOMPARE(ingest.exitCode, 1);
        QVERIFY2(ingest.out.contains("accepted 1") && ingest.out.contains("rejected 2"),
                 qPrintable(ingest.out));
        QVERIFY(ingest.err.contains("-:2:"));
        QVERIFY(ingest.err.contains("-:3: event.domain: unknown domain \"weather\""));
        // Each refused line is kept and can be looked at later.
        const Run rejected = synclined({"rejected", "--data", dir.path()});
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY2(rejected.out.contains("2 rejected input(s)"), qPrintable(rejected.out));
        QVERIFY(rejected.out.contains("line 3: event.domain: unknown domain"));
        const Run shown = synclined({"rejected", "--data", dir.path(), "--show", "1"});
        QVERIFY2(shown.out.contains("{not json"), qPrintable(shown.out));
    }

    // A decision the engine cannot take is refused with its reason (exit 1) and audits nothing;
    // a command that names no decision, hold or reason is a usage error (exit 2).
    void holdDecisionIsRefusedOrExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList known{"--hold", "H-404", "--reason", "checked", "--actor", "ops"};
        QTest::newRow("unknown hold") << (QStringList{"hold", "approve"} + known) << 1
                                      << "synclined hold approve: refused: There is no hold H-404.";
        QTest::newRow("note on an unknown hold")
            << (QStringList{"hold", "note"} + known) << 1
            << "synclined hold note: refused: There is no hold H-404.";
        QTest::newRow("no decision") << (QStringList{"hold"} + known) << 2
                                     << "name one decision: approve, reject, note or assign";
        QTest::newRow("unknown decision") << (QStringList{"hold", "release"} + known) << 2
                                          << "name one decision: approve, reject, note or assign";
        QTest::newRow("no reason")
            << QStringList{"hold", "reject", "--hold", "H-404"} << 2 << "usage: synclined hold";
    }
    void holdDecisionIsRefusedOrExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run run = synclined(arguments + QStringList{"--data", dir.path()});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        const Run verify = synclined({"audit", "verify", "--data", dir.path()});
        QVERIFY2(verify.out.contains("intact: 0 entries"), qPrintable(verify.out));
    }

    void parseExplainsPartnerFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString x12 = QStringLiteral(SYNCLINE_FIXTURES_DIR "/x12/");
        const QString shopify = QStringLiteral(SYNCLINE_FIXTURES_DIR "/shopify/");
        QTest::newRow("850 read") << QStringList{"--format", "x12", x12 + "850.edi"} << 0
                                  << "order.created";
        QTest::newRow("not edi") << QStringList{"--format", "x12", x12 + "NonEdi.edi"} << 1
                                 << "not an X12 interchange";
        QTest::newRow("SE01") << QStringList{"--format", "x12", x12 + "940_Failed_SE01.edi"} << 1
                              << "SE01";
        QTest::newRow("shopify order") << QStringList{"--format", "shopify", "--topic",
                                                      "orders/create", shopify + "order.json"}
                                       << 0 << "order.created";
        QTest::newRow("wrong topic body")
            << QStringList{"--format", "shopify", "--topic", "orders/create",
                           shopify + "inventory_level.json"}
            << 1 << "rejected";
        QTest::newRow("unknown format")
            << QStringList{"--format", "pdf", x12 + "850.edi"} << 2 << "unknown format";
    }

    void parseExplainsPartnerFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run run = synclined(QStringList{"parse"} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2((run.out + run.err).contains(expected), qPrintable(run.out + run.err));
    }

    // The whole path as a store would use it: a signed Shopify webhook to `synclined run`,
    // acknowledged only once committed, visible afterwards in the store and in /metrics.
    void runAcceptsSignedWebhooksAndServesMetrics()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath("syncline.toml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "version = 1\n[engine]\ndata_directory = \"data\"\nlisten_port = 0\n"
            "admin_port = 0\n[[system]]\nname = \"shop\"\nkind = \"shopify\"\n"
            "[[connection]]\nname = \"shop-hooks\"\nsystem = \"shop\"\ndirection = \"in\"\n"
            "transport = \"webhook\"\ndomains = [\"order\"]\n"
            "secret = \"env:TST_SYNCLINED_SECRET\"\n");
        config.close();

        QProcess run;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("TST_SYNCLINED_SECRET", "s3cret");
        run.setProcessEnvironment(env);
        const QString portsFile = dir.filePath("ports");
        run.start(QStringLiteral(SYNCLINED_PATH),
                  {"run", "--config", config.fileName(), "--ports-file", portsFile});
        QVERIFY(run.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portsFile), 30'000);
        QFile ports(portsFile);
        QVERIFY(ports.open(QIODevice::ReadOnly));
        const QString line = QString::fromUtf8(ports.readAll());
        const auto webhook = QRegularExpression("webhook=(\\d+)").match(line).captured(1);
        const auto admin = QRegularExpression("admin=(\\d+)").match(line).captured(1);

        QFile fixture(SYNCLINE_FIXTURES_DIR "/shopify/order.json");
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray body = fixture.readAll();
        QNetworkAccessManager network;
        auto post = [&](const QByteArray &signature, const QByteArray &eventId) {
            QNetworkRequest request(
                QUrl("http://127.0.0.1:" + webhook + "/webhooks/shopify/shop-hooks"));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader("X-Shopify-Hmac-Sha256", signature);
            request.setRawHeader("X-Shopify-Topic", "orders/create");
            request.setRawHeader("X-Shopify-Shop-Domain", "demo.myshopify.com");
            request.setRawHeader("X-Shopify-API-Version", "2026-04");
            request.setRawHeader("X-Shopify-Webhook-Id", eventId);
            request.setRawHeader("X-Shopify-Event-Id", eventId);
            QNetworkReply *reply = network.post(request, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            [&] { QVERIFY(finished.wait(10'000)); }();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(post(shopifySignature("s3cret", body), "evt-1"), 200);
        QCOMPARE(post(shopifySignature("s3cret", body), "evt-1"), 200); // duplicate: acknowledged
        QCOMPARE(post(shopifySignature("wrong", body), "evt-2"), 401);

        QNetworkReply *metrics =
            network.get(QNetworkRequest(QUrl("http://127.0.0.1:" + admin + "/metrics")));
        QSignalSpy done(metrics, &QNetworkReply::finished);
        QVERIFY(done.wait(10'000));
        const QByteArray text = metrics->readAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QNetworkReply *again =
                    network.get(QNetworkRequest(QUrl("http://127.0.0.1:" + admin + "/metrics")));
                QSignalSpy spy(again, &QNetworkReply::finished);
                spy.wait(5'000);
                return again->readAll().contains(
                    "syncline_feed_duplicates_total{connection=\"shop-hooks\",domain=\"order\"} 1");
            }(),
            10'000);
        QVERIFY(text.contains("# TYPE syncline_feed_lag_seconds histogram"));

        run.terminate();
        QVERIFY(run.waitForFinished(30'000));
        QCOMPARE(run.exitCode(), 0);
        const QString data = dir.filePath("data");
        QVERIFY(QFile::exists(data + "/syncline.db"));
        const Run ingestCheck = synclined({"deadletters", "--data", data});
        QCOMPARE(ingestCheck.exitCode, 0);
        // The refused request is kept with its reason, peer and body.
        const Run rejected = synclined({"rejected", "--data", data});
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY2(rejected.out.contains("1 rejected input(s)") &&
                     rejected.out.contains("signature") && rejected.out.contains("from 127.0.0.1"),
                 qPrintable(rejected.out));
    }
};

QTEST_GUILESS_MAIN(TestSynclined)
#include "tst_synclined.moc"
