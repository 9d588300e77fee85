#include "TestHttp.h"
#include "wire/AdminListener.h"

#include <QtTest>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <thread>

using namespace syncline::wire;
using testhttp::rawRequest;

class TestAdminListener : public QObject {
    Q_OBJECT

private:
    std::atomic<bool> healthy_{true};
    std::atomic<int> metricsCalls_{0};
    std::unique_ptr<boost::asio::io_context> io_;
    std::unique_ptr<AdminListener> listener_;
    std::thread thread_;

    std::string metrics()
    {
        ++metricsCalls_;
        return "# HELP syncline_up Engine running.\n# TYPE syncline_up gauge\nsyncline_up 1\n";
    }

    HealthReport health()
    {
        const bool ok = healthy_;
        return {ok, ok ? R"({"status":"ok"})" : R"({"status":"degraded","store":"unwritable"})"};
    }

    std::optional<testhttp::Response> get(const std::string &method, const std::string &target)
    {
        return testhttp::exchange(listener_->port(), rawRequest(method, target, {}, ""));
    }

private slots:
    void init()
    {
        healthy_ = true;
        metricsCalls_ = 0;
        io_ = std::make_unique<boost::asio::io_context>();
        listener_ = std::make_unique<AdminListener>(
            *io_, AdminListenerOptions{}, [this] { return metrics(); },
            [this] { return health(); });
        listener_->start();
        thread_ = std::thread([io = io_.get()] {
            auto guard = boost::asio::make_work_guard(*io);
            io->run();
        });
    }

    void cleanup()
    {
        listener_->stop();
        io_->stop();
        thread_.join();
        listener_.reset();
        io_.reset();
    }

    void defaultsToLoopback()
    {
        QCOMPARE(AdminListenerOptions{}.address, std::string("127.0.0.1"));
    }

    void metricsAreServedAsPrometheusText()
    {
        const auto response = get("GET", "/metrics");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(QString::fromStdString(response->header("Content-Type"))
                    .startsWith("text/plain; version=0.0.4"));
        QVERIFY(QString::fromStdString(response->body).contains("syncline_up 1\n"));
        QCOMPARE(metricsCalls_.load(), 1);
    }

    void healthFollowsTheProvider_data()
    {
        QTest::addColumn<bool>("healthy");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::newRow("healthy") << true << 200 << R"({"status":"ok"})";
        QTest::newRow("unhealthy")
            << false << 503 << R"({"status":"degraded","store":"unwritable"})";
    }

    void healthFollowsTheProvider()
    {
        QFETCH(bool, healthy);
        QFETCH(int, status);
        QFETCH(QString, body);
        healthy_ = healthy;
        const auto response = get("GET", "/healthz");
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->header("Content-Type"), std::string("application/json"));
        QCOMPARE(QString::fromStdString(response->body), body);
    }

    void otherRequests_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << "GET"
                                      << "/secrets" << 404;
        QTest::newRow("post metrics") << "POST"
                                      << "/metrics" << 405;
        QTest::newRow("delete health") << "DELETE"
                                       << "/healthz" << 405;
        QTest::newRow("query string") << "GET"
                                      << "/healthz?verbose=1" << 200;
    }

    void otherRequests()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(int, status);
        const auto response = get(method.toStdString(), target.toStdString());
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 405)
            QCOMPARE(response->header("Allow"), std::string("GET"));
    }

    void failingProviderAnswers500()
    {
        const auto response = AdminListener::respond(
            HttpRequest{"GET", "/metrics", 11, {}, {}, {}},
            []() -> std::string { throw std::runtime_error("store closed"); }, {});
        QCOMPARE(response.status, 500);
        QVERIFY(QString::fromStdString(response.body).contains("store closed"));
    }
};

QTEST_GUILESS_MAIN(TestAdminListener)
#include "tst_adminlistener.moc"
