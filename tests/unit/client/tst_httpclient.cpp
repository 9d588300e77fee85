#include "ClientTestSupport.h"
#include "client/HttpClient.h"
#include "contractserver/ContractServer.h"

#include <QtTest>

#include <boost/asio/io_context.hpp>

using namespace syncline;
using namespace syncline::client;
using syncline::contract::ContractServer;
using syncline::contract::ServerOptions;

namespace {

HttpRequest shopRequest(const ContractServer &server)
{
    HttpRequest request;
    request.url = server.baseUrl() + "/admin/api/2026-04/shop.json";
    request.headers["X-Shopify-Access-Token"] = ServerOptions{}.shopifyAccessToken;
    return request;
}

std::vector<HttpResponse> sendAll(boost::asio::io_context &io, HttpClient &client,
                                  const std::vector<HttpRequest> &requests)
{
    std::vector<HttpResponse> responses(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i)
        client.request(requests[i],
                       [&responses, i](HttpResponse r) { responses[i] = std::move(r); });
    runUntilIdle(io);
    return responses;
}

HttpResponse sendOne(boost::asio::io_context &io, HttpClient &client, const HttpRequest &request)
{
    return sendAll(io, client, {request}).front();
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void keepAliveReusesOneConnection()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient client(io);
        for (int i = 0; i < 5; ++i) {
            const auto response = sendOne(io, client, shopRequest(server));
            QCOMPARE(response.status, 200);
            QCOMPARE(response.reusedConnection, i > 0);
            QVERIFY(!response.header("x-shopify-shop-api-call-limit").empty());
        }
        QCOMPARE(server.connectionsAccepted(), 1);
        QCOMPARE(client.stats().connectionsOpened, std::size_t(1));
        QCOMPARE(server.requests().size(), std::size_t(5));
        QCOMPARE(server.requests().front().headers.at("host"),
                 "127.0.0.1:" + std::to_string(server.port()));
    }

    void concurrencyLimitIsRespected_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("three") << 3;
    }
    void concurrencyLimitIsRespected()
    {
        QFETCH(int, limit);
        ServerOptions options;
        options.restCapacity = 1000;
        ContractServer server(options);
        // Slow answers make the requests overlap on the server if the client lets them.
        server.setResponseDelay(std::chrono::milliseconds(60));
        boost::asio::io_context io;
        HttpClientOptions clientOptions;
        clientOptions.maxConnectionsPerEndpoint = static_cast<std::size_t>(limit);
        HttpClient client(io, clientOptions);
        const std::vector<HttpRequest> requests(8, shopRequest(server));
        for (const auto &response : sendAll(io, client, requests))
            QCOMPARE(response.status, 200);
        QCOMPARE(server.maxConcurrentRequests(), limit);
        QCOMPARE(server.connectionsAccepted(), limit);
        QCOMPARE(client.stats().queued, std::size_t(8 - limit));
    }

    void timeoutIsTransient()
    {
        ContractServer server;
        server.setResponseDelay(std::chrono::milliseconds(2000));
        boost::asio::io_context io;
        HttpClientOptions options;
        options.requestTimeout = Millis(100);
        HttpClient client(io, options);
        const auto response = sendOne(io, client, shopRequest(server));
        QCOMPARE(int(response.transportError), int(TransportError::Timeout));
        QCOMPARE(response.status, 0);
        const auto outcome = toOutcome(response, SystemClock::instance().now());
        QVERIFY(!outcome.ok);
        QCOMPARE(int(outcome.errorClass), int(ErrorClass::Transient));
    }

    void refusedConnectionIsTransient()
    {
        std::string url;
        {
            ContractServer closed;
            url = closed.baseUrl() + "/admin/api/2026-04/shop.json";
        }
        boost::asio::io_context io;
        HttpClient client(io);
        HttpRequest request;
        request.url = url;
        const auto response = sendOne(io, client, request);
        QCOMPARE(int(response.transportError), int(TransportError::Refused));
        QCOMPARE(int(toOutcome(response, SystemClock::instance().now()).errorClass),
                 int(ErrorClass::Transient));
    }

    void invalidUrlIsReported()
    {
        boost::asio::io_context io;
        HttpClient client(io);
        HttpRequest request;
        request.url = "ftp://127.0.0.1/file";
        QCOMPARE(int(sendOne(io, client, request).transportError), int(TransportError::InvalidUrl));
    }

    void statusesMapToErrorClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<qint64>("retryAfterMs"); // -1: none
        QTest::newRow("429 Retry-After 2.0")
            << 429 << "2.0" << int(ErrorClass::RateLimited) << qint64(2000);
        QTest::newRow("429 Retry-After 7")
            << 429 << "7" << int(ErrorClass::RateLimited) << qint64(7000);
        QTest::newRow("401") << 401 << "" << int(ErrorClass::Auth) << qint64(-1);
        QTest::newRow("403") << 403 << "" << int(ErrorClass::Auth) << qint64(-1);
        QTest::newRow("404") << 404 << "" << int(ErrorClass::Data) << qint64(-1);
        QTest::newRow("422") << 422 << "" << int(ErrorClass::Data) << qint64(-1);
        QTest::newRow("500") << 500 << "" << int(ErrorClass::Transient) << qint64(-1);
        QTest::newRow("503") << 503 << "" << int(ErrorClass::Transient) << qint64(-1);
    }
    void statusesMapToErrorClasses()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(int, errorClass);
        QFETCH(qint64, retryAfterMs);
        ContractServer server;
        server.answerNext(1, status, R"({"errors":"refused"})", retryAfter.toStdString());
        boost::asio::io_context io;
        HttpClient client(io);
        const auto response = sendOne(io, client, shopRequest(server));
        QCOMPARE(response.status, status);
        QVERIFY(!response.transportFailed());
        const auto outcome = toOutcome(response, SystemClock::instance().now());
        QVERIFY(!outcome.ok);
        QCOMPARE(int(outcome.errorClass), errorClass);
        QCOMPARE(outcome.retryAfter.has_value(), retryAfterMs >= 0);
        if (retryAfterMs >= 0)
            QCOMPARE(qint64(outcome.retryAfter->count()), retryAfterMs);
    }

    void wrongTokenIsAuth()
    {
        ContractServer server;
        boost::asio::io_context io;
        HttpClient client(io);
        auto request = shopRequest(server);
        request.headers["X-Shopify-Access-Token"] = "shpat_wrong";
        const auto response = sendOne(io, client, request);
        QCOMPARE(response.status, 401);
        QCOMPARE(int(toOutcome(response, SystemClock::instance().now()).errorClass),
                 int(ErrorClass::Auth));
    }

    void staleConnectionIsRetriedOnce()
    {
        ContractServer server;
        // The server closes each connection after answering, as one with a short idle timeout
        // does, so the pooled connection is dead when the next request takes it.
        server.setCloseAfterResponse(true);
        boost::asio::io_context io;
        HttpClient client(io);
        QCOMPARE(sendOne(io, client, shopRequest(server)).status, 200);
        const auto second = sendOne(io, client, shopRequest(server));
        QCOMPARE(second.status, 200);
        QVERIFY(!second.reusedConnection);
        QCOMPARE(client.stats().staleRetries, std::size_t(1));
        QCOMPARE(server.connectionsAccepted(), 2);
    }

    void droppedAnswerOnFreshConnectionIsNotRetried()
    {
        ContractServer server;
        server.dropNext(1, contract::DropWhen::AfterHandling);
        boost::asio::io_context io;
        HttpClient client(io);
        // Only a pooled connection found closed is retried: here the request may have been
        // processed, so the failure goes back to the caller.
        const auto response = sendOne(io, client, shopRequest(server));
        QVERIFY(response.transportFailed());
        QCOMPARE(client.stats().staleRetries, std::size_t(0));
        QCOMPARE(server.requests().size(), std::size_t(1));
    }

    void gateDelaysRequestsUntilTheBucketLeaks()
    {
        ServerOptions options;
        options.restCapacity = 6;
        options.restLeakPerSecond = 30;
        ContractServer server(options);
        boost::asio::io_context io;
        HttpClient client(io);
        auto gate = std::make_shared<ShopifyRestBucket>(SystemClock::instance(),
                                                        LeakyBucketOptions{30, 6, 1});
        auto request = shopRequest(server);
        request.gate = gate;
        for (const auto &response : sendAll(io, client, std::vector<HttpRequest>(20, request)))
            QCOMPARE(response.status, 200);
        QCOMPARE(server.restOverflows(), 0);
    }

    void tls_data()
    {
        QTest::addColumn<bool>("verify");
        QTest::addColumn<bool>("trustCertificate");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("verification off") << false << false << true;
        QTest::newRow("verification on, unknown issuer") << true << false << false;
        QTest::newRow("verification on, trusted certificate") << true << true << true;
    }
    void tls()
    {
        QFETCH(bool, verify);
        QFETCH(bool, trustCertificate);
        QFETCH(bool, succeeds);
        ServerOptions options;
        options.tls = true;
        options.certificate = contract::generateSelfSignedCertificate();
        ContractServer server(options);
        QVERIFY(server.baseUrl().starts_with("https://127.0.0.1:"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caFile = dir.filePath("ca.pem");
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(options.certificate.certificatePem));
        file.close();

        boost::asio::io_context io;
        HttpClientOptions clientOptions;
        clientOptions.verifyPeer = verify;
        if (trustCertificate)
            clientOptions.caFile = caFile.toStdString();
        HttpClient client(io, clientOptions);
        const auto first = sendOne(io, client, shopRequest(server));
        if (!succeeds) {
            QCOMPARE(int(first.transportError), int(TransportError::Tls));
            QCOMPARE(int(toOutcome(first, SystemClock::instance().now()).errorClass),
                     int(ErrorClass::Transient));
            QCOMPARE(server.requests().size(), std::size_t(0));
            return;
        }
        QCOMPARE(first.status, 200);
        const auto second = sendOne(io, client, shopRequest(server));
        QCOMPARE(second.status, 200);
        QVERIFY(second.reusedConnection); // keep-alive over TLS as well
        QCOMPARE(server.connectionsAccepted(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
